// A monitoring alert's delivery (repository_dispatch `firebreak-alert`, or workflow_dispatch with the
// `alert` input): read the payload, then per alert find the incident holding its dedup key (an issue with
// the alerts label whose Firebreak-written description records the key), decide (domain/alerts), open
// the incident or bring it up to date, and reconcile it like any incident run. An unreadable payload is
// an error in the job summary and nothing is written.
//
// Races: the lookup lists issues (consistent at once, unlike search). Two deliveries of one new alert at
// the same moment may both create an issue; each then lists again, and the lowest number holds the key:
// the other run closes its own issue as a duplicate before it carries any incident label, so it is never
// triaged or paged, and applies its delivery to the winner as a repeat.
import type { Config } from '../config/index.js';
import { alertAction, type AlertAction, type Holder } from '../domain/alerts/lifecycle.js';
import { normalise } from '../domain/alerts/recognise.js';
import { alertBody, readAlertRecord, type AlertRecord } from '../domain/alerts/record.js';
import { classifyAlert, type Classified } from '../domain/alerts/rules.js';
import type { Alert } from '../domain/alerts/types.js';
import type { Issue } from '../github/gateway.js';
import { escapeUserText } from '../text/escape.js';
import { NO_TRIGGER, reconcileIncident, type IncidentOutcome } from './incident.js';
import type { RunCache, RunServices } from './run-services.js';
import { entryOf } from '../state/schedule-index.js';
import { applyRepositoryWrite, type WriteOutcome } from '../executor/repository-writes.js';
import { writeScheduleIndex } from '../executor/schedule-index.js';
import { wakeIfUnswept } from './sweep-schedule.js';

export interface AlertsResult {
  summary: string;
  failure: string | null;
  outcomes: IncidentOutcome[];
  /** One line per alert: what was done. */
  lines: string[];
}

interface DispatchLike {
  action?: string;
  client_payload?: unknown;
  inputs?: Record<string, unknown>;
}

/** The payload and the source it names: client_payload, or the workflow_dispatch inputs `alert` (JSON) and `source`. */
export function alertPayloadOf(eventName: string, payload: DispatchLike): { raw: unknown; source?: string } {
  if (eventName === 'workflow_dispatch') {
    const source =
      typeof payload.inputs?.source === 'string' && payload.inputs.source ? payload.inputs.source : undefined;
    return { raw: payload.inputs?.alert ?? '', ...(source ? { source } : {}) };
  }
  return { raw: payload.client_payload ?? {} };
}

export function isAlertEvent(eventName: string, payload: DispatchLike): boolean {
  if (eventName === 'repository_dispatch') return payload.action === 'firebreak-alert';
  return eventName === 'workflow_dispatch' && typeof payload.inputs?.alert === 'string' && payload.inputs.alert !== '';
}

export async function handleAlerts(services: RunServices, cache: RunCache): Promise<AlertsResult> {
  const { context, log } = services;
  const { raw, source } = alertPayloadOf(context.eventName, context.payload as DispatchLike);
  const read = normalise(raw, source);
  if (!read.ok) {
    const message = `The alert could not be read: ${read.error}. Nothing was written. The accepted shapes are in docs/alerts.md.`;
    log.info(message);
    return {
      summary: `\n### Alert not read\n\n${escapeUserText(message)}\n`,
      failure: message,
      outcomes: [],
      lines: [],
    };
  }
  const { config } = await cache.loadSettings();
  const outcomes: IncidentOutcome[] = [];
  const lines: string[] = [];
  const open = new Lookup(services, config);
  for (const alert of read.alerts) {
    const classified = classifyAlert(alert, config.alerts);
    const now = services.clock.now();
    const holder = await open.holder(classified.key, now);
    let action = alertAction(alert, classified.key, holder, config.alerts, now);
    log.info(`alert ${classified.key} (${alert.source}, ${alert.status}): ${action.why}`);
    if (action.kind === 'open') {
      const opened = await openIncident(services, config, open, alert, classified, action.record);
      if (opened === null) {
        lines.push(`${alert.title}: dry run, no incident opened`);
        continue;
      }
      if (opened.duplicateOf !== null) {
        log.info(
          `alert ${classified.key}: a concurrent delivery opened #${opened.duplicateOf} first; #${opened.number} was closed as its duplicate`,
        );
        const winner = await open.holder(classified.key, now);
        action = alertAction(alert, classified.key, winner, config.alerts, now);
        if (action.kind === 'open')
          action = { kind: 'none', why: 'the duplicate could not be settled: left for the next delivery' };
      } else {
        action = {
          kind: 'update',
          number: opened.number,
          record: action.record,
          cleared: false,
          reopen: false,
          why: action.why,
        };
        lines.push(`opened #${opened.number}: ${alert.title}`);
      }
    }
    if (action.kind === 'none') {
      lines.push(`${alert.title}: ${action.why}`);
      continue;
    }
    if (!lines.some((l) => l.startsWith(`opened #${action.number}:`))) lines.push(`${action.why}`);
    outcomes.push(await reconcile(services, cache, alert, classified, action));
  }
  return {
    summary: `\n### Alerts\n\n${lines.map((l) => `- ${escapeUserText(l)}`).join('\n')}\n`,
    failure: null,
    outcomes,
    lines,
  };
}

async function reconcile(
  services: RunServices,
  cache: RunCache,
  alert: Alert,
  classified: Classified,
  action: Extract<AlertAction, { kind: 'update' }>,
): Promise<IncidentOutcome> {
  const { log } = services;
  const outcome = await reconcileIncident(services, cache, action.number, NO_TRIGGER, undefined, {
    record: action.record,
    render: (record: AlertRecord) => alertBody(alert, classified, record),
    cleared: action.cleared,
    reopen: action.reopen,
    title: alert.title,
  });
  if (outcome.handled) {
    const written = await writeScheduleIndex(
      services,
      null,
      [
        {
          number: action.number,
          entry:
            outcome.nextDue === null && outcome.status === 'resolved'
              ? null
              : entryOf(outcome.nextDue, cache.configKey()),
        },
      ],
      { validated: cache.configStamp() },
    );
    if (written && (outcome.nextDue !== null || log.totals().left > 0))
      await wakeIfUnswept(services, written, action.number);
  }
  return outcome;
}

/** The issues holding alert keys, listed once per run (and kept up to date with the issues this run opens). */
class Lookup {
  private openIssues: Issue[] | null = null;
  constructor(
    private readonly services: RunServices,
    private readonly config: Config,
  ) {}

  async listOpen(fresh = false): Promise<Issue[]> {
    if (fresh || !this.openIssues)
      this.openIssues = await this.services.gateway.listOpenIssues(this.config.alerts.label);
    return this.openIssues;
  }

  add(issue: Issue): void {
    this.openIssues?.push(issue);
  }

  /** The open incident holding `key` (the lowest number, should a race have left two), else the latest closed one in the reopen window. */
  async holder(key: string, now: Date): Promise<Holder | null> {
    const mine = (issues: Issue[]) =>
      issues
        .filter((i) => i.author === this.services.inputs.botLogin)
        .map((i) => ({ issue: i, record: readAlertRecord(i.body) }))
        .filter((x): x is { issue: Issue; record: AlertRecord } => x.record?.key === key);
    const open = mine(await this.listOpen()).sort((a, b) => a.issue.number - b.issue.number)[0];
    if (open) return { number: open.issue.number, open: true, record: open.record, closedAt: null };
    const window = Math.max(this.config.alerts.reopenWithin, this.config.alerts.flapWindow);
    const since = new Date(now.getTime() - window * 60_000).toISOString();
    const closed = mine(await this.services.gateway.listClosedIssues(this.config.alerts.label, since)).sort(
      (a, b) => b.issue.number - a.issue.number,
    )[0];
    return closed
      ? { number: closed.issue.number, open: false, record: closed.record, closedAt: closed.issue.closedAt }
      : null;
  }
}

/** An essential write's value; its error, thrown (the caller's failure handling is as before). */
function done<T>(outcome: WriteOutcome<T>): T {
  if (outcome.status === 'done') return outcome.value;
  if (outcome.status === 'failed') throw outcome.error;
  throw new Error(`an essential write was not made (${outcome.status})`);
}

/** Creates the incident's issue, settles a race with a concurrent delivery, then labels the winner an incident. */
async function openIncident(
  services: RunServices,
  config: Config,
  lookup: Lookup,
  alert: Alert,
  classified: Classified,
  record: AlertRecord,
): Promise<{ number: number; duplicateOf: number | null } | null> {
  const { gateway, inputs, log } = services;
  const title = `Alert: ${alert.title}`.slice(0, 200);
  // Essential writes through the executor: not counted against the budget (an alert must never be lost),
  // only logged in a dry run; a failure throws, and the delivery is retried as a failed run.
  const ctx = { gateway, dryRun: inputs.dryRun, budget: null, log };
  const opened = await applyRepositoryWrite(
    {
      kind: 'openIssue',
      title,
      body: alertBody(alert, classified, record),
      labels: [config.alerts.label],
      essential: true,
      describe: `open an incident "${title}" at ${classified.severity}`,
    },
    ctx,
  );
  if (opened.status === 'dry-run') return null;
  const created = done(opened);
  const rivals = (await lookup.listOpen(true))
    .filter((i) => i.author === inputs.botLogin && readAlertRecord(i.body)?.key === classified.key)
    .map((i) => i.number);
  const winner = Math.min(created.number, ...rivals);
  if (winner !== created.number) {
    done(
      await applyRepositoryWrite(
        {
          kind: 'updateIssue',
          number: created.number,
          patch: {
            state: 'closed',
            stateReason: 'not_planned',
            body: `Duplicate of #${winner}: the same alert (key \`${classified.key}\`) was delivered twice at the same moment.`,
          },
          essential: true,
          describe: `close #${created.number} as a duplicate of #${winner}`,
        },
        ctx,
      ),
    );
    await lookup.listOpen(true);
    return { number: created.number, duplicateOf: winner };
  }
  const labels = [
    config.labels.incident.name,
    config.labels.severity[classified.severity].name,
    ...classified.services.map((s) => `${config.labels.servicePrefix}${s}`),
  ];
  done(
    await applyRepositoryWrite(
      {
        kind: 'addLabels',
        number: created.number,
        labels,
        essential: true,
        describe: `label #${created.number} an incident`,
      },
      ctx,
    ),
  );
  if (!rivals.includes(created.number)) lookup.add(created);
  return { number: created.number, duplicateOf: null };
}
