// demo-out/thread.html: the simulated threads as GitHub shows them — rendered Markdown without
// Firebreak's hidden records, authors, times, labels and the label/assignee/close events in between —
// with the escalation timeline of each incident on top. Self-contained: no scripts, no external assets.
import type { SimulationResult } from '../simulate/simulate.js';
import type { SnapshotComment, SnapshotIssue, SnapshotIssueEvent, SnapshotPull } from '../emulator/snapshot.js';
import { renderMarkdown, type MarkdownContext } from './markdown.js';
import { PAGE_CSS } from './style.js';
import { incidentTimeline, timelineSvg, timelineTable } from './timeline.js';

export const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2026-03-02 10:24 UTC" inside a <time>. */
export function time(iso: string): string {
  const d = new Date(iso);
  const text = Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<time datetime="${esc(iso)}">${text}</time>`;
}

/** Label colours as GitHub picks its text colour: dark text on light labels, white on dark ones. */
export function labelPill(name: string, color: string | undefined): string {
  const hex = /^[0-9a-f]{6}$/i.test(color ?? '') ? (color as string) : 'ededed';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const light = 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) > 150;
  return `<span class="label" style="background:#${hex};color:${light ? '#1f2328' : '#fff'}">${esc(name)}</span>`;
}

function labelColors(issue: { events?: SnapshotIssueEvent[] }): Map<string, string> {
  const colors = new Map<string, string>();
  for (const e of issue.events ?? []) if (e.label) colors.set(e.label.name, e.label.color);
  return colors;
}

const isBot = (login: string): boolean => login.endsWith('[bot]');

function commentBox(
  c: { author: string; created_at: string; updated_at?: string; body: string; reactions?: string[] },
  ctx: MarkdownContext,
  verb = 'commented',
): string {
  const edited = c.updated_at && c.updated_at !== c.created_at ? ' · edited' : '';
  const body = renderMarkdown(c.body, ctx).trim() || '<p><em>No description provided.</em></p>';
  return `<article class="comment${isBot(c.author) ? ' bot' : ''}"><header><b>${esc(c.author)}</b>${isBot(c.author) ? '<span class="badge">bot</span>' : ''} ${verb} ${time(c.created_at)}${edited}</header><div class="markdown-body">${body}</div>${reactionBar(c.reactions ?? [])}</article>`;
}

const EMOJI: Record<string, string> = {
  '+1': '👍',
  '-1': '👎',
  laugh: '😄',
  confused: '😕',
  heart: '❤️',
  hooray: '🎉',
  rocket: '🚀',
  eyes: '👀',
};

/** The reactions under a comment, as GitHub shows them: one pill per emoji with its count. */
function reactionBar(reactions: readonly string[]): string {
  if (reactions.length === 0) return '';
  const by = new Map<string, string[]>();
  for (const r of reactions) {
    const [content = '', ...who] = r.split(' ');
    by.set(content, [...(by.get(content) ?? []), who.join(' ')]);
  }
  const pills = [...by].map(
    ([content, who]) =>
      `<span class="reaction" title="${esc(who.join(', '))}">${EMOJI[content] ?? esc(content)} ${who.length}</span>`,
  );
  return `<div class="reactions">${pills.join('')}</div>`;
}

function eventLine(e: SnapshotIssueEvent, colors: Map<string, string>): string {
  const who = `<b>${esc(e.actor)}</b>`;
  switch (e.event) {
    case 'labeled':
      return `<p class="event">${who} added ${labelPill(e.label?.name ?? '', e.label?.color ?? colors.get(e.label?.name ?? ''))} ${time(e.created_at)}</p>`;
    case 'unlabeled':
      return `<p class="event">${who} removed ${labelPill(e.label?.name ?? '', e.label?.color ?? colors.get(e.label?.name ?? ''))} ${time(e.created_at)}</p>`;
    case 'assigned':
      return `<p class="event">${who} assigned <b>${esc(e.assignee ?? '')}</b> ${time(e.created_at)}</p>`;
    case 'unassigned':
      return `<p class="event">${who} unassigned <b>${esc(e.assignee ?? '')}</b> ${time(e.created_at)}</p>`;
    default:
      return `<p class="event">${who} ${esc(e.event.replace(/_/g, ' '))} this ${time(e.created_at)}</p>`;
  }
}

/** Comments and events in time order (events at the same instant as a comment come after it, as on GitHub). */
function threadItems(issue: SnapshotIssue, ctx: MarkdownContext): string[] {
  const colors = labelColors(issue);
  const items: Array<{ at: string; order: number; html: string }> = [
    ...issue.comments.map((c: SnapshotComment, i) => ({ at: c.created_at, order: i * 2, html: commentBox(c, ctx) })),
    ...(issue.events ?? []).map((e, i) => ({ at: e.created_at, order: i * 2 + 1, html: eventLine(e, colors) })),
  ];
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order).map((i) => i.html);
}

function sidebar(issue: { labels: string[]; assignees?: string[]; events?: SnapshotIssueEvent[] }): string {
  const colors = labelColors(issue);
  const assignees = issue.assignees ?? [];
  return `<aside><section><h2>Assignees</h2>${assignees.length ? assignees.map((a) => `<div>${esc(a)}</div>`).join('') : '<div>No one assigned</div>'}</section>
<section><h2>Labels</h2>${issue.labels.length ? issue.labels.map((l) => labelPill(l, colors.get(l))).join('') : '<div>None yet</div>'}</section></aside>`;
}

function issueSection(issue: SnapshotIssue, result: SimulationResult, ctx: MarkdownContext): string {
  const timeline = incidentTimeline(issue, result.now);
  const figure = timeline
    ? `<div class="figure"><h2>Escalation timeline</h2>${timelineSvg(timeline)}${timelineTable(timeline)}</div>`
    : '';
  const author = issue.author ?? 'someone';
  return `<section class="issue" id="issue-${issue.number}">
<h1>${esc(issue.title)} <span class="num">#${issue.number}</span></h1>
<p class="byline"><span class="state ${issue.state}">${issue.state === 'open' ? 'Open' : 'Closed'}</span><b>${esc(author)}</b> opened this issue ${issue.created_at ? time(issue.created_at) : ''} · ${issue.comments.length} comments</p>
<div class="layout"><div class="thread">${figure}
${commentBox({ author, created_at: issue.created_at ?? result.now, body: issue.body }, ctx, 'opened')}
${threadItems(issue, ctx).join('\n')}
</div>${sidebar(issue)}</div></section>`;
}

function pullSection(pull: SnapshotPull, ctx: MarkdownContext): string {
  const files = Object.entries(pull.files)
    .map(([path, content]) => {
      const body =
        content === null
          ? '<p><em>deleted</em></p>'
          : path.endsWith('.md')
            ? renderMarkdown(content.replace(/^---\n[\s\S]*?\n---\n/, ''), ctx)
            : `<pre><code>${esc(content)}</code></pre>`;
      return `<article class="comment"><header><b>${esc(path)}</b></header><div class="markdown-body">${body}</div></article>`;
    })
    .join('\n');
  const state = pull.merged ? 'merged' : pull.state;
  return `<section class="pull" id="pull-${pull.number}">
<h1>${esc(pull.title)} <span class="num">#${pull.number}</span></h1>
<p class="byline"><span class="state ${state}">${state[0]?.toUpperCase()}${state.slice(1)}</span>wants to merge <code>${esc(pull.head)}</code> into <code>${esc(pull.base)}</code></p>
<div class="layout"><div class="thread">${pull.body ? commentBox({ author: 'github-actions[bot]', created_at: '', body: pull.body }, ctx, 'wrote') : ''}
${pull.comments.map((c) => commentBox(c, ctx)).join('\n')}
${files}</div>${sidebar({ labels: pull.labels, assignees: pull.requested_reviewers })}</div></section>`;
}

/** The whole page. */
export function renderThreadPage(result: SimulationResult, web = 'https://github.com'): string {
  const ctx: MarkdownContext = { web, repository: result.repository };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(result.repository)} — Firebreak simulation</title>
<style>${PAGE_CSS}</style></head><body><main>
<p class="byline">${esc(result.repository)} · simulated until ${time(result.now)} · ${result.runs.length} workflow runs</p>
${result.issues.map((i) => issueSection(i, result, ctx)).join('\n')}
${result.pulls.map((p) => pullSection(p, ctx)).join('\n')}
<footer>Written by <code>firebreak simulate --out</code>. Firebreak's hidden records are not shown.</footer>
</main></body></html>
`;
}
