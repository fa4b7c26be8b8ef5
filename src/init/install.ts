// The files `firebreak init` writes, made for one repository: the embedded forms, workflows and starter
// configuration, with the repository's name in the template chooser and, when asked, the action pinned to
// a commit. Pure: deciding what to write; src/init/init.ts writes it.
import type { RepoRef } from '../github/gateway.js';
import { EMBEDDED_FILES } from './files.generated.js';

/** How the shipped workflows name the action. A release tag, because the release's commit SHA is not known when they are written. */
export const ACTION_USES = 'firebreak/firebreak@v1';
const ACTION = ACTION_USES.slice(0, ACTION_USES.indexOf('@'));

export interface InstallOptions {
  /** The repository, when known: the template chooser's private-reporting link points at it. */
  repository: RepoRef | null;
  /** Web root of the GitHub the repository lives on (GitHub Enterprise Server has its own). */
  webUrl: string;
  /** The action ref the workflows use instead of `v1`: a release commit's SHA, to pin it. */
  actionRef?: string;
}

export interface FileToInstall {
  path: string;
  content: string;
}

export function filesToInstall(options: InstallOptions): FileToInstall[] {
  return EMBEDDED_FILES.map(({ path, content }) => {
    let text = content;
    if (options.repository) text = withRepository(text, options.repository, options.webUrl);
    if (options.actionRef !== undefined && path.startsWith('.github/workflows/')) text = withActionRef(text, options.actionRef);
    return { path, content: text };
  });
}

/** `https://github.com/OWNER/REPO/…` links → the repository's own. Comments that explain the placeholder stay. */
export function withRepository(text: string, repo: RepoRef, webUrl: string): string {
  const root = webUrl.replace(/\/+$/, '');
  return text.replace(/https:\/\/github\.com\/OWNER\/REPO\//g, `${root}/${repo.owner}/${repo.repo}/`);
}

export function withActionRef(text: string, ref: string): string {
  return text.split(`uses: ${ACTION_USES}`).join(`uses: ${ACTION}@${ref}`);
}

/** A ref the workflows may use: a 40-hex commit SHA, or a tag or branch name without spaces and `#`. */
export function actionRefProblem(ref: string): string | null {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref)) return `--ref must be a commit SHA or a tag, not "${ref}"`;
  return null;
}

export const isCommitSha = (ref: string): boolean => /^[0-9a-f]{40}$/.test(ref);

/**
 * The web root that goes with a REST API root: github.com for api.github.com (and anything unknown, such as
 * the emulator), https://HOST for GitHub Enterprise Server's https://HOST/api/v3. GITHUB_SERVER_URL wins
 * when set (Actions sets it).
 */
export function webUrlFor(env: Readonly<Record<string, string | undefined>>): string {
  if (env.GITHUB_SERVER_URL?.trim()) return env.GITHUB_SERVER_URL.trim().replace(/\/+$/, '');
  const api = env.GITHUB_API_URL?.trim().replace(/\/+$/, '');
  if (api && /\/api\/v3$/.test(api)) return api.slice(0, -'/api/v3'.length);
  return 'https://github.com';
}
