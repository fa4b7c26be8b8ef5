// User text is data. Wherever a value lands in a template — running text, a table cell, a fenced code
// block, an inline code span, a link target, a mermaid diagram — it is escaped for that place so it cannot
// notify anyone, open HTML (so never "<!--", so never a forged state marker), close the block it sits in, or
// break the table row. Values are substituted once after mustache has run, so "{{" in user text is just text.
//
// Two escapes share the safety rules: prose (outside code) uses HTML entities; code (where entities would
// show literally) puts a zero-width space after "<" so no tag or comment can start. Both neutralise
// mentions. If prose/code tokenising ever guesses wrong, the text still cannot do harm — only look odd.

import { stripControls } from './controls.js';
import { closesFence, closingLine, openingFence, type Fence } from './fences.js';
import { mentionAllowList, neutraliseMentions, ZWSP } from './mentions.js';

/** Where a value lands; the renderer works this out from the template around the value. */
export type Placement =
  | {
      kind: 'text';
      /** The value starts a line (after list or quote markers), so its first line can open a code block. */
      atLineStart: boolean;
      /** Written before every further line so it stays inside the list item or quote. */
      continuation: string;
      /** Headings and link texts hold one line. */
      singleLine: boolean;
      /** Inside "[…](…)": brackets must stay balanced. */
      linkText: boolean;
    }
  | { kind: 'table' }
  | { kind: 'code'; continuation: string }
  | { kind: 'codespan'; inTable: boolean }
  | { kind: 'mermaid' }
  | { kind: 'url' }
  /** Right after a template's own "@": the value must be a login or org/team, or it notifies nobody. */
  | { kind: 'handle' };

type TextPlacement = Extract<Placement, { kind: 'text' }>;

export const TEXT: TextPlacement = {
  kind: 'text',
  atLineStart: true,
  continuation: '',
  singleLine: false,
  linkText: false,
};

export interface EscapeOptions {
  /** Logins or org/team slugs that may be notified (a command that names its target). */
  allowMentions?: readonly string[];
}

/** Markdown-safe text for running text: the default escape of every template value. */
export function escapeUserText(text: string, options: EscapeOptions = {}): string {
  return escapeFor(text, TEXT, mentionAllowList(options.allowMentions));
}

export function escapeFor(raw: string, placement: Placement, allow: ReadonlySet<string>): string {
  const text = normalise(raw);
  switch (placement.kind) {
    case 'text':
      return escapeText(text, placement, allow);
    case 'table':
      return escapeTableCell(text, allow);
    case 'code':
      return text
        .split('\n')
        .map((line) => escapeCode(line, allow))
        .join('\n' + placement.continuation);
    case 'codespan': {
      const flat = escapeCode(text.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/`/g, '\u02CB'), allow);
      return placement.inTable ? flat.replace(/\|/g, '\\|') : flat;
    }
    case 'mermaid':
      return escapeMermaid(text);
    case 'url':
      return escapeUrl(text);
    case 'handle':
      return HANDLE.test(text) ? text : ZWSP + escapeText(text, { ...TEXT, singleLine: true }, allow);
  }
}

const HANDLE = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

/** Line endings unified; control characters and bidirectional overrides (which can disguise text) removed. */
export function normalise(text: string): string {
  return stripControls(text.replace(/\r\n?/g, '\n'));
}

function escapeText(text: string, placement: TextPlacement, allow: ReadonlySet<string>): string {
  if (placement.singleLine || placement.linkText) {
    const line = escapeInline(text.replace(/[ \t]*\n\s*/g, ' '), allow);
    return placement.linkText ? line.replace(/[\\[\]]/g, (c) => '\\' + c) : line;
  }
  const out: string[] = [];
  let prose: string[] = [];
  let fence: Fence | null = null;
  let sawFence = false;
  const flushProse = (): void => {
    if (prose.length > 0) out.push(escapeInline(prose.join('\n'), allow));
    prose = [];
  };
  text.split('\n').forEach((line, index) => {
    if (fence) {
      out.push(escapeCode(line, allow));
      if (closesFence(line, fence)) fence = null;
      return;
    }
    const opened = index > 0 || placement.atLineStart ? openingFence(line) : null;
    if (opened) {
      flushProse();
      fence = opened;
      sawFence = true;
      out.push(escapeCode(line, allow));
      return;
    }
    prose.push(line);
  });
  flushProse();
  // A block the user left open would swallow the rest of the comment: close it where the value ends.
  if (fence) out.push(closingLine(fence));
  const joined = out
    .join('\n')
    .split('\n')
    .join('\n' + placement.continuation);
  // Template text after the value must not land on a fence line (it would stop being a closing fence).
  return sawFence ? joined + '\n' + placement.continuation : joined;
}

/** One row: line breaks become <br> (or spaces inside a code span, where <br> would show as text). */
function escapeTableCell(text: string, allow: ReadonlySet<string>): string {
  return escapeInline(text.replace(/[ \t]*\n/g, '\n'), allow, { prose: '<br>', code: ' ' }).replace(/\|/g, '\\|');
}

/** Prose with the user's own inline code spans (backtick runs of equal length) kept as code. */
function escapeInline(text: string, allow: ReadonlySet<string>, breaks?: { prose: string; code: string }): string {
  const prose = (t: string): string =>
    breaks ? escapeProse(t, allow).replace(/\n/g, breaks.prose) : escapeProse(t, allow);
  const code = (t: string): string =>
    breaks ? escapeCode(t, allow).replace(/\n/g, breaks.code) : escapeCode(t, allow);
  const runs = [...text.matchAll(/`+/g)];
  // For each run, the next run of the same length: the closer CommonMark would pair it with.
  const next = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const length = runs[k]?.[0].length ?? 0;
    next[k] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, k);
  }
  let out = '';
  let position = 0;
  let r = 0;
  while (r < runs.length) {
    const closer = next[r] ?? -1;
    const open = runs[r];
    const close = closer >= 0 ? runs[closer] : undefined;
    if (!open || !close) {
      r++;
      continue;
    }
    const end = close.index + close[0].length;
    out += prose(text.slice(position, open.index)) + code(text.slice(open.index, end));
    position = end;
    r = closer + 1;
  }
  return out + prose(text.slice(position));
}

function escapeProse(text: string, allow: ReadonlySet<string>): string {
  // "&" only matters where it starts an entity ("&#64;" would read as "@"); ">" alone cannot start HTML,
  // and users quote with it. So "R&D" and "> quoted" stay as typed.
  return neutraliseMentions(text, allow)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Inside code, entities would show literally; a zero-width space after "<" stops any tag or comment. */
function escapeCode(text: string, allow: ReadonlySet<string>): string {
  return neutraliseMentions(text, allow).replace(/<(?=[A-Za-z!/?]|$)/g, '<' + ZWSP);
}

const MERMAID_SUBSTITUTES: Record<string, string> = {
  ':': '\uA789', // modifier letter colon: reads as ":" but does not split a timeline entry
  ';': ',',
  '#': '\uFF03',
  '%': '\uFF05',
  '<': '\u2039',
  '>': '\u203A',
  '`': "'",
  '"': "'",
  '{': '(',
  '}': ')',
  '[': '(',
  ']': ')',
  '\\': '/',
  '@': '@' + ZWSP,
};

/** Diagram labels: one short line without the characters mermaid gives meaning to. */
function escapeMermaid(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/-{2,}/g, '-');
  const short = [...flat].length > 120 ? [...flat].slice(0, 119).join('') + '…' : flat;
  return short.replace(/[:;#%<>`"{}[\]\\@]/g, (c) => MERMAID_SUBSTITUTES[c] ?? ' ');
}

/** Link targets: http(s) and mailto only, and nothing that ends the "(…)" or starts a mention. */
function escapeUrl(text: string): string {
  const url = text.trim();
  if (url === '') return '';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) return '#';
  if (url.length > 2048) return '#';
  return url.replace(/[\s<>()"'`\\|{}^[\]@]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 128 ? '%' + code.toString(16).toUpperCase().padStart(2, '0') : encodeURIComponent(c);
  });
}
