// GitHub API failures as our own typed errors. Recognised here, once, from the status code and GitHub's
// documented messages — nothing else in Firebreak inspects Octokit errors.

export type GitHubErrorKind =
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'validation'
  | 'conflict'
  | 'server'
  | 'network';

/** Why a request never got an answer: the name lookup, the connection, the clock, or TLS. */
export type NetworkFailure = 'dns' | 'refused' | 'timeout' | 'reset' | 'tls' | 'other';

export class GitHubError extends Error {
  constructor(
    readonly kind: GitHubErrorKind,
    readonly status: number | null,
    readonly route: string,
    message: string,
    /** For kind 'network': what failed. */
    readonly network: NetworkFailure | null = null,
  ) {
    super(message);
    this.name = 'GitHubError';
  }

  /** Whether the next run can reasonably expect the same call to succeed. */
  get transient(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server' || this.kind === 'network';
  }
}

/** The route that reads one issue: where a deleted (410), transferred (301) or missing (404) issue shows. */
export const ISSUE_ROUTE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';

/** Whether reading an issue failed because it is no longer in this repository: deleted, transferred or never there. */
export function issueGone(error: unknown): boolean {
  return (
    error instanceof GitHubError &&
    error.route === ISSUE_ROUTE &&
    (error.status === 404 || error.status === 410 || error.status === 301)
  );
}

interface OctokitLikeError {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

export function toGitHubError(error: unknown, route: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = (error ?? {}) as OctokitLikeError;
  const status = typeof e.status === 'number' ? e.status : null;
  const message = apiMessage(e) ?? (error instanceof Error ? error.message : String(error));
  const text = `${route}: ${message}`;
  // Octokit reports a request that got no answer as status 500 with the transport's error as its cause.
  const network = e.response === undefined ? networkFailure(error) : null;
  if (network !== null || status === null) {
    const why = network ?? 'other';
    return new GitHubError('network', status, route, `${route}: ${NETWORK_WORDS[why]} (${message})`, why);
  }
  if (status === 404) return new GitHubError('not-found', status, route, text);
  if (status === 401) return new GitHubError('unauthorized', status, route, text);
  if (status === 429 || (status === 403 && /rate limit/i.test(message))) {
    return new GitHubError('rate-limited', status, route, text);
  }
  if (status === 403) return new GitHubError('forbidden', status, route, text);
  if (status === 409) return new GitHubError('conflict', status, route, text);
  if (status === 422) return new GitHubError('validation', status, route, text);
  if (status >= 500) return new GitHubError('server', status, route, text);
  return new GitHubError('validation', status, route, text);
}

function apiMessage(e: OctokitLikeError): string | null {
  const data = e.response?.data;
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
    const errors = 'errors' in data && Array.isArray(data.errors) ? data.errors : [];
    const details = errors
      .map((x: unknown) =>
        x && typeof x === 'object' && 'message' in x
          ? String(x.message)
          : x && typeof x === 'object' && 'code' in x
            ? String(x.code)
            : '',
      )
      .filter(Boolean);
    return details.length > 0 ? `${data.message} (${details.join('; ')})` : data.message;
  }
  return null;
}

const NETWORK_WORDS: Record<NetworkFailure, string> = {
  dns: 'the API host name could not be resolved (DNS)',
  refused: 'the connection to the API was refused',
  timeout: 'the API did not answer in time',
  reset: 'the connection to the API was dropped',
  tls: 'the TLS certificate of the API could not be verified',
  other: 'the API could not be reached',
};

const CODES: Array<[RegExp, NetworkFailure]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/, 'dns'],
  [/^(ECONNREFUSED)$/, 'refused'],
  [/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ESOCKETTIMEDOUT)$/, 'timeout'],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|ECONNABORTED)$/, 'reset'],
  [/CERT|^UNABLE_TO_|^SELF_SIGNED|^ERR_TLS/, 'tls'],
];

/** What kind of transport failure an error (or an error it wraps) is; null when it is not one. */
export function networkFailure(error: unknown): NetworkFailure | null {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string') {
      const found = CODES.find(([pattern]) => pattern.test(code));
      if (found) return found[1];
    }
    if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
    if (
      typeof message === 'string' &&
      /^(fetch failed|socket hang up)$/i.test(message) &&
      !(current as { cause?: unknown }).cause
    )
      return 'other';
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
