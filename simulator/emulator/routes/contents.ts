// The contents API (files and directories at a ref), commits, and branches.
import { notFound } from '../errors.js';
import { log } from '../git/history.js';
import { lookup } from '../git/trees.js';
import { paginate } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { branchJson, commitJson, contentEntryJson, gitCommitJson, shortBranchJson } from '../present/git.js';
import { deleteContents, putContents } from '../repo/git-writes.js';
import { bodyOf, ok, param } from './params.js';

function getContents(req: RouteRequest) {
  const ref = req.query.get('ref') || req.repo.defaultBranch;
  const sha = req.repo.resolve(ref);
  if (!sha) throw notFound(`No commit found for the ref ${ref}`);
  const path = param(req, 'path').replace(/^\/+|\/+$/g, '');
  const tree = req.repo.git.commit(sha)?.tree ?? '';
  const entry =
    path === ''
      ? { name: '', mode: '040000' as const, type: 'tree' as const, sha: tree }
      : lookup(req.repo.git, tree, path);
  if (!entry) throw notFound();
  if (entry.type === 'tree') {
    const children = req.repo.git.tree(entry.sha)?.entries ?? [];
    return ok(children.map((child) => contentEntryJson(req, path ? `${path}/${child.name}` : child.name, child, ref)));
  }
  const content = req.repo.git.blob(entry.sha)?.content ?? Buffer.alloc(0);
  // `Accept: application/vnd.github.raw` asks for the file itself rather than JSON.
  if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept ?? ''))) {
    return { status: 200, raw: content, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
  }
  return ok(contentEntryJson(req, path, entry, ref, content));
}

function fileCommitResponse(req: RouteRequest, path: string, branch: string, commitSha: string, status: number) {
  const commit = req.repo.git.commit(commitSha);
  if (!commit) throw notFound();
  const entry = lookup(req.repo.git, commit.tree, path);
  return ok(
    { content: entry ? contentEntryJson(req, path, entry, branch) : null, commit: gitCommitJson(req, commit) },
    status,
  );
}

function listCommits(req: RouteRequest) {
  const start = req.repo.resolve(req.query.get('sha') || req.repo.defaultBranch);
  if (!start) throw notFound(`No commit found for SHA: ${req.query.get('sha') ?? ''}`);
  const path = req.query.get('path');
  const since = req.query.get('since');
  const until = req.query.get('until');
  const author = req.query.get('author')?.toLowerCase();
  const commits = log(req.repo.git, start).filter((c) => {
    const at = Date.parse(c.committer.date);
    if (since && at < Date.parse(since)) return false;
    if (until && at > Date.parse(until)) return false;
    if (
      author &&
      c.author.email.toLowerCase() !== author &&
      req.world.accounts.byEmail(c.author.email)?.login.toLowerCase() !== author
    )
      return false;
    if (path) {
      const before = c.parents[0] ? req.repo.filesAt(c.parents[0]) : new Map();
      const after = req.repo.filesAt(c.sha);
      const touched = (files: Map<string, { sha: string }>): string =>
        [...files]
          .filter(([p]) => p === path || p.startsWith(`${path}/`))
          .map(([p, e]) => `${p}:${e.sha}`)
          .join(',');
      if (touched(before) === touched(after)) return false;
    }
    return true;
  });
  return paginate(req, commits, (c) => commitJson(req, c));
}

export const contentRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/contents/{path}', handler: getContents },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/contents/{path}',
    handler: (req) => {
      const body = bodyOf(req);
      const { created, commit } = putContents(req, param(req, 'path'), body);
      return fileCommitResponse(
        req,
        param(req, 'path'),
        String(body.branch ?? req.repo.defaultBranch),
        commit.sha,
        created ? 201 : 200,
      );
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/contents/{path}',
    handler: (req) => {
      const commit = deleteContents(req, param(req, 'path'), bodyOf(req));
      return ok({ content: null, commit: gitCommitJson(req, commit) });
    },
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits', handler: listCommits },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches',
    handler: (req) =>
      paginate(req, req.repo.branches().sort(), (name) =>
        shortBranchJson(req, name, req.repo.branchSha(name) as string),
      ),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}',
    handler: (req) => {
      const name = param(req, 'branch');
      const commit = req.repo.git.commit(req.repo.branchSha(name) ?? '');
      if (!commit) throw notFound('Branch not found');
      return ok(branchJson(req, name, commit));
    },
  },
];
