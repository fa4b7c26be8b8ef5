// What one delivery of an alert does, given the incident already holding its key (if any): open a new
// incident, count a repeat, fold a flap, record the clearing, reopen. Decided from the alert's record in
// the incident's description, the configuration and the clock; the handler carries it out. Pure.
import type { AlertsConfig } from '../../config/types.js';
import type { AlertRecord } from './record.js';
import type { Alert } from './types.js';

/** The incident found for the alert's key: its number, whether it is open, and the record its description holds. */
export interface Holder {
  number: number;
  open: boolean;
  record: AlertRecord;
  /** When the issue was closed (for the reopen window). */
  closedAt: string | null;
}

export type AlertAction =
  /** Open a new incident with this record. */
  | { kind: 'open'; record: AlertRecord; why: string }
  /** Bring the holder up to date: its new record, and what the incident must record. */
  | { kind: 'update'; number: number; record: AlertRecord; cleared: boolean; reopen: boolean; why: string }
  /** Nothing to write. */
  | { kind: 'none'; why: string };

export function alertAction(
  alert: Alert,
  key: string,
  holder: Holder | null,
  config: AlertsConfig,
  now: Date,
): AlertAction {
  const at = now.toISOString();
  if (!holder) {
    if (alert.status !== 'firing')
      return { kind: 'none', why: `a ${alert.status} alert with no incident: nothing to do` };
    return { kind: 'open', record: fresh(alert, key, at), why: 'a new alert' };
  }
  const { record } = holder;
  if (alert.status === 'resolved') {
    if (record.status === 'resolved')
      return { kind: 'none', why: `#${holder.number}: the alert had already cleared (a repeated clear)` };
    return {
      kind: 'update',
      number: holder.number,
      record: { ...record, status: 'resolved', clearedAt: at },
      cleared: true,
      reopen: false,
      why: `#${holder.number}: the alert cleared`,
    };
  }
  if (alert.status === 'acknowledged') {
    if (record.status === 'acknowledged') return { kind: 'none', why: `#${holder.number}: already acknowledged` };
    return {
      kind: 'update',
      number: holder.number,
      record: { ...record, status: 'acknowledged' },
      cleared: false,
      reopen: false,
      why: `#${holder.number}: acknowledged at the source`,
    };
  }
  const repeated = { ...record, status: 'firing' as const, count: record.count + 1, lastAt: at };
  if (record.status !== 'resolved') {
    return {
      kind: 'update',
      number: holder.number,
      record: repeated,
      cleared: false,
      reopen: false,
      why: `#${holder.number}: the alert fired again (${repeated.count} times)`,
    };
  }
  // Cleared, and now firing again.
  const sinceClear = record.clearedAt ? (now.getTime() - Date.parse(record.clearedAt)) / 60_000 : Infinity;
  const flap = sinceClear <= config.flapWindow;
  if (holder.open || flap) {
    return {
      kind: 'update',
      number: holder.number,
      record: { ...repeated, flaps: record.flaps + (flap ? 1 : 0), clearedAt: null, resolvedByAlert: false },
      cleared: false,
      // Reopened only when it was the alert's clearing that resolved it: a person's resolution stands.
      reopen: !holder.open && record.resolvedByAlert,
      why: flap
        ? `#${holder.number}: flapping (fired again ${Math.round(sinceClear)} min after clearing): folded into this incident`
        : `#${holder.number}: fired again after clearing`,
    };
  }
  const closedFor = holder.closedAt ? (now.getTime() - Date.parse(holder.closedAt)) / 60_000 : Infinity;
  if (config.refire === 'reopen' && closedFor <= config.reopenWithin) {
    return {
      kind: 'update',
      number: holder.number,
      record: { ...repeated, clearedAt: null, resolvedByAlert: false },
      cleared: false,
      reopen: true,
      why: `#${holder.number}: fired again after clearing: reopened (alerts.refire: reopen)`,
    };
  }
  return {
    kind: 'open',
    record: fresh(alert, key, at),
    why:
      config.refire === 'open'
        ? `fired again after #${holder.number} cleared: a new incident (alerts.refire: open)`
        : `fired again after #${holder.number} was closed longer than alerts.reopen-within: a new incident`,
  };
}

function fresh(alert: Alert, key: string, at: string): AlertRecord {
  return {
    v: 1,
    key,
    source: alert.source,
    status: 'firing',
    count: 1,
    flaps: 0,
    firstAt: alert.startsAt && Date.parse(alert.startsAt) <= Date.parse(at) ? alert.startsAt : at,
    lastAt: at,
    clearedAt: null,
    resolvedByAlert: false,
  };
}
