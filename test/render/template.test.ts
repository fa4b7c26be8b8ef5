// Loading a template file: gray-matter only through safe engines, front matter validated, mustache checked.
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { parseTemplate, TemplateError } from '../../src/render/template.js';

const good = `---
name: status-update
description: A status update.
when: On /update.
variables: [incident, note]
---
Update: {{note}}
`;

describe('parseTemplate', () => {
  test('reads name, description, when, variables and the body', () => {
    const t = parseTemplate(good, 'templates/status-update.md');
    expect(t).toMatchObject({
      name: 'status-update',
      description: 'A status update.',
      when: 'On /update.',
      variables: ['incident', 'note'],
      body: 'Update: {{note}}\n',
      source: 'templates/status-update.md',
      warnings: [],
    });
  });

  test('CRLF files and a byte-order mark are fine', () => {
    expect(parseTemplate('\uFEFF' + good.replace(/\n/g, '\r\n'), 'x.md').body).toBe('Update: {{note}}\n');
  });

  test('---js front matter is refused and never evaluated', () => {
    (globalThis as Record<string, unknown>).pwned = false;
    const evil = '---js\n{ name: (globalThis.pwned = true, "x"), description: "d" }\n---\nbody';
    expect(() => parseTemplate(evil, 'evil.md')).toThrow(/front matter in "js" is not allowed/);
    expect((globalThis as Record<string, unknown>).pwned).toBe(false);
    expect(() => parseTemplate(evil.replace('---js', '---javascript'), 'evil.md')).toThrow(TemplateError);
    expect(() => parseTemplate(evil.replace('---js', '---coffee'), 'evil.md')).toThrow(TemplateError);
  });

  test('front matter is YAML 1.2 via the yaml package: a date stays the text it is (js-yaml would make a Date)', () => {
    const t = parseTemplate('---\nname: x\ndescription: 2026-03-02\n---\nbody', 'x.md');
    expect(t.description).toBe('2026-03-02');
  });

  test("gray-matter's shared cache is not used: results never leak between calls", () => {
    const before = Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length;
    parseTemplate(good, 'a.md');
    parseTemplate(good, 'b.md');
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length).toBe(before);
    const a = parseTemplate(good, 'a.md');
    (a.variables as string[]).push('mutated');
    expect(parseTemplate(good, 'b.md').variables).toEqual(['incident', 'note']);
  });

  test.each([
    ['no front matter', 'just a body', /missing front matter/],
    ['front matter never closed', '---\nname: x\ndescription: y\nbody', /not closed/],
    ['not YAML', '---\nname: [x\ndescription: y\n---\nbody', /not valid YAML/],
    ['a list', '---\n- a\n---\nbody', /must be a mapping/],
    ['no name', '---\ndescription: y\n---\nbody', /"name"/],
    ['no description', '---\nname: x\n---\nbody', /"description"/],
    ['variables not a list of keys', '---\nname: x\ndescription: y\nvariables: "a, b"\n---\nbody', /"variables"/],
    ['unclosed section', '---\nname: x\ndescription: y\n---\nline\n{{#open}}never closed', /mustache syntax/],
    ['partials', '---\nname: x\ndescription: y\n---\n{{> header}}', /partials/],
    ['a forged marker', '---\nname: x\ndescription: y\n---\n<!-- firebreak:v1 {"v":1} -->', /cannot contain/],
    [
      'an owned-region marker with more in it',
      '---\nname: x\ndescription: y\n---\n<!-- firebreak:owned timeline {"v":1} -->',
      /cannot contain/,
    ],
  ])('%s is a clear error', (_, text, message) => {
    expect(() => parseTemplate(text, '.github/firebreak/templates/x.md')).toThrow(message);
  });

  test('owned-region markers (a postmortem template marks what Firebreak keeps up to date) are allowed', () => {
    const text =
      '---\nname: x\ndescription: y\n---\n<!-- firebreak:owned timeline -->\n{{x}}\n<!-- /firebreak:owned -->\n';
    expect(parseTemplate(text, 'x.md').body).toContain('<!-- firebreak:owned timeline -->');
  });

  test('errors name the file and the line', () => {
    try {
      parseTemplate('---\nname: x\ndescription: y\n---\nline one\n{{#open}}never closed', 'tpl/x.md');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).message).toMatch(/^tpl\/x\.md:\d+: mustache syntax/);
      expect((error as TemplateError).line).toBeGreaterThanOrEqual(5);
    }
  });

  test('unknown front matter keys are warnings', () => {
    expect(parseTemplate('---\nname: x\ndescription: y\ncolour: red\n---\nbody', 'x.md').warnings).toEqual([
      'x.md: unknown front matter key "colour" ignored',
    ]);
  });
});
