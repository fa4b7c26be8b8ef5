// Issue events (the "labeled", "closed", "assigned"… entries of an issue's event list and timeline).
import { Ids } from '../ids.js';
import { actorLogin, type Ctx, now } from './context.js';
import type { IssueEventRecord, IssueRecord } from './records.js';

export function recordEvent(
  ctx: Ctx,
  issue: IssueRecord,
  event: IssueEventRecord['event'],
  details: Partial<
    Pick<IssueEventRecord, 'label' | 'assignee' | 'stateReason' | 'rename' | 'reviewer' | 'commitId'>
  > = {},
): IssueEventRecord {
  const id = ctx.world.ids.take('event');
  const record: IssueEventRecord = {
    id,
    nodeId: Ids.node('event', id),
    issueNumber: issue.number,
    event,
    actor: actorLogin(ctx),
    createdAt: now(ctx),
    ...details,
  };
  ctx.repo.events.push(record);
  ctx.repo.activity.push({ issueNumber: issue.number, kind: 'event', id });
  return record;
}

export function touch(ctx: Ctx, issue: IssueRecord): void {
  issue.updatedAt = now(ctx);
}
