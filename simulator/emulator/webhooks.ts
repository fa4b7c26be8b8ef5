// The webhook events GitHub sends when something changes. Operations call these as they change state,
// so a payload shows the issue exactly as it was at that moment (an issue opened with two labels sends
// `opened` and then one `labeled` per label, each carrying the full label set).
import { organizationJson, userJson } from './present/users.js';
import { issueJson, commentJson, labelJson } from './present/issues.js';
import { pullJson } from './present/pulls.js';
import { repositoryJson } from './present/repository.js';
import type { Json } from './present/view.js';
import type { Ctx } from './repo/context.js';
import type { CommentRecord, IssueRecord, LabelRecord, PullRecord } from './repo/records.js';
import { triggersWorkflows, type WebhookEvent } from './world.js';

export type Changes = Partial<Record<'title' | 'body', { from: string }>>;

export function envelope(ctx: Ctx, sender: string = ctx.actor.account.login): Json {
  const organization = organizationJson(ctx);
  return {
    repository: repositoryJson(ctx),
    sender: userJson(ctx.world, sender),
    ...(organization ? { organization } : {}),
  };
}

function emit(ctx: Ctx, name: string, action: string | undefined, body: Json): WebhookEvent {
  return ctx.world.emit({
    name,
    ...(action ? { action } : {}),
    payload: { ...(action ? { action } : {}), ...body, ...envelope(ctx) },
    sender: ctx.actor.account.login,
    triggersWorkflows: triggersWorkflows(ctx.actor),
  });
}

interface IssueExtras {
  label?: LabelRecord;
  assignee?: string;
  changes?: Changes;
  /** `transferred`: the issue and repository it became. */
  moved?: { issue: Json; repository: Json };
}

/** `issues.<action>`, or `pull_request.<action>` when the issue is a pull request (as GitHub does). */
export function emitIssueEvent(ctx: Ctx, action: string, issue: IssueRecord, extras: IssueExtras = {}): WebhookEvent {
  const body: Json = {};
  if (extras.changes) body.changes = extras.changes;
  if (extras.moved) body.changes = { new_issue: extras.moved.issue, new_repository: extras.moved.repository };
  if (extras.label) body.label = labelJson(ctx, extras.label);
  if (extras.assignee) body.assignee = userJson(ctx.world, extras.assignee);
  if (issue.pull) {
    return emit(ctx, 'pull_request', action, {
      number: issue.number,
      pull_request: pullJson(ctx, issue as IssueRecord & { pull: PullRecord }),
      ...body,
    });
  }
  return emit(ctx, 'issues', action, { issue: issueJson(ctx, issue), ...body });
}

export function emitCommentEvent(
  ctx: Ctx,
  action: 'created' | 'edited' | 'deleted',
  comment: CommentRecord,
  changes?: Changes,
): WebhookEvent {
  const issue = ctx.repo.issue(comment.issueNumber);
  return emit(ctx, 'issue_comment', action, {
    ...(changes ? { changes } : {}),
    issue: issueJson(ctx, issue),
    comment: commentJson(ctx, comment),
  });
}

export function emitPlainEvent(
  ctx: Ctx,
  name: string,
  body: Json,
  options: { triggersWorkflows?: boolean } = {},
): WebhookEvent {
  const event = ctx.world.emit({
    name,
    payload: { ...body, ...envelope(ctx) },
    sender: ctx.actor.account.login,
    triggersWorkflows: options.triggersWorkflows ?? triggersWorkflows(ctx.actor),
  });
  return event;
}
