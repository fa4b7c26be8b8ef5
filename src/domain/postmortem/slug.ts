// Where a postmortem lives: docs/postmortems/<YYYY-MM-DD>-<slug>.md. The slug comes from the issue title,
// which anyone who can file an issue writes, so it is reduced to ASCII letters, digits and dashes: no
// separator, dot, control character or Unicode trick can survive it, and the path cannot leave the
// configured directory (which is normalised the same way, in case the configuration says "../").

export const SLUG_MAX_LENGTH = 60;
export const DEFAULT_POSTMORTEM_DIRECTORY = 'docs/postmortems';
const FALLBACK_SLUG = 'incident';

// Letters NFKD does not decompose into an ASCII base letter plus marks.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  ŋ: 'ng',
  Ŋ: 'ng',
  ĸ: 'k',
  ſ: 's',
};

/**
 * "Checkout fails for EU customers 🔥" → "checkout-fails-for-eu-customers". Accents are transliterated,
 * everything else outside ASCII letters and digits (emoji, other scripts, punctuation, "/", ".") becomes a
 * word break; at most 60 characters, cut at a word boundary; never empty ("incident", or `fallback`).
 * Idempotent: a slug slugs to itself, so the same title always gives the same path.
 */
export function postmortemSlug(title: string, fallback: string = FALLBACK_SLUG): string {
  const slug = reduce(title);
  if (slug !== '') return slug;
  const safeFallback = reduce(fallback);
  return safeFallback === '' ? FALLBACK_SLUG : safeFallback;
}

function reduce(text: string): string {
  const ascii = [...text.normalize('NFKD')]
    .map((ch) => TRANSLITERATIONS[ch] ?? ch)
    .join('')
    // Combining marks left over from NFKD ("é" → "e" + U+0301).
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const dashed = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return shorten(dashed);
}

function shorten(slug: string): string {
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  // The character after the cut is a dash: the first 60 characters end on a whole word.
  if (cut.endsWith('-')) return cut.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
  const lastBreak = cut.lastIndexOf('-');
  // One 60-letter "word" (a pasted token) has no boundary to cut at; cut it hard.
  const head = lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, SLUG_MAX_LENGTH);
  return head.replace(/-+$/, '');
}

/**
 * The configured directory as a clean relative path: "./docs//postmortems/" → "docs/postmortems",
 * "../../etc" → "etc", "/abs" → "abs". Nothing left (".", "..", "") → the default directory.
 */
export function postmortemDirectory(directory: string): string {
  const segments = directory
    // eslint-disable-next-line no-control-regex -- control characters never belong in a path
    .replace(/[\u0000-\u001F\u007F]/g, '')
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.' && s !== '..' && !/^\.+$/.test(s));
  return segments.length === 0 ? DEFAULT_POSTMORTEM_DIRECTORY : segments.join('/');
}

/** "2026-03-02" (UTC) of an ISO instant; throws on an unreadable time, which would be a bug upstream. */
export function postmortemDate(openedAt: string): string {
  const time = Date.parse(openedAt);
  if (Number.isNaN(time)) throw new RangeError(`not an ISO time: ${JSON.stringify(openedAt)}`);
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * "docs/postmortems/2026-03-02-checkout-fails.md". The slug is reduced again, so even a caller that passes
 * raw text cannot make the path leave the directory.
 */
export function postmortemPath(directory: string, openedAt: string, slug: string): string {
  return `${postmortemDirectory(directory)}/${postmortemDate(openedAt)}-${postmortemSlug(slug)}.md`;
}

/** The file name pattern postmortemPath writes: date, dash, slug, ".md". */
export const POSTMORTEM_FILE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
