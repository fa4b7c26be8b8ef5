// The response clocks a postmortem reports. They come from the FIRST response cycle (filing up to the first
// reopen): that is how fast the team answered the incident when it first happened, so it is what MTTA and
// MTTR are made of. A reopen restarts the live clocks in the incident state; it does not rewrite history.
import type { Config } from '../../config/types.js';
import { slaState } from '../escalation/sla.js';
import { applyEvent, type IncidentState } from '../incident/state.js';

export interface ResponseClocks {
  /** Filing: every clock runs from here. */
  detectedAt: string;
  acknowledgedAt: string | null;
  mitigatedAt: string | null;
  /** The first cycle's resolution (the incident may have been reopened and resolved again later). */
  firstResolvedAt: string | null;
  /** Whole minutes from detection; null while the moment has not come. */
  timeToAcknowledge: number | null;
  timeToMitigate: number | null;
  timeToResolve: number | null;
  /** How many times the incident was reopened. */
  reopened: number;
  /** The response target was missed: recorded by the sweep, or evident from the first cycle's times. */
  responseBreach: boolean;
}

/** The incident as it stood when its first cycle ended (or now, if it never ended). */
export function firstCycle(state: IncidentState): IncidentState {
  let first: IncidentState | null = null;
  for (const event of state.events) {
    if (event.type === 'reopened') break;
    first = applyEvent(first, event, state.number);
  }
  return first ?? state;
}

export function responseClocks(state: IncidentState, config: Pick<Config, 'severities'>, now: Date): ResponseClocks {
  const first = firstCycle(state);
  const detectedAt = first.openedAt;
  const minutes = (to: string | null): number | null =>
    to === null ? null : Math.max(0, Math.round((Date.parse(to) - Date.parse(detectedAt)) / 60_000));
  // Judge the target as of the first resolution: a later reopen must not turn a met target into a miss.
  const judgedAt = first.resolvedAt !== null ? new Date(first.resolvedAt) : now;
  const computedBreach = slaState(first, config, judgedAt).responseTarget?.breached ?? false;
  return {
    detectedAt,
    acknowledgedAt: first.acknowledgedAt,
    mitigatedAt: first.mitigatedAt,
    firstResolvedAt: first.resolvedAt,
    timeToAcknowledge: minutes(first.acknowledgedAt),
    timeToMitigate: minutes(first.mitigatedAt),
    timeToResolve: minutes(first.resolvedAt),
    reopened: state.events.filter((e) => e.type === 'reopened').length,
    responseBreach: computedBreach || state.events.some((e) => e.type === 'breach'),
  };
}
