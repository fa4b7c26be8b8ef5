// The incident's state is derived, never stored: fold the events of the action's own comments in
// comment order. Keyed events count once, so a duplicated comment changes nothing.
import type { SecurityType, Severity, Status } from '../../config/types.js';
import { boundEvent } from './bounds.js';
import type { BotRecord, IncidentEvent, Role } from './events.js';

export interface IncidentState {
  number: number;
  title: string;
  severity: Severity;
  severityReason: string;
  reportedSeverity: Severity | null;
  status: Status;
  security: boolean;
  services: string[];
  commander: string | null;
  roles: Partial<Record<Role, string>>;
  /** When the issue was filed (or became an incident). */
  openedAt: string;
  /** When the incident started, as reported. */
  startedAt: string;
  /** Escalation and response clocks run from here: the filing, or the latest reopen. */
  cycleStart: string;
  /** 0 for the first response cycle, +1 per reopen. */
  cycle: number;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  /** The incident's first acknowledgement, mitigation and resolution, whatever reopens came after: its metrics. */
  firstAcknowledgedAt: string | null;
  firstMitigatedAt: string | null;
  firstResolvedAt: string | null;
  /** When it was last reopened (null: never), and how often. */
  reopenedAt: string | null;
  reopens: number;
  /** The last status update (or the filing): the update-cadence clock. */
  lastUpdateAt: string;
  eta: string | null;
  impact: string | null;
  /** Every event, in order, including escalations and deliveries: the timeline. */
  events: IncidentEvent[];
  /** Keys of keyed events already recorded. */
  keys: Set<string>;
  /** Notification outcomes by `${ref}|${channel}`: the latest result and how many runs tried. */
  deliveries: Record<string, DeliveryRecord>;
  /** Security incidents: the procedure that applies. */
  securityProfile: { type: SecurityType; confirmed: boolean } | null;
  /** Details are kept out of this (public) repository. */
  restricted: { digest: string; reference: string; channel: 'repository' | 'advisory' | 'none' } | null;
  /** When the data-breach notification was recorded. */
  notifiedAt: string | null;
  /** The evidence ledger as recorded: entries and the chain head. */
  evidence: { count: number; head: string } | null;
}

export interface DeliveryRecord {
  ref: string;
  channel: string;
  ok: boolean;
  attempts: number;
  error?: string;
}

export const deliveryKey = (ref: string, channel: string): string => `${ref}|${channel}`;

const MITIGATED: ReadonlySet<Status> = new Set(['mitigating', 'monitoring', 'resolved']);

/** Folds trusted records (already in comment order). Null when the incident was never opened. */
export function foldIncident(number: number, records: readonly BotRecord[]): IncidentState | null {
  let state: IncidentState | null = null;
  for (const record of records) {
    for (const event of record.events) {
      if (event.key !== undefined && state?.keys.has(event.key)) continue;
      state = applyEvent(state, event, number);
    }
  }
  return state;
}

export function applyEvent(state: IncidentState | null, raw: IncidentEvent, number: number): IncidentState | null {
  // The state holds what the record will hold: values within their budgets, whatever was typed.
  const event = boundEvent(raw);
  if (event.type === 'opened') {
    if (state) return { ...state, events: [...state.events, event] };
    return {
      number,
      title: event.title,
      severity: event.severity,
      severityReason: event.reason,
      reportedSeverity: event.reported,
      status: 'investigating',
      security: event.security,
      services: event.services,
      commander: event.commander,
      roles: {},
      openedAt: event.at,
      startedAt: event.startedAt,
      cycleStart: event.at,
      cycle: 0,
      acknowledgedAt: null,
      acknowledgedBy: null,
      mitigatedAt: null,
      resolvedAt: null,
      firstAcknowledgedAt: null,
      firstMitigatedAt: null,
      firstResolvedAt: null,
      reopenedAt: null,
      reopens: 0,
      lastUpdateAt: event.at,
      eta: null,
      impact: event.impact,
      events: [event],
      keys: new Set(event.key !== undefined ? [event.key] : []),
      deliveries: {},
      securityProfile: event.securityProfile ?? null,
      restricted: null,
      notifiedAt: null,
      evidence: null,
    };
  }
  if (!state) return null;
  const keys = new Set(state.keys);
  if (event.key !== undefined) keys.add(event.key);
  const next: IncidentState = { ...state, events: [...state.events, event], keys };
  switch (event.type) {
    case 'severity':
      next.severity = event.to;
      next.severityReason = event.reason;
      break;
    case 'status':
      next.status = event.to;
      next.lastUpdateAt = event.at;
      if (MITIGATED.has(event.to) && next.mitigatedAt === null) next.mitigatedAt = event.at;
      if (event.to === 'resolved' && next.resolvedAt === null) next.resolvedAt = event.at;
      if (next.acknowledgedAt === null) {
        // Moving the incident along is an acknowledgement too.
        next.acknowledgedAt = event.at;
        next.acknowledgedBy = event.by;
      }
      break;
    case 'acknowledged':
      if (next.acknowledgedAt === null) {
        next.acknowledgedAt = event.at;
        next.acknowledgedBy = event.by;
      }
      break;
    case 'update':
      next.lastUpdateAt = event.at;
      break;
    case 'notified':
      if (next.notifiedAt === null) next.notifiedAt = event.at;
      break;
    case 'evidence':
      next.evidence = { count: Math.max(event.seq, state.evidence?.count ?? 0), head: event.head };
      break;
    case 'restricted':
      next.restricted = { digest: event.digest, reference: event.reference, channel: event.channel };
      break;
    case 'delivery': {
      const id = deliveryKey(event.ref, event.channel);
      const before = state.deliveries[id];
      next.deliveries = {
        ...state.deliveries,
        [id]: {
          ref: event.ref,
          channel: event.channel,
          ok: event.ok,
          attempts: event.attempt ?? (before?.attempts ?? 0) + 1,
          ...(event.error ? { error: event.error } : {}),
        },
      };
      break;
    }
    case 'commander':
      next.commander = event.login;
      break;
    case 'role':
      next.roles = { ...next.roles, [event.role]: event.login };
      break;
    case 'eta':
      next.eta = event.eta;
      break;
    case 'impact':
      next.impact = event.text;
      break;
    case 'resolved':
      next.status = 'resolved';
      next.resolvedAt = event.at;
      if (next.mitigatedAt === null) next.mitigatedAt = event.at;
      if (next.acknowledgedAt === null) {
        next.acknowledgedAt = event.at;
        next.acknowledgedBy = event.by;
      }
      break;
    case 'reopened':
      next.reopenedAt = event.at;
      next.reopens = state.reopens + 1;
      next.status = 'investigating';
      next.resolvedAt = null;
      next.mitigatedAt = null;
      next.acknowledgedAt = null;
      next.acknowledgedBy = null;
      next.cycle = state.cycle + 1;
      next.cycleStart = event.at;
      next.lastUpdateAt = event.at;
      break;
    default:
      break;
  }
  next.firstAcknowledgedAt ??= next.acknowledgedAt;
  next.firstMitigatedAt ??= next.mitigatedAt;
  next.firstResolvedAt ??= next.resolvedAt;
  return next;
}
