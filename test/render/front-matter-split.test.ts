// splitFrontMatter must split a template file exactly as gray-matter (with the one YAML engine
// src/render/template.ts used to give it) does: the same data, the same body, the same errors.
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { splitFrontMatter } from '../../src/render/front-matter-split.js';

// Warnings off: generated YAML is mostly nonsense, and both sides see the same.
const yaml = (input: string): unknown => (YAML.parse(input, { logLevel: 'error' }) as unknown) ?? {};

function viaGrayMatter(text: string): { data: unknown; content: string } {
  const refuse = () => {
    throw new Error('not YAML');
  };
  const parsed = matter(text, {
    language: 'yaml',
    engines: { yaml: yaml as (input: string) => object, javascript: refuse, js: refuse, json: refuse, coffee: refuse },
  });
  return { data: parsed.data, content: parsed.content };
}

function outcome(split: () => { data: unknown; content: string }): unknown {
  try {
    return split();
  } catch (error) {
    // Both refuse a language other than YAML, in their own words; YAML errors are the yaml package's.
    const message = (error as Error).message;
    return { error: /not allowed|not registered/.test(message) ? 'not YAML' : message };
  }
}

const same = (text: string) =>
  expect(outcome(() => splitFrontMatter(text, yaml))).toEqual(outcome(() => viaGrayMatter(text)));

describe('splitFrontMatter', () => {
  it.each([
    '---\nname: summary\ndescription: d\n---\nbody {{x}}\n',
    '---yaml\nname: a\n---\nbody',
    '--- yml \nname: a\n---   \n\nbody',
    '---\n---\nbody',
    '---\n# only a comment\n---\nbody',
    '---\nname: a\n---more\nbody',
    '---\nname: a\n----\nbody\n---\nagain',
    '---\nname: [a\n---\nbody',
    '---\nname: a\n',
    '---\r\nname: a\r\n---\r\nbody',
    '----\nname: a\n---\nbody',
    'no front matter\n---\nx',
    '--- \nname: a\n---\nbody',
    '---\n  \n---\n',
  ])('splits %j as gray-matter does', (text) => same(text));

  it('agrees with gray-matter on generated files', () => {
    const line = fc.oneof(
      fc.constantFrom('---', '--- ', '----', '---x', '# note', 'name: a', 'description: b', 'x: [1', '', ' ', '\r'),
      fc.string({ maxLength: 12 }),
    );
    const file = fc
      .tuple(fc.constantFrom('---', '---yaml', '--- yml', '---  ', '----', 'text'), fc.array(line, { maxLength: 8 }))
      .map(([first, lines]) => [first, ...lines].join('\n'));
    fc.assert(
      fc.property(file, (text) => {
        same(text);
      }),
      { numRuns: 2000 },
    );
  });
});
