import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/commands/index.js';

/** The command words found in a comment, in order. */
function words(body: string): string[] {
  return parseCommands(body).entries.map((entry) => entry.text.split(/\s/)[0] ?? '');
}

describe('which lines of a comment are commands', () => {
  it('a comment that is only `/ack` is one acknowledgement', () => {
    expect(parseCommands('/ack').entries).toEqual([
      { line: 1, text: '/ack', truncated: false, outcome: { kind: 'ack' } },
    ]);
  });

  it('several commands in one comment run in the order they were written, one per line', () => {
    const body = ['/ack', '/ic @alice', 'Looking at the dashboards now.', '/status identified'].join('\n');
    const parsed = parseCommands(body);
    expect(parsed.entries.map((entry) => [entry.line, entry.outcome.kind])).toEqual([
      [1, 'ack'],
      [2, 'ic'],
      [4, 'status'],
    ]);
  });

  it('leading spaces before the slash are allowed, and Windows line endings are fine', () => {
    expect(words('  /ack\r\n\t/status mitigating\r/reopen')).toEqual(['/ack', '/status', '/reopen']);
  });

  it('an indented code block (four spaces or a tab, after a blank line) shows commands, it does not run them', () => {
    expect(words('How to close it when it is over:\n\n    /resolve fixed\n    /reopen\n\nThat is all.')).toEqual([]);
    expect(words('Example:\n\n\t/resolve')).toEqual([]);
    // Indented right after a line of text it continues the paragraph: that is still a command.
    expect(words('/ack\n    /status mitigating')).toEqual(['/ack', '/status']);
    // Fewer than four columns is not code.
    expect(words('text\n\n   /ack')).toEqual(['/ack']);
  });

  it('inline code that spans lines hides the commands inside it', () => {
    expect(words('Type `\n/resolve\n` when it is fixed.')).toEqual([]);
    expect(words('Type ``\n/resolve\n`` then\n/ack')).toEqual(['/ack']);
    // An open backtick run ends with its paragraph.
    expect(words('a stray ` here\n\n/ack')).toEqual(['/ack']);
  });

  it('control and bidirectional-override characters are removed before a line is read', () => {
    expect(parseCommands('/resolve \u202Edexif').entries[0]?.outcome).toEqual({ kind: 'resolve', summary: 'dexif' });
    expect(words('\u202E/ack')).toEqual(['/ack']);
    expect(parseCommands('a\r\u0000\n/ack').entries[0]?.line).toBe(3);
  });

  it('prose around commands is ignored, even when it mentions a command mid-line', () => {
    expect(words('Please run /ack when you are on it.\nThanks!')).toEqual([]);
  });

  it('a path or URL at the start of a line is prose, not a command', () => {
    expect(words('/api/v1/checkout returns 500\n/var/log is full\n//comment\n/ ack\n/123')).toEqual([]);
  });

  it('a word glued to punctuation is not a command (`/ack.`), and a word longer than 20 characters is prose', () => {
    expect(words('/ack.\n/ack!\n/abcdefghijklmnopqrstuvwxyz is long')).toEqual([]);
  });

  it('command words are case-insensitive, for phone keyboards that capitalise', () => {
    expect(parseCommands('/Ack\n/STATUS Mitigating').entries.map((entry) => entry.outcome)).toEqual([
      { kind: 'ack' },
      { kind: 'status', status: 'mitigating' },
    ]);
  });

  it('one command per line: a second slash on the same line is part of the first command', () => {
    expect(parseCommands('/ack /status mitigating').entries.map((entry) => entry.outcome)).toEqual([
      { kind: 'ack', note: '/status mitigating' },
    ]);
  });

  describe('code blocks are examples, not commands', () => {
    it('lines inside a ``` fence are not executed', () => {
      expect(words(['To resolve, type:', '```', '/resolve', '```', '/ack'].join('\n'))).toEqual(['/ack']);
    });

    it('lines inside a ~~~ fence are not executed', () => {
      expect(words(['~~~markdown', '/severity P0', '~~~', '/ack'].join('\n'))).toEqual(['/ack']);
    });

    it('a fence only closes with the same character and at least the same length', () => {
      const body = ['````', '```', '/resolve', '~~~~', '/severity P0', '````', '/ack'].join('\n');
      expect(words(body)).toEqual(['/ack']);
    });

    it('an unclosed fence hides everything after it', () => {
      expect(words(['/ack', '```', '/resolve', '/severity P0'].join('\n'))).toEqual(['/ack']);
    });

    it('a fence inside a list item or indented still counts as a code block', () => {
      expect(
        words(['- run this:', '    ```', '    /resolve', '    ```', '1. ~~~', '/reopen', '~~~'].join('\n')),
      ).toEqual([]);
    });

    it('inline code is not a fence: ```/ack``` on one line opens nothing', () => {
      expect(words(['```/resolve```', '/ack'].join('\n'))).toEqual(['/ack']);
    });
  });

  describe('quoted text is not a command', () => {
    it('a reply that quotes an earlier `/resolve` does not resolve again', () => {
      expect(words(['> /resolve fixed by rollback', '', 'Agreed, nice work.'].join('\n'))).toEqual([]);
    });

    it('an e-mail reply with nested quotes executes only the new lines', () => {
      const body = ['/ack', '', 'On Mon, alice wrote:', '> /status mitigating', '>> /severity P0'].join('\n');
      expect(words(body)).toEqual(['/ack']);
    });
  });

  describe('hidden text is not a command', () => {
    it('a command inside an HTML comment (invisible on GitHub) is not executed', () => {
      expect(words(['<!--', '/resolve', '-->', '/ack'].join('\n'))).toEqual(['/ack']);
    });

    it('a one-line HTML comment hides nothing after it', () => {
      expect(words(['<!-- note to self -->', '/ack'].join('\n'))).toEqual(['/ack']);
    });

    it('an HTML comment opened mid-paragraph ends with the paragraph', () => {
      expect(words(['text <!-- unfinished', '/resolve', '', '/ack'].join('\n'))).toEqual(['/ack']);
    });

    it('`<!--` inside inline code hides nothing', () => {
      expect(words(['markers look like `<!-- firebreak -->` or `<!--`', '/ack'].join('\n'))).toEqual(['/ack']);
    });
  });

  it('an empty, null or missing body has no commands', () => {
    for (const body of ['', null, undefined]) {
      expect(parseCommands(body)).toEqual({ entries: [], skipped: [], bodyTruncated: false });
    }
  });

  it('a command word that is also an Object property is just unknown', () => {
    expect(
      parseCommands('/constructor\n/valueOf\n/toString\n/__proto__').entries.map((entry) => entry.outcome.kind),
    ).toEqual(['unknown', 'unknown', 'unknown']);
  });
});
