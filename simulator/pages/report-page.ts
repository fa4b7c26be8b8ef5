// demo-out/report.html: the incident report of each simulated incident — the response clock (time to
// acknowledge, mitigate, resolve), the escalation timeline as an SVG with its table, and the postmortem
// draft its pull request holds, rendered as GitHub would. Self-contained like thread.html.
import type { SimulationResult } from '../simulate/simulate.js';
import { renderMarkdown, type MarkdownContext } from './markdown.js';
import { PAGE_CSS } from './style.js';
import { esc, labelPill, time } from './thread-page.js';
import { incidentTimeline, lateness, timelineSvg, timelineTable, type Timeline } from './timeline.js';

const after = (from: string, to: string | undefined): string => {
  if (!to) return '—';
  const m = Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
};

function facts(t: Timeline): string {
  const at = (kind: string): string | undefined => t.milestones.find((m) => m.kind === kind)?.at;
  const worst = t.steps.reduce((w, s) => Math.max(w, s.lateMinutes), 0);
  const items: Array<[string, string]> = [
    ['Severity', t.severity],
    ['Filed', `${time(t.opened)}`],
    ['Time to acknowledge', after(t.opened, at('acknowledged'))],
    ['Time to mitigate', after(t.opened, at('mitigated'))],
    ['Time to resolve', after(t.opened, at('resolved'))],
    ['Escalation steps paged', `${t.steps.length}`],
    ['Latest page', worst === 0 ? 'on time' : `${worst} min late`],
    ['Update reminders', `${t.reminders.length}`],
  ];
  return `<dl class="facts">${items.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

/** Every incident of the simulation, with its postmortem draft when a pull request carries one. */
export function renderReportPage(result: SimulationResult, web = 'https://github.com'): string {
  const ctx: MarkdownContext = { web, repository: result.repository };
  const sections = result.issues.flatMap((issue) => {
    const t = incidentTimeline(issue, result.now);
    if (!t) return [];
    const postmortems = result.pulls.flatMap((p) =>
      Object.entries(p.files)
        .filter(([path, content]) => content !== null && path.endsWith('.md') && p.body.includes(`#${issue.number}`))
        .map(([path, content]) => ({ pull: p.number, path, content: content as string })),
    );
    const steps = t.steps
      .map((s) => `<li><b>${esc(s.name)}</b> — due ${time(s.due)}, paged ${time(s.paged)}: ${lateness(s)}</li>`)
      .join('');
    return [
      `<section class="incident" id="incident-${t.number}">
<h1>Incident #${t.number}: ${esc(t.title)}</h1>
<p class="byline">${issue.labels.map((l) => labelPill(l, issue.events?.find((e) => e.label?.name === l)?.label?.color)).join('')}</p>
${facts(t)}
<div class="figure"><h2>Escalation timeline</h2>${timelineSvg(t)}${timelineTable(t)}</div>
${steps ? `<h2>Escalation</h2><ul>${steps}</ul>` : ''}
${postmortems
  .map(
    (p) =>
      `<article class="comment"><header>Postmortem draft <b>${esc(p.path)}</b> (pull request #${p.pull})</header><div class="markdown-body">${renderMarkdown(p.content.replace(/^---\n[\s\S]*?\n---\n/, ''), ctx)}</div></article>`,
  )
  .join('\n')}
</section>`,
    ];
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Incident report — ${esc(result.repository)}</title>
<style>${PAGE_CSS}</style></head><body><main>
<p class="byline">${esc(result.repository)} · incident report · simulated until ${time(result.now)}</p>
${sections.join('\n') || '<p>No incidents in this simulation.</p>'}
<footer>Written by <code>firebreak simulate --out</code> from the thread's own records.</footer>
</main></body></html>
`;
}

/** The first incident's timeline as a standalone SVG file (null without incidents). */
export function firstTimelineSvg(result: SimulationResult): string | null {
  for (const issue of result.issues) {
    const t = incidentTimeline(issue, result.now);
    if (t) return `<?xml version="1.0" encoding="UTF-8"?>\n${timelineSvg(t)}\n`;
  }
  return null;
}
