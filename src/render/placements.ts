// Where does each value land? The renderer first runs mustache with every string replaced by an opaque
// placeholder, then reads the resulting skeleton like GitHub would (fenced blocks, table rows, headings,
// code spans, link targets, list items) to choose the escape for each placeholder. Template authors write
// plain markdown; the renderer works out the rest.

import { closesFence, openingFence, type Fence } from '../text/fences.js';
import type { Placement } from '../text/escape.js';

export const PLACEHOLDER = /\uE000([0-9a-z]+)\uE001/g;

export function placeholder(index: number): string {
  return `\uE000${index.toString(36)}\uE001`;
}

export interface Slot {
  start: number;
  end: number;
  /** Index of the value. */
  value: number;
  placement: Placement;
  /** The template's fenced block the slot sits in, if any. */
  block?: TemplateBlock;
}

export interface TemplateBlock {
  fence: Fence;
  /** Offset of the opening fence characters in the skeleton. */
  openAt: number;
  /** Offset of the closing fence characters; null when the template never closes the block. */
  closeAt: number | null;
}

// Template blocks may be nested in list items, so their fences may be indented more than 3 spaces.
const TEMPLATE_FENCE_INDENT = 40;

export function findSlots(skeleton: string): Slot[] {
  const slots: Slot[] = [];
  let block: TemplateBlock | null = null;
  let offset = 0;
  for (const line of skeleton.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const plain = line.replace(PLACEHOLDER, 'x');
    if (block) {
      if (closesFence(plain, block.fence, TEMPLATE_FENCE_INDENT)) {
        block.closeAt = lineStart + line.indexOf(block.fence.char);
        block = null;
        continue;
      }
      const inBlock: TemplateBlock = block;
      const mermaid = inBlock.fence.info.split(/\s+/)[0]?.toLowerCase() === 'mermaid';
      const placement: Placement = mermaid ? { kind: 'mermaid' } : { kind: 'code', continuation: inBlock.fence.indent };
      for (const m of line.matchAll(PLACEHOLDER)) slots.push(slot(m, lineStart, placement, inBlock));
      continue;
    }
    const fence = openingFence(plain, TEMPLATE_FENCE_INDENT);
    if (fence) {
      block = { fence, openAt: lineStart + fence.indent.length, closeAt: null };
      // A value in the info string: one word, no backticks.
      for (const m of line.matchAll(PLACEHOLDER)) slots.push(slot(m, lineStart, { kind: 'codespan', inTable: false }));
      continue;
    }
    for (const m of line.matchAll(PLACEHOLDER))
      slots.push(slot(m, lineStart, placementInLine(line, m.index, m[0].length)));
  }
  return slots;
}

function slot(m: RegExpMatchArray, lineStart: number, placement: Placement, block?: TemplateBlock): Slot {
  const start = lineStart + (m.index ?? 0);
  const found: Slot = { start, end: start + m[0].length, value: parseInt(m[1] ?? '0', 36), placement };
  if (block) found.block = block;
  return found;
}

function placementInLine(line: string, index: number, length: number): Placement {
  const before = line.slice(0, index).replace(PLACEHOLDER, 'x');
  const after = line.slice(index + length).replace(PLACEHOLDER, 'x');
  const inTable = /^\s*\|/.test(line);
  if (insideCodeSpan(before)) return { kind: 'codespan', inTable };
  if (before.endsWith('](')) return { kind: 'url' };
  if (before.endsWith('@')) return { kind: 'handle' };
  if (inTable) return { kind: 'table' };
  return {
    kind: 'text',
    atLineStart: CONTAINER_PREFIX.test(before),
    continuation: continuationPrefix(before),
    singleLine: /^ {0,3}#{1,6}(\s|$)/.test(line),
    linkText: /\[[^\]]*$/.test(before) && /^[^[]*\]\(/.test(after),
  };
}

/** Only list markers, quote markers and spaces before the value: its first line starts a block. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))*[ \t]*$/;

/** Backtick runs pair up like CommonMark code spans: an odd one out means we are inside a span. */
function insideCodeSpan(before: string): boolean {
  let open = 0;
  for (const run of before.matchAll(/`+/g)) {
    if (open === 0) open = run[0].length;
    else if (run[0].length === open) open = 0;
  }
  return open !== 0;
}

/** What keeps a further line inside the same list item or quote: spaces for list markers, ">" for quotes. */
function continuationPrefix(before: string): string {
  let prefix = '';
  let rest = before;
  for (;;) {
    const m = /^([ \t]*)(>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/.exec(rest);
    if (!m) break;
    const marker = m[2] ?? '';
    prefix += (m[1] ?? '') + (marker.startsWith('>') ? marker : ' '.repeat(marker.length));
    rest = rest.slice(m[0].length);
  }
  return prefix === '' ? (/^[ \t]*/.exec(before)?.[0] ?? '') : prefix;
}
