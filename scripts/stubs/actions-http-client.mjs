// Bundled in place of @actions/http-client, which @actions/core imports only for OIDC tokens
// (core.getIDToken). Firebreak never asks for one; leaving the real client out keeps undici (~400 KB)
// out of the action's startup. Using it anyway fails loudly instead of silently.
const unavailable = () => {
  throw new Error('OIDC tokens are not available in the Firebreak bundle (@actions/http-client is stubbed out).');
};
export class HttpClient {
  constructor() {
    unavailable();
  }
}
export class BearerCredentialHandler {
  constructor() {
    unavailable();
  }
}
