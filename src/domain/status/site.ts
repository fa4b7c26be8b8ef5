// The static status site: index.html, feed.atom, summary.json and incidents.json (Statuspage's shape,
// model.ts), with script-free HTML that works from 390 px up. Pure: text in, files out.
import { incidentsOf, summaryOf, type ComponentStatus, type Incident, type SiteInput } from './model.js';

export type { PublishedIncident, SiteInput, StatusPageInfo } from './model.js';

const esc = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const WORDS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};
const COLORS: Record<string, string> = {
  operational: '#1a7f37',
  degraded_performance: '#9a6700',
  partial_outage: '#bc4c00',
  major_outage: '#cf222e',
  none: '#1a7f37',
  minor: '#9a6700',
  major: '#bc4c00',
  critical: '#cf222e',
};

const stamp = (iso: string): string =>
  `<time datetime="${esc(iso)}">${esc(iso.slice(0, 16).replace('T', ' '))} UTC</time>`;
const cap = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

function incidentHtml(i: Incident): string {
  return `<article class="incident" id="${esc(i.id)}"><h3>${esc(i.name)} <span class="impact" style="color:${COLORS[i.impact]}">${esc(i.impact)}</span></h3>
${i.incident_updates.map((u) => `<div class="update"><b>${esc(cap(u.status))}</b> — ${esc(u.body)}<br><small>${stamp(u.display_at)}</small></div>`).join('\n')}
</article>`;
}

const CSS = `*{box-sizing:border-box}body{margin:0;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328}
main{max-width:760px;margin:0 auto;padding:16px}h1{font-size:24px;margin:0 0 12px;overflow-wrap:anywhere}
.banner{color:#fff;border-radius:6px;padding:14px 16px;font-size:18px;font-weight:600;margin:0 0 24px}
ul.components{list-style:none;padding:0;margin:0 0 24px;border:1px solid #d0d7de;border-radius:6px}
ul.components li{display:flex;justify-content:space-between;gap:12px;padding:10px 16px;border-top:1px solid #d0d7de;flex-wrap:wrap}
ul.components li:first-child{border-top:0}.incident{border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:0 0 16px;overflow-wrap:anywhere}
.incident h3{margin:0 0 8px;font-size:17px}.impact{font-size:12px;text-transform:uppercase;margin-left:6px}
.update{margin:0 0 10px}small{color:#59636e}footer{color:#59636e;font-size:13px;margin-top:32px}a{color:#0969da}`;

export interface SiteFiles {
  'index.html': string;
  'feed.atom': string;
  'summary.json': string;
  'incidents.json': string;
}

/** Every file of the site, from the same input: the four always agree. */
export function buildStatusSite(input: SiteInput): SiteFiles {
  const summary = summaryOf(input);
  const history = incidentsOf(input);
  const resolved = history.incidents.filter((i) => i.status === 'resolved');
  const base = input.page.url.replace(/\/+$/, '');
  const title = input.page.title ?? `${input.page.name} status`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="${esc(title)}" href="feed.atom">
<style>${CSS}</style></head><body><main>
<h1>${esc(title)}</h1>
<div class="banner" style="background:${COLORS[summary.status.indicator]}">${esc(summary.status.description)}</div>
${summary.components.length > 0 ? `<ul class="components">${summary.components.map((c) => `<li><span>${esc(c.name)}</span><span style="color:${COLORS[c.status]}">${WORDS[c.status]}</span></li>`).join('')}</ul>` : ''}
<h2>Current incidents</h2>
${summary.incidents.map(incidentHtml).join('\n') || '<p>No incidents right now.</p>'}
<h2>Past incidents</h2>
${resolved.map(incidentHtml).join('\n') || '<p>No incidents reported.</p>'}
<footer>Updated ${stamp(input.now)} · <a href="feed.atom">Atom feed</a> · <a href="summary.json">summary.json</a> · <a href="incidents.json">incidents.json</a></footer>
</main></body></html>
`;
  const entries = history.incidents.flatMap((i) =>
    i.incident_updates.map(
      (u) =>
        `<entry><id>${esc(`${base}/#${u.id}`)}</id><title>${esc(`${i.name}: ${cap(u.status)}`)}</title><updated>${esc(u.updated_at)}</updated><link rel="alternate" href="${esc(i.shortlink)}"/><content type="text">${esc(u.body)}</content></entry>`,
    ),
  );
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${esc(`${base}/`)}</id><title>${esc(title)}</title><updated>${esc(input.now)}</updated>
<link rel="self" href="${esc(`${base}/feed.atom`)}"/><link rel="alternate" href="${esc(`${base}/`)}"/><author><name>${esc(input.page.name)}</name></author>
${entries.join('\n')}
</feed>
`;
  return {
    'index.html': html,
    'feed.atom': atom,
    'summary.json': `${JSON.stringify(summary, null, 2)}\n`,
    'incidents.json': `${JSON.stringify(history, null, 2)}\n`,
  };
}
