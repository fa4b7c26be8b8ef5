// A request that got no answer says what failed — the name lookup, the connection, the clock or TLS —
// so nobody is sent to fix a token when the network is the problem.
import { describe, expect, it } from 'vitest';
import { networkFailure, toGitHubError } from '../../src/github/errors.js';

const wrapped = (code: string) =>
  Object.assign(new Error('request failed'), {
    status: 500,
    request: {},
    cause: Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code }),
    }),
  });

describe('network failures', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'refused'],
    ['ETIMEDOUT', 'timeout'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['ECONNRESET', 'reset'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
  ])('%s is %s', (code, kind) => {
    expect(networkFailure(wrapped(code))).toBe(kind);
    const error = toGitHubError(wrapped(code), 'GET /repos/{owner}/{repo}');
    expect(error.kind).toBe('network');
    expect(error.network).toBe(kind);
    expect(error.transient).toBe(true);
  });

  it('an aborted attempt (our timeout) is a timeout; an API answer is not a network failure', () => {
    expect(
      networkFailure(
        Object.assign(new Error('aborted'), {
          cause: Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
        }),
      ),
    ).toBe('timeout');
    const answered = Object.assign(new Error('Not Found'), {
      status: 404,
      response: { data: { message: 'Not Found' }, headers: {} },
    });
    expect(toGitHubError(answered, 'GET /x').kind).toBe('not-found');
    expect(toGitHubError(wrapped('ECONNREFUSED'), 'GET /repos/{owner}/{repo}').message).toBe(
      'GET /repos/{owner}/{repo}: the connection to the API was refused (request failed)',
    );
  });
});
