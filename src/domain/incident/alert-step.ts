// What a monitoring alert's delivery changes in its incident (the handler found the incident by the
// alert's dedup key): the description holding the alert's live record (count, last fired, cleared), a
// comment when the alert clears — resolving the incident when configured and nobody acknowledged it —
// or fires again after it was resolved (reopening it). A repeat only edits the description. Pure.
import { message } from '../message.js';
import { readAlertRecord, type AlertRecord } from '../alerts/record.js';
import type { IncidentEvent } from './events.js';
import { applyAll, commentWrite, record, type Draft } from './draft.js';
import { incidentRef } from './present.js';

export interface AlertStepFacts {
  record: AlertRecord;
  /** The issue description for a record (the alert's table and hidden copy). */
  render: (record: AlertRecord) => string;
  /** The alert cleared with this delivery. */
  cleared: boolean;
  /** The alert fired again after its clearing resolved the incident. */
  reopen: boolean;
  title: string;
}

export function alertStep(draft: Draft, facts: AlertStepFacts): void {
  let rec = facts.record;
  const by = `firebreak`;
  const at = draft.now.toISOString();
  if (facts.reopen && draft.state.status === 'resolved') {
    const key = `alert-refired:${rec.lastAt}`;
    const events = applyAll(draft, [{ type: 'reopened', at, by, key }]);
    notice(draft, key, 'The alert fired again: incident reopened', events, [
      `${facts.title} fired again at ${utc(rec.lastAt)} after it had cleared and the incident was resolved.`,
      'Firebreak reopened the incident; the response clock starts again.',
    ]);
    if (events.length > 0) draft.writes.push({ kind: 'issueState', state: 'open', describe: 'reopen the issue' });
  }
  if (rec.status === 'acknowledged' && draft.state.acknowledgedAt === null && draft.state.status !== 'resolved') {
    const key = `alert-acknowledged:${rec.lastAt}`;
    const events = applyAll(draft, [{ type: 'acknowledged', at, by: rec.source, key }]);
    notice(draft, key, `Acknowledged in ${rec.source}`, events, [
      `The alert was acknowledged in ${rec.source} at ${utc(at)}.`,
    ]);
  }
  if (facts.cleared && rec.clearedAt) {
    const key = `alert-cleared:${rec.clearedAt}`;
    const wanted: IncidentEvent[] = [{ type: 'note', text: `alert cleared (${rec.source})`, at, by, key }];
    const resolve =
      draft.config.alerts.autoResolve && draft.state.acknowledgedAt === null && draft.state.status !== 'resolved';
    if (resolve)
      wanted.push({
        type: 'resolved',
        summary: 'The alert cleared and nobody had acknowledged the incident.',
        at,
        by,
        key: `alert-resolved:${rec.clearedAt}`,
      });
    const events = applyAll(draft, wanted);
    const lines = [`Alert cleared: ${facts.title} cleared at ${utc(rec.clearedAt)} (${rec.source}).`];
    if (resolve) {
      lines.push('Nobody had acknowledged the incident, so Firebreak resolved it (alerts.auto-resolve).');
      rec = { ...rec, resolvedByAlert: true };
    } else if (draft.state.status !== 'resolved')
      lines.push(
        draft.config.alerts.autoResolve
          ? 'The incident was acknowledged, so it stays open: resolve it with `/resolve` when you are done.'
          : 'The incident stays open (alerts.auto-resolve is off): resolve it with `/resolve` when you are done.',
      );
    notice(draft, key, 'Alert cleared', events, lines);
    if (resolve && events.some((e) => e.type === 'resolved'))
      draft.writes.push({ kind: 'issueState', state: 'closed', describe: 'close the issue' });
  }
  const body = facts.render(rec);
  if (body !== draft.issue.body)
    draft.writes.push({ kind: 'editIssue', body, describe: 'the alert record in the description' });
}

/**
 * The summary's line about the alert: from this delivery's record, else from the description Firebreak
 * wrote (so that every run, a sweep's too, renders the same summary).
 */
export function alertSummaryLine(facts: {
  alert?: AlertStepFacts | null;
  issue: { author: string; body: string };
  botLogin: string;
}): string {
  const rec = facts.alert?.record ?? (facts.issue.author === facts.botLogin ? readAlertRecord(facts.issue.body) : null);
  if (!rec) return '';
  const status =
    rec.status === 'resolved'
      ? `cleared${rec.clearedAt ? ` ${utc(rec.clearedAt)}` : ''}`
      : rec.status === 'acknowledged'
        ? 'acknowledged at the source'
        : 'firing';
  const flaps = rec.flaps > 0 ? `, flapped ${rec.flaps}×` : '';
  return `${status} (${rec.source}) — fired ${rec.count} ${rec.count === 1 ? 'time' : 'times'}${flaps}, first ${utc(rec.firstAt)}, last ${utc(rec.lastAt)}`;
}

function notice(draft: Draft, key: string, title: string, events: IncidentEvent[], lines: string[]): void {
  const said = message(
    'notice',
    { incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl), title, lines, advice: '' },
    { record: record('alert-event', key, events) },
  );
  draft.writes.push(commentWrite(key, title.toLowerCase(), said));
}

function utc(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
