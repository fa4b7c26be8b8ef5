// What user text looks like after escaping, placement by placement.
import { describe, expect, test } from 'vitest';
import { escapeFor, escapeUserText, type Placement } from '../../src/text/escape.js';
import { findMentions, mentionAllowList, ZWSP } from '../../src/text/mentions.js';

const none = mentionAllowList([]);
const text: Placement = { kind: 'text', atLineStart: true, continuation: '', singleLine: false, linkText: false };

describe('mentions in user text do not notify anyone', () => {
  test('a login and a team read the same but are no longer mentions', () => {
    const out = escapeUserText('ping @alice and @acme/oncall now');
    expect(out).toBe(`ping @${ZWSP}alice and @${ZWSP}acme/oncall now`);
    expect(findMentions(out)).toEqual([]);
  });

  test('a command that names its target may notify exactly that target', () => {
    const out = escapeUserText('@alice please take over from @bob', { allowMentions: ['@alice'] });
    expect(findMentions(out)).toEqual(['alice']);
  });

  test('allowing a user does not allow a team of the same organisation', () => {
    expect(findMentions(escapeUserText('@acme/oncall', { allowMentions: ['acme'] }))).toEqual([]);
    expect(findMentions(escapeUserText('@acme/oncall', { allowMentions: ['acme/oncall'] }))).toEqual(['acme/oncall']);
  });

  test('e-mail addresses stay as typed; a link keeps working with the @ encoded', () => {
    expect(escapeUserText('mail ops@example.com')).toBe('mail ops@example.com');
    expect(escapeUserText('see https://medium.com/@alice/post')).toBe('see https://medium.com/%40alice/post');
  });

  test('entity and backslash tricks cannot spell a mention', () => {
    expect(findMentions(escapeUserText('&#64;alice'))).toEqual([]);
    expect(escapeUserText('&#64;alice')).toBe('&amp;#64;alice');
    expect(findMentions(escapeUserText('\\@alice'))).toEqual([]);
  });

  test('a trailing @ cannot join the template text after it', () => {
    expect(escapeUserText('mail me @')).toBe(`mail me @${ZWSP}`);
  });
});

describe('HTML in user text is shown, not rendered', () => {
  test('tags and comments are escaped in prose', () => {
    expect(escapeUserText('<script>alert(1)</script> <!-- firebreak:state {} -->')).toBe(
      '&lt;script>alert(1)&lt;/script> &lt;!-- firebreak:state {} -->',
    );
  });

  test('R&D and quotes stay readable', () => {
    expect(escapeUserText('R&D > ops')).toBe('R&D > ops');
  });

  test("inside the user's own code spans and blocks, text stays literal and still cannot open a tag", () => {
    expect(escapeUserText('use `Map<String>` here')).toBe(`use \`Map<${ZWSP}String>\` here`);
    expect(escapeUserText('```\n<!-- x -->\n```')).toBe(`\`\`\`\n<${ZWSP}!-- x -->\n\`\`\`\n`);
  });
});

describe('mustache tags in user text are plain text', () => {
  test('{{ survives unchanged', () => {
    expect(escapeUserText('{{#x}}{{/x}} {{{y}}}')).toBe('{{#x}}{{/x}} {{{y}}}');
  });
});

describe('user text cannot break the layout around it', () => {
  test('a code block the user leaves open is closed where the value ends', () => {
    expect(escapeUserText('logs:\n```\nerror')).toBe('logs:\n```\nerror\n```\n');
  });

  test('a table cell escapes pipes and keeps to one row', () => {
    expect(escapeFor('a | b\nnext line', { kind: 'table' }, none)).toBe('a \\| b<br>next line');
  });

  test('in a template code block the text stays literal (fence length is the renderer’s job)', () => {
    expect(escapeFor('<b>bold</b>\n@alice', { kind: 'code', continuation: '' }, none)).toBe(
      `<${ZWSP}b>bold<${ZWSP}/b>\n@${ZWSP}alice`,
    );
  });

  test('an inline code span gets no backticks and no line breaks', () => {
    expect(escapeFor('a`b\nc', { kind: 'codespan', inTable: true }, none)).toBe('a\u02CBb c');
  });

  test('link text keeps its brackets balanced, headings keep to one line', () => {
    expect(escapeFor('[EU] down]\nnow', { ...text, linkText: true }, none)).toBe('\\[EU\\] down\\] now');
    expect(escapeFor('title\n# injected', { ...text, singleLine: true }, none)).toBe('title # injected');
  });

  test('continuation lines stay inside the list item or quote', () => {
    expect(escapeFor('one\ntwo', { ...text, continuation: '> ' }, none)).toBe('one\n> two');
  });

  test('link targets accept http(s) and mailto only and cannot end the link early', () => {
    expect(escapeFor('javascript:alert(1)', { kind: 'url' }, none)).toBe('#');
    expect(escapeFor('https://x.example/a b)(c', { kind: 'url' }, none)).toBe('https://x.example/a%20b%29%28c');
  });

  test('mermaid labels lose the characters mermaid gives meaning to but still read the same', () => {
    expect(escapeFor('10:15 a;b #1 <x> "q"\nnext', { kind: 'mermaid' }, none)).toBe(
      "10\uA78915 a,b \uFF031 \u2039x\u203A 'q' next",
    );
  });

  test('after a template "@", only a real login or team is kept', () => {
    expect(escapeFor('acme/sre', { kind: 'handle' }, none)).toBe('acme/sre');
    expect(escapeFor('x <!-- y', { kind: 'handle' }, none)).toBe(`${ZWSP}x &lt;!-- y`);
  });

  test('control characters and bidirectional overrides are removed', () => {
    expect(escapeUserText('a\u0000b\u202Ec\r\nd')).toBe('abc\nd');
  });
});
