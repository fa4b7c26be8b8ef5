// The files `firebreak init` writes, made for one repository: the embedded forms, workflows and starter
// configuration, with the repository's name in the template chooser and the action the workflows use
// (this package's repository and version tag, another repository, or a pinned commit). Pure: deciding
// what to write; src/init/init.ts writes it.
import type { RepoRef } from '../github/gateway.js';
import { RELEASE_TAG, REPOSITORY } from '../version.js';
import { EMBEDDED_FILES } from 'firebreak-generated:installed-files';

/** How the shipped workflows name the action: this package's repository at the tag of its version. */
export const ACTION_USES = `${REPOSITORY}@${RELEASE_TAG}`;

/** A file `firebreak init` installs, embedded at build time (scripts/generated/modules.ts). */
export interface EmbeddedFile {
  /** Where the file goes, relative to the repository's root. */
  path: string;
  /** Where it comes from in the Firebreak repository. */
  source: string;
  content: string;
}

export type InstallPart = 'workflows' | 'forms' | 'config';
export const INSTALL_PARTS: readonly InstallPart[] = ['workflows', 'forms', 'config'];

export interface InstallOptions {
  /** The repository, when known: the template chooser's private-reporting link points at it. */
  repository: RepoRef | null;
  /** Web root of the GitHub the repository lives on (GitHub Enterprise Server has its own). */
  webUrl: string;
  /** Where the workflows take the action from ("owner/repo"); default this package's repository. */
  action?: string;
  /** The action ref the workflows use: a tag, or a release commit's SHA to pin it; default this version's tag. */
  actionRef?: string;
}

export interface FileToInstall {
  path: string;
  part: InstallPart;
  content: string;
}

export function partOf(path: string): InstallPart {
  if (path.startsWith('.github/workflows/')) return 'workflows';
  if (path.startsWith('.github/ISSUE_TEMPLATE/')) return 'forms';
  return 'config';
}

export function filesToInstall(options: InstallOptions): FileToInstall[] {
  return EMBEDDED_FILES.map(({ path, content }) => {
    let text = content;
    if (options.repository) text = withRepository(text, options.repository, options.webUrl);
    if (path.startsWith('.github/workflows/'))
      text = withAction(text, options.action ?? REPOSITORY, options.actionRef ?? RELEASE_TAG);
    return { path, part: partOf(path), content: text };
  });
}

/** `https://github.com/OWNER/REPO/…` links → the repository's own. Comments that explain the placeholder stay. */
export function withRepository(text: string, repo: RepoRef, webUrl: string): string {
  const root = webUrl.replace(/\/+$/, '');
  return text.replace(/https:\/\/github\.com\/OWNER\/REPO\//g, `${root}/${repo.owner}/${repo.repo}/`);
}

/** Every `uses:` of the shipped action → `uses: action@ref`. */
export function withAction(text: string, action: string, ref: string): string {
  return text.split(`uses: ${ACTION_USES}`).join(`uses: ${action}@${ref}`);
}

/** "owner/repo" of a GitHub action repository, or a problem. */
export function actionProblem(action: string): string | null {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(action)
    ? null
    : `--action must be "owner/repo", not "${action}"`;
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
