// Opening, editing, closing and assigning issues, with GitHub's permission rules: anyone who can read
// opens issues; labels and assignees from someone without triage access are silently dropped (unless
// an issue form's template applies them); closing someone else's issue needs triage.
import { holds, type Scope } from '../access.js';
import { checkBody, GITHUB_LIMITS, validationFailed } from '../errors.js';
import { Ids } from '../ids.js';
import { type Changes, emitIssueEvent } from '../webhooks.js';
import { actorLogin, type Ctx, now, requireAuthorOr, requireRole } from './context.js';
import { recordEvent, touch } from './events.js';
import { ensureLabel, labelNames, setIssueLabels } from './labels.js';
import type { IssueRecord, PullRecord, StateReason } from './records.js';

export interface NewIssue {
  title?: unknown;
  body?: unknown;
  labels?: unknown;
  assignees?: unknown;
  assignee?: unknown;
}

function checkTitle(title: unknown): string {
  if (typeof title !== 'string' && typeof title !== 'number')
    throw validationFailed({ resource: 'Issue', field: 'title', code: 'missing_field' });
  const text = String(title);
  if (text.trim() === '') throw validationFailed({ resource: 'Issue', field: 'title', code: 'missing_field' });
  checkBody('Issue', text, 'title');
  return text;
}

function checkIssueBody(body: unknown, resource = 'Issue'): string | null {
  if (body === undefined || body === null) return null;
  if (typeof body !== 'string') throw validationFailed({ resource, field: 'body', code: 'invalid' });
  checkBody(resource, body);
  return body;
}

function assigneeLogins(input: { assignees?: unknown; assignee?: unknown }): string[] {
  const list = input.assignees ?? (input.assignee ? [input.assignee] : []);
  if (!Array.isArray(list) || !list.every((a) => typeof a === 'string')) {
    throw validationFailed({ resource: 'Issue', field: 'assignees', code: 'invalid' });
  }
  return list as string[];
}

/** Collaborators (and the owner) can be assigned; bots and outsiders cannot. */
export const isAssignable = (ctx: Ctx, login: string): boolean =>
  ctx.repo.roleOf(login) !== 'none' && ctx.world.accounts.find(login)?.type === 'User';

const canTriage = (ctx: Ctx): boolean => holds(ctx.actor, ctx.repo, 'triage', 'issues');

export function createIssue(
  ctx: Ctx,
  input: NewIssue,
  options: { pull?: PullRecord; template?: boolean } = {},
): IssueRecord {
  requireRole(ctx, 'read', options.pull ? 'pull_requests' : 'issues', 'write');
  const title = checkTitle(input.title);
  const body = checkIssueBody(input.body, options.pull ? 'PullRequest' : 'Issue');
  // GitHub drops labels and assignees silently for people who cannot triage; issue forms apply theirs.
  const privileged = options.template === true || canTriage(ctx);
  const labels = privileged ? labelNames(input.labels ?? []) : [];
  let assignees = privileged ? assigneeLogins(input) : [];
  if (options.template) {
    // A form's assignees who cannot be assigned are skipped; the API refuses them.
    assignees = assignees.filter((login) => isAssignable(ctx, login));
  }
  for (const login of assignees) {
    if (!isAssignable(ctx, login))
      throw validationFailed({ resource: 'Issue', field: 'assignees', code: 'invalid', value: login });
  }
  const id = ctx.world.ids.take('issue');
  const issue: IssueRecord = {
    number: ctx.repo.nextNumber++,
    id,
    nodeId: Ids.node(options.pull ? 'pull' : 'issue', id),
    title,
    body,
    author: actorLogin(ctx),
    state: 'open',
    stateReason: null,
    labelIds: [],
    assignees: [],
    locked: false,
    createdAt: now(ctx),
    updatedAt: now(ctx),
    closedAt: null,
    closedBy: null,
    pull: options.pull ?? null,
  };
  ctx.repo.issues.set(issue.number, issue);
  // The issue is created with its labels and assignees; the events follow: opened, then one labeled
  // per label and one assigned per assignee, each payload showing the whole issue.
  const labelled = labels.map((name) => ensureLabel(ctx, name)).filter((l, i, all) => all.indexOf(l) === i);
  issue.labelIds = labelled.map((l) => l.id);
  issue.assignees = assignees
    .map((login) => ctx.world.accounts.find(login)?.login ?? login)
    .slice(0, GITHUB_LIMITS.assignees);
  for (const label of labelled) recordEvent(ctx, issue, 'labeled', { label: { name: label.name, color: label.color } });
  for (const login of issue.assignees) recordEvent(ctx, issue, 'assigned', { assignee: login });
  emitIssueEvent(ctx, 'opened', issue);
  for (const label of labelled) emitIssueEvent(ctx, 'labeled', issue, { label });
  for (const login of issue.assignees) emitIssueEvent(ctx, 'assigned', issue, { assignee: login });
  return issue;
}

export interface IssuePatch extends NewIssue {
  state?: unknown;
  state_reason?: unknown;
}

const STATE_REASONS: readonly string[] = ['completed', 'not_planned', 'reopened', 'duplicate'];

/** PATCH semantics: only the fields present change; each change sends its own webhook event. */
export function updateIssue(ctx: Ctx, issue: IssueRecord, patch: IssuePatch): IssueRecord {
  requireRole(ctx, 'read', 'issues', 'write');
  editText(ctx, issue, patch, 'issues');
  if (patch.state !== undefined) {
    if (patch.state !== 'open' && patch.state !== 'closed')
      throw validationFailed({ resource: 'Issue', field: 'state', code: 'invalid' });
    if (
      patch.state_reason !== undefined &&
      patch.state_reason !== null &&
      !STATE_REASONS.includes(String(patch.state_reason))
    ) {
      throw validationFailed({ resource: 'Issue', field: 'state_reason', code: 'invalid' });
    }
    setState(ctx, issue, patch.state, (patch.state_reason as StateReason | null | undefined) ?? undefined);
  }
  if (canTriage(ctx)) {
    if (patch.labels !== undefined) setIssueLabels(ctx, issue, labelNames(patch.labels));
    if (patch.assignees !== undefined || patch.assignee !== undefined) {
      const wanted = assigneeLogins(patch).filter((login) => isAssignable(ctx, login));
      unassign(
        ctx,
        issue,
        issue.assignees.filter((a) => !wanted.some((w) => w.toLowerCase() === a.toLowerCase())),
      );
      assign(ctx, issue, wanted);
    }
  }
  return issue;
}

/** Title and body edits: the author may make them, anyone else needs write access. */
export function editText(ctx: Ctx, issue: IssueRecord, patch: { title?: unknown; body?: unknown }, scope: Scope): void {
  if (patch.title === undefined && patch.body === undefined) return;
  requireAuthorOr(ctx, issue.author, 'write', scope);
  const changes: Changes = {};
  if (patch.title !== undefined) {
    const title = checkTitle(patch.title);
    if (title !== issue.title) {
      changes.title = { from: issue.title };
      recordEvent(ctx, issue, 'renamed', { rename: { from: issue.title, to: title } });
      issue.title = title;
    }
  }
  if (patch.body !== undefined) {
    const body = checkIssueBody(patch.body, issue.pull ? 'PullRequest' : 'Issue');
    if (body !== issue.body) {
      changes.body = { from: issue.body ?? '' };
      issue.body = body;
    }
  }
  if (changes.title || changes.body) {
    touch(ctx, issue);
    emitIssueEvent(ctx, 'edited', issue, { changes });
  }
}

export function setState(ctx: Ctx, issue: IssueRecord, state: 'open' | 'closed', reason?: StateReason | null): void {
  if (state === issue.state) return;
  requireAuthorOr(ctx, issue.author, 'triage', issue.pull ? 'pull_requests' : 'issues');
  issue.state = state;
  touch(ctx, issue);
  if (state === 'closed') {
    issue.closedAt = now(ctx);
    issue.closedBy = actorLogin(ctx);
    issue.stateReason = issue.pull ? null : (reason ?? 'completed');
    if (issue.pull) issue.pull.baseShaAtClose = ctx.repo.branchSha(issue.pull.base) ?? null;
    if (issue.pull) issue.pull.headSha = ctx.repo.branchSha(issue.pull.head) ?? issue.pull.headSha;
    recordEvent(ctx, issue, 'closed', { stateReason: issue.stateReason });
    emitIssueEvent(ctx, 'closed', issue);
  } else {
    issue.closedAt = null;
    issue.closedBy = null;
    issue.stateReason = issue.pull ? null : 'reopened';
    recordEvent(ctx, issue, 'reopened', { stateReason: issue.stateReason });
    emitIssueEvent(ctx, 'reopened', issue);
  }
}

/** Adds assignees GitHub would accept (others are ignored, as the API does); at most ten in total. */
export function assign(ctx: Ctx, issue: IssueRecord, logins: string[]): void {
  const added: string[] = [];
  for (const login of logins) {
    const account = ctx.world.accounts.find(login);
    if (!account || !isAssignable(ctx, login)) continue;
    if (issue.assignees.some((a) => a.toLowerCase() === login.toLowerCase()) || added.includes(account.login)) continue;
    if (issue.assignees.length + added.length >= GITHUB_LIMITS.assignees) break;
    added.push(account.login);
  }
  if (added.length === 0) return;
  issue.assignees.push(...added);
  touch(ctx, issue);
  for (const login of added) {
    recordEvent(ctx, issue, 'assigned', { assignee: login });
    emitIssueEvent(ctx, 'assigned', issue, { assignee: login });
  }
}

export function unassign(ctx: Ctx, issue: IssueRecord, logins: string[]): void {
  const removed = issue.assignees.filter((a) => logins.some((l) => l.toLowerCase() === a.toLowerCase()));
  if (removed.length === 0) return;
  issue.assignees = issue.assignees.filter((a) => !removed.includes(a));
  touch(ctx, issue);
  for (const login of removed) {
    recordEvent(ctx, issue, 'unassigned', { assignee: login });
    emitIssueEvent(ctx, 'unassigned', issue, { assignee: login });
  }
}

export function addAssignees(ctx: Ctx, issue: IssueRecord, input: { assignees?: unknown }): void {
  requireRole(ctx, 'triage', 'issues');
  assign(ctx, issue, assigneeLogins(input));
}

export function removeAssignees(ctx: Ctx, issue: IssueRecord, input: { assignees?: unknown }): void {
  requireRole(ctx, 'triage', 'issues');
  unassign(ctx, issue, assigneeLogins(input));
}
