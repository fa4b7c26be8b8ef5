// `firebreak report`: how the incident response went over a period, from the learnings index. Counts by
// severity, MTTA and MTTR as median and p90, response-target breaches, and the action items still open.
//
// Definitions (also printed under the report):
// - MTTA input: time-to-acknowledge; MTTR input: time-to-resolve — whole minutes from detection (the
//   filing) within the first response cycle, as written in each postmortem's front matter.
// - median: the middle value of the sorted inputs; for an even count, the mean of the two middle values.
// - p90: nearest rank — the smallest input that at least 90 % of the inputs are at or below, i.e. the
//   ⌈0.9·n⌉-th smallest. It is always one of the inputs; with fewer than 10 inputs it is the maximum.
// - the period holds incidents detected at or after now − since. Open action items are counted over
//   every postmortem, whatever its age: an old open item is still open.
import { SEVERITIES, type Severity } from '../../config/types.js';
import { formatDuration } from '../../config/duration.js';
import { utc } from '../incident/present.js';
import { escapeFor, escapeUserText } from '../../text/escape.js';
import { mentionAllowList } from '../../text/mentions.js';
import type { IndexEntry } from './learnings.js';

export interface ReportOptions {
  now: Date;
  /** The period, in minutes back from now. */
  since: number;
}

export interface Percentiles {
  /** Minutes; null when no incident in the period has the measurement. */
  median: number | null;
  p90: number | null;
  /** How many incidents had the measurement. */
  count: number;
}

export interface ReportIncident {
  incident: number;
  title: string;
  severity: Severity;
  url: string;
  date: string;
}

export interface OpenActionItem {
  incident: number;
  url: string;
  /** The postmortem file. */
  file: string;
  text: string;
  owner: string | null;
  issue: number | string | null;
}

export interface Report {
  /** The period: ISO instants. */
  from: string;
  to: string;
  /** The period in minutes, as asked. */
  since: number;
  incidents: number;
  bySeverity: Record<Severity, number>;
  mtta: Percentiles;
  mttr: Percentiles;
  /** Incidents in the period whose response target was missed. */
  breaches: ReportIncident[];
  /** Unchecked action items of every postmortem, newest incident first. */
  openActionItems: OpenActionItem[];
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest rank: the ⌈p/100·n⌉-th smallest value. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

function percentiles(values: ReadonlyArray<number | null>): Percentiles {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return { median: median(present), p90: percentile(present, 90), count: present.length };
}

const byNewest = (a: IndexEntry, b: IndexEntry) =>
  Date.parse(b.detected) - Date.parse(a.detected) || b.incident - a.incident;

export function buildReport(entries: readonly IndexEntry[], options: ReportOptions): Report {
  const to = options.now.getTime();
  const from = to - options.since * 60_000;
  const inPeriod = entries.filter((e) => Date.parse(e.detected) >= from).sort(byNewest);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const e of inPeriod) if (e.severity in bySeverity) bySeverity[e.severity] += 1;
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    since: options.since,
    incidents: inPeriod.length,
    bySeverity,
    mtta: percentiles(inPeriod.map((e) => e.timeToAcknowledge)),
    mttr: percentiles(inPeriod.map((e) => e.timeToResolve)),
    breaches: inPeriod
      .filter((e) => e.responseBreach)
      .map((e) => ({ incident: e.incident, title: e.title, severity: e.severity, url: e.url, date: e.date })),
    openActionItems: [...entries].sort(byNewest).flatMap((e) =>
      e.actionItems
        .filter((i) => !i.done)
        .map((i) => ({
          incident: e.incident,
          url: e.url,
          file: e.file,
          text: i.text,
          owner: i.owner,
          issue: i.issue,
        })),
    ),
  };
}

const NONE = mentionAllowList([]);
const minutes = (value: number | null): string => (value === null ? '—' : formatDuration(Math.round(value)));
const text = (value: string): string => escapeUserText(value.replace(/\s+/g, ' '));
const link = (label: string, url: string): string => `[${label}](${escapeFor(url, { kind: 'url' }, NONE)})`;

/** The issue filed for an item; a bare number links next to the incident issue (same repository). */
function issueRef(issue: number | string | null, incidentUrl: string): string {
  if (issue === null) return 'no issue yet';
  if (typeof issue !== 'number') return link('issue', issue);
  const base = /^(https?:\/\/.+\/issues\/)\d+$/.exec(incidentUrl)?.[1];
  return base ? link(`issue #${issue}`, `${base}${issue}`) : `issue #${issue}`;
}

/** Markdown for a terminal or a job summary ($GITHUB_STEP_SUMMARY). */
export function renderReport(report: Report): string {
  const lines = [
    `## Incident report: the last ${formatDuration(report.since)}`,
    '',
    `${utc(report.from)} – ${utc(report.to)} · ${report.incidents} incident${report.incidents === 1 ? '' : 's'} with a postmortem`,
    '',
    '| Severity | Incidents |',
    '|---|---|',
    ...SEVERITIES.map((s) => `| ${s} | ${report.bySeverity[s]} |`),
    '',
    '| | Median | p90 | Incidents measured |',
    '|---|---|---|---|',
    `| Time to acknowledge (MTTA) | ${minutes(report.mtta.median)} | ${minutes(report.mtta.p90)} | ${report.mtta.count} |`,
    `| Time to resolve (MTTR) | ${minutes(report.mttr.median)} | ${minutes(report.mttr.p90)} | ${report.mttr.count} |`,
    '',
    `### Response-target breaches: ${report.breaches.length}`,
    '',
  ];
  if (report.breaches.length === 0) lines.push('None in this period.');
  for (const b of report.breaches)
    lines.push(`- ${b.date} ${link(`#${b.incident}`, b.url)} ${b.severity} ${text(b.title)}`);
  lines.push('', `### Open action items: ${report.openActionItems.length}`, '');
  if (report.openActionItems.length === 0) lines.push('None: every action item of every postmortem is done.');
  for (const item of report.openActionItems) {
    const owner = item.owner === null ? 'no owner' : `owner ${text(item.owner)}`;
    lines.push(
      `- ${text(item.text)} — ${owner} · ${link(`#${item.incident}`, item.url)} · ${issueRef(item.issue, item.url)}`,
    );
  }
  lines.push(
    '',
    '<sub>Times run from detection (the filing) within the first response cycle. Median: the middle value (the mean of the two middle values for an even count). p90: nearest rank, the smallest time that at least 90% of incidents are at or below. Open action items cover every postmortem, whatever the period.</sub>',
  );
  return `${lines.join('\n')}\n`;
}
