// Routes a run to its handler by event. Every handler reconciles state rather than trusting the event.
// After everything ran, the job is failed (red) when anything was left undone — a failed write, an
// undelivered notification, an incident that could not be reconciled — or when the configuration is
// broken and an older version (or the playbook defaults) was used: the next run retries, and the
// failing check shows it.
import { issueGone as isIssueGone } from '../github/errors.js';
import type { handlePostmortemPull } from './postmortem-review.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { ReadAheadRequest } from '../github/read-ahead.js';
import { postmortemBranch } from '../domain/incident/postmortem-step.js';
import { FORM_PATHS, reconcileIncident, type IncidentOutcome, type Trigger } from './incident.js';
import { isGoneEvent, issueGone, type GonePayload } from './issue-gone.js';
import { RunCache, type RunServices } from './run-services.js';
import { entryOf, INDEX_BRANCH, INDEX_PATH } from '../state/schedule-index.js';
import { writeScheduleIndex } from '../executor/schedule-index.js';
import { CALENDAR_STAMP } from '../state/calendar-stamp.js';
import { sweep } from './sweep.js';
import { handleAlerts, isAlertEvent } from './alerts.js';
import { wakeIfUnswept, wakeSweepsIfOff } from './sweep-schedule.js';
import { watch } from './watch.js';

export interface DispatchResult {
  title: string;
  outputs: Record<string, string>;
  /** More for the job summary (the incident report). */
  summary?: string;
  /** Set when the run must be marked failed. */
  failure: string | null;
}

interface IssuePayload extends GonePayload {
  action?: string;
  client_payload?: unknown;
  issue?: { number?: number; labels?: Array<{ name?: string } | string> };
  label?: { name?: string };
  sender?: { login?: string };
  inputs?: Record<string, unknown>;
}

export async function dispatch(services: RunServices): Promise<DispatchResult> {
  const cache = new RunCache(services);
  const result = await route(services, cache);
  // Red after everything else ran: the handler's own failure, what the log counted, the configuration.
  const failures = [result.failure, services.log.failure(), cache.configFailure()].filter(
    (f): f is string => f !== null,
  );
  const failure = failures.length > 0 ? failures.join(' ') : null;
  return { ...result, outputs: { ...result.outputs, ...(failure ? { result: 'failed' } : {}) }, failure };
}

async function route(services: RunServices, cache: RunCache): Promise<DispatchResult> {
  const { context, inputs, clock, log } = services;
  const payload = context.payload as IssuePayload;
  if (inputs.mode === 'report') {
    // The report reads postmortems (gray-matter, ajv): loaded for this mode only.
    const { incidentReport } = await import('./report.js');
    const report = await incidentReport(services, cache, inputs.reportSince);
    return {
      title: 'Firebreak incident report',
      outputs: { result: report.failure ? 'failed' : 'handled' },
      summary: report.markdown,
      failure: report.failure,
    };
  }
  if (inputs.mode === 'alert' || isAlertEvent(context.eventName, payload)) {
    const alerts = await handleAlerts(services, cache);
    const single = alerts.outcomes.length === 1 ? alerts.outcomes[0] : undefined;
    return {
      title: 'Firebreak alert',
      outputs: {
        result: alerts.failure ? 'failed' : alerts.outcomes.some((o) => o.handled) ? 'handled' : 'ignored',
        incident: alerts.outcomes.map((o) => String(o.number)).join(','),
        severity: single?.severity ?? '',
        status: single?.status ?? '',
        writes: String(cache.budget.spent),
        left: String(log.totals().left),
      },
      summary: alerts.summary,
      failure: alerts.failure,
    };
  }
  const sweeping =
    inputs.mode === 'sweep' ||
    inputs.mode === 'wake' ||
    context.eventName === 'schedule' ||
    (context.eventName === 'workflow_dispatch' && !payload.inputs?.incident);
  let outcomes: IncidentOutcome[];
  if (isGoneEvent(context.eventName, payload)) {
    const gone = await issueGone(services, payload);
    return {
      title: `Firebreak incident #${gone.number}`,
      outputs: { result: 'handled', incident: String(gone.number) },
      summary: gone.summary,
      failure: null,
    };
  }
  const readsIncidents = sweeping || ['issues', 'issue_comment', 'workflow_dispatch'].includes(context.eventName);
  if (readsIncidents) await services.gateway.readAhead(readAheadFor(services, sweeping, payload));
  if (sweeping) {
    outcomes = await sweep(services, cache);
  } else if (
    context.eventName === 'issues' ||
    context.eventName === 'issue_comment' ||
    context.eventName === 'workflow_dispatch'
  ) {
    const number = Number(payload.issue?.number ?? payload.inputs?.incident);
    if (!Number.isInteger(number) || number < 1) return done('Firebreak', { result: 'ignored' }, null);
    let first: IncidentOutcome;
    try {
      first = await reconcileIncident(
        services,
        cache,
        number,
        triggerOf(context.eventName, payload, context.actor, clock.now()),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isIssueGone(error)) {
        log.info(`[#${number}] the issue is no longer in this repository (${message}): nothing to do.`);
        await writeScheduleIndex(services, null, [{ number, entry: null }]);
        return done(`Firebreak incident #${number}`, { result: 'ignored' }, null);
      }
      // Whatever was left undone is the next sweep's: keep the incident due now.
      log.fail(`[#${number}] ${message}`);
      await markDue(services, number);
      return done(
        `Firebreak incident #${number}`,
        { result: 'failed', incident: String(number), writes: String(cache.budget.spent) },
        null,
      );
    }
    if (first.handled) {
      const written = await writeScheduleIndex(
        services,
        null,
        [
          {
            number,
            entry:
              first.nextDue === null && first.status === 'resolved' ? null : entryOf(first.nextDue, cache.configKey()),
          },
        ],
        { validated: cache.configStamp() },
      );
      if (written && (first.nextDue !== null || log.totals().left > 0)) await wakeIfUnswept(services, written, number);
    }
    outcomes = [await watch(services, cache, first)];
  } else if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    // Its parsing and linting (gray-matter, ajv) load only for a postmortem pull request.
    const { handlePostmortemPull: handle } = await import('./postmortem-review.js');
    const review = await handle(services, cache, context.payload as Parameters<typeof handlePostmortemPull>[2]);
    return done(
      'Firebreak postmortem',
      {
        result: review.failure ? 'failed' : review.checked > 0 ? 'handled' : 'ignored',
        writes: String(cache.budget.spent),
        left: '0',
      },
      review.failure,
    );
  } else {
    log.info(`Firebreak does not handle ${context.eventName} events.`);
    return done('Firebreak', { result: 'ignored' }, null);
  }
  const totals = log.totals();
  const single = outcomes.length === 1 ? outcomes[0] : undefined;
  return done(
    sweeping ? 'Firebreak sweep' : `Firebreak incident #${single?.number ?? ''}`,
    {
      result: outcomes.some((o) => o.handled) ? 'handled' : 'ignored',
      incident: single?.handled ? String(single.number) : '',
      severity: single?.severity ?? '',
      status: single?.status ?? '',
      writes: String(cache.budget.spent),
      left: String(totals.left),
    },
    null,
  );
}

/**
 * What an incident run or a sweep reads before it decides: the configuration, the template overrides in
 * their default folder, the schedule index, the labels, the incident with its comments (a sweep: the open
 * incidents), and (for issue events, where triage may need them) the issue forms — one request instead
 * of one each.
 */
function readAheadFor(services: RunServices, sweeping: boolean, payload: IssuePayload): ReadAheadRequest {
  const forms = sweeping || services.context.eventName !== 'issues' ? [] : Object.values(FORM_PATHS);
  const issue = Number(payload.issue?.number ?? payload.inputs?.incident);
  const one = !sweeping && Number.isSafeInteger(issue) && issue > 0;
  return {
    ...(one ? { issue } : {}),
    ...(sweeping ? { openWithLabel: DEFAULT_CONFIG.labels.incident.name } : {}),
    files: [
      { path: services.inputs.configPath },
      ...forms.map((path) => ({ path })),
      { path: INDEX_PATH, ref: INDEX_BRANCH },
      // The published on-call calendar's stamp, so the sweep knows without a request (oncall-calendar.ts).
      ...(sweeping ? [{ path: CALENDAR_STAMP, ref: INDEX_BRANCH }] : []),
    ],
    directories: [{ path: DEFAULT_CONFIG.templatesDirectory }],
    labels: true,
    // An incident's run may write its postmortem: the branch heads it starts from (no request of their own).
    ...(one ? { branches: [postmortemBranch(issue)] } : {}),
    // Triage lists what changed before the incident began: an issue filed, or labelled an incident.
    ...(forms.length > 0 && (payload.action === 'opened' || payload.action === 'labeled') ? { changes: true } : {}),
  };
}

/** Best effort after a failed incident run: the sweep looks at the incident at once. */
async function markDue(services: RunServices, number: number): Promise<void> {
  const now = services.clock.now();
  try {
    const written = await writeScheduleIndex(services, null, [{ number, entry: { due: now.toISOString() } }]);
    if (written) await wakeSweepsIfOff(services, written.index, number);
  } catch (error) {
    services.log.error(
      `[#${number}] could not mark the incident due in the schedule index: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function done(title: string, outputs: Record<string, string>, failure: string | null): DispatchResult {
  return { title, outputs, failure };
}

function triggerOf(eventName: string, payload: IssuePayload, actor: string, now: Date): Trigger {
  if (eventName !== 'issues') return { labelChange: null, issueChange: null };
  const by = payload.sender?.login ?? actor;
  const at = now.toISOString();
  const labelChange =
    (payload.action === 'labeled' || payload.action === 'unlabeled') && payload.label?.name
      ? { action: payload.action as 'labeled' | 'unlabeled', label: payload.label.name, actor: by, at }
      : null;
  const issueChange =
    payload.action === 'closed' || payload.action === 'reopened'
      ? { action: payload.action as 'closed' | 'reopened', actor: by, at }
      : null;
  if (payload.action !== 'opened') return { labelChange, issueChange };
  const openedWith = (payload.issue?.labels ?? [])
    .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
    .filter((name) => name !== '');
  return { labelChange, issueChange, openedWith };
}
