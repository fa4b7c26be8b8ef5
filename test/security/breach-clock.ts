// A data breach on the clock, for the tests: events folded with foldIncident as in production, and a
// sweep that records each fired deadline action as a keyed event, as the executor would. Until the
// lead adds the proposed events, a reminder is recorded as a keyed `reminder` and the breach of the
// deadline as a keyed `note`.
import { DEFAULT_SECURITY } from '../../src/config/default-security.js';
import type { SecurityType } from '../../src/config/types.js';
import type { BotRecord, IncidentEvent } from '../../src/domain/incident/events.js';
import { type IncidentState, foldIncident } from '../../src/domain/incident/state.js';
import {
  type SecurityClockConfig,
  type SecurityDueAction,
  securityDueActions,
  securityNextDueAt,
} from '../../src/domain/security/deadline.js';

/** Detected Monday 2 March 2026 10:00 UTC; the default 72-hour deadline is Thursday 10:00. */
export const DETECTED = '2026-03-02T10:00:00.000Z';

/** "Wed 10:00" → that instant in the week of DETECTED (UTC). */
export function when(time: string): string {
  const match = /^(Mon|Tue|Wed|Thu|Fri) (\d\d:\d\d)$/.exec(time);
  if (!match) return new Date(time).toISOString();
  const day = 2 + ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].indexOf(match[1]!);
  return new Date(`2026-03-0${day}T${match[2]}:00Z`).toISOString();
}

/** "reminder 24h due Wed 10:00, 5 min late, 1435 min left" */
export function summarize(action: SecurityDueAction): string {
  const what = action.kind === 'deadline-reminder' ? `reminder ${action.minutesBefore / 60}h` : 'breach';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][action.due.getUTCDay()];
  return `${what} due ${day} ${action.due.toISOString().slice(11, 16)}, ${action.lateMinutes} min late, ${action.remainingMinutes} min left`;
}

/** An event before `add` stamps it with the time and the actor. */
type Unstamped = IncidentEvent extends infer E ? (E extends IncidentEvent ? Omit<E, 'at' | 'by'> : never) : never;

interface Filing {
  type?: SecurityType;
  confirmed?: boolean;
  config?: SecurityClockConfig;
}

export class Breach {
  readonly records: BotRecord[] = [];
  readonly type: SecurityType;
  readonly confirmed: boolean;
  readonly config: SecurityClockConfig;
  notifiedAt: string | null = null;
  detectedAt = DETECTED;

  constructor(filing: Filing = {}) {
    this.type = filing.type ?? 'data-breach';
    this.confirmed = filing.confirmed ?? true;
    this.config = filing.config ?? { security: DEFAULT_SECURITY };
    this.add(DETECTED, {
      type: 'opened',
      title: 'Security incident',
      severity: this.confirmed ? 'P0' : 'P1',
      reported: null,
      reason: 'security floor',
      services: [],
      security: true,
      commander: 'alice',
      startedAt: DETECTED,
      impact: null,
    });
  }

  get state(): IncidentState {
    const state = foldIncident(7, this.records);
    if (!state) throw new Error('never opened');
    return state;
  }

  get clock() {
    return { type: this.type, confirmed: this.confirmed, detectedAt: this.detectedAt, notifiedAt: this.notifiedAt };
  }

  add(at: string, ...events: Unstamped[]): this {
    const stamped = events.map((event) => ({ at, by: 'alice', ...event }) as IncidentEvent);
    this.records.push({ v: 1, kind: 'reply', key: `reply:${this.records.length}`, events: stamped });
    return this;
  }

  due(time: string): SecurityDueAction[] {
    return securityDueActions(this.state, this.config, this.clock, new Date(when(time)));
  }

  nextDue(time: string): string | null {
    return securityNextDueAt(this.state, this.config, this.clock, new Date(when(time)))?.toISOString() ?? null;
  }

  sweep(time: string): string[] {
    const actions = this.due(time);
    const at = when(time);
    const events = actions.map(
      (action): IncidentEvent =>
        action.kind === 'deadline-reminder'
          ? { at, by: 'firebreak', key: action.key, type: 'reminder', due: action.due.toISOString() }
          : { at, by: 'firebreak', key: action.key, type: 'note', text: 'notification deadline passed' },
    );
    if (events.length > 0)
      this.records.push({ v: 1, kind: 'escalation', key: `escalation:${this.records.length}`, events });
    return actions.map(summarize);
  }

  notified(time: string): this {
    this.notifiedAt = when(time);
    return this.add(when(time), { type: 'note', text: 'notified' });
  }

  resolve(time: string): this {
    return this.add(when(time), { type: 'resolved', summary: null });
  }

  /** A reopened breach is a new detection: its clock runs from the reopen. */
  reopen(time: string): this {
    this.detectedAt = when(time);
    this.notifiedAt = null;
    return this.add(when(time), { type: 'reopened' });
  }
}
