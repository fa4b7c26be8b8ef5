// Playbook: merging a postmortem turns its unchecked action items into issues, assigned to their owners.
// The file is reviewed text from a pull request, so reading it must never run code.
import { describe, expect, test } from 'vitest';
import { parsePostmortem, PostmortemFormatError } from '../../src/domain/postmortem/parse.js';
import { fixture } from './golden.js';

const FRONT = '---\nincident: 42\ntitle: Checkout\n---\n';

function items(body: string) {
  return parsePostmortem(`${FRONT}${body}`).actionItems.map(({ text, owner, done }) => ({ text, owner, done }));
}

describe('action items are read from the "Action items" section', () => {
  test('"- [ ] text (@owner)" and "- [x] …", with their file line numbers', () => {
    const parsed = parsePostmortem(fixture('good.md'));
    expect(parsed.actionItems).toEqual([
      { text: 'Alert on checkout 5xx rate per region', owner: 'alice', done: false, line: 105 },
      {
        text: 'Add a timeout budget for payment provider calls — @bob will pair with payments',
        owner: 'bob',
        done: false,
        line: 106,
      },
      { text: 'Document the payment provider failover', owner: 'carol', done: true, line: 107 },
    ]);
    expect(fixture('good.md').split('\n')[104]).toBe('- [ ] Alert on checkout 5xx rate per region (@alice)');
  });

  test('the owner may be written anywhere in the line; the first person named owns it', () => {
    expect(items('## Action items\n\n- [ ] @dana adds a per-region alert, with @erin\n')).toEqual([
      { text: '@dana adds a per-region alert, with @erin', owner: 'dana', done: false },
    ]);
  });

  test('"(owner: @login)", "* [X]" and "+ [ ]" are items too', () => {
    expect(items('## Action items\n* [X] Done thing (owner: @alice)\n+ [ ] Other thing (@bob)\n')).toEqual([
      { text: 'Done thing', owner: 'alice', done: true },
      { text: 'Other thing', owner: 'bob', done: false },
    ]);
  });

  test('nobody owns an item that says "(owner: TODO)", names a team or only an e-mail address', () => {
    expect(
      items('## Action items\n- [ ] A (owner: TODO)\n- [ ] B for @acme/payments\n- [ ] C, ask ops@example.com\n'),
    ).toEqual([
      { text: 'A', owner: null, done: false },
      { text: 'B for @acme/payments', owner: null, done: false },
      { text: 'C, ask ops@example.com', owner: null, done: false },
    ]);
  });

  test('a zero-width space Firebreak put after an "@" does not hide the owner', () => {
    expect(items('## Action items\n- [ ] Fix it (@\u200Balice)\n')).toEqual([
      { text: 'Fix it', owner: 'alice', done: false },
    ]);
  });

  test('checklists in other sections and in code blocks are not action items', () => {
    expect(
      items(
        '## What went well\n- [ ] not an item (@x)\n## Action items\n```\n- [ ] quoted (@y)\n```\n- [ ] real (@z)\n### Notes\n- [ ] sub-section (@w)\n## Blameless review\n- [ ] no (@v)\n',
      ),
    ).toEqual([{ text: 'real', owner: 'z', done: false }]);
  });

  test('the heading may be any level and case: "### action items:"', () => {
    expect(items('### action items:\n- [ ] x (@a)\n')).toEqual([{ text: 'x', owner: 'a', done: false }]);
  });
});

describe('front matter is read safely', () => {
  test('YAML 1.2 through the yaml package: no dates, no octal', () => {
    const parsed = parsePostmortem('---\ndetected: 2026-03-02T10:00:00Z\ncode: 010\n---\nbody\n');
    expect(parsed.frontMatter).toEqual({ detected: '2026-03-02T10:00:00Z', code: 10 });
    expect(parsed.body).toBe('body\n');
    expect(parsed.bodyLine).toBe(5);
  });

  test.each(['js', 'javascript', 'json', 'coffee'])('"---%s" front matter is refused, never evaluated', (language) => {
    const text = `---${language}\n{ incident: (globalThis.pwned = 1) }\n---\nbody\n`;
    expect(() => parsePostmortem(text)).toThrow(PostmortemFormatError);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test('invalid YAML is a format error at its line', () => {
    try {
      parsePostmortem('---\nincident: 42\ntitle: [unclosed\n---\nbody\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PostmortemFormatError);
      expect((error as PostmortemFormatError).message).toMatch(/not valid YAML/);
      expect((error as PostmortemFormatError).line).toBeGreaterThanOrEqual(3);
    }
  });

  test('front matter that is a list, not a mapping, is refused', () => {
    expect(() => parsePostmortem('---\n- a\n- b\n---\nbody')).toThrow(/mapping/);
  });

  test('unclosed front matter and a closing line with more than "---" are refused', () => {
    expect(() => parsePostmortem('---\nincident: 42\n')).toThrow(/not closed/);
    expect(() => parsePostmortem('---\nincident: 42\n--- x\nbody')).toThrow(/"---" alone/);
  });

  test('a file without front matter has frontMatter null and its body from line 1', () => {
    const parsed = parsePostmortem('# Postmortem\n\n## Action items\n- [ ] x (@a)\n');
    expect(parsed.frontMatter).toBeNull();
    expect(parsed.actionItems[0]?.line).toBe(4);
  });

  test('Windows line endings and a byte-order mark read the same', () => {
    const unix = parsePostmortem(`${FRONT}## Action items\n- [ ] x (@a)\n`);
    const windows = parsePostmortem(`\uFEFF${FRONT}## Action items\n- [ ] x (@a)\n`.replace(/\n/g, '\r\n'));
    expect(windows).toEqual(unix);
  });

  test('two reads of the same text do not share data (gray-matter caches by input otherwise)', () => {
    const a = parsePostmortem(fixture('good.md'));
    (a.frontMatter as Record<string, unknown>).title = 'changed';
    expect(parsePostmortem(fixture('good.md')).frontMatter?.title).toBe('Checkout fails for EU customers');
  });
});
