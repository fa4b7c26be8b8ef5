// Keyword phrases matched as whole words, case-insensitively, in any script.

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

// Words must stand alone: "all users" matches "ALL users!" but not "allusers" or "small users". Between
// words any run of spaces, line breaks or dashes counts, so "all-users" and "all\nusers" match too. A
// phrase edge that is not a letter or digit ("5xx", "C++") needs no boundary there.

/** The first phrase (in the given order) that occurs in `text`. */
export function findPhrase(text: string, phrases: readonly CompiledPhrase[]): string | null {
  if (phrases.length === 0) return null;
  const haystack = fold(text);
  for (const { phrase, needle, open, close } of phrases) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      if (open && isWordChar(charBefore(haystack, at))) continue;
      if (close && isWordChar(charAt(haystack, at + needle.length))) continue;
      return phrase;
    }
  }
  return null;
}

/**
 * A phrase ready to search for: folded like the text (NFKC, lower case, every run of spaces, line breaks
 * or dashes one space), and whether its first and last characters need a word boundary. Plain string
 * search over folded text, with two character checks per hit: the Unicode-property regular expressions
 * this replaces cost tens of milliseconds to compile on every run.
 */
export interface CompiledPhrase {
  phrase: string;
  needle: string;
  open: boolean;
  close: boolean;
}

/** Compiled phrases; blank ones are dropped. */
export function compilePhrases(phrases: readonly string[]): CompiledPhrase[] {
  const compiled: CompiledPhrase[] = [];
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue;
    const needle = fold(phrase).trim();
    if (needle === '') continue;
    compiled.push({
      phrase: phrase.trim(),
      needle,
      open: isWordChar(charAt(needle, 0)),
      close: isWordChar(charBefore(needle, needle.length)),
    });
  }
  return compiled;
}

const SEPARATORS = /[\s\p{Pd}]+/gu;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ');
}

function isWordChar(char: string): boolean {
  return char !== '' && WORD_CHAR.test(char);
}

/** The whole character (surrogate pairs included) starting at `index`. */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The whole character ending just before `index`. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return charAt(text, start);
}
