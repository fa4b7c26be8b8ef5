// Which repository `firebreak init` and `firebreak doctor` work on: `--repo owner/name`, else
// GITHUB_REPOSITORY (inside Actions, or set by hand), else the `origin` remote of the current checkout.
import type { RepoRef } from '../github/gateway.js';

/** GitHub's rules: owners are letters, digits and single hyphens; names add `.` and `_`. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** "owner/name" → RepoRef; null when it is not one. */
export function parseRepository(text: string): RepoRef | null {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text.trim());
  if (!match) return null;
  const owner = match[1] as string;
  const repo = (match[2] as string).replace(/\.git$/, '');
  if (!OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') return null;
  return { owner, repo };
}

/**
 * The repository a git remote URL points at, on any host (GitHub Enterprise Server too):
 * https://github.com/o/r(.git), git@github.com:o/r(.git), ssh://git@host(:port)/o/r, git://host/o/r.
 * Null for anything else (a local path, a URL with more path segments).
 */
export function parseRemoteUrl(url: string): RepoRef | null {
  const text = url.trim();
  const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(text);
  let path: string | undefined;
  if (scp) path = scp[1];
  else {
    try {
      const parsed = new URL(text);
      if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(parsed.protocol)) return null;
      path = decodeURIComponent(parsed.pathname);
    } catch {
      return null;
    }
  }
  return parseRepository((path ?? '').replace(/^\/+|\/+$/g, ''));
}

export interface RepositorySources {
  /** The `--repo` option, when given. */
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads `git remote get-url origin`; null when there is no checkout or no such remote. */
  gitRemote(): Promise<string | null>;
}

export type ResolvedRepository =
  | { repo: RepoRef; from: '--repo' | 'GITHUB_REPOSITORY' | 'git remote origin' }
  | { repo: null; problem: string | null };

/**
 * The repository, and where it came from. A malformed `--repo` is a problem the user must fix; no
 * repository at all is not (init still writes the files), so `problem` is null then.
 */
export async function resolveRepository(sources: RepositorySources): Promise<ResolvedRepository> {
  if (sources.flag !== undefined) {
    const repo = parseRepository(sources.flag);
    return repo
      ? { repo, from: '--repo' }
      : { repo: null, problem: `--repo must be "owner/name", not "${sources.flag}"` };
  }
  const fromEnv = sources.env.GITHUB_REPOSITORY;
  if (fromEnv) {
    const repo = parseRepository(fromEnv);
    if (repo) return { repo, from: 'GITHUB_REPOSITORY' };
  }
  let remote: string | null = null;
  try {
    remote = await sources.gitRemote();
  } catch {
    // No git, or not a checkout: the repository stays unknown.
  }
  const repo = remote === null ? null : parseRemoteUrl(remote);
  return repo ? { repo, from: 'git remote origin' } : { repo: null, problem: null };
}

export const formatRepository = (repo: RepoRef): string => `${repo.owner}/${repo.repo}`;
