// The escalation timeline of an incident, read from the thread as Firebreak reads it (only the bot's own
// intact records), and drawn as an SVG people read at a glance: each escalation step when it was due,
// when it was paged and how late; the acknowledgement, mitigation and resolution.
import type { Comment } from '../../src/domain/github-objects.js';
import type { IncidentState } from '../../src/domain/incident/state.js';
import { readThread, threadState } from '../../src/domain/incident/thread.js';
import type { SnapshotComment, SnapshotIssue } from '../emulator/snapshot.js';

export interface TimelineStep {
  name: string;
  due: string;
  paged: string;
  /** Minutes after due (0 when on time). */
  lateMinutes: number;
  targets: string[];
}

export interface Timeline {
  number: number;
  title: string;
  severity: string;
  opened: string;
  /** The right edge: the resolution, or the simulation's end while open. */
  end: string;
  steps: TimelineStep[];
  milestones: Array<{ kind: 'acknowledged' | 'mitigated' | 'resolved'; at: string; by: string | null }>;
  reminders: Array<{ due: string; at: string }>;
}

/** The login whose comments carry Firebreak records: the first author of one (github-actions[bot] by default). */
export function botLogin(comments: readonly SnapshotComment[]): string | null {
  return comments.find((c) => c.body.includes('<!-- firebreak:v1 '))?.author ?? null;
}

function asComments(comments: readonly SnapshotComment[]): Comment[] {
  return comments.map((c) => ({
    id: c.id,
    body: c.body,
    author: c.author,
    authorType: c.author.endsWith('[bot]') ? 'Bot' : 'User',
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    htmlUrl: '',
  }));
}

const minutes = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** The incident's state as the action folds it from the thread; null when Firebreak never opened it. */
export function incidentState(issue: SnapshotIssue): IncidentState | null {
  const bot = botLogin(issue.comments);
  return bot ? threadState(issue.number, readThread(asComments(issue.comments), bot)) : null;
}

/** Null when the issue is not an incident Firebreak opened. */
export function incidentTimeline(issue: SnapshotIssue, now: string): Timeline | null {
  const state = incidentState(issue);
  if (!state) return null;
  const steps: TimelineStep[] = [];
  const reminders: Timeline['reminders'] = [];
  for (const event of state.events) {
    if (event.type === 'escalated')
      steps.push({
        name: event.name,
        due: event.due,
        paged: event.at,
        lateMinutes: Math.max(0, minutes(event.due, event.at)),
        targets: event.targets,
      });
    if (event.type === 'reminder') reminders.push({ due: event.due, at: event.at });
  }
  const milestones: Timeline['milestones'] = [];
  if (state.firstAcknowledgedAt ?? state.acknowledgedAt)
    milestones.push({
      kind: 'acknowledged',
      at: (state.firstAcknowledgedAt ?? state.acknowledgedAt) as string,
      by: state.acknowledgedBy,
    });
  const mitigated = state.firstMitigatedAt ?? state.mitigatedAt;
  if (mitigated) milestones.push({ kind: 'mitigated', at: mitigated, by: null });
  const resolved = state.firstResolvedAt ?? state.resolvedAt;
  if (resolved) milestones.push({ kind: 'resolved', at: resolved, by: null });
  return {
    number: issue.number,
    title: state.title,
    severity: state.severity,
    opened: state.openedAt,
    end: resolved ?? now,
    steps,
    milestones,
    reminders,
  };
}

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "10:22" in UTC. */
export const clock = (iso: string): string => new Date(iso).toISOString().slice(11, 16);

export function lateness(step: TimelineStep): string {
  return step.lateMinutes === 0 ? 'on time' : `${step.lateMinutes} min late`;
}

const COLORS = {
  due: '#59636e',
  paged: '#0969da',
  late: '#cf222e',
  acknowledged: '#1a7f37',
  mitigated: '#9a6700',
  resolved: '#8250df',
};

/** The SVG: one row per escalation step over a time axis, and a vertical line per milestone. */
export function timelineSvg(t: Timeline): string {
  const width = 760;
  const left = 16;
  const right = width - 16;
  const top = 40;
  const row = 44;
  const rows = Math.max(1, t.steps.length);
  const axis = top + rows * row + 8;
  const height = axis + 64;
  const t0 = Date.parse(t.opened);
  const t1 = Math.max(Date.parse(t.end), t0 + 60_000);
  const x = (iso: string): number => left + ((Date.parse(iso) - t0) / (t1 - t0)) * (right - left);
  const parts: string[] = [];
  const span = (t1 - t0) / 60_000;
  const every = [5, 10, 15, 30, 60, 120, 240, 720, 1440].find((m) => span / m <= 8) ?? 2880;
  for (let m = 0; m <= span; m += every) {
    const at = new Date(t0 + m * 60_000).toISOString();
    const px = x(at).toFixed(1);
    parts.push(
      `<line x1="${px}" y1="${top - 8}" x2="${px}" y2="${axis}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${px}" y="${axis + 16}" text-anchor="middle" class="tick">${clock(at)}</text>`,
    );
  }
  parts.push(`<line x1="${left}" y1="${axis}" x2="${right}" y2="${axis}" stroke="#59636e" stroke-width="1.5"/>`);
  t.steps.forEach((step, i) => {
    const y = top + i * row + row / 2;
    const due = x(step.due);
    const paged = x(step.paged);
    const label = `${step.name}: due ${clock(step.due)}, paged ${clock(step.paged)} (${lateness(step)})`;
    parts.push(
      `<g class="step"><title>${esc(label)}</title>`,
      step.lateMinutes > 0
        ? `<line x1="${due.toFixed(1)}" y1="${y}" x2="${paged.toFixed(1)}" y2="${y}" stroke="${COLORS.late}" stroke-width="4"/>`
        : '',
      `<circle cx="${due.toFixed(1)}" cy="${y}" r="6" fill="#fff" stroke="${COLORS.due}" stroke-width="2"/>`,
      `<circle cx="${paged.toFixed(1)}" cy="${y}" r="5" fill="${step.lateMinutes > 0 ? COLORS.late : COLORS.paged}"/>`,
      `<text x="${Math.min(Math.max(due, paged) + 10, right - 4).toFixed(1)}" y="${y - 10}" text-anchor="${Math.max(due, paged) > right - 240 ? 'end' : 'start'}" class="label">${esc(label)}</text>`,
      '</g>',
    );
  });
  t.milestones.forEach((m, i) => {
    const px = x(m.at).toFixed(1);
    const text = `${m.kind} ${clock(m.at)}${m.by ? ` by @${m.by}` : ''}`;
    parts.push(
      `<g class="milestone"><title>${esc(text)}</title>`,
      `<line x1="${px}" y1="${top - 8}" x2="${px}" y2="${axis}" stroke="${COLORS[m.kind]}" stroke-width="2" stroke-dasharray="4 3"/>`,
      `<text x="${px}" y="${axis + 34 + (i % 2) * 16}" text-anchor="${Number(px) > right - 120 ? 'end' : Number(px) < left + 120 ? 'start' : 'middle'}" class="milestone-label" fill="${COLORS[m.kind]}">${esc(text)}</text>`,
      '</g>',
    );
  });
  const title = `Escalation timeline of incident #${t.number} (${t.severity}), ${clock(t.opened)}–${clock(t.end)} UTC`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">
<title>${esc(title)}</title>
<style>.tick{font:11px system-ui,sans-serif;fill:#59636e}.label{font:12px system-ui,sans-serif;fill:#1f2328;paint-order:stroke;stroke:#fff;stroke-width:3px}.milestone-label{font:600 12px system-ui,sans-serif}</style>
<text x="${left}" y="18" class="label" font-weight="600">${esc(title)}</text>
${parts.filter(Boolean).join('\n')}
</svg>`;
}

/** The same facts as a table, for screen readers and narrow screens. */
export function timelineTable(t: Timeline): string {
  const rows = [
    ...t.steps.map(
      (s) =>
        `<tr><td>${esc(s.name)}</td><td>${clock(s.due)}</td><td>${clock(s.paged)}</td><td class="${s.lateMinutes > 0 ? 'late' : 'ok'}">${lateness(s)}</td></tr>`,
    ),
    ...t.milestones.map(
      (m) =>
        `<tr><td>${m.kind[0]?.toUpperCase()}${m.kind.slice(1)}${m.by ? ` by @${esc(m.by)}` : ''}</td><td></td><td>${clock(m.at)}</td><td>${minutes(t.opened, m.at)} min after filing</td></tr>`,
    ),
  ];
  return `<table class="timeline-table"><thead><tr><th>Step</th><th>Due (UTC)</th><th>Happened (UTC)</th><th>How late</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
