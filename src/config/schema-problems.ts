// Turns ajv's errors into problems a person can act on: in the YAML's own words, at the key's line, with the
// keys that are allowed and the nearest one to a typo.
import type { ErrorObject } from 'ajv';
import { closest, didYouMean } from './closest-key.js';
import type { PathProblem } from './path-problem.js';
import type { PathSegment } from './problems.js';

type Schema = Record<string, unknown>;

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: '~ (to remove the default entry)',
};

/** Keywords whose ajv wording is replaced by the schema's own `errorMessage`, where it has one. */
const VALUE_KEYWORDS = new Set(['pattern', 'format', 'oneOf', 'anyOf', 'not', 'type']);

export function schemaProblems(errors: readonly ErrorObject[], data: unknown, fileName: string): PathProblem[] {
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const relevant = relevantErrors(errors);
  // `{hour: 12}` is one typo, not also a missing `hours`: the unknown-key message already suggests it.
  const suggested = new Set(
    relevant
      .filter((error) => error.keyword === 'additionalProperties')
      .map((error) => {
        const allowed = Object.keys(((error.parentSchema as Schema | undefined)?.properties ?? {}) as Schema);
        return `${error.instancePath}/${closest(String((error.params as Record<string, unknown>).additionalProperty), allowed) ?? ''}`;
      }),
  );
  for (const error of relevant) {
    if (
      error.keyword === 'required' &&
      suggested.has(`${error.instancePath}/${String((error.params as Record<string, unknown>).missingProperty)}`)
    )
      continue;
    const problem = describe(error, errors, data, fileName);
    const key = `${problem.segments.join('\u0000')}|${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

/**
 * Drops the noise ajv produces: the inner errors of `propertyNames` (the outer one says it better), `if`
 * (its `then` reports), and the branches of a failed oneOf/anyOf. When exactly one branch has the value's
 * type (a mapping given to "daily | weekly | {hours}"), that branch's errors are the useful ones and replace
 * the "must match one schema" error; otherwise the schema's errorMessage stands alone. Branch errors are
 * recognised by schema path, which is why the schema keeps `$ref` out of oneOf/anyOf branches.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  // A key that fails `propertyNames` also fails the key's own schema, reported at the same mapping (with
  // `propertyName` set when ajv inlined that schema, without it when it called a referenced one).
  const badKeys = new Set(
    errors.filter((error) => error.keyword === 'propertyNames').map((error) => error.instancePath),
  );
  for (const error of errors) {
    const keyNoise = error.keyword !== 'propertyNames' && badKeys.has(error.instancePath);
    if (error.propertyName !== undefined || keyNoise || error.keyword === 'if') dropped.add(error);
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const branches = ((error.parentSchema as Schema | undefined)?.[error.keyword] ?? []) as Schema[];
    const candidates = branches.flatMap((branch, index) => (typeAccepts(branch, error.data) ? [index] : []));
    const keep = candidates.length === 1 ? `${error.schemaPath}/${candidates[0]}/` : undefined;
    if (keep !== undefined) dropped.add(error);
    for (const other of errors) {
      const within =
        other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`);
      const nested = within && other.schemaPath.startsWith(`${error.schemaPath}/`);
      if (nested && (keep === undefined || !other.schemaPath.startsWith(keep))) dropped.add(other);
    }
  }
  return errors.filter((error) => !dropped.has(error));
}

function typeAccepts(branch: Schema, value: unknown): boolean {
  const declared = branch.type;
  if (declared === undefined) return false;
  const types = Array.isArray(declared) ? (declared as string[]) : [declared as string];
  return types.includes(jsonType(value)) || (types.includes('number') && jsonType(value) === 'integer');
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function describe(error: ErrorObject, all: readonly ErrorObject[], data: unknown, fileName: string): PathProblem {
  const segments = pointerToSegments(error.instancePath, data);
  const parent = (error.parentSchema ?? {}) as Schema;
  const params = error.params as Record<string, unknown>;
  const custom =
    typeof parent.errorMessage === 'string' && VALUE_KEYWORDS.has(error.keyword) ? parent.errorMessage : undefined;
  const problem = (
    message: string,
    at: PathSegment[] = segments,
    anchor: PathProblem['anchor'] = 'value',
  ): PathProblem => ({
    severity: 'error',
    segments: at,
    anchor,
    message,
  });

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as Schema);
      return problem(unknownKey(key, allowed), [...segments, key], 'key');
    }
    case 'propertyNames': {
      // The key's own failure (reported beside this one, its data being the key) says what keys may be.
      const key = String(params.propertyName);
      const cause = all.find(
        (other) => other !== error && other.instancePath === error.instancePath && other.data === key,
      );
      const allowed =
        cause?.keyword === 'enum' ? ((cause.params as Record<string, unknown>).allowedValues as string[]) : undefined;
      if (allowed !== undefined) return problem(unknownKey(key, allowed), [...segments, key], 'key');
      const why = (cause?.parentSchema as Schema | undefined)?.errorMessage;
      return problem(
        `\`${key}\` ${typeof why === 'string' ? why : 'is not an allowed key'}`,
        [...segments, key],
        'key',
      );
    }
    case 'required':
      return problem(
        `missing required key \`${String(params.missingProperty)}\``,
        [...segments, String(params.missingProperty)],
        'key',
      );
    case 'dependencies':
      return problem(
        `\`${String(params.property)}\` is only allowed together with \`${String(params.missingProperty)}\``,
        [...segments, String(params.property)],
        'key',
      );
    case 'type': {
      if (segments.length === 0)
        return problem(`${fileName} must be a mapping of settings (severities:, rotations:, policies:, …)`);
      const types = String(params.type).split(',');
      const message =
        custom !== undefined && parent.type !== 'object'
          ? custom
          : `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
      // YAML 1.2 reads 502, 5319e7 and true as a number or a boolean; text like that needs quotes.
      const read = typeof error.data;
      if (types.includes('string') && (read === 'number' || read === 'boolean')) {
        return {
          ...problem(message),
          unquoted: { as: read, ...(typeof parent.pattern === 'string' ? { pattern: parent.pattern } : {}) },
        };
      }
      return problem(message);
    }
    case 'enum': {
      const allowed = ((params.allowedValues ?? []) as unknown[]).map(String);
      return problem(
        `must be one of: ${allowed.join(', ')}${typeof error.data === 'string' ? didYouMean(error.data, allowed) : ''}`,
      );
    }
    case 'const':
      return problem(`must be ${String(params.allowedValue)}`);
    case 'minLength':
      return problem(
        params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`,
      );
    case 'maxLength':
      return problem(
        `must be at most ${String(params.limit)} characters long (it has ${String((error.data as string).length)})`,
      );
    case 'minItems':
      return problem(
        params.limit === 1 ? 'must list at least one item' : `must list at least ${String(params.limit)} items`,
      );
    case 'uniqueItems':
      return problem(`lists ${JSON.stringify((error.data as unknown[])[params.i as number])} twice`, [
        ...segments,
        params.i as number,
      ]);
    case 'minimum':
    case 'maximum':
      return problem(`must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`);
    default:
      return problem(custom ?? error.message ?? `fails the schema's ${error.keyword} rule`);
  }
}

function unknownKey(key: string, allowed: readonly string[]): string {
  return `unknown key \`${key}\`${didYouMean(key, allowed)}; allowed keys: ${allowed.join(', ')}`;
}

/** "/rotations/web/layers/0" → ['rotations', 'web', 'layers', 0]: list indexes become numbers, map keys stay text. */
export function pointerToSegments(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) ? Number(token) : token;
    segments.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
  }
  return segments;
}
