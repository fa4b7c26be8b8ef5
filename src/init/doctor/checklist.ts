// `firebreak doctor`'s answer: a checklist, one line per check with ✓ (fine), ! (works, but look at it)
// or ✗ (broken: Firebreak will not work as set up), and indented lines that say why and what to do.

export type Mark = 'ok' | 'warn' | 'fail';

export interface CheckItem {
  mark: Mark;
  title: string;
  details: string[];
}

const SYMBOLS: Record<Mark, string> = { ok: '✓', warn: '!', fail: '✗' };

export const ok = (title: string, ...details: string[]): CheckItem => ({ mark: 'ok', title, details });
export const warn = (title: string, ...details: string[]): CheckItem => ({ mark: 'warn', title, details });
export const fail = (title: string, ...details: string[]): CheckItem => ({ mark: 'fail', title, details });

export function formatChecklist(items: readonly CheckItem[]): string {
  return items
    .map((item) => [`${SYMBOLS[item.mark]} ${item.title}`, ...item.details.map((d) => `    ${d}`)].join('\n'))
    .join('\n');
}

export function formatVerdict(items: readonly CheckItem[]): string {
  const failed = items.filter((i) => i.mark === 'fail').length;
  const warned = items.filter((i) => i.mark === 'warn').length;
  const passed = items.length - failed - warned;
  const counts = `${passed} ✓, ${warned} !, ${failed} ✗`;
  if (failed > 0) return `${counts}: fix the ✗ items; Firebreak does not work as set up until then.`;
  if (warned > 0) return `${counts}: Firebreak works; the ! items are worth a look.`;
  return `${counts}: all good.`;
}
