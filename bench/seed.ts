// Open incidents seeded straight into the emulator, as a long run of Firebreak would have left them,
// without running triage a thousand times: each issue carries its labels, one bot comment whose record
// holds the incident's history, and the live summary; the schedule index says when each falls due.
//
// The history is derived with the escalation evaluator itself: file a P1, then let a punctual sweep
// fire whatever falls due (escalation steps, the response-target breach, update reminders) until a
// given instant. So the records are exactly what the action would have written, whatever the policy.
import type { Config, Severity } from '../src/config/index.js';
import {
  dueActions,
  nextDueAt,
  routeIncident,
  type DueAction,
  type IncidentRoute,
} from '../src/domain/escalation/index.js';
import type { BotRecord, IncidentEvent } from '../src/domain/incident/events.js';
import { encodeRecord } from '../src/domain/incident/marker.js';
import { applyEvent, type IncidentState } from '../src/domain/incident/state.js';
import type { Emulator } from '../simulator/emulator/index.js';
import { INDEX_BRANCH, INDEX_PATH, serializeIndex, type ScheduleIndex } from '../src/state/schedule-index.js';

const SEVERITY: Severity = 'P1';
const REPORTER = 'carol';
const COMMANDER = 'alice';
/** Someone with write access who commits the index and files issues with labels. */
const ADMIN = 'alice';

export interface History {
  /** Every event after `opened`, in order: what the sweeps fired. */
  fired: IncidentEvent[];
  state: IncidentState;
  route: IncidentRoute;
}

export function openedEvent(title: string, at: Date): IncidentEvent {
  const iso = at.toISOString();
  return {
    type: 'opened',
    at: iso,
    by: REPORTER,
    key: 'opened',
    title,
    severity: SEVERITY,
    reported: SEVERITY,
    reason: `the reporter chose ${SEVERITY}`,
    services: [],
    security: false,
    commander: COMMANDER,
    startedAt: iso,
    impact: null,
  };
}

/** The incident filed at `openedAt` after punctual sweeps up to `until`: everything due by then fired. */
export function historyUntil(config: Config, openedAt: Date, until: Date): History {
  const route = routeIncident(config, [], SEVERITY);
  let state = applyEvent(null, openedEvent('seed', openedAt), 0) as IncidentState;
  const fired: IncidentEvent[] = [];
  // Bounded: a P1's policy has a handful of steps, one breach and a reminder per hour.
  for (let round = 0; round < 100; round++) {
    const next = nextDueAt(state, config, route, until);
    if (next === null || next > until) break;
    const due = dueActions(state, config, route, next);
    if (due.length === 0) break;
    for (const action of due) {
      const event = firedEvent(action, next);
      fired.push(event);
      state = applyEvent(state, event, 0) ?? state;
    }
  }
  return { fired, state, route };
}

function firedEvent(action: DueAction, at: Date): IncidentEvent {
  const base = { at: at.toISOString(), by: 'firebreak', key: action.key, due: action.due.toISOString() };
  switch (action.kind) {
    case 'escalation':
      return { type: 'escalated', step: action.step.id, name: action.step.name, targets: [], ...base };
    case 'breach':
      return { type: 'breach', target: 'response', ...base };
    case 'reminder':
      return { type: 'reminder', ...base };
  }
}

export interface SeedOptions {
  count: number;
  openedAt: Date;
  history: History;
  /** The schedule index to commit: each entry due at this instant, or none at all (missing index). */
  indexDue: Date | null;
  /** When the last sweep looked (the entries' `checked`). */
  checkedAt: Date;
}

/**
 * Files `count` incidents at the emulator's current time, then, at `checkedAt`, posts their records
 * and commits the index. Returns the issue numbers.
 */
export function seedIncidents(e: Emulator, config: Config, options: SeedOptions): number[] {
  const labels = [
    config.labels.incident.name,
    config.labels.severity[SEVERITY].name,
    config.labels.status.investigating.name,
  ];
  const filed: { number: number; title: string }[] = [];
  for (let i = 1; i <= options.count; i++) {
    const title = `Checkout fails for EU customers (${i})`;
    const [opened] = e.openIssue({ as: ADMIN, title, body: 'Seeded for the sweep benchmark.', labels });
    const number = Number((opened?.payload.issue as { number?: unknown } | undefined)?.number);
    if (!Number.isInteger(number)) throw new Error('the emulator did not say which issue it opened');
    filed.push({ number, title });
  }
  e.clock.set(options.checkedAt.toISOString());
  for (const { number, title } of filed) {
    const alert: BotRecord = {
      v: 1,
      kind: 'alert',
      key: 'alert',
      events: [openedEvent(title, options.openedAt), ...options.history.fired],
    };
    e.comment({
      as: e.bot.login,
      issue: number,
      body: `${encodeRecord(alert)}\n## Incident #${number}: ${title}\n\n${SEVERITY}, commander @${COMMANDER}.\n`,
    });
    const summary: BotRecord = { v: 1, kind: 'summary', key: 'summary', events: [] };
    e.comment({
      as: e.bot.login,
      issue: number,
      body: `${encodeRecord(summary)}\n## Incident #${number}: ${title}\n\n**${SEVERITY}** · **Investigating**\n`,
    });
  }
  if (options.indexDue) {
    const due = options.indexDue.toISOString();
    const index: ScheduleIndex = {
      version: 1,
      incidents: Object.fromEntries(filed.map(({ number }) => [String(number), { due }])),
    };
    e.commitFiles({
      as: ADMIN,
      branch: INDEX_BRANCH,
      files: { [INDEX_PATH]: serializeIndex(index) },
      message: 'Seed the schedule index',
    });
  }
  return filed.map((f) => f.number);
}
