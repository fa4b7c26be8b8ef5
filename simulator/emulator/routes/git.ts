// The git data API: refs, blobs, trees and commits.
import { notFound } from '../errors.js';
import type { Route, RouteRequest } from '../http/router.js';
import { blobJson, gitCommitJson, refJson, treeJson } from '../present/git.js';
import { createBlob, createCommit, createRef, createTree, deleteRef, updateRef } from '../repo/git-writes.js';
import { bodyOf, noContent, ok, param } from './params.js';

const refResponse = (req: RouteRequest, ref: string, status = 200) =>
  ok(refJson(req, ref, req.repo.refs.get(ref) as string), status);

function getRef(req: RouteRequest) {
  const ref = `refs/${param(req, 'ref')}`;
  if (!req.repo.refs.has(ref)) throw notFound();
  return refResponse(req, ref);
}

function matchingRefs(req: RouteRequest) {
  const prefix = `refs/${param(req, 'ref')}`;
  const refs = [...req.repo.refs.keys()].filter((r) => r.startsWith(prefix)).sort();
  return ok(refs.map((r) => refJson(req, r, req.repo.refs.get(r) as string)));
}

/** A tree by sha, or the tree of a branch, tag or commit (the API accepts those too). */
function getTree(req: RouteRequest) {
  const wanted = param(req, 'tree_sha');
  const tree = req.repo.git.tree(wanted)?.sha ?? req.repo.git.commit(req.repo.resolve(wanted) ?? '')?.tree;
  if (!tree || !req.repo.git.tree(tree)) throw notFound();
  const recursive = req.query.get('recursive');
  return ok(treeJson(req, tree, recursive !== null && recursive !== '' && recursive !== '0' && recursive !== 'false'));
}

export const gitRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/git/ref/{ref}', handler: getRef },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/matching-refs/{ref}', handler: matchingRefs },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/refs',
    handler: (req) => refResponse(req, createRef(req, bodyOf(req)), 201),
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    handler: (req) => refResponse(req, updateRef(req, param(req, 'ref'), bodyOf(req))),
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    handler: (req) => {
      deleteRef(req, param(req, 'ref'));
      return noContent;
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/blobs',
    handler: (req) => {
      const sha = createBlob(req, bodyOf(req));
      return ok({ url: `${req.world.urls.api}/repos/${req.repo.fullName}/git/blobs/${sha}`, sha }, 201);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
    handler: (req) => {
      const blob = req.repo.git.blob(param(req, 'file_sha'));
      if (!blob) throw notFound();
      return ok(blobJson(req, blob));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/trees',
    handler: (req) => ok(treeJson(req, createTree(req, bodyOf(req)), false), 201),
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/trees/{tree_sha}', handler: getTree },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/commits',
    handler: (req) => ok(gitCommitJson(req, createCommit(req, bodyOf(req))), 201),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
    handler: (req) => {
      const commit = req.repo.git.commit(param(req, 'commit_sha'));
      if (!commit) throw notFound();
      return ok(gitCommitJson(req, commit));
    },
  },
];
