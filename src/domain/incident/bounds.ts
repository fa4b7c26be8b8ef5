// Records never grow with what people type, and carry no control or bidirectional-override characters;
// their times are to the second. Every string an event carries gets a fixed budget, measured
// as it will be written into the hidden marker (JSON with < > & escaped, so a pasted HTML table counts
// six characters per angle bracket); a cut value ends with "…" and its SHA-256 goes into `cut`, so the
// full text (still in the person's own comment or the issue body) can be matched. Lists are capped too.
import { sha256Hex } from '../security/digest.js';
import { stripControls } from '../../text/controls.js';
import type { IncidentEvent } from './events.js';

/** Encoded characters per value, by field name; anything else gets TEXT. */
const BUDGET: Record<string, number> = {
  title: 400,
  at: 40,
  due: 40,
  startedAt: 40,
  eta: 40,
  key: 120,
  by: 100,
  login: 100,
  target: 140,
  step: 100,
  channel: 100,
  ref: 160,
  head: 80,
  digest: 80,
  url: 300,
  reference: 300,
};
export const TEXT_BUDGET = 300;
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/;
/** Items kept of a list value (services, targets). */
export const LIST_BUDGET = 20;
const ITEM_BUDGET = 140;

/** The length of a string as the marker writes it (inside JSON quotes, with < > & as \u003c …). */
export function encodedLength(text: string): number {
  let n = JSON.stringify(text).length - 2;
  for (const c of text) if (c === '<' || c === '>' || c === '&') n += 5;
  return n;
}

/** The longest prefix (whole code points) that fits `budget` encoded characters with a "…" after it. */
export function cutToBudget(text: string, budget: number): string {
  if (encodedLength(text) <= budget) return text;
  let used = 1; // the ellipsis
  let out = '';
  for (const c of text) {
    const cost = encodedLength(c);
    if (used + cost > budget) break;
    used += cost;
    out += c;
  }
  return `${out}…`;
}

/** The event with every user-derived value within its budget; `scale` shrinks the budgets (0 < scale ≤ 1). */
export function boundEvent(event: IncidentEvent, scale = 1): IncidentEvent {
  const cut: Record<string, string> = { ...(event.cut ?? {}) };
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(event)) {
    if (field === 'cut') continue;
    if (typeof value === 'string' && ISO_MILLIS.test(value)) {
      // Times people read are to the second: "12:15:00.002Z" is noise.
      out[field] = `${value.slice(0, 19)}Z`;
    } else if (typeof value === 'string') {
      const budget = Math.max(16, Math.floor((BUDGET[field] ?? TEXT_BUDGET) * scale));
      const bounded = cutToBudget(stripControls(value), budget);
      if (bounded.length < stripControls(value).length) cut[field] ??= sha256Hex(value);
      out[field] = bounded;
    } else if (Array.isArray(value)) {
      const items = value
        .slice(0, LIST_BUDGET)
        .map((item) =>
          typeof item === 'string'
            ? cutToBudget(stripControls(item), Math.max(16, Math.floor(ITEM_BUDGET * scale)))
            : item,
        );
      if (items.length !== value.length || items.some((item, i) => item !== value[i]))
        cut[field] ??= sha256Hex(JSON.stringify(value));
      out[field] = items;
    } else {
      out[field] = value;
    }
  }
  if (Object.keys(cut).length > 0) out.cut = cut;
  return out as unknown as IncidentEvent;
}
