// What a sweep (or any incident event) must do now: a pure function of the folded incident, the
// configuration, the route and the clock. Derived from timestamps, never from "what the last cron tick
// did", so a late or skipped run catches up: everything that fell due since fires once, each with its
// due time and lateness, and the keys the executor records stop it from firing again.
import type { EscalationStep } from '../../config/types.js';
import type { IncidentState } from '../incident/state.js';
import {
  type PendingAction,
  type PendingEscalation,
  type SeverityTable,
  agenda,
  byDue,
  pendingBreach,
  pendingEscalations,
  unpagedSteps,
} from './agenda.js';
import { instantOf, minutesLate } from './instants.js';
import type { IncidentRoute } from './route.js';

interface DueBase {
  /** Idempotency key: record it with the fired action's event and it is never due again. */
  key: string;
  due: Date;
  /** floor((now − due) / 1 minute). */
  lateMinutes: number;
}

export interface EscalationDue extends DueBase {
  kind: 'escalation';
  step: EscalationStep;
}

export interface BreachDue extends DueBase {
  kind: 'breach';
}

export interface ReminderDue extends DueBase {
  kind: 'reminder';
  /** Whole update intervals since the last update (the `n` of the key). */
  intervals: number;
}

export type DueAction = EscalationDue | BreachDue | ReminderDue;

/** The evaluator needs only the policy of the route. */
export type PolicyRoute = Pick<IncidentRoute, 'policy'>;

function dueBase(item: PendingAction, now: number): DueBase {
  return { key: item.key, due: new Date(item.due), lateMinutes: minutesLate(now, item.due) };
}

function toEscalationDue(item: PendingEscalation, now: number): EscalationDue {
  return { kind: 'escalation', step: item.step, ...dueBase(item, now) };
}

function toDue(item: PendingAction, now: number): DueAction {
  const base = dueBase(item, now);
  switch (item.kind) {
    case 'escalation':
      return toEscalationDue(item, now);
    case 'breach':
      return { kind: 'breach', ...base };
    case 'reminder':
      return { kind: 'reminder', intervals: item.intervals, ...base };
  }
}

/**
 * Every action due at `now` and not yet recorded, in order of due time:
 * - escalation steps whose `after` has passed for the current severity, while the policy's stop
 *   condition for that severity does not hold (never after resolution);
 * - the response-target breach, once per cycle, when the current severity's target passed without an
 *   acknowledgement by then;
 * - one status-update reminder, the latest interval only, when the last update is older than the
 *   severity's cadence (never after resolution).
 */
export function dueActions(state: IncidentState, config: SeverityTable, route: PolicyRoute, now: Date): DueAction[] {
  const at = instantOf(now);
  return agenda(state, config, route.policy, at)
    .filter((item) => item.due <= at)
    .sort(byDue)
    .map((item) => toDue(item, at));
}

/**
 * The steps intake fires the moment an incident is filed (or reopened): those with `after` 0 (or less)
 * that apply to its severity, keyed like the sweep's so the sweep does not fire them again.
 */
export function firedAtFiling(state: IncidentState, route: PolicyRoute): EscalationDue[] {
  const start = instantOf(state.cycleStart);
  return pendingEscalations(state, route.policy)
    .filter((item) => item.due <= start)
    .sort(byDue)
    .map((item) => toEscalationDue(item, start));
}

/**
 * The earliest instant at which an action not yet recorded is due, if nothing else happens; null when
 * nothing ever will be (resolved, every step fired or stopped, no targets, no cadence). Strictly after
 * `now` whenever `dueActions(state, …, now)` is empty; when something is due and unrecorded (a run whose
 * operations budget ran out) it is that action's due time, at or before `now`, so a scheduler index
 * keyed on it never hides work left for the next run.
 */
export function nextDueAt(state: IncidentState, config: SeverityTable, route: PolicyRoute, now: Date): Date | null {
  const items = agenda(state, config, route.policy, instantOf(now));
  if (items.length === 0) return null;
  return new Date(Math.min(...items.map((item) => item.due)));
}

/**
 * The earliest page or response-target breach not yet recorded (reminders aside): what a watching run
 * stays for. Null once escalation stopped (acknowledged, or mitigated for a P0) and nothing can breach.
 */
export function nextUrgentAt(state: IncidentState, config: SeverityTable, route: PolicyRoute): Date | null {
  const items = [...pendingEscalations(state, route.policy), ...pendingBreach(state, config)];
  if (items.length === 0) return null;
  return new Date(Math.min(...items.map((item) => item.due)));
}

/**
 * The next escalation step not yet fired, with its due time (possibly past, when a sweep is pending),
 * or null when escalation has stopped or run out. For the summary ("next: CTO at 10:30") and `/escalate`.
 */
export function nextEscalation(
  state: IncidentState,
  route: PolicyRoute,
): { step: EscalationStep; key: string; due: Date } | null {
  const [first] = pendingEscalations(state, route.policy).sort(byDue);
  if (!first) return null;
  return { step: first.step, key: first.key, due: new Date(first.due) };
}

/**
 * The step `/escalate` pages: the next one not paged yet in this cycle, even after an acknowledgement
 * stopped the automatic escalation (a responder who asks for help must get it). Null when every step
 * of the severity was paged, or the incident is resolved.
 */
export function nextByHand(
  state: IncidentState,
  route: PolicyRoute,
): { step: EscalationStep; key: string; due: Date } | null {
  const [first] = unpagedSteps(state, route.policy).sort(byDue);
  if (!first) return null;
  return { step: first.step, key: first.key, due: new Date(first.due) };
}
