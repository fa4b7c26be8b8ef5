// Checks front matter against schemas/postmortem.schema.json and words each finding for the person editing
// the file, at the line of the key it is about. Compiled on first use: only the lint and the merge need it.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import YAML, { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import schema from '../../../schemas/postmortem.schema.json' with { type: 'json' };
import { closest } from '../../config/closest-key.js';

// CommonJS: under NodeNext its default import is module.exports, which is the function itself.
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;

export interface FrontMatterProblem {
  /** 1-based line in the file (the front matter starts on line 2). */
  line: number;
  message: string;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ['date-time']);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(schema.properties);

/** Problems with the front matter; `text` is the front matter as written, for line numbers. */
export function frontMatterProblems(data: unknown, text = ''): FrontMatterProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const locate = locator(text);
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of validate.errors ?? []) {
    const key = `${error.instancePath}|${error.keyword === 'required' || error.keyword === 'additionalProperties' ? JSON.stringify(error.params) : ''}`;
    byPath.set(key, [...(byPath.get(key) ?? []), error]);
  }
  const problems: FrontMatterProblem[] = [];
  for (const errors of byPath.values()) {
    const first = errors[0]!;
    const path = first.instancePath.split('/').slice(1).map(decodePointer);
    problems.push({
      line: locate(
        path,
        first.keyword === 'additionalProperties'
          ? (first.params as { additionalProperty: string }).additionalProperty
          : undefined,
      ),
      message: describe(path, errors),
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function describe(path: string[], errors: ErrorObject[]): string {
  const where = path.length === 0 ? 'the front matter' : `\`${path.join('.')}\``;
  const first = errors[0]!;
  if (first.keyword === 'required') {
    const key = (first.params as { missingProperty: string }).missingProperty;
    return `${where} is missing \`${key}\``;
  }
  if (first.keyword === 'additionalProperties') {
    const key = (first.params as { additionalProperty: string }).additionalProperty;
    const guess = path.length === 0 ? closest(key, FRONT_MATTER_KEYS) : undefined;
    return `${where} has an unknown key \`${key}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}; keys of your own start with \`x-\``;
  }
  const nullable = errors.some((e) => e.keyword === 'type' && (e.params as { type: string }).type === 'null');
  const orNull = nullable ? ' or null' : '';
  const keywords = new Set(errors.map((e) => e.keyword));
  if (keywords.has('format')) return `${where} must be an ISO 8601 time such as 2026-03-02T10:00:00Z${orNull}`;
  if (keywords.has('enum'))
    return `${where} must be one of ${((first.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')}`;
  const pattern = errors.find((e) => e.keyword === 'pattern');
  if (pattern) {
    const login = (pattern.params as { pattern: string }).pattern.includes('{0,38}');
    return login ? `${where} must be a GitHub login without "@"${orNull}` : `${where} must be an http(s) URL${orNull}`;
  }
  const specific =
    errors.find(
      (e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && (e.params as { type: string }).type === 'null'),
    ) ?? first;
  return `${where} ${wording(specific)}${nullable ? orNull : ''}`;
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  object: 'a mapping of keys to values',
  null: 'null',
};

function wording(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ')}`;
    case 'minimum':
      return `must be at least ${String(params.limit)}`;
    case 'minLength':
      return 'must not be empty';
    case 'uniqueItems':
      return 'lists the same value twice';
    default:
      return error.message ?? 'is not valid';
  }
}

/** Finds the file line of a key path in the front matter text (line 1 is the opening "---"). */
function locator(text: string): (path: string[], childKey?: string) => number {
  const lineCounter = new LineCounter();
  let contents: Node | null = null;
  try {
    contents = YAML.parseDocument(text, { lineCounter }).contents as Node | null;
  } catch {
    contents = null;
  }
  const lineAt = (offset: number | undefined): number =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
  return (path, childKey) => {
    let node: unknown = contents;
    let line = 1;
    for (const segment of childKey === undefined ? path : [...path, childKey]) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
        if (!pair) break;
        line = lineAt((pair.key as Node | null)?.range?.[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (!item) break;
        line = lineAt((item as Node).range?.[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}
