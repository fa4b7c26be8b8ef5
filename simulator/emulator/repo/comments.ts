// Issue and pull request comments, and reactions to them. Anyone who can read may comment; only the
// author (or someone with write access) may edit or delete a comment.
import { ApiError, checkBody, notFound, validationFailed } from '../errors.js';
import { Ids } from '../ids.js';
import { emitCommentEvent } from '../webhooks.js';
import { actorLogin, type Ctx, now, requireAuthorOr, requireRole } from './context.js';
import { touch } from './events.js';
import {
  type CommentRecord,
  type IssueRecord,
  REACTIONS,
  type ReactionContent,
  type ReactionRecord,
} from './records.js';

function checkCommentBody(body: unknown): string {
  if (typeof body !== 'string' || body === '')
    throw validationFailed({ resource: 'IssueComment', field: 'body', code: 'missing_field' });
  checkBody('IssueComment', body);
  return body;
}

export function createComment(ctx: Ctx, issue: IssueRecord, body: unknown): CommentRecord {
  requireRole(ctx, 'read', 'issues', 'write');
  if (issue.locked && ctx.repo.roleOf(actorLogin(ctx)) === 'none')
    throw new ApiError(403, 'Unable to create comment because issue is locked.');
  const text = checkCommentBody(body);
  const id = ctx.world.ids.take('comment');
  const comment: CommentRecord = {
    id,
    nodeId: Ids.node('comment', id),
    issueNumber: issue.number,
    author: actorLogin(ctx),
    body: text,
    createdAt: now(ctx),
    updatedAt: now(ctx),
    reactions: [],
  };
  ctx.repo.addComment(comment);
  touch(ctx, issue);
  emitCommentEvent(ctx, 'created', comment);
  return comment;
}

export function updateComment(ctx: Ctx, comment: CommentRecord, body: unknown): CommentRecord {
  requireAuthorOr(ctx, comment.author, 'write', 'issues');
  const text = checkCommentBody(body);
  if (text === comment.body) return comment;
  const from = comment.body;
  comment.body = text;
  comment.updatedAt = now(ctx);
  emitCommentEvent(ctx, 'edited', comment, { body: { from } });
  return comment;
}

export function deleteComment(ctx: Ctx, comment: CommentRecord): void {
  requireAuthorOr(ctx, comment.author, 'write', 'issues');
  ctx.repo.removeComment(comment);
  emitCommentEvent(ctx, 'deleted', comment);
}

/** Adds a reaction; reacting twice with the same content returns the existing one (200 instead of 201). */
export function addReaction(
  ctx: Ctx,
  comment: CommentRecord,
  content: unknown,
): { reaction: ReactionRecord; created: boolean } {
  requireRole(ctx, 'read', 'issues', 'write');
  if (typeof content !== 'string' || !REACTIONS.includes(content as ReactionContent)) {
    throw validationFailed({ resource: 'Reaction', field: 'content', code: 'invalid' });
  }
  const login = actorLogin(ctx);
  const existing = comment.reactions.find((r) => r.user === login && r.content === content);
  if (existing) return { reaction: existing, created: false };
  const id = ctx.world.ids.take('reaction');
  const reaction: ReactionRecord = {
    id,
    nodeId: Ids.node('reaction', id),
    user: login,
    content: content as ReactionContent,
    createdAt: now(ctx),
  };
  comment.reactions.push(reaction);
  return { reaction, created: true };
}

/** Removes one of the caller's own reactions. */
export function removeReaction(ctx: Ctx, comment: CommentRecord, reactionId: number): void {
  requireRole(ctx, 'read', 'issues', 'write');
  const reaction = comment.reactions.find((r) => r.id === reactionId && r.user === actorLogin(ctx));
  if (!reaction) throw notFound();
  comment.reactions = comment.reactions.filter((r) => r !== reaction);
}
