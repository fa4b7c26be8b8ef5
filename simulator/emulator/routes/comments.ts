// Issue comments (also on pull requests) and their reactions.
import { paginate } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { commentJson, reactionJson } from '../present/issues.js';
import { addReaction, createComment, deleteComment, removeReaction, updateComment } from '../repo/comments.js';
import type { CommentRecord } from '../repo/records.js';
import { bodyOf, noContent, numberParam, ok } from './params.js';

const commentOf = (req: RouteRequest): CommentRecord => req.repo.comment(numberParam(req, 'comment_id'));

function listForIssue(req: RouteRequest) {
  const issue = req.repo.issue(numberParam(req, 'issue_number'));
  const since = req.query.get('since');
  const comments = req.repo
    .commentsOn(issue.number)
    .filter((c) => !since || Date.parse(c.updatedAt) >= Date.parse(since));
  return paginate(req, comments, (c) => commentJson(req, c));
}

function listForRepo(req: RouteRequest) {
  const since = req.query.get('since');
  const direction = req.query.get('direction') ?? 'asc';
  const comments = [...req.repo.comments.values()].filter(
    (c) => !since || Date.parse(c.updatedAt) >= Date.parse(since),
  );
  if (direction === 'desc') comments.reverse();
  return paginate(req, comments, (c) => commentJson(req, c));
}

function listReactions(req: RouteRequest) {
  const content = req.query.get('content');
  const reactions = commentOf(req).reactions.filter((r) => !content || r.content === content);
  return paginate(req, reactions, (r) => reactionJson(req, r));
}

export const commentRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: listForIssue },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler: (req) =>
      ok(commentJson(req, createComment(req, req.repo.issue(numberParam(req, 'issue_number')), bodyOf(req).body)), 201),
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/comments', handler: listForRepo },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (req) => ok(commentJson(req, commentOf(req))),
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (req) => ok(commentJson(req, updateComment(req, commentOf(req), bodyOf(req).body))),
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (req) => {
      deleteComment(req, commentOf(req));
      return noContent;
    },
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', handler: listReactions },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    handler: (req) => {
      const { reaction, created } = addReaction(req, commentOf(req), bodyOf(req).content);
      return ok(reactionJson(req, reaction), created ? 201 : 200);
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}',
    handler: (req) => {
      removeReaction(req, commentOf(req), numberParam(req, 'reaction_id'));
      return noContent;
    },
  },
];
