// How the CLI may decorate what it prints: colour only on a terminal and never with NO_COLOR
// (https://no-color.org), and ✓ ✗ → … only where the terminal's character set can show them (a UTF-8
// locale, or Windows Terminal); elsewhere plain ASCII stand-ins.

export interface Terminal {
  color: boolean;
  unicode: boolean;
}

export type Tone = 'ok' | 'warn' | 'fail' | 'dim' | 'bold';

const CODES: Record<Tone, [number, number]> = {
  ok: [32, 39],
  warn: [33, 39],
  fail: [31, 39],
  dim: [2, 22],
  bold: [1, 22],
};

const ASCII: Record<string, string> = { '✓': 'ok', '✗': 'x', '→': '->', '…': '...', '—': '-', '·': '-' };

export function detectTerminal(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  platform: string = process.platform,
): Terminal {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const dumb = env.TERM === 'dumb';
  return { color: stream.isTTY === true && !noColor && !dumb, unicode: !dumb && canShowUnicode(env, platform) };
}

function canShowUnicode(env: Readonly<Record<string, string | undefined>>, platform: string): boolean {
  if (platform === 'win32')
    return Boolean(env.WT_SESSION) || env.TERM_PROGRAM === 'vscode' || /utf-?8/i.test(env.LANG ?? '');
  // The locale that decides the character set: the first of these that is set.
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}

/** Wraps text in the tone's colour when the terminal has colour. */
export function paint(terminal: Terminal, tone: Tone, text: string): string {
  if (!terminal.color) return text;
  const [on, off] = CODES[tone];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** Replaces the symbols the CLI uses with ASCII when the terminal cannot show them. */
export function symbols(terminal: Terminal, text: string): string {
  if (terminal.unicode) return text;
  return text.replace(/[✓✗→…—·]/g, (c) => ASCII[c] ?? c);
}

/**
 * What a command's human-readable output goes through before it reaches the terminal: checklist marks
 * and "error:" / "warning:" coloured, symbols made ASCII where needed. JSON output is never decorated.
 */
export function decorate(terminal: Terminal): (text: string) => string {
  return (text) =>
    symbols(
      terminal,
      text
        .replace(
          /^(\s*)(✓|✗|!)(?= )/gm,
          (_, space: string, mark: string) =>
            space + paint(terminal, mark === '✓' ? 'ok' : mark === '✗' ? 'fail' : 'warn', mark),
        )
        .replace(/\b(error|warning)(?=:)/g, (word: string) =>
          paint(terminal, word === 'error' ? 'fail' : 'warn', word),
        ),
    );
}
