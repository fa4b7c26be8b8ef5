// Section headings of a rendered form body: GitHub writes every answer under "### <label>". People edit
// bodies, so a heading still names its field when it differs from the label only in case, punctuation,
// emoji, spacing or an "(optional)" note.
import type { FormField } from './types.js';

const HEADING = /^ {0,3}###(?=[ \t]|$)(.*)$/;

/** The text of a level-3 ATX heading line ("### Label", closing #s removed), or null for any other line. */
export function headingText(line: string): string | null {
  const match = HEADING.exec(line);
  if (!match) return null;
  return (match[1] as string)
    .trim()
    .replace(/(^|[ \t]+)#+$/, '')
    .trim();
}

/** What is left of a label once case, emoji, punctuation and "(optional)"/"(required)" notes are dropped. */
export function looseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\((?:optional|required)\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type HeadingMatch = { field: FormField; duplicate: boolean } | null;

/**
 * The field a heading names. An exact label beats a loose match; a field whose section was already
 * found is only returned (as a duplicate) when no other field matches.
 */
export function matchHeading(heading: string, fields: readonly FormField[], found: ReadonlySet<string>): HeadingMatch {
  const loose = looseLabel(heading);
  const exact = fields.filter((field) => field.label === heading);
  const similar =
    loose === '' ? [] : fields.filter((field) => field.label !== heading && looseLabel(field.label) === loose);
  const candidates = [...exact, ...similar];
  const fresh = candidates.find((field) => !found.has(field.key));
  if (fresh) return { field: fresh, duplicate: false };
  return candidates[0] ? { field: candidates[0], duplicate: true } : null;
}
