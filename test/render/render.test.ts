// The renderer reads the template around each value and escapes the value for where it lands.
import { describe, expect, test } from 'vitest';
import { ZWSP } from '../../src/text/mentions.js';
import { renderTemplate } from '../../src/render/render.js';
import { parseTemplate } from '../../src/render/template.js';
import { linesInCode, tableCells } from './hostile-views.js';

function render(body: string, view: object, options = {}): string {
  return renderTemplate(parseTemplate(`---\nname: t\ndescription: test\n---\n${body}`, 't.md'), view, options);
}

describe('placement of values', () => {
  test('triple mustache and {{& }} are escaped exactly like {{ }}', () => {
    const view = { x: '<b>@alice</b>' };
    expect(render('{{x}}|{{{x}}}|{{&x}}', view)).toBe(
      `&lt;b>@${ZWSP}alice&lt;/b>|&lt;b>@${ZWSP}alice&lt;/b>|&lt;b>@${ZWSP}alice&lt;/b>\n`,
    );
  });

  test('a multi-line value stays inside its list item and quote', () => {
    expect(render('- **Note:** {{x}}\n- next', { x: 'one\ntwo' })).toBe('- **Note:** one\n  two\n- next\n');
    expect(render('> {{x}}', { x: 'one\ntwo' })).toBe('> one\n> two\n');
  });

  test('in a heading or link text the value keeps to one line', () => {
    expect(render('## {{x}}\n\n[{{x}}]({{u}})', { x: 'a]\n# b', u: 'https://e.test/x' })).toBe(
      '## a] # b\n\n[a\\] # b](https://e.test/x)\n',
    );
  });

  test('inside a template code span, backticks and line breaks are replaced', () => {
    expect(render('run `{{x}}` now', { x: 'a`b\nc' })).toBe('run `a\u02CBb c` now\n');
  });

  test('a table row keeps its cells', () => {
    const out = render('| a | b |\n|---|---|\n| {{x}} | `{{x}}` |', { x: 'p|q\nr' });
    const row = out.split('\n')[2] ?? '';
    expect(tableCells(row)).toHaveLength(2);
    expect(row).toBe('| p\\|q<br>r | `p\\|q r` |');
  });

  test('the fence around a value grows longer than any fence inside it', () => {
    const out = render('```text\n{{x}}\n```\nafter', { x: '`````\n@bob <!--' });
    expect(out).toBe(`\`\`\`\`\`\`text\n\`\`\`\`\`\n@${ZWSP}bob <${ZWSP}!--\n\`\`\`\`\`\`\nafter\n`);
    expect(linesInCode(out)).toEqual(['`````', `@${ZWSP}bob <${ZWSP}!--`]);
  });

  test('a code block inside a list item keeps its indentation on every line', () => {
    expect(render('- log:\n  ```\n  {{x}}\n  ```', { x: 'a\nb' })).toBe('- log:\n  ```\n  a\n  b\n  ```\n');
  });

  test('mermaid labels are flattened', () => {
    expect(render('```mermaid\ntimeline\n    {{at}} : {{label}}\n```', { at: '10:15', label: 'a: b\n--> c' })).toBe(
      '```mermaid\ntimeline\n    10\uA78915 : a\uA789 b -\u203A c\n```\n',
    );
  });

  test('template text ending in "<" cannot be completed into a tag by the value', () => {
    expect(render('<{{x}}', { x: 'script>' })).toBe(`<${ZWSP}script>\n`);
    expect(render('<!-{{x}}', { x: '- firebreak:v1 {} -->' })).not.toContain('<!--');
  });
});

describe('the view is data', () => {
  test('functions in a view are dropped, so there are no lambdas', () => {
    const view = { x: () => '{{secret}}', secret: 'leaked', y: { toString: () => 'nope' } };
    expect(render('[{{x}}][{{#x}}in{{/x}}]', view)).toBe('[][]\n');
  });

  test('{{constructor}} and other inherited names find nothing', () => {
    expect(render('[{{constructor}}][{{toString}}][{{__proto__}}]', { a: 1 })).toBe('[][][]\n');
  });

  test('numbers and booleans render as they are; empty strings and 0 are falsy', () => {
    expect(
      render('{{n}} {{b}} {{#e}}E{{/e}}{{^e}}no e{{/e}} {{#z}}Z{{/z}}{{^z}}no z{{/z}}', {
        n: 42,
        b: true,
        e: '',
        z: 0,
      }),
    ).toBe('42 true no e no z\n');
  });

  test('objects that are not plain data are rendered as text', () => {
    expect(render('{{d}}', { d: new Date('2026-03-02T10:00:00Z') })).toMatch(/2026/);
  });
});

describe('limits', () => {
  test('a small limit shortens the longest value in a table cell with an inline note', () => {
    const out = render(
      '| a | b |\n|---|---|\n| {{short}} | {{long}} |',
      { short: 'keep me', long: 'w '.repeat(500) },
      { limit: 300 },
    );
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toMatch(/\| keep me \| (w )+ ?\(… truncated [\d,]+ characters; see the issue for the full text\) \|/);
  });

  test('a long value in a code block is cut inside the block', () => {
    const out = render('```\n{{x}}\n```\nend', { x: 'line\n'.repeat(500) }, { limit: 400 });
    expect(out.length).toBeLessThanOrEqual(400);
    expect(linesInCode(out).at(-1)).toMatch(/^… truncated [\d,]+ characters/);
    expect(out.endsWith('```\nend\n')).toBe(true);
  });
});
