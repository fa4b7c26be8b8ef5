// Views for injection tests: a sample view with every user-writable string replaced. Values that follow a
// template's own "@" (commander, notify, mentions, reviewers, action item owners) are logins the domain
// validated; they keep their sample values so the tests can tell template mentions from injected ones.
import type { TemplateName, TemplateViews } from '../../src/domain/views.js';
import { sampleViews } from '../../src/render/samples.js';

export const HANDLE_KEYS = new Set(['commander', 'notify', 'mentions', 'reviewers', 'owner']);

export function replaceText(value: unknown, replace: (text: string) => string, key = ''): unknown {
  if (HANDLE_KEYS.has(key)) return value;
  if (typeof value === 'string') return value === '' ? value : replace(value);
  if (Array.isArray(value)) return value.map((item) => replaceText(item, replace, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceText(v, replace, k)]));
  }
  return value;
}

export function hostileView<N extends TemplateName>(name: N, text: string): TemplateViews[N] {
  return replaceText(sampleViews[name], () => text) as TemplateViews[N];
}

/** Lines of `markdown` that GitHub shows inside a fenced code block (fence lines excluded). */
export function linesInCode(markdown: string): string[] {
  const inside: string[] = [];
  let open: { char: string; length: number } | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      if (
        fence &&
        fence[1]?.[0] === open.char &&
        (fence[1]?.length ?? 0) >= open.length &&
        (fence[2] ?? '').trim() === ''
      )
        open = null;
      else inside.push(line);
    } else if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'))) {
      open = { char: fence[1]?.[0] ?? '`', length: fence[1]?.length ?? 3 };
    }
  }
  return inside;
}

/** Cells of a table row, split on pipes that are not escaped. */
export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}
