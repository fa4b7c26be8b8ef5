// The agenda: every action the incident still owes, each with the instant it is (or was) due, judged
// from the folded state alone. `dueActions` takes the items due by now and `nextDueAt` the earliest
// item, so the two can never disagree about what is pending.
import type { Config, EscalationPolicy, EscalationStep, Severity } from '../../config/types.js';
import type { IncidentState } from '../incident/state.js';
import { addMinutes, instantOf } from './instants.js';
import { breachKey, escalationKey, reminderKey, reminderPrefix } from './keys.js';
import { responseDue } from './sla.js';

export interface PendingEscalation {
  kind: 'escalation';
  key: string;
  due: number;
  step: EscalationStep;
}

export type PendingAction =
  | PendingEscalation
  | { kind: 'breach'; key: string; due: number }
  | { kind: 'reminder'; key: string; due: number; intervals: number };

export type SeverityTable = Pick<Config, 'severities'>;

/**
 * Whether the policy's stop condition for the incident's *current* severity holds. A recorded
 * timestamp counts whatever `now` says: the fact happened, and a runner clock a second behind GitHub's
 * must not page someone who has just acknowledged.
 */
export function escalationStopped(state: IncidentState, policy: EscalationPolicy): boolean {
  switch (policy.stopOn[state.severity]) {
    case 'acknowledged':
      return state.acknowledgedAt !== null;
    case 'mitigated':
      return state.mitigatedAt !== null;
    case 'resolved':
      return state.resolvedAt !== null;
  }
}

export function stepApplies(step: EscalationStep, severity: Severity): boolean {
  return step.severities.includes(severity);
}

/**
 * Steps not yet fired in this cycle that apply to the current severity, in policy order. Empty once the
 * incident is resolved or the stop condition holds. A downgrade needs no special case: steps for the
 * old severity simply stop applying; an upgrade makes the new severity's overdue steps due at once.
 */
export function pendingEscalations(state: IncidentState, policy: EscalationPolicy): PendingEscalation[] {
  if (escalationStopped(state, policy)) return [];
  return unpagedSteps(state, policy);
}

/** Steps of this cycle not yet paged that apply to the current severity, stop condition aside (for `/escalate`). */
export function unpagedSteps(state: IncidentState, policy: EscalationPolicy): PendingEscalation[] {
  if (state.resolvedAt !== null) return [];
  const start = instantOf(state.cycleStart);
  const pending: PendingEscalation[] = [];
  for (const step of policy.steps) {
    if (!stepApplies(step, state.severity)) continue;
    const key = escalationKey(state.cycle, step.id);
    if (state.keys.has(key)) continue;
    pending.push({ kind: 'escalation', key, due: addMinutes(start, step.after), step });
  }
  return pending;
}

/**
 * The response-target breach of this cycle, while it can still happen or has happened unrecorded:
 * the current severity's target has (or will have) passed without an acknowledgement by then.
 */
export function pendingBreach(state: IncidentState, config: SeverityTable): PendingAction[] {
  const due = responseDue(state, config);
  if (due === null || state.resolvedAt !== null) return [];
  const key = breachKey(state.cycle);
  if (state.keys.has(key)) return [];
  if (state.acknowledgedAt !== null && instantOf(state.acknowledgedAt) <= due) return [];
  return [{ kind: 'breach', key, due }];
}

/** The latest due instant among reminders already recorded for this silence (same cycle and last update). */
function lastRemindedDue(state: IncidentState): number | null {
  const prefix = reminderPrefix(state.cycle, state.lastUpdateAt);
  let latest: number | null = null;
  for (const event of state.events) {
    if (event.type !== 'reminder' || !event.key?.startsWith(prefix)) continue;
    const due = instantOf(event.due);
    if (latest === null || due > latest) latest = due;
  }
  return latest;
}

/**
 * Status-update reminders: the n-th falls due `n × updateEvery` after the last update. Only the latest
 * due one is pending (a late sweep sends one reminder, not one per missed interval), plus the next one
 * after `now`. A reminder already recorded for this silence at or after an interval covers it, so a
 * severity change that shortens the cadence does not repeat a reminder for the same stretch.
 */
export function pendingReminders(state: IncidentState, config: SeverityTable, now: number): PendingAction[] {
  const every = config.severities[state.severity].updateEvery;
  if (every === null || every <= 0 || state.resolvedAt !== null) return [];
  const last = instantOf(state.lastUpdateAt);
  const span = addMinutes(0, every);
  const covered = lastRemindedDue(state);
  const firstUncovered = covered === null ? 1 : Math.floor((covered - last) / span) + 1;
  const pending: PendingAction[] = [];
  const reached = Math.floor((now - last) / span);
  const make = (n: number): PendingAction => ({
    kind: 'reminder',
    key: reminderKey(state.cycle, state.lastUpdateAt, n * every),
    due: last + n * span,
    intervals: n,
  });
  if (reached >= 1 && reached >= firstUncovered) {
    const latest = make(reached);
    if (!state.keys.has(latest.key)) pending.push(latest);
  }
  pending.push(make(Math.max(reached + 1, firstUncovered, 1)));
  return pending;
}

export function agenda(
  state: IncidentState,
  config: SeverityTable,
  policy: EscalationPolicy,
  now: number,
): PendingAction[] {
  return [
    ...pendingEscalations(state, policy),
    ...pendingBreach(state, config),
    ...pendingReminders(state, config, now),
  ];
}

const KIND_ORDER: Record<PendingAction['kind'], number> = { escalation: 0, breach: 1, reminder: 2 };

/** Due time first; at the same instant escalations (in policy order), then the breach, then the reminder. */
export function byDue(a: PendingAction, b: PendingAction): number {
  return a.due - b.due || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}
