// Rendering in three steps, so user text is never seen by mustache and is always escaped for where it lands:
//   1. every string in the view becomes an opaque placeholder and mustache renders the template;
//   2. the skeleton is read like markdown to learn each placeholder's placement (placements.ts);
//   3. each value is escaped for its placement and substituted once; fenced blocks around values grow
//      longer than any backtick run inside them; the longest values are shortened, with a visible note,
//      until the comment fits GitHub's limit.

import Mustache from 'mustache';
import { escapeFor, type Placement } from '../text/escape.js';
import { longestRun } from '../text/fences.js';
import { BODY_LIMIT, fitComment, formatCount, truncationNote } from '../text/fit.js';
import { marker as writeMarker, parseMarkers } from '../state/markers.js';
import { mentionAllowList, ZWSP } from '../text/mentions.js';
import { findSlots, placeholder, type Slot, type TemplateBlock } from './placements.js';
import { renderableBody, type LoadedTemplate } from './template.js';

import type { RenderOptions } from '../domain/templates.js';

export type { RenderOptions };

export function renderTemplate(template: LoadedTemplate, view: object, options: RenderOptions = {}): string {
  try {
    return renderOnce(template, view, options);
  } catch (error) {
    if (!template.fallback) throw error;
    const message = error instanceof Error ? error.message : String(error);
    options.onWarning?.(
      `${template.source} failed to render (${message}); the default ${template.name} template was used.`,
    );
    return renderOnce(template.fallback, view, options);
  }
}

function renderOnce(template: LoadedTemplate, view: object, options: RenderOptions): string {
  const limit = options.limit ?? BODY_LIMIT;
  const head = markerLine(options.marker);
  const values: string[] = [];
  const skeletonView = toSkeleton(view, values, 0);
  const body = renderableBody(template.body);
  const tokens = (template.tokens ?? Mustache.parse(body)) as Parameters<Mustache.Writer['renderTokens']>[0];
  const skeleton = new Mustache.Writer().renderTokens(tokens, new Mustache.Context(skeletonView), {}, body, {
    escape: (v: unknown) => String(v),
  });
  const slots = findSlots(skeleton);
  const allow = mentionAllowList(options.allowMentions);

  const raws = slots.map((s) => values[s.value] ?? '');
  const escaped = slots.map((s, i) => guardStart(skeleton, s, escapeFor(raws[i] ?? '', s.placement, allow)));
  let text = finish(head, assemble(skeleton, slots, escaped));
  for (let attempt = 0; attempt < 4 && text.length > limit; attempt++) {
    const budget = escaped.reduce((sum, v) => sum + v.length, 0) - (text.length - limit) - 64 * (attempt + 1);
    const cap = fairShare(
      escaped.map((v) => v.length),
      Math.max(0, budget),
    );
    slots.forEach((s, i) => {
      if ((escaped[i] ?? '').length > cap) {
        escaped[i] = guardStart(skeleton, s, shorten(raws[i] ?? '', s.placement, allow, cap));
      }
    });
    text = finish(head, assemble(skeleton, slots, escaped));
  }
  return fitComment(text, limit);
}

function markerLine(marker: RenderOptions['marker']): string {
  if (marker === undefined) return '';
  if (typeof marker !== 'string') return writeMarker(marker.kind, marker.data) + '\n';
  const parsed = parseMarkers(marker);
  if (parsed.length !== 1 || parsed[0]?.raw !== marker.trim()) {
    throw new Error('options.marker must be exactly one marker written by marker(kind, data)');
  }
  return marker.trim() + '\n';
}

function finish(head: string, body: string): string {
  // trimEnd removes what /\s+$/ would (JavaScript's white space and line terminators) without a regex
  // that retries from every white-space run in the comment.
  return head + body.trimEnd() + '\n';
}

/**
 * The view with every non-empty string replaced by a placeholder (empty strings stay empty so
 * {{#x}} sections still test them). Functions are dropped, so a view can never carry a mustache lambda;
 * objects get no prototype, so {{constructor}} and friends find nothing.
 */
function toSkeleton(value: unknown, values: string[], depth: number): unknown {
  if (depth > 32) return undefined;
  if (typeof value === 'string' || typeof value === 'bigint') {
    const s = String(value);
    if (s === '') return '';
    values.push(s);
    return placeholder(values.length - 1);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean' || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => toSkeleton(item, values, depth + 1));
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      return toSkeleton(String(value), values, depth + 1);
    }
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[key] = toSkeleton(item, values, depth + 1);
    return out;
  }
  return undefined;
}

/** A template that writes "<" or "<!" right before a value must not let the value finish a tag or comment. */
function guardStart(skeleton: string, slot: Slot, escaped: string): string {
  return /<(?:!-?)?$/.test(skeleton.slice(Math.max(0, slot.start - 3), slot.start)) ? ZWSP + escaped : escaped;
}

function assemble(skeleton: string, slots: Slot[], escaped: string[]): string {
  const edits: Array<{ at: number; remove: number; insert: string }> = slots.map((s, i) => ({
    at: s.start,
    remove: s.end - s.start,
    insert: escaped[i] ?? '',
  }));
  // A fenced block holding values gets a fence longer than any run of its fence character inside them.
  const blocks = new Map<TemplateBlock, number>();
  slots.forEach((s, i) => {
    if (!s.block) return;
    const need = longestRun(escaped[i] ?? '', s.block.fence.char) + 1;
    blocks.set(s.block, Math.max(blocks.get(s.block) ?? 0, need));
  });
  for (const [block, need] of blocks) {
    const extra = need - block.fence.length;
    if (extra <= 0) continue;
    const insert = block.fence.char.repeat(extra);
    edits.push({ at: block.openAt, remove: 0, insert });
    if (block.closeAt !== null) edits.push({ at: block.closeAt, remove: 0, insert });
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let position = 0;
  for (const edit of edits) {
    out += skeleton.slice(position, edit.at) + edit.insert;
    position = edit.at + edit.remove;
  }
  return out + skeleton.slice(position);
}

/** The largest cap C with sum(min(length, C)) ≤ budget: short values stay whole, long ones share the rest. */
function fairShare(lengths: number[], budget: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let remaining = budget;
  for (let i = 0; i < sorted.length; i++) {
    const share = Math.floor(remaining / (sorted.length - i));
    const length = sorted[i] ?? 0;
    if (length > share) return share;
    remaining -= length;
  }
  return Number.POSITIVE_INFINITY;
}

function noteFor(placement: Placement, removed: number): string {
  const note = truncationNote(removed);
  switch (placement.kind) {
    case 'text':
      return placement.singleLine || placement.linkText
        ? ` … (truncated ${formatCount(removed)} characters)`
        : `\n\n${placement.continuation}*${note}*`;
    case 'code':
      return `\n${placement.continuation}${note}`;
    case 'table':
    case 'codespan':
      return ` (${note})`;
    case 'mermaid':
    case 'url':
    case 'handle':
      return '';
  }
}

/** The longest prefix of the raw value whose escape plus the note fits in `max` characters. */
function shorten(raw: string, placement: Placement, allow: ReadonlySet<string>, max: number): string {
  const build = (keep: number): string => {
    let cut = keep;
    const code = raw.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    return escapeFor(raw.slice(0, cut).replace(/\s+$/, ''), placement, allow) + noteFor(placement, raw.length - cut);
  };
  if (build(0).length > max) return placement.kind === 'url' ? '#' : '…';
  let low = 0;
  let high = raw.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (build(mid).length <= max) low = mid;
    else high = mid - 1;
  }
  // Prefer ending at a word or line boundary near the cut.
  const boundary = Math.max(raw.lastIndexOf('\n', low), raw.lastIndexOf(' ', low));
  return build(boundary > 0 && low - boundary < 200 ? boundary : low);
}
