// Writes that belong to no incident thread, planned by their handler and applied here under the same rules
// as an incident's plan: dry run (log what would happen), the run's operations budget, and a log line per
// write. A merged postmortem's action-item issues, the links written back into it and the learnings index
// go as a batch (executeRepositoryWrites); the postmortem check run, the escalation workflow's switch and
// wake event, the issue an alert opens and the published on-call calendar go one at a time
// (applyRepositoryWrite), because their handler decides on what each one came to. Idempotency is the
// planner's: it plans an action item only when no issue carries its key, a file only when its content
// differs, a check run only when the commit does not already show the same verdict.
// Essential writes are not counted against the budget, as the schedule index is not: the ones escalation
// and intake wait on (switching the escalation schedule back on, waking it, opening an alert's incident),
// since a budget spent on comments must never leave an incident unescalated; and the postmortem pull
// request's check run, part of the `postmortem` write the incident plan's budget already charged.
import type { CheckAnnotation, GitHubGateway, Issue, LabelInfo } from '../github/gateway.js';
import type { IncidentLog } from '../runtime/log.js';
import { writeCalendar, type CalendarWrite } from './calendar.js';
import type { Budget } from './execute.js';

/** Annotations per check-run request, as the Checks API allows. */
const CHECK_RUN_BATCH = 50;

export type RepositoryWrite = (
  | { kind: 'createLabel'; label: LabelInfo }
  | {
      kind: 'actionItem';
      /** The item's key, kept in the issue's hidden marker so it is never filed twice. */
      key: string;
      title: string;
      body: string;
      labels: string[];
      /** Assigned when GitHub allows; filed unassigned otherwise (the body names the owner). */
      assignee: string | null;
    }
  | { kind: 'file'; path: string; branch: string; content: string; sha?: string; message: string }
  | { kind: 'openIssue'; title: string; body: string; labels: string[] }
  | {
      kind: 'updateIssue';
      number: number;
      patch: { body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'reopened' };
    }
  | { kind: 'addLabels'; number: number; labels: string[] }
  | { kind: 'workflowEnabled'; workflow: string; enabled: boolean }
  | { kind: 'repositoryDispatch'; event: string; payload: Record<string, unknown> }
  | {
      kind: 'checkRun';
      name: string;
      headSha: string;
      conclusion: 'success' | 'failure' | 'neutral';
      title: string;
      summary: string;
      /** All of them: the first CHECK_RUN_BATCH go with the create, the rest are appended. */
      annotations: CheckAnnotation[];
    }
  | ({ kind: 'calendar' } & CalendarWrite)
) & {
  /** What the log says was done (or, in a dry run, would be). */
  describe: string;
  /** Not counted against the operations budget: escalation or intake waits on it (see above). */
  essential?: true;
};

type Kind = RepositoryWrite['kind'];
type WriteOf<K extends Kind> = Extract<RepositoryWrite, { kind: K }>;

/** What applying a write returns: the issue filed or opened, the calendar's summary; nothing for the rest. */
export interface WriteValues {
  createLabel: void;
  actionItem: Issue;
  file: void;
  openIssue: Issue;
  updateIssue: void;
  addLabels: void;
  workflowEnabled: void;
  repositoryDispatch: void;
  checkRun: void;
  calendar: string;
}

/** What one write came to. The handler words success and failure; a dry run is logged here. */
export type WriteOutcome<T> =
  | { status: 'done'; value: T }
  | { status: 'dry-run' }
  | { status: 'over-budget' }
  | { status: 'failed'; error: unknown };

export interface RepositoryWriteContext {
  gateway: GitHubGateway;
  dryRun: boolean;
  /** Null where a handler plans only essential writes (the sweep schedule's switch and wake event). */
  budget: Budget | null;
  log: { info(line: string): void };
}

/** Applies one write: in a dry run only logs it; never throws (a failure comes back as its outcome). */
export async function applyRepositoryWrite<K extends Kind>(
  write: WriteOf<K>,
  ctx: RepositoryWriteContext,
): Promise<WriteOutcome<WriteValues[K]>> {
  if (ctx.dryRun) {
    ctx.log.info(`dry run, would: ${write.describe}`);
    return { status: 'dry-run' };
  }
  if (write.essential !== true) {
    if (ctx.budget === null) throw new Error(`no operations budget for a write that needs one: ${write.describe}`);
    if (!ctx.budget.take()) return { status: 'over-budget' };
  }
  try {
    return { status: 'done', value: (await apply(write as RepositoryWrite, ctx.gateway)) as WriteValues[K] };
  } catch (error) {
    return { status: 'failed', error };
  }
}

async function apply(write: RepositoryWrite, gateway: GitHubGateway): Promise<WriteValues[Kind]> {
  switch (write.kind) {
    case 'createLabel':
      return gateway.createLabel(write.label);
    case 'actionItem':
      return fileIssue(gateway, write);
    case 'file':
      return void (await gateway.putFile({
        path: write.path,
        branch: write.branch,
        content: write.content,
        message: write.message,
        ...(write.sha ? { sha: write.sha } : {}),
      }));
    case 'openIssue':
      return gateway.createIssue({ title: write.title, body: write.body, labels: write.labels });
    case 'updateIssue':
      return void (await gateway.updateIssue(write.number, write.patch));
    case 'addLabels':
      return void (await gateway.addLabels(write.number, write.labels));
    case 'workflowEnabled':
      return gateway.setWorkflowEnabled(write.workflow, write.enabled);
    case 'repositoryDispatch':
      return gateway.dispatchRepositoryEvent(write.event, write.payload);
    case 'checkRun':
      return createCheckRun(gateway, write);
    case 'calendar':
      return writeCalendar(gateway, write);
  }
}

export interface RepositoryWriteResult {
  /** The action-item issues filed, by key. */
  filed: Map<string, Issue>;
  written: number;
  /** Writes not made (the budget ran out, or GitHub refused): the job ends red and a re-run finishes them. */
  failed: number;
}

/** A batch in order; each write's result is logged against the incident, and one failure stops none of the others. */
export async function executeRepositoryWrites(
  writes: RepositoryWrite[],
  ctx: RepositoryWriteContext & { log: IncidentLog },
): Promise<RepositoryWriteResult> {
  const result: RepositoryWriteResult = { filed: new Map(), written: 0, failed: 0 };
  for (const write of writes) {
    const outcome = await applyRepositoryWrite(write, ctx);
    if (outcome.status === 'dry-run') continue;
    if (outcome.status === 'done') {
      if (write.kind === 'actionItem') result.filed.set(write.key, outcome.value as Issue);
      ctx.log.done(write.describe);
      result.written += 1;
      continue;
    }
    // No later run comes for a merged pull request: say so as a failure, so that a re-run finishes it.
    const why =
      outcome.status === 'over-budget'
        ? 'the operations budget of this run is spent; re-run the job to finish'
        : errorText(outcome.error);
    ctx.log.failed(write.describe, why);
    result.failed += 1;
  }
  return result;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fileIssue(gateway: GitHubGateway, write: WriteOf<'actionItem'>): Promise<Issue> {
  const issue = { title: write.title, body: write.body, labels: write.labels };
  if (!write.assignee) return gateway.createIssue(issue);
  try {
    return await gateway.createIssue({ ...issue, assignees: [write.assignee] });
  } catch {
    // An owner who cannot be assigned must not lose the action item: file it unassigned (the body names them).
    return gateway.createIssue(issue);
  }
}

/** A completed check run; annotations beyond the first batch are appended, a batch per update, as the Checks API asks. */
async function createCheckRun(gateway: GitHubGateway, write: WriteOf<'checkRun'>): Promise<void> {
  const { title, summary } = write;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < write.annotations.length; i += CHECK_RUN_BATCH)
    batches.push(write.annotations.slice(i, i + CHECK_RUN_BATCH));
  const [first = [], ...rest] = batches;
  const run = await gateway.createCheckRun({
    name: write.name,
    headSha: write.headSha,
    conclusion: write.conclusion,
    output: { title, summary, annotations: first },
  });
  for (const batch of rest) await gateway.updateCheckRun(run.id, { output: { title, summary, annotations: batch } });
}
