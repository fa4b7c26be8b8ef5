// GitHub refuses issue and comment bodies over 65,536 characters. The renderer shortens the longest user
// values first (see render.ts); fitComment is the last line of defence for any body: it keeps every marker
// whole, cuts the rest at a line break where it can, closes a code block left open, and says what it did.

import { closingLine, openFenceAtEnd } from './fences.js';
import { markerSpans } from '../state/markers.js';

export const COMMENT_LIMIT = 65_536;
/** What a planned comment may use: the executor stamps the posting run into its record (under 100 characters). */
export const BODY_LIMIT = COMMENT_LIMIT - 100;

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Where the whole text can be read: "the issue" by default, or a link such as "[the command](url)". */
export function truncationNote(removed: number, source = 'the issue'): string {
  return `… truncated ${formatCount(removed)} characters; see ${source} for the full text`;
}

export function fitComment(body: string, limit: number = BODY_LIMIT, source?: string): string {
  if (body.length <= limit) return body;
  const spans = markerSpans(body);
  const markers = spans.map((s) => body.slice(s.start, s.end));
  let content = '';
  let position = 0;
  for (const span of spans) {
    content += body.slice(position, span.start);
    position = span.end;
  }
  content += body.slice(position);
  // Markers move to the top: they are invisible, and a reader of the state finds them anywhere.
  const head = markers.length > 0 ? markers.join('\n') + '\n' : '';

  let available = limit - head.length;
  for (let attempt = 0; attempt < 8 && available > 0; attempt++) {
    const cut = cutPoint(content, Math.max(0, available - 120));
    const kept = content.slice(0, cut);
    const fence = openFenceAtEnd(kept);
    const closing = fence ? '\n' + closingLine(fence) : '';
    const result = `${head}${kept.replace(/\s+$/, '')}${closing}\n\n*${truncationNote(content.length - cut, source)}*\n`;
    if (result.length <= limit) return result;
    available -= result.length - limit;
  }
  throw new Error(`A comment's markers alone need ${head.length} characters; the limit is ${limit}.`);
}

/** At most `max`, never inside a surrogate pair, at a line break when one is near. */
function cutPoint(text: string, max: number): number {
  let cut = Math.min(max, text.length);
  const lineBreak = text.lastIndexOf('\n', cut);
  if (lineBreak > 0 && cut - lineBreak < 500) cut = lineBreak;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
