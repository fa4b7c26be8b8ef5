// Keyword phrases matched as whole words, case-insensitively, in any script.

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * A pattern for `phrase`, or null for a blank phrase (which would otherwise match everything).
 * Words must stand alone: "all users" matches "ALL users!" but not "allusers" or "small users".
 * Between words any run of spaces, line breaks or dashes counts, so "all-users" and "all\nusers" match
 * too. A phrase edge that is not a letter or digit ("5xx", "C++") needs no boundary there.
 */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.normalize('NFKC').trim().split(/[\s\p{Pd}]+/u).filter((w) => w !== '');
  if (words.length === 0) return null;
  const body = words.map(escapeRegExp).join('[\\s\\p{Pd}]+');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const before = WORD_CHAR.test(Array.from(first)[0] ?? '') ? '(?<![\\p{L}\\p{M}\\p{N}_])' : '';
  const after = WORD_CHAR.test(Array.from(last).pop() ?? '') ? '(?![\\p{L}\\p{M}\\p{N}_])' : '';
  return new RegExp(`${before}${body}${after}`, 'iu');
}

/** The first phrase (in the given order) that occurs in `text`. */
export function findPhrase(text: string, phrases: readonly RegExpPhrase[]): string | null {
  const normalized = text.normalize('NFKC');
  for (const { phrase, pattern } of phrases) if (pattern.test(normalized)) return phrase;
  return null;
}

export interface RegExpPhrase {
  phrase: string;
  pattern: RegExp;
}

/** Compiled phrases; blank ones are dropped. */
export function compilePhrases(phrases: readonly string[]): RegExpPhrase[] {
  const compiled: RegExpPhrase[] = [];
  for (const phrase of phrases) {
    const pattern = typeof phrase === 'string' ? phrasePattern(phrase) : null;
    if (pattern) compiled.push({ phrase: phrase.trim(), pattern });
  }
  return compiled;
}
