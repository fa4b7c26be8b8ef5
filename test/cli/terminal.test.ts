// Colour only on a terminal and never with NO_COLOR; ASCII marks where the locale cannot show ✓ and ✗.
import { describe, expect, it } from 'vitest';
import { decorate, detectTerminal } from '../../src/cli/terminal.js';

describe('the terminal', () => {
  it('has colour only on a TTY, never with NO_COLOR or TERM=dumb', () => {
    expect(detectTerminal({ isTTY: true }, { LANG: 'en_US.UTF-8' }, 'linux')).toEqual({ color: true, unicode: true });
    expect(detectTerminal({ isTTY: false }, { LANG: 'en_US.UTF-8' }, 'linux').color).toBe(false);
    expect(detectTerminal({ isTTY: true }, { NO_COLOR: '1', LANG: 'en_US.UTF-8' }, 'linux').color).toBe(false);
    expect(detectTerminal({ isTTY: true }, { TERM: 'dumb', LANG: 'en_US.UTF-8' }, 'linux')).toEqual({
      color: false,
      unicode: false,
    });
    // An empty NO_COLOR does not count (no-color.org).
    expect(detectTerminal({ isTTY: true }, { NO_COLOR: '', LANG: 'C.UTF-8' }, 'linux').color).toBe(true);
  });

  it('shows Unicode where the locale is UTF-8 (LC_ALL, then LC_CTYPE, then LANG), or in Windows Terminal', () => {
    expect(detectTerminal({}, { LANG: 'C' }, 'linux').unicode).toBe(false);
    expect(detectTerminal({}, {}, 'linux').unicode).toBe(false);
    expect(detectTerminal({}, { LC_ALL: 'C', LANG: 'en_US.UTF-8' }, 'linux').unicode).toBe(false);
    expect(detectTerminal({}, { LC_CTYPE: 'de_DE.utf8' }, 'linux').unicode).toBe(true);
    expect(detectTerminal({}, { WT_SESSION: 'x' }, 'win32').unicode).toBe(true);
  });

  it('decorates marks and problem words, and falls back to ASCII', () => {
    const ascii = decorate({ color: false, unicode: false });
    expect(ascii('✓ workflow is active\n✗ broken → fix it…')).toBe('ok workflow is active\nx broken -> fix it...');
    const color = decorate({ color: true, unicode: true });
    expect(color('✗ broken\nf.yml:1:2: error: bad')).toBe(
      '\u001b[31m✗\u001b[39m broken\nf.yml:1:2: \u001b[31merror\u001b[39m: bad',
    );
    expect(decorate({ color: false, unicode: true })('✓ fine')).toBe('✓ fine');
  });
});
