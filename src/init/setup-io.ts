// What `firebreak init` and `firebreak doctor` need from the outside world, passed in so that tests run
// them on an in-memory checkout and the emulator. src/init/node-io.ts is the real thing.
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway, RepoRef } from '../github/gateway.js';

export interface SetupIO {
  env: Readonly<Record<string, string | undefined>>;
  /** Each call prints one line (or block) of text: console.log semantics. */
  stdout(text: string): void;
  stderr(text: string): void;
  /** `git remote get-url origin` in the current directory; null when there is none. */
  gitRemote(): Promise<string | null>;
  /** A gateway to `repo` with this token, against this REST API root. */
  gateway(repo: RepoRef, token: string, apiUrl: string): GitHubGateway;
  now(): Date;
}

/** The current directory, by paths relative to it ("/"-separated). */
export interface CheckoutFiles {
  /** The file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>;
  /** Writes the file, creating its directories. */
  writeFile(path: string, content: string): Promise<void>;
}

export interface Credentials {
  token: string;
  /** Which variable the token came from, for messages (never the token itself). */
  from: 'GITHUB_TOKEN' | 'GH_TOKEN';
  apiUrl: string;
}

/** GITHUB_TOKEN (as in Actions), else GH_TOKEN (as the gh CLI uses); GITHUB_API_URL for GHES or the emulator. */
export function credentialsFrom(env: SetupIO['env']): Credentials | null {
  const apiUrl = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
  if (env.GITHUB_TOKEN?.trim()) return { token: env.GITHUB_TOKEN.trim(), from: 'GITHUB_TOKEN', apiUrl };
  if (env.GH_TOKEN?.trim()) return { token: env.GH_TOKEN.trim(), from: 'GH_TOKEN', apiUrl };
  return null;
}

/** What went wrong talking to GitHub, in the order a person should check: network, token, access. */
export function explainFailure(
  error: unknown,
  repository: string,
  credentials: Credentials,
): { title: string; advice: string[] } {
  if (error instanceof GitHubError && error.kind === 'network') {
    return {
      title: `cannot reach the GitHub API at ${credentials.apiUrl}`,
      advice: ['Check GITHUB_API_URL and the network (proxy, VPN, firewall); the token has not been tried yet.'],
    };
  }
  if (error instanceof GitHubError && error.kind === 'unauthorized') {
    return {
      title: `GitHub refused the token from ${credentials.from} (401: bad or expired credentials)`,
      advice: ['Make a new token (or `gh auth login`) and set GITHUB_TOKEN or GH_TOKEN to it.'],
    };
  }
  if (error instanceof GitHubError && error.kind === 'not-found') {
    return {
      title: `${repository} does not exist, or the token from ${credentials.from} cannot see it`,
      advice: ['Check the name (-R owner/name), and that the token has access to the repository.'],
    };
  }
  return { title: `cannot read ${repository} with the token from ${credentials.from}`, advice: [] };
}
