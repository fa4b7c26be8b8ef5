// Incidents for the tests, built the way production builds them: events in bot records, folded with
// foldIncident. `Incident` plays intake, responders and the executor: a sweep evaluates the due actions
// and records each one as a keyed event, as the executor does after it has posted them.
import type { Severity, Status } from '../../../src/config/types.js';
import type { BotRecord, IncidentEvent } from '../../../src/domain/incident/events.js';
import { type IncidentState, foldIncident } from '../../../src/domain/incident/state.js';
import {
  type DueAction,
  type IncidentRoute,
  dueActions,
  firedAtFiling,
  nextDueAt,
  routeIncident,
} from '../../../src/domain/escalation/index.js';
import { type EscalationConfig, playbook } from './fixtures.js';

export const DAY = '2026-03-02';

/** "10:15" → 2026-03-02T10:15:00.000Z; "+1d 09:00" → the next day; full ISO strings pass through. */
export function iso(time: string): string {
  const nextDay = /^\+(\d+)d (.*)$/.exec(time);
  if (nextDay) return new Date(Date.parse(iso(nextDay[2]!)) + Number(nextDay[1]) * 86_400_000).toISOString();
  if (time.includes('T')) return new Date(time).toISOString();
  return new Date(`${DAY}T${time.length === 5 ? `${time}:00` : time}Z`).toISOString();
}

export function at(time: string): Date {
  return new Date(iso(time));
}

/** "HH:MM" of an instant on DAY (UTC), for readable expectations. */
export function hhmm(date: Date): string {
  return date.toISOString().slice(11, 16);
}

/** "cto due 10:30, 70 min late" */
export function summarize(action: DueAction): string {
  const what = action.kind === 'escalation' ? action.step.id : action.kind;
  return `${what} due ${hhmm(action.due)}, ${action.lateMinutes} min late`;
}

export function summarizeAll(actions: readonly DueAction[]): string[] {
  return actions.map(summarize);
}

interface Filing {
  at: string;
  severity: Severity;
  services?: string[];
  /** Whether intake pages the after-0 steps at filing (default true). */
  pageAtFiling?: boolean;
}

export class Incident {
  readonly records: BotRecord[] = [];
  /** Every action the executor carried out, in order. */
  readonly fired: DueAction[] = [];

  constructor(
    filing: Filing,
    readonly config: EscalationConfig = playbook,
  ) {
    this.add(filing.at, 'firebreak', {
      type: 'opened',
      title: 'Checkout fails for EU customers',
      severity: filing.severity,
      reported: filing.severity,
      reason: 'the reporter chose it',
      services: filing.services ?? [],
      security: false,
      commander: 'alice',
      startedAt: iso(filing.at),
      impact: null,
    });
    if (filing.pageAtFiling !== false) this.record(firedAtFiling(this.state, this.route), filing.at);
  }

  get state(): IncidentState {
    const state = foldIncident(1, this.records);
    if (!state) throw new Error('the incident was never opened');
    return state;
  }

  get route(): IncidentRoute {
    const state = this.state;
    return routeIncident(this.config, state.services, state.severity);
  }

  add(time: string, by: string, ...events: Array<Omit<IncidentEvent, 'at' | 'by'> & Partial<IncidentEvent>>): this {
    const stamped = events.map((event) => ({ at: iso(time), by, ...event }) as IncidentEvent);
    this.records.push({ v: 1, kind: 'reply', key: `reply:${this.records.length}`, events: stamped });
    return this;
  }

  /** What is due at `time`, without recording anything (a run whose writes all failed). */
  due(time: string): DueAction[] {
    return dueActions(this.state, this.config, this.route, at(time));
  }

  nextDue(time: string): string | null {
    const next = nextDueAt(this.state, this.config, this.route, at(time));
    return next === null ? null : next.toISOString();
  }

  /** The executor's part: one keyed event per fired action, in one escalation comment. */
  record(actions: readonly DueAction[], time: string): this {
    if (actions.length === 0) return this;
    this.fired.push(...actions);
    const events = actions.map((action): IncidentEvent => {
      const base = { at: iso(time), by: 'firebreak', key: action.key, due: action.due.toISOString() };
      switch (action.kind) {
        case 'escalation':
          return { ...base, type: 'escalated', step: action.step.id, name: action.step.name, targets: [] };
        case 'breach':
          return { ...base, type: 'breach', target: 'response' };
        case 'reminder':
          return { ...base, type: 'reminder' };
      }
    });
    this.records.push({ v: 1, kind: 'escalation', key: `escalation:${this.records.length}`, events });
    return this;
  }

  /** The scheduled sweep at `time`: evaluates, fires, records; returns what it fired. */
  sweep(time: string): DueAction[] {
    const actions = this.due(time);
    this.record(actions, time);
    return actions;
  }

  sweepReport(time: string): string[] {
    return summarizeAll(this.sweep(time));
  }

  ack(time: string, by = 'alice'): this {
    return this.add(time, by, { type: 'acknowledged' });
  }

  status(time: string, to: Status, by = 'alice'): this {
    return this.add(time, by, { type: 'status', from: this.state.status, to, note: null });
  }

  update(time: string, text = 'Still investigating', by = 'alice'): this {
    return this.add(time, by, { type: 'update', text });
  }

  severity(time: string, to: Severity, by = 'alice'): this {
    return this.add(time, by, {
      type: 'severity',
      from: this.state.severity,
      to,
      reason: 'by hand',
      source: 'command',
    });
  }

  resolve(time: string, by = 'alice'): this {
    return this.add(time, by, { type: 'resolved', summary: null });
  }

  /** Reopening starts a new response cycle; intake pages the after-0 steps again. */
  reopen(time: string, by = 'alice'): this {
    this.add(time, by, { type: 'reopened' });
    return this.record(firedAtFiling(this.state, this.route), time);
  }
}
