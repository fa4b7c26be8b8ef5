// Hidden state in bot comments and issues: `<!-- firebreak:KIND {json} -->` — the one codec every reader
// and writer of Firebreak's records uses (incident records, alert records, action-item keys, postmortem
// markers). The JSON is written with "<", ">" and "&" escaped (\u003c, \u003e, \u0026), so no value can
// close the HTML comment early or open another one.
// Markers are only evidence when the comment was written by the action's own identity; callers check the
// author before trusting what parseMarkers returns (anyone can type this text into their own comment).

const KIND = /^[a-z][a-z0-9-]{0,39}$/;
const MARKER = /<!-- firebreak:([a-z][a-z0-9-]{0,39}) (\{[^<>]*\}|\[[^<>]*\]) -->/g;

export interface ParsedMarker {
  kind: string;
  data: unknown;
  /** Offset of "<!--" in the body. */
  index: number;
  /** The marker text as it appears. */
  raw: string;
}

export function marker(kind: string, data: unknown = {}): string {
  if (!KIND.test(kind)) {
    throw new Error(`Invalid marker kind "${kind}": use lower-case letters, digits and "-", starting with a letter.`);
  }
  if (data === null || typeof data !== 'object') {
    throw new Error(`Marker data for "${kind}" must be an object or an array.`);
  }
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<!-- firebreak:${kind} ${json} -->`;
}

/** Every well-formed marker in a body, in order. Damaged JSON is skipped, never thrown. */
export function parseMarkers(body: string): ParsedMarker[] {
  const found: ParsedMarker[] = [];
  for (const match of body.matchAll(MARKER)) {
    try {
      found.push({
        kind: match[1] ?? '',
        data: JSON.parse(match[2] ?? '') as unknown,
        index: match.index,
        raw: match[0],
      });
    } catch {
      // Not ours, or edited by hand: ignored.
    }
  }
  return found;
}

/** The first marker of a kind, or undefined. */
export function findMarker(body: string, kind: string): ParsedMarker | undefined {
  return parseMarkers(body).find((m) => m.kind === kind);
}

/**
 * The body with its first marker of `kind` replaced by `text` (a marker this codec wrote); the body
 * unchanged when it has none.
 */
export function replaceMarker(body: string, kind: string, text: string): string {
  const found = findMarker(body, kind);
  if (!found) return body;
  return body.slice(0, found.index) + text + body.slice(found.index + found.raw.length);
}

/** Spans of every marker-like comment (even with damaged JSON), so nothing cuts through one. */
export function markerSpans(body: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of body.matchAll(/<!-- firebreak:[^\n]*? -->/g)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
