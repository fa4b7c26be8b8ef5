// GitHub notifies "@login" and "@org/team" when the "@" starts the text or follows a character that is not
// a letter, digit or "_" (so "bob@example.com" is no mention). A zero-width space after the "@" keeps the
// text looking the same while GitHub no longer sees a mention; inside a link such as
// https://medium.com/@alice the "@" is percent-encoded instead, so the link still works.

export const ZWSP = '\u200B';

const CANDIDATE = /@([A-Za-z0-9][A-Za-z0-9-]*)(?:\/([A-Za-z0-9][A-Za-z0-9_-]*))?/g;
const URL_TOKEN = /https?:\/\/[^\s<>]+/gi;
const WORD_CHAR = /[A-Za-z0-9_]/;

/** Logins and org/team slugs that may be notified, lower-cased, without "@". */
export function mentionAllowList(handles: readonly string[] | undefined): ReadonlySet<string> {
  return new Set((handles ?? []).map((h) => h.trim().replace(/^@/, '').toLowerCase()).filter((h) => h !== ''));
}

/**
 * Neutralises every mention except allowed ones. A value's first character is treated as following a
 * boundary (we cannot see the template text before it), and a trailing "@" is neutralised too, in case the
 * template continues with letters.
 */
export function neutraliseMentions(text: string, allow: ReadonlySet<string>): string {
  const urls = [...text.matchAll(URL_TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let out = text.replace(CANDIDATE, (match: string, login: string, team: string | undefined, offset: number) => {
    const before = offset > 0 ? text.charAt(offset - 1) : '';
    if (WORD_CHAR.test(before)) return match;
    if (urls.some((u) => offset > u.start && offset < u.end)) return '%40' + match.slice(1);
    const handle = (team === undefined ? login : `${login}/${team}`).toLowerCase();
    if (allow.has(handle)) return match;
    return '@' + ZWSP + match.slice(1);
  });
  if (out.endsWith('@')) out += ZWSP;
  return out;
}

/** Mentions GitHub would notify in plain text, lower-cased (used by tests and by callers auditing output). */
export function findMentions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const before = match.index > 0 ? text.charAt(match.index - 1) : '';
    if (WORD_CHAR.test(before)) continue;
    const [, login = '', team] = match;
    found.push((team === undefined ? login : `${login}/${team}`).toLowerCase());
  }
  return found;
}
