// Deleting and transferring issues. GitHub offers both only in the web UI (and GraphQL), not in REST:
// deleting needs admin access and sends `issues.deleted`; transferring needs write access to both
// repositories (same owner; not from a private to a public one), moves the thread and sends
// `issues.transferred` with the new issue. Afterwards the old number answers 410 Gone (deleted) or a
// redirect to the new issue (transferred), and is never reused.
import { ApiError, unprocessable } from '../errors.js';
import { Ids } from '../ids.js';
import { authorize } from '../access.js';
import { issueJson } from '../present/issues.js';
import { repositoryJson } from '../present/repository.js';
import { emitIssueEvent } from '../webhooks.js';
import { type Ctx, now, requireRole } from './context.js';
import { isAssignable } from './issues.js';
import type { IssueRecord } from './records.js';

export function deleteIssue(ctx: Ctx, issue: IssueRecord): void {
  requireRole(ctx, 'admin', 'issues');
  if (issue.pull) throw unprocessable('Pull requests cannot be deleted');
  // The payload shows the issue as it was, thread count included.
  emitIssueEvent(ctx, 'deleted', issue);
  for (const comment of [...ctx.repo.commentsOn(issue.number)]) ctx.repo.removeComment(comment);
  ctx.repo.issues.delete(issue.number);
  ctx.repo.gone.set(issue.number, { kind: 'deleted' });
}

export function transferIssue(ctx: Ctx, issue: IssueRecord, to: string): IssueRecord {
  requireRole(ctx, 'write', 'issues');
  const [owner = '', name = ''] = to.split('/');
  const target = ctx.world.repository(owner, name);
  authorize(ctx.actor, target, 'write', 'issues');
  if (issue.pull) throw unprocessable('Pull requests cannot be transferred');
  if (target === ctx.repo) throw unprocessable('The issue is already in this repository');
  if (target.owner.toLowerCase() !== ctx.repo.owner.toLowerCase())
    throw new ApiError(422, 'Issues can only be transferred between repositories of the same owner');
  if (!ctx.repo.isPublic && target.isPublic)
    throw new ApiError(422, 'Issues cannot be transferred from a private repository to a public one');
  const there: Ctx = { ...ctx, repo: target };
  const id = ctx.world.ids.take('issue');
  const moved: IssueRecord = {
    ...issue,
    number: target.nextNumber++,
    id,
    nodeId: Ids.node('issue', id),
    // Labels and assignees carry over where the target repository has them.
    labelIds: ctx.repo.labelsOf(issue).flatMap((l) => target.label(l.name)?.id ?? []),
    assignees: issue.assignees.filter((login) => isAssignable(there, login)),
    updatedAt: now(ctx),
  };
  target.issues.set(moved.number, moved);
  for (const comment of [...ctx.repo.commentsOn(issue.number)]) {
    ctx.repo.removeComment(comment);
    target.addComment({ ...comment, issueNumber: moved.number });
  }
  ctx.repo.issues.delete(issue.number);
  ctx.repo.gone.set(issue.number, { kind: 'transferred', repository: target.fullName, number: moved.number });
  emitIssueEvent(ctx, 'transferred', issue, {
    moved: { issue: issueJson(there, moved), repository: repositoryJson(there) },
  });
  return moved;
}
