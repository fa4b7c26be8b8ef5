// The service-level clocks the live summary shows: the response target of the current cycle and when
// the next status update is expected.
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
export function slaState(state: IncidentState, config: SeverityTable, now: Date): SlaState {
  const policy = config.severities[state.severity];
  const at = instantOf(now);
  let responseTarget: ResponseTargetState | null = null;
  if (policy.responseTarget !== null) {
    const due = addMinutes(instantOf(state.cycleStart), policy.responseTarget);
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
