// Reading a postmortem file back: its front matter (gray-matter, but only ever through the `yaml` package —
// by default gray-matter evals `---js` front matter, reads YAML 1.1 and caches by input) and the action
// items of its "Action items" section, `- [ ] text (@owner)` or `- [x] …`.
import matter from 'gray-matter';
import YAML from 'yaml';
import { bodyLines, sameSection, type BodyLine } from './sections.js';

export const ACTION_ITEMS_SECTION = 'Action items';

export interface PostmortemActionItem {
  /** The item without its checkbox and its "(@owner)" / "(owner: TODO)" note. */
  text: string;
  /** GitHub login; null when the line names nobody. */
  owner: string | null;
  done: boolean;
  /** 1-based line in the file. */
  line: number;
}

export interface ParsedPostmortem {
  /** The front matter as data; null when the file has none. */
  frontMatter: Record<string, unknown> | null;
  /** The front matter as written (for locating problems), '' when none. */
  frontMatterText: string;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  /** True when the body has an "Action items" heading. */
  hasActionItems: boolean;
  actionItems: PostmortemActionItem[];
}

export class PostmortemFormatError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'PostmortemFormatError';
  }
}

function refuse(language: string): () => never {
  return () => {
    throw new PostmortemFormatError(
      `"${language}" front matter is not allowed (it would run code); use YAML between "---" lines`,
      1,
    );
  };
}

/** Throws PostmortemFormatError when the front matter cannot be read (bad YAML, `---js`, not a mapping). */
export function parsePostmortem(text: string): ParsedPostmortem {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n');
  const opening = /^---([A-Za-z]*)[ \t]*$/.exec(lines[0] ?? '');
  if (!opening) return withBody(null, '', normalised, 1);
  // gray-matter ends the front matter at the first line that starts with "---"; so do we, and insist that
  // line is the delimiter alone, so the data we read and the body we lint come from the same split.
  const closing = lines.findIndex((line, i) => i > 0 && line.startsWith('---'));
  if (closing < 0) throw new PostmortemFormatError('the front matter is not closed: add a line "---" after it', 1);
  if (!/^---[ \t]*$/.test(lines[closing]!)) {
    throw new PostmortemFormatError('the line that closes the front matter must be "---" alone', closing + 1);
  }

  const frontMatterText = lines.slice(1, closing).join('\n');
  let data: unknown;
  try {
    data = matter(lines.slice(0, closing + 1).join('\n') + '\n', {
      language: 'yaml',
      engines: {
        yaml: (input: string): object => readYaml(input),
        javascript: refuse('javascript'),
        js: refuse('js'),
        json: refuse('json'),
        coffee: refuse('coffee'),
        coffeescript: refuse('coffeescript'),
      },
    }).data;
  } catch (error) {
    if (error instanceof PostmortemFormatError) throw error;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PostmortemFormatError(`the front matter cannot be read: ${message}`, 1);
  }
  return withBody(
    { ...(data as Record<string, unknown>) },
    frontMatterText,
    lines.slice(closing + 1).join('\n'),
    closing + 2,
  );
}

function readYaml(input: string): object {
  let value: unknown;
  try {
    value = YAML.parse(input);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    // +1: the front matter starts on the file's second line.
    throw new PostmortemFormatError(
      `the front matter is not valid YAML: ${message}`,
      line === undefined ? 1 : line + 1,
    );
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new PostmortemFormatError('the front matter must be a mapping of keys to values (incident: 42, title: …)', 2);
  }
  return value;
}

function withBody(
  frontMatter: Record<string, unknown> | null,
  frontMatterText: string,
  body: string,
  bodyLine: number,
): ParsedPostmortem {
  const lines = bodyLines(body, bodyLine);
  const section = lines.filter((l) => !l.inCode && !l.heading && sameSection(l.section, ACTION_ITEMS_SECTION));
  return {
    frontMatter,
    frontMatterText,
    body,
    bodyLine,
    hasActionItems: lines.some((l) => l.heading && !l.inCode && sameSection(l.section, ACTION_ITEMS_SECTION)),
    actionItems: section.map(actionItem).filter((item): item is PostmortemActionItem => item !== null),
  };
}

const CHECKBOX = /^\s*[-*+][ \t]+\[([ xX])\][ \t]+(.*)$/;
// A login GitHub could assign: not part of an e-mail address, not an org/team.
const LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const OWNER_NOTE = new RegExp(`\\s*\\((?:owner:\\s*)?@(${LOGIN})\\)\\s*$`, 'i');
const NO_OWNER_NOTE = /\s*\(owner:[^)@]*\)\s*$/i;
const MENTION = new RegExp(`(?<![A-Za-z0-9_\`])@(${LOGIN})(?![A-Za-z0-9-]|/[A-Za-z0-9])`);

function actionItem(line: BodyLine): PostmortemActionItem | null {
  const match = CHECKBOX.exec(line.text.replace(/\u200B/g, ''));
  if (!match) return null;
  const done = match[1] !== ' ';
  let text = match[2]!.trim();
  let owner: string | null = null;
  const note = OWNER_NOTE.exec(text);
  if (note) {
    owner = note[1]!;
    text = text.slice(0, note.index);
  } else {
    text = text.replace(NO_OWNER_NOTE, '');
    owner = MENTION.exec(text)?.[1] ?? null;
  }
  return { text: text.trim(), owner, done, line: line.line };
}
