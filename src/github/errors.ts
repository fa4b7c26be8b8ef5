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

export class GitHubError extends Error {
  constructor(
    readonly kind: GitHubErrorKind,
    readonly status: number | null,
    readonly route: string,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubError';
  }

  /** Whether the next run can reasonably expect the same call to succeed. */
  get transient(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server' || this.kind === 'network';
  }
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
  if (status === null || status === 500 && /fetch failed|socket|ECONN|aborted|timeout/i.test(message)) {
    return new GitHubError('network', status, route, text);
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
      .map((x: unknown) => (x && typeof x === 'object' && 'message' in x ? String(x.message) : x && typeof x === 'object' && 'code' in x ? String(x.code) : ''))
      .filter(Boolean);
    return details.length > 0 ? `${data.message} (${details.join('; ')})` : data.message;
  }
  return null;
}
