// Walks schemas/config.schema.json and lists every key path a user can write, in the notation
// docs/configuration.md uses: maps keyed by id as `<id>`, list items as `[]` — `rotations.<id>.layers[].handoff`.
import schema from '../../schemas/config.schema.json' with { type: 'json' };

export type Schema = Record<string, unknown>;

export interface SchemaProperty {
  path: string;
  schema: Schema;
  /** The property's schema after following its $ref. */
  resolved: Schema;
}

export const CONFIG_SCHEMA = schema as unknown as Schema;
const definitions = (schema as unknown as { definitions: Record<string, Schema> }).definitions;

export function resolveRef(node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = definitions[ref.replace('#/definitions/', '')];
  if (target === undefined) throw new Error(`unresolved ${ref}`);
  return { ...resolveRef(target), ...node, $ref: undefined };
}

/** Definitions with keys of their own that the schema uses in several places (a label): documented once, as a type. */
export function sharedTypes(): string[] {
  const uses = new Map<string, number>();
  JSON.stringify(schema, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') uses.set(value, (uses.get(value) ?? 0) + 1);
    return value;
  });
  return Object.entries(definitions)
    .filter(([name, definition]) => definition.properties !== undefined && (uses.get(`#/definitions/${name}`) ?? 0) > 1)
    .map(([name]) => name);
}

/**
 * Every property path, parents before children. The keys of a shared type are listed once under the type's
 * name (`<label>.color`), not under every key that uses it.
 */
export function schemaProperties(): SchemaProperty[] {
  const out: SchemaProperty[] = [];
  const shared = new Set(sharedTypes().map((name) => `#/definitions/${name}`));
  const visit = (node: Schema, prefix: string, seen: Set<string>): void => {
    const resolved = resolveRef(node);
    const ref = node.$ref as string | undefined;
    if (ref !== undefined && seen.has(ref)) return;
    if (ref !== undefined && shared.has(ref) && prefix !== `<${ref.replace('#/definitions/', '')}>`) return;
    const inner = ref === undefined ? seen : new Set([...seen, ref]);
    for (const [key, child] of Object.entries((resolved.properties ?? {}) as Record<string, Schema>)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      out.push({ path, schema: child, resolved: resolveRef(child) });
      visit(child, path, inner);
    }
    const additional = resolved.additionalProperties;
    if (additional !== undefined && typeof additional === 'object') {
      const names = resolveRef((resolved.propertyNames ?? {}) as Schema);
      const placeholder = `<${String(names.title ?? 'key')}>`;
      const path = `${prefix}.${placeholder}`;
      out.push({ path, schema: additional as Schema, resolved: resolveRef(additional as Schema) });
      visit(additional as Schema, path, inner);
    }
    if (resolved.items !== undefined) visit(resolved.items as Schema, `${prefix}[]`, inner);
    for (const branch of [...((resolved.oneOf ?? []) as Schema[]), ...((resolved.anyOf ?? []) as Schema[])])
      visit(branch, prefix, inner);
  };
  visit(CONFIG_SCHEMA, '', new Set());
  for (const ref of shared) visit({ $ref: ref }, `<${ref.replace('#/definitions/', '')}>`, new Set());
  return out;
}
