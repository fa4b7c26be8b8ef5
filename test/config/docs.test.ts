// docs/configuration.md and schemas/config.schema.json describe the same keys; the examples in the docs load.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { formatProblems } from '../../src/config/problems.js';
import { CONFIG_SCHEMA, resolveRef, schemaProperties, sharedTypes, type Schema } from './schema-walk.js';

const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');

/** Keys documented as "#### `path`" headings. */
const documented = [...docs.matchAll(/^#{3,5} `([^`]+)`\s*$/gm)].map((m) => m[1]!);

/** The fenced yaml block that follows a "## heading". */
function exampleAfter(heading: string): string {
  const at = docs.indexOf(`\n## ${heading}\n`);
  expect(at, heading).toBeGreaterThan(0);
  const block = /```yaml\n([\s\S]*?)```/.exec(docs.slice(at));
  return block![1]!;
}

/** Every key path the YAML uses, in the schema-walk notation. */
function pathsUsed(node: Schema, data: unknown, prefix: string, out: Set<string>): Set<string> {
  const schema = resolveRef(node);
  if (Array.isArray(data)) {
    if (schema.items !== undefined)
      for (const item of data) pathsUsed(schema.items as Schema, item, `${prefix}[]`, out);
    return out;
  }
  if (data === null || typeof data !== 'object') return out;
  const alternatives = [...((schema.oneOf ?? []) as Schema[])].filter((branch) => resolveRef(branch).type === 'object');
  const objectSchema = alternatives.length > 0 ? resolveRef(alternatives[0]!) : schema;
  const shared = node.$ref !== undefined && sharedTypes().includes(String(node.$ref).replace('#/definitions/', ''));
  const base = shared ? `<${String(node.$ref).replace('#/definitions/', '')}>` : prefix;
  for (const [key, value] of Object.entries(data)) {
    const properties = (objectSchema.properties ?? {}) as Record<string, Schema>;
    if (properties[key] !== undefined) {
      const path = base === '' ? key : `${base}.${key}`;
      out.add(path);
      pathsUsed(properties[key], value, path, out);
    } else if (typeof objectSchema.additionalProperties === 'object') {
      const names = resolveRef((objectSchema.propertyNames ?? {}) as Schema);
      const path = `${base}.<${String(names.title ?? 'key')}>`;
      out.add(path);
      pathsUsed(objectSchema.additionalProperties as Schema, value, path, out);
    }
  }
  return out;
}

describe('docs/configuration.md', () => {
  const paths = schemaProperties().map((p) => p.path);

  it('documents every key of the schema', () => {
    expect(paths.filter((path) => !documented.includes(path))).toEqual([]);
  });

  it('documents no key the schema does not have', () => {
    expect(documented.filter((path) => !paths.includes(path))).toEqual([]);
  });

  it('documents each key once, with its type, default or example', () => {
    expect(documented.length).toBe(new Set(documented).size);
    for (const path of documented) {
      const entry = docs.slice(docs.indexOf(`\`${path}\`\n`)).split('\n')[1]!;
      expect(entry, path).toMatch(/^\*[^*]+\* · .*example/);
    }
  });

  it('has a full example that loads without a single problem and uses every key', () => {
    const text = exampleAfter('A full example');
    const loaded = loadConfig(text, 'example.yml');
    expect(formatProblems(loaded.problems, 'example.yml')).toBe('');
    expect(loaded.usingDefaults).toBe(false);
    const used = pathsUsed(CONFIG_SCHEMA, parse(text), '', new Set());
    expect(paths.filter((path) => !used.has(path))).toEqual([]);
  });

  it('writes out exactly the defaults', () => {
    const loaded = loadConfig(exampleAfter('The defaults, written out'), 'defaults.yml');
    expect(formatProblems(loaded.problems, 'defaults.yml')).toBe('');
    expect(loaded.config).toEqual(defaultConfig());
  });
});

describe('schemas/config.schema.json', () => {
  it('describes every key', () => {
    const missing = schemaProperties().filter(
      (p) => typeof p.schema.description !== 'string' && typeof p.resolved.description !== 'string',
    );
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  it('spells every key in kebab-case (severity and command names as GitHub users type them)', () => {
    const keys = schemaProperties().map((p) => p.path.split('.').at(-1)!.replace('[]', ''));
    expect(keys.filter((key) => !/^(?:<[a-z]+>|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/.test(key))).toEqual([]);
  });

  it('closes every mapping, so a typo is an error rather than silently ignored', () => {
    const open: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${where}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const schema = node as Schema;
      if (schema.properties !== undefined && schema.additionalProperties !== false) open.push(where);
      if (
        schema.type === 'object' &&
        schema.properties === undefined &&
        typeof schema.additionalProperties !== 'object'
      )
        open.push(where);
      for (const [key, child] of Object.entries(schema)) if (key !== 'enum') visit(child, `${where}/${key}`);
    };
    visit(CONFIG_SCHEMA, '#');
    // `if` schemas only test a value; they do not define the mapping.
    expect(open.filter((where) => !where.includes('/if'))).toEqual([]);
  });

  it('has no $ref inside oneOf/anyOf branches (the error mapper tells branches apart by schema path)', () => {
    const text = JSON.stringify(CONFIG_SCHEMA);
    for (const match of text.matchAll(/"(?:oneOf|anyOf)":(\[.*?\])(?=,"|\})/g))
      expect(match[1]).not.toContain('"$ref"');
  });
});
