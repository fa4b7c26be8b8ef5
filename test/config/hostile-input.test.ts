// Whatever a repository holds in .github/firebreak.yml, loading it never throws: it yields the configuration
// or problems with real positions, and a file with errors is never half-used.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { CONFIG_SCHEMA } from './schema-walk.js';

const TOP_KEYS = Object.keys(CONFIG_SCHEMA.properties as object);
const SEED = 20260302;

function expectSane(text: string): void {
  const loaded = loadConfig(text, 'fuzz.yml');
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const problem of loaded.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines + 1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  if (loaded.problems.some((p) => p.severity === 'error')) {
    expect(loaded.usingDefaults).toBe(true);
    expect(loaded.config).toEqual(defaultConfig());
  }
}

describe('hostile configuration files', () => {
  it('random text never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), expectSane), { seed: SEED, numRuns: 300 });
  });

  it('random YAML-looking text never throws', () => {
    const token = fc.constantFrom(
      ...TOP_KEYS,
      ':',
      ' ',
      '\n',
      '  ',
      '- ',
      '{',
      '}',
      '[',
      ']',
      ',',
      '&a',
      '*a',
      '!!binary',
      '~',
      'P0',
      '15m',
      '"',
      "'",
      '#',
      '---',
      '\t',
      '@',
      '\u0000',
      '\u202e',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((parts) => parts.join('')),
        expectSane,
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('any structure under the real keys never throws', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom(
            'id',
            'name',
            'layers',
            'steps',
            'targets',
            'after',
            'P1',
            'on-call',
            'default',
            'match',
            'keywords',
            'members',
          ),
          tie('node'),
          { maxKeys: 4 },
        ),
      ),
    })).node;
    const config = fc.dictionary(fc.constantFrom(...TOP_KEYS), value, { maxKeys: 5 });
    fc.assert(
      fc.property(config, (data) => expectSane(stringify(data))),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the full example from the docs, mangled, never throws', () => {
    const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    const example = parse(/## A full example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)![1]!) as unknown;
    const leaves: { path: (string | number)[]; value: unknown }[] = [];
    const collect = (node: unknown, path: (string | number)[]): void => {
      if (node !== null && typeof node === 'object')
        for (const [key, child] of Object.entries(node))
          collect(child, [...path, Array.isArray(node) ? Number(key) : key]);
      else leaves.push({ path, value: node });
    };
    collect(example, []);
    // Each edit puts another leaf's value (or null) at a path, or removes the key there: near-valid files
    // that reach the merge and the semantic checks, not just the schema.
    const edit = fc.record({
      at: fc.nat(leaves.length - 1),
      depth: fc.nat(4),
      from: fc.option(fc.nat(leaves.length - 1)),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
        const data = structuredClone(example) as Record<string, unknown>;
        for (const { at, depth, from, remove } of edits) {
          const path = leaves[at]!.path.slice(0, Math.max(1, leaves[at]!.path.length - depth));
          const parent = path
            .slice(0, -1)
            .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data) as
            | Record<string, unknown>
            | undefined;
          if (parent === undefined || parent === null || typeof parent !== 'object') continue;
          const key = String(path.at(-1));
          if (remove && !Array.isArray(parent)) delete parent[key];
          else parent[key] = from === null ? null : leaves[from]!.value;
        }
        expectSane(stringify(data));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
