// Writes through the git data API (blobs, trees, commits, refs) and the contents API. Both end in the
// same objects and refs; refs only move forward unless forced, as on GitHub.
import { ApiError, notFound, unprocessable, validationFailed } from '../errors.js';
import { isAncestor } from '../git/history.js';
import type { CommitObject, FileMode, ObjectType, Signature } from '../git/objects.js';
import { buildTree, diffTrees, type FlatTree, flatten, lookup } from '../git/trees.js';
import { type Ctx, now, requireRole } from './context.js';
import { setState } from './issues.js';

export function signatureOf(ctx: Ctx, given?: unknown): Signature {
  const g = (given ?? {}) as { name?: unknown; email?: unknown; date?: unknown };
  const account = ctx.actor.account;
  return {
    name: typeof g.name === 'string' ? g.name : account.name,
    email: typeof g.email === 'string' ? g.email : account.email,
    date: typeof g.date === 'string' ? new Date(g.date).toISOString().replace('.000Z', 'Z') : now(ctx),
  };
}

const WORKFLOWS = '.github/workflows/';

/** GITHUB_TOKEN may not touch workflow files: that needs the `workflows` permission it cannot have. */
function guardWorkflowFiles(ctx: Ctx, before: FlatTree, after: FlatTree): void {
  if (ctx.actor.kind !== 'integration' || ctx.actor.scopes?.workflows === 'write') return;
  const touched = diffTrees(before, after).find((c) => c.path.startsWith(WORKFLOWS));
  if (touched) {
    throw new ApiError(
      403,
      `refusing to allow a GitHub App to create or update workflow \`${touched.path}\` without \`workflows\` permission`,
    );
  }
}

const decode = (content: unknown, field = 'content'): Buffer => {
  if (typeof content !== 'string') throw validationFailed({ resource: 'Commit', field, code: 'missing_field' });
  return Buffer.from(content, 'base64');
};

export interface ContentsWrite {
  message?: unknown;
  content?: unknown;
  sha?: unknown;
  branch?: unknown;
  author?: unknown;
  committer?: unknown;
}

/** `PUT /contents/{path}`: creating needs no sha; replacing needs the current blob sha (409 otherwise). */
export function putContents(ctx: Ctx, path: string, input: ContentsWrite): { created: boolean; commit: CommitObject } {
  requireRole(ctx, 'write', 'contents');
  if (typeof input.message !== 'string' || input.message === '')
    throw validationFailed({ resource: 'Commit', field: 'message', code: 'missing_field' });
  const content = decode(input.content);
  return writeFile(ctx, path, content, input);
}

export function deleteContents(ctx: Ctx, path: string, input: ContentsWrite): CommitObject {
  requireRole(ctx, 'write', 'contents');
  if (typeof input.message !== 'string' || input.message === '')
    throw validationFailed({ resource: 'Commit', field: 'message', code: 'missing_field' });
  if (typeof input.sha !== 'string')
    throw validationFailed({ resource: 'Commit', field: 'sha', code: 'missing_field' });
  return writeFile(ctx, path, null, input).commit;
}

function writeFile(
  ctx: Ctx,
  path: string,
  content: Buffer | null,
  input: ContentsWrite,
): { created: boolean; commit: CommitObject } {
  const branch = typeof input.branch === 'string' ? input.branch : ctx.repo.defaultBranch;
  const head = ctx.repo.branchSha(branch);
  if (!head) throw notFound(`Branch ${branch} not found`);
  const tree = ctx.repo.git.commit(head)?.tree ?? '';
  const existing = lookup(ctx.repo.git, tree, path);
  if (existing?.type === 'tree') throw unprocessable(`${path} is a directory`);
  if (content !== null && existing && input.sha === undefined)
    throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
  if (input.sha !== undefined && existing?.sha !== input.sha)
    throw new ApiError(409, `${path} does not match ${String(input.sha)}`);
  if (content === null && !existing) throw notFound();
  const before = ctx.repo.filesAt(head);
  const after = new Map(before);
  if (content === null) after.delete(path);
  else after.set(path, { mode: '100644', type: 'blob', sha: ctx.repo.git.putBlob(content).sha });
  guardWorkflowFiles(ctx, before, after);
  const author = signatureOf(ctx, input.author);
  const committer = signatureOf(ctx, input.committer);
  const commit = ctx.repo.git.putCommit({
    tree: buildTree(ctx.repo.git, after),
    parents: [head],
    author,
    committer,
    message: String(input.message),
  });
  ctx.repo.moveRef(`refs/heads/${branch}`, commit.sha, now(ctx));
  return { created: !existing, commit };
}

export function createBlob(ctx: Ctx, input: { content?: unknown; encoding?: unknown }): string {
  requireRole(ctx, 'write', 'contents');
  if (typeof input.content !== 'string')
    throw validationFailed({ resource: 'Blob', field: 'content', code: 'missing_field' });
  const encoding = input.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64')
    throw validationFailed({ resource: 'Blob', field: 'encoding', code: 'invalid' });
  const content = encoding === 'base64' ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'utf8');
  return ctx.repo.git.putBlob(content).sha;
}

interface TreeInput {
  path?: unknown;
  mode?: unknown;
  type?: unknown;
  sha?: unknown;
  content?: unknown;
}

const MODES: readonly string[] = ['100644', '100755', '040000', '160000', '120000'];

/** `POST /git/trees`: entries are full paths; with `base_tree` they change that tree, `sha: null` deletes. */
export function createTree(ctx: Ctx, input: { tree?: unknown; base_tree?: unknown }): string {
  requireRole(ctx, 'write', 'contents');
  if (!Array.isArray(input.tree)) throw validationFailed({ resource: 'Tree', field: 'tree', code: 'missing_field' });
  let files: FlatTree = new Map();
  if (input.base_tree !== undefined && input.base_tree !== null) {
    if (typeof input.base_tree !== 'string' || !ctx.repo.git.tree(input.base_tree))
      throw unprocessable('Invalid base_tree');
    files = flatten(ctx.repo.git, input.base_tree);
  }
  for (const raw of input.tree as TreeInput[]) {
    if (typeof raw?.path !== 'string' || raw.path === '')
      throw validationFailed({ resource: 'Tree', field: 'path', code: 'missing_field' });
    const path = raw.path.replace(/^\/+|\/+$/g, '');
    const mode = String(raw.mode ?? '100644');
    if (!MODES.includes(mode)) throw unprocessable(`tree.mode contains a malformed mode: ${mode}`);
    const type = (raw.type ?? (mode === '040000' ? 'tree' : 'blob')) as ObjectType;
    if (raw.sha === null) {
      for (const key of [...files.keys()]) if (key === path || key.startsWith(`${path}/`)) files.delete(key);
      continue;
    }
    if (type === 'tree') {
      if (typeof raw.sha !== 'string' || !ctx.repo.git.tree(raw.sha))
        throw unprocessable(`tree.sha ${String(raw.sha)} is not a valid tree`);
      for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key);
      for (const [sub, entry] of flatten(ctx.repo.git, raw.sha)) files.set(`${path}/${sub}`, entry);
      continue;
    }
    let sha: string;
    if (typeof raw.content === 'string') sha = ctx.repo.git.putBlob(Buffer.from(raw.content, 'utf8')).sha;
    else if (typeof raw.sha === 'string' && (type === 'commit' || ctx.repo.git.blob(raw.sha))) sha = raw.sha;
    else throw unprocessable(`tree.sha ${String(raw.sha)} is not a valid blob`);
    files.set(path, { mode: mode as FileMode, type, sha });
  }
  return buildTree(ctx.repo.git, files);
}

export function createCommit(
  ctx: Ctx,
  input: { message?: unknown; tree?: unknown; parents?: unknown; author?: unknown; committer?: unknown },
): CommitObject {
  requireRole(ctx, 'write', 'contents');
  if (typeof input.message !== 'string')
    throw validationFailed({ resource: 'Commit', field: 'message', code: 'missing_field' });
  if (typeof input.tree !== 'string' || !ctx.repo.git.tree(input.tree)) throw unprocessable('Tree SHA does not exist');
  const parents = input.parents ?? [];
  if (!Array.isArray(parents) || !parents.every((p) => typeof p === 'string' && ctx.repo.git.commit(p))) {
    throw unprocessable('Parent SHA does not exist or is not a commit object');
  }
  const author = signatureOf(ctx, input.author);
  const committer = input.committer ? signatureOf(ctx, input.committer) : author;
  return ctx.repo.git.putCommit({
    tree: input.tree,
    parents: parents as string[],
    author,
    committer,
    message: input.message,
  });
}

/** "heads/x" from a route's {ref}; the POST body uses "refs/heads/x". */
const fullRef = (ref: string): string => (ref.startsWith('refs/') ? ref : `refs/${ref}`);

export function createRef(ctx: Ctx, input: { ref?: unknown; sha?: unknown }): string {
  requireRole(ctx, 'write', 'contents');
  if (typeof input.ref !== 'string' || !/^refs\/[^/]+\/.+/.test(input.ref))
    throw unprocessable('Reference name is invalid');
  if (typeof input.sha !== 'string' || !ctx.repo.git.commit(input.sha)) throw unprocessable('Object does not exist');
  if (ctx.repo.refs.has(input.ref)) throw unprocessable('Reference already exists');
  guardRefMove(ctx, undefined, input.sha);
  ctx.repo.moveRef(input.ref, input.sha, now(ctx));
  return input.ref;
}

export function updateRef(ctx: Ctx, ref: string, input: { sha?: unknown; force?: unknown }): string {
  requireRole(ctx, 'write', 'contents');
  const name = fullRef(ref);
  const current = ctx.repo.refs.get(name);
  if (!current) throw unprocessable('Reference does not exist');
  if (typeof input.sha !== 'string' || !ctx.repo.git.commit(input.sha)) throw unprocessable('Object does not exist');
  if (input.force !== true && !isAncestor(ctx.repo.git, current, input.sha))
    throw unprocessable('Update is not a fast forward');
  guardRefMove(ctx, current, input.sha);
  ctx.repo.moveRef(name, input.sha, now(ctx));
  return name;
}

export function deleteRef(ctx: Ctx, ref: string): void {
  requireRole(ctx, 'write', 'contents');
  const name = fullRef(ref);
  if (!ctx.repo.refs.has(name)) throw unprocessable('Reference does not exist');
  if (name === `refs/heads/${ctx.repo.defaultBranch}`) throw unprocessable('Cannot delete the default branch');
  const branch = name.replace(/^refs\/heads\//, '');
  // GitHub closes open pull requests whose head branch disappears.
  for (const issue of ctx.repo.issues.values()) {
    if (issue.pull && issue.state === 'open' && issue.pull.head === branch) setState(ctx, issue, 'closed');
  }
  ctx.repo.refs.delete(name);
}

function guardRefMove(ctx: Ctx, from: string | undefined, to: string): void {
  const files = (sha: string | undefined): FlatTree =>
    sha ? ctx.repo.filesAt(sha) : ctx.repo.filesAt(ctx.repo.resolve() ?? '');
  guardWorkflowFiles(ctx, files(from), files(to));
}
