// A template file: YAML front matter (name, description, when it is used, the view keys it uses) and a
// mustache body. The front matter is split off as gray-matter splits it (./front-matter-split.ts, which
// is tested against gray-matter) and read with the `yaml` package only: no `---js` front matter, no
// YAML 1.1 (010 → 8, dates → Date). gray-matter itself (with js-yaml) is not loaded for this.

import Mustache from 'mustache';
import YAML from 'yaml';
import { splitFrontMatter } from './front-matter-split.js';

export interface LoadedTemplate {
  readonly name: string;
  readonly description: string;
  /** When Firebreak posts it. */
  readonly when: string;
  /** Top-level view keys the body uses. */
  readonly variables: readonly string[];
  /** Mustache source. */
  readonly body: string;
  /** Where it came from: "templates/summary.md" or ".github/firebreak/templates/summary.md". */
  readonly source: string;
  /** Non-fatal findings (unknown front matter keys, variables the view does not have). */
  readonly warnings: readonly string[];
  /** For a repository override: the default to render instead if this one fails. */
  readonly fallback?: LoadedTemplate;
  /**
   * mustache's tokens for `renderableBody(body)`, when parsed ahead: the default templates' are parsed at
   * build time (scripts/generated/modules.ts), so a run renders them without mustache's parser.
   */
  readonly tokens?: readonly unknown[];
}

/** The body mustache renders: without U+E000 and U+E001, which delimit the renderer's placeholders. */
export function renderableBody(body: string): string {
  return body.replace(/[\uE000\uE001]/g, '');
}

/** mustache's tokens for a template's renderable body (what `tokens` holds when parsed ahead). */
export function mustacheTokens(body: string): unknown[] {
  return Mustache.parse(renderableBody(body)) as unknown[];
}

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly line?: number,
  ) {
    super(`${source}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'TemplateError';
  }
}

const NAME = /^[a-z][a-z0-9-]{0,63}$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KNOWN_KEYS = new Set(['name', 'description', 'when', 'variables']);

export function parseTemplate(text: string, source: string): LoadedTemplate {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n');
  const first = lines[0] ?? '';
  if (!/^---/.test(first)) {
    throw new TemplateError(
      'missing front matter: start the file with a line "---", then name and description',
      source,
      1,
    );
  }
  const language = first.slice(3).trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new TemplateError(`front matter in "${language}" is not allowed; templates use YAML ("---")`, source, 1);
  }
  const closing = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (closing < 0) throw new TemplateError('front matter is not closed: add a line "---" after it', source, 1);

  let data: unknown;
  let body: string;
  try {
    const parsed = splitFrontMatter(normalised, (input) => (YAML.parse(input) as unknown) ?? {});
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new TemplateError(
      `front matter is not valid YAML: ${firstLine(error)}`,
      source,
      line === undefined ? undefined : line + 1,
    );
  }

  const warnings: string[] = [];
  const fields = frontMatter(data, source, warnings);
  checkBody(body, source, closing + 2);
  return { ...fields, body, source, warnings };
}

function frontMatter(
  data: unknown,
  source: string,
  warnings: string[],
): { name: string; description: string; when: string; variables: string[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new TemplateError('front matter must be a mapping (name: …, description: …)', source, 2);
  }
  const record = data as Record<string, unknown>;
  const { name, description, when = '', variables = [] } = record;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new TemplateError('front matter "name" must be the template name, e.g. "status-update"', source);
  }
  if (typeof description !== 'string' || description.trim() === '') {
    throw new TemplateError('front matter "description" must be a non-empty string', source);
  }
  if (typeof when !== 'string') throw new TemplateError('front matter "when" must be a string', source);
  if (!Array.isArray(variables) || !variables.every((v): v is string => typeof v === 'string' && VARIABLE.test(v))) {
    throw new TemplateError('front matter "variables" must be a list of view keys, e.g. [incident, note]', source);
  }
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) warnings.push(`${source}: unknown front matter key "${key}" ignored`);
  }
  return { name, description: description.trim(), when: when.trim(), variables };
}

type Token = [string, string, number, number, Token[]?, number?];

function checkBody(body: string, source: string, firstBodyLine: number): void {
  const lineOf = (index: number): number => firstBodyLine + (body.slice(0, index).match(/\n/g)?.length ?? 0);
  // Markers are the renderer's job; a template that writes one could forge incident state. The one
  // exception carries no state: `<!-- firebreak:owned NAME -->` marks what a postmortem's owner is.
  const forged = /<!--\s*firebreak:(?!owned [a-z][a-z0-9-]{0,39} -->)/i.exec(body);
  if (forged) {
    throw new TemplateError(
      'templates cannot contain "<!-- firebreak:" markers; Firebreak adds them',
      source,
      lineOf(forged.index),
    );
  }
  let tokens: Token[];
  try {
    tokens = Mustache.parse(body) as Token[];
  } catch (error) {
    const at = /at (\d+)/.exec(firstLine(error))?.[1];
    throw new TemplateError(
      `mustache syntax: ${firstLine(error)}`,
      source,
      at === undefined ? undefined : lineOf(Number(at)),
    );
  }
  const walk = (list: Token[]): void => {
    for (const token of list) {
      if (token[0] === '>') {
        throw new TemplateError(`partials ({{> ${token[1]}}}) are not supported`, source, lineOf(token[2]));
      }
      if (token[4]) walk(token[4]);
    }
  };
  walk(tokens);
}

/** Names used outside any section (inside one, names may belong to the section's item). */
export function topLevelNames(body: string): string[] {
  const names = new Set<string>();
  for (const token of Mustache.parse(body) as Token[]) {
    const [kind, value] = token;
    if (['name', '&', '#', '^'].includes(kind) && value !== '.') names.add(value.split('.')[0] ?? value);
  }
  return [...names];
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** A bundled default must be named for its file and list every variable its body uses: a bug otherwise. */
export function checkDefaultTemplate(template: LoadedTemplate, name: string): void {
  if (template.name !== name) {
    throw new TemplateError(`front matter name "${template.name}" does not match the file name`, template.source);
  }
  const unlisted = topLevelNames(template.body).filter((v) => !template.variables.includes(v));
  if (unlisted.length > 0) {
    throw new TemplateError(`uses ${unlisted.join(', ')} but "variables" does not list them`, template.source);
  }
}
