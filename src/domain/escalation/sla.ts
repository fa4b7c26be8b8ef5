// The service-level clocks the live summary shows: the response target of the current cycle and when
// the next status update is expected.
import type { Severity } from '../../config/types.js';
import { severityRank } from '../classification/severity.js';
import type { IncidentState } from '../incident/state.js';
import type { SeverityTable } from './agenda.js';
import { addMinutes, instantOf } from './instants.js';

export interface ResponseTargetState {
  /** Acknowledge by this instant: cycle start + the current severity's response target. */
  due: Date;
  /** true: acknowledged in time; false: missed; null: not acknowledged yet and the clock still runs. */
  met: boolean | null;
  breached: boolean;
}

export interface SlaState {
  /** Null when the current severity has no response target (P4 by default). */
  responseTarget: ResponseTargetState | null;
  /** Last update + the severity's cadence (past = overdue); null without a cadence or once resolved. */
  nextUpdateDue: Date | null;
}

/**
 * Judged like the breach action: missed when the acknowledgement came after the due instant, or when
 * there is none and `now` has reached it. Unlike the actions, it still reports after resolution, so the
 * summary of a resolved incident keeps saying whether the target was met.
 */
/**
 * When the incident must be acknowledged by: the cycle start plus the severity's response target,
 * where a raise starts the stricter target's clock at the raise — the earlier of the due time so far
 * and raise + new target — so nobody is blamed for the time before anyone knew. A lowering takes the
 * new severity's own target from the cycle start (unless an earlier, stricter period's deadline had
 * already passed while it lasted). Null when the current severity has no target.
 */
export function responseDue(
  state: Pick<IncidentState, 'severity' | 'cycleStart' | 'events'>,
  config: SeverityTable,
): number | null {
  const start = instantOf(state.cycleStart);
  const changes = state.events.filter(
    (e): e is Extract<IncidentState['events'][number], { type: 'severity' }> =>
      e.type === 'severity' && instantOf(e.at) >= start,
  );
  let severity = changes[0]?.from ?? state.severity;
  let due = dueOf(config, severity, start);
  let missed: number | null = null;
  for (const change of changes) {
    const at = instantOf(change.at);
    if (due !== null && due <= at) missed = missed === null ? due : Math.min(missed, due);
    const target = dueOf(config, change.to, at);
    const fromStart = dueOf(config, change.to, start);
    const stricter = severityRank(change.to) < severityRank(severity);
    due = stricter ? (due === null ? target : target === null ? due : Math.min(due, target)) : fromStart;
    severity = change.to;
  }
  if (missed !== null) return due === null ? missed : Math.min(missed, due);
  return due;
}

function dueOf(config: SeverityTable, severity: Severity, from: number): number | null {
  const target = config.severities[severity].responseTarget;
  return target === null ? null : addMinutes(from, target);
}

export function slaState(state: IncidentState, config: SeverityTable, now: Date): SlaState {
  const policy = config.severities[state.severity];
  const at = instantOf(now);
  let responseTarget: ResponseTargetState | null = null;
  const responseBy = responseDue(state, config);
  if (policy.responseTarget !== null && responseBy !== null) {
    const due = responseBy;
    let met: boolean | null;
    if (state.acknowledgedAt !== null) met = instantOf(state.acknowledgedAt) <= due;
    else met = at >= due ? false : null;
    responseTarget = { due: new Date(due), met, breached: met === false };
  }
  const nextUpdateDue =
    policy.updateEvery === null || state.resolvedAt !== null
      ? null
      : new Date(addMinutes(instantOf(state.lastUpdateAt), policy.updateEvery));
  return { responseTarget, nextUpdateDue };
}
