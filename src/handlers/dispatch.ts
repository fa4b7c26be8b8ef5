// Routes a run to its handler by event. Every handler reconciles state rather than trusting the event.
// When the configuration is broken and an older version (or the playbook defaults) was used, the job
// is failed after everything else ran, so the problem shows as a failing check.
import { handlePostmortemPull } from './postmortem-review.js';
import { reconcileIncident, type IncidentOutcome, type Trigger } from './incident.js';
import { RunCache, type RunServices } from './run-services.js';
import { entryOf, updateIndex } from './schedule-index.js';
import { incidentReport } from './report.js';
import { sweep } from './sweep.js';
import { watch } from './watch.js';

export interface DispatchResult {
  title: string;
  outputs: Record<string, string>;
  /** More for the job summary (the incident report). */
  summary?: string;
  /** Set when the run must be marked failed. */
  failure: string | null;
}

interface IssuePayload {
  action?: string;
  issue?: { number?: number };
  label?: { name?: string };
  sender?: { login?: string };
  inputs?: Record<string, unknown>;
}

export async function dispatch(services: RunServices): Promise<DispatchResult> {
  const cache = new RunCache(services);
  const result = await route(services, cache);
  const failures = [result.failure, cache.configFailure()].filter((f): f is string => f !== null);
  const failure = failures.length > 0 ? failures.join(' ') : null;
  return { ...result, outputs: { ...result.outputs, ...(failure ? { result: 'failed' } : {}) }, failure };
}

async function route(services: RunServices, cache: RunCache): Promise<DispatchResult> {
  const { context, inputs, clock } = services;
  const payload = context.payload as IssuePayload;
  if (inputs.mode === 'report') {
    const report = await incidentReport(services, cache, inputs.reportSince);
    return { title: 'Firebreak incident report', outputs: { result: report.failure ? 'failed' : 'handled' }, summary: report.markdown, failure: report.failure };
  }
  const sweeping = inputs.mode === 'sweep' || context.eventName === 'schedule' || (context.eventName === 'workflow_dispatch' && !payload.inputs?.incident);
  let outcomes: IncidentOutcome[];
  if (sweeping) {
    outcomes = await sweep(services, cache);
  } else if (context.eventName === 'issues' || context.eventName === 'issue_comment' || context.eventName === 'workflow_dispatch') {
    const number = Number(payload.issue?.number ?? payload.inputs?.incident);
    if (!Number.isInteger(number) || number < 1) return done('Firebreak', { result: 'ignored' }, null);
    const first = await reconcileIncident(services, cache, number, triggerOf(context.eventName, payload, context.actor, clock.now()));
    if (first.handled && !inputs.dryRun) {
      await updateIndex(services.gateway, null, [{ number, entry: first.nextDue === null && first.status === 'resolved' ? null : entryOf(first.nextDue, clock.now(), cache.configKey()) }]);
    }
    outcomes = [await watch(services, cache, first)];
  } else if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    const review = await handlePostmortemPull(services, cache, context.payload as Parameters<typeof handlePostmortemPull>[2]);
    return done(
      'Firebreak postmortem',
      { result: review.failure ? 'failed' : review.checked > 0 ? 'handled' : 'ignored', writes: String(cache.budget.spent), left: '0' },
      review.failure,
    );
  } else {
    services.log.info(`Firebreak does not handle ${context.eventName} events.`);
    return done('Firebreak', { result: 'ignored' }, null);
  }
  const totals = services.log.totals();
  const single = outcomes.length === 1 ? outcomes[0] : undefined;
  const failure = totals.failed > 0 ? `${totals.failed} write(s) failed; see the log. The next run retries them.` : null;
  return done(
    sweeping ? 'Firebreak sweep' : `Firebreak incident #${single?.number ?? ''}`,
    {
      result: failure ? 'failed' : outcomes.some((o) => o.handled) ? 'handled' : 'ignored',
      incident: single?.handled ? String(single.number) : '',
      severity: single?.severity ?? '',
      status: single?.status ?? '',
      writes: String(cache.budget.spent),
      left: String(totals.left),
    },
    failure,
  );
}

function done(title: string, outputs: Record<string, string>, failure: string | null): DispatchResult {
  return { title, outputs, failure };
}

function triggerOf(eventName: string, payload: IssuePayload, actor: string, now: Date): Trigger {
  if (eventName !== 'issues') return { labelChange: null, issueChange: null };
  const by = payload.sender?.login ?? actor;
  const at = now.toISOString();
  const labelChange = (payload.action === 'labeled' || payload.action === 'unlabeled') && payload.label?.name ? { action: payload.action as 'labeled' | 'unlabeled', label: payload.label.name, actor: by, at } : null;
  const issueChange = payload.action === 'closed' || payload.action === 'reopened' ? { action: payload.action as 'closed' | 'reopened', actor: by, at } : null;
  return { labelChange, issueChange };
}
