// Splitting a template file into its front matter and its body, exactly as gray-matter 4 does with a
// single YAML engine and no excerpts (the way src/render/template.ts used it): the opening "---", an
// optional language word after it, the front matter up to the first line that starts with "---", and
// the body after that line. Written out here so that a run does not load gray-matter and js-yaml
// (about 50 KiB of JavaScript) for templates; test/render/front-matter-split.test.ts checks it
// against gray-matter on generated inputs.

const OPEN = '---';
const CLOSE = '\n---';
const YAML_NAMES = new Set(['yaml', 'yml']);

export interface SplitFrontMatter {
  /** What `parse` returned for the front matter, or {} when it is empty or only comments. */
  data: unknown;
  /** The body: everything after the closing delimiter's line. */
  content: string;
}

/**
 * `text` starts with "---" (without BOM); `parse` reads the raw front matter, including the line break
 * after the opening line. Text not starting with "---", or starting with "----", is all body; front
 * matter in a language other than YAML throws (as gray-matter did with the engines it was given).
 */
export function splitFrontMatter(text: string, parse: (matter: string) => unknown): SplitFrontMatter {
  if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === '-') return { data: {}, content: text };
  let rest = text.slice(OPEN.length);
  const length = rest.length;
  const language = rest.slice(0, rest.search(/\r?\n/));
  const name = language.trim();
  if (name !== '') rest = rest.slice(language.length);
  let close = rest.indexOf(CLOSE);
  if (close === -1) close = length;
  const matter = rest.slice(0, close);
  if (matter.replace(/^\s*#[^\n]+/gm, '').trim() === '') return { data: {}, content: body(rest, close, length) };
  if (name !== '' && !YAML_NAMES.has(name.toLowerCase())) {
    throw new Error(`front matter in "${name}" is not allowed; templates use YAML ("---")`);
  }
  return { data: parse(matter), content: body(rest, close, length) };
}

/** After the closing delimiter, less one line break. */
function body(rest: string, close: number, length: number): string {
  let content = close === length ? '' : rest.slice(close + CLOSE.length);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  return content;
}
