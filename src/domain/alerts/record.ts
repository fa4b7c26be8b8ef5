// The alert's live record: an incident opened from an alert has, in its description (written by
// Firebreak), what the alert did — how often it fired, when first and last, whether it cleared, how often
// it flapped — with a hidden copy the next delivery reads back. Only a description Firebreak wrote is
// trusted (the handler checks the author). Pure.
import { marker, parseMarkers } from '../../state/markers.js';
import { escapeFor, escapeUserText } from '../../text/escape.js';
import type { Classified } from './rules.js';
import type { Alert, AlertSource, AlertStatus } from './types.js';
import { isObject } from './text.js';

const KIND = 'alert';

export interface AlertRecord {
  v: 1;
  key: string;
  source: AlertSource;
  /** Latest status the tool reported. */
  status: AlertStatus;
  /** Deliveries that said "firing" (the first included). */
  count: number;
  /** Times it fired again within the flap window after clearing (folded into this incident). */
  flaps: number;
  firstAt: string;
  lastAt: string;
  clearedAt: string | null;
  /** Set when the alert's clearing resolved the incident (so a re-fire reopens it). */
  resolvedByAlert: boolean;
}

export function readAlertRecord(body: string): AlertRecord | null {
  const found = parseMarkers(body).find((m) => m.kind === KIND)?.data;
  if (!isObject(found) || found.v !== 1 || typeof found.key !== 'string' || typeof found.count !== 'number')
    return null;
  return found as unknown as AlertRecord;
}

/** The issue's description: what fired, its labels, the counters, and the hidden record. */
export function alertBody(alert: Alert, classified: Classified, record: AlertRecord): string {
  const cell = (text: string) => escapeFor(text, { kind: 'table' }, new Set());
  const labels = Object.entries(alert.labels).slice(0, 30);
  const lines = [
    `**Opened from a ${record.source} alert.** ${escapeUserText(alert.title)}`,
    '',
    ...(alert.description ? [escapeUserText(alert.description.slice(0, 2000)), ''] : []),
    '| alert | |',
    '|---|---|',
    `| status | ${statusText(record)} |`,
    `| fired | ${record.count} ${record.count === 1 ? 'time' : 'times'}${record.flaps > 0 ? ` (flapped ${record.flaps}×)` : ''} |`,
    `| first fired | ${utc(record.firstAt)} |`,
    `| last fired | ${utc(record.lastAt)} |`,
    `| severity | ${classified.severity} (${cell(classified.reason)}) |`,
    `| dedup key | \`${record.key}\` (${cell(classified.keyText.slice(0, 120))}) |`,
    ...(alert.url ? [`| source | ${cell(alert.url)} |`] : []),
    '',
    ...(labels.length > 0
      ? [
          '<details><summary>Labels</summary>',
          '',
          ...labels.map(([k, v]) => `- ${cell(k)}: ${cell(v)}`),
          '',
          '</details>',
          '',
        ]
      : []),
    'Firebreak keeps this description up to date while the alert fires; please comment below instead of editing it.',
    '',
    marker(KIND, record),
  ];
  return lines.join('\n');
}

function statusText(record: AlertRecord): string {
  if (record.status === 'resolved') return `cleared ${record.clearedAt ? utc(record.clearedAt) : ''}`.trim();
  if (record.status === 'acknowledged') return 'acknowledged at the source';
  return 'firing';
}

function utc(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
