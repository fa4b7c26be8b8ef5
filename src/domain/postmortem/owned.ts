// What Firebreak owns in a postmortem file, and how it is marked. The facts Firebreak writes from the
// incident — front matter keys listed in its `# firebreak:owned …` comment line, and body regions between
// `<!-- firebreak:owned NAME -->` and `<!-- /firebreak:owned -->` lines — are rewritten whenever the
// incident changes; everything else is the team's. A last line `<!-- firebreak:postmortem {json} -->`
// holds a digest of what Firebreak last wrote in each owned part, so an edit by a person is recognised
// (its content no longer matches) and kept. Pure: text in, text out.
import { sha256Hex } from '../security/digest.js';
import { findMarker, marker } from '../../state/markers.js';
import { bodyLines } from './sections.js';

/** Front matter keys Firebreak writes from the incident (`action-items` is written on merge, from the body). */
export const OWNED_KEYS = [
  'incident',
  'url',
  'title',
  'severity',
  'services',
  'started',
  'detected',
  'acknowledged',
  'mitigated',
  'resolved',
  'time-to-acknowledge',
  'time-to-mitigate',
  'time-to-resolve',
  'reopened',
  'commander',
  'roles',
  'security',
  'response-breach',
] as const;

export const OWNED_CLOSE = '<!-- /firebreak:owned -->';
export const ownedOpen = (name: string): string => `<!-- firebreak:owned ${name} -->`;
const OPEN = /^ {0,3}<!-- firebreak:owned ([a-z][a-z0-9-]{0,39}) -->\s*$/;
const CLOSE = /^ {0,3}<!-- \/firebreak:owned(?: [a-z][a-z0-9-]{0,39})? -->\s*$/;
/** Either marker, wherever it stands (for tests and checks that look for other HTML comments). */
export const OWNED_MARKER = /<!-- \/?firebreak:owned(?: [a-z][a-z0-9-]{0,39})? -->/g;
const KEYS_LINE = /^#\s*firebreak:owned\b(.*)$/;
export const RECORD_KIND = 'postmortem';

/** The comment lines that open Firebreak's front matter: the owned keys, and what to do with them. */
export function ownedKeysComment(keys: readonly string[] = OWNED_KEYS): string {
  return [
    `# firebreak:owned ${keys.join(' ')}`,
    '# Firebreak rewrites the keys listed above from the incident whenever it changes. Edit one and your value',
    '# is kept (and reported on the pull request); delete its line to have it written again; delete its name',
    '# from the list to take it over. The other keys are yours.',
  ].join('\n');
}

export interface OwnedRegion {
  name: string;
  /** Index (0-based, in the lines it was found in) of the opening and closing marker lines. */
  open: number;
  close: number;
  /** The lines between the markers. */
  inner: string[];
}

/** A file split at its front matter: the YAML between the `---` lines ('' when none) and the rest. */
export interface SplitFile {
  hasFrontMatter: boolean;
  /** The lines between the `---` delimiters. */
  front: string[];
  /** The lines after the front matter (the whole file when there is none). */
  body: string[];
}

export function splitFile(text: string): SplitFile {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return { hasFrontMatter: false, front: [], body: lines };
  const closing = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (closing < 0) return { hasFrontMatter: false, front: [], body: lines };
  return { hasFrontMatter: true, front: lines.slice(1, closing), body: lines.slice(closing + 1) };
}

export function joinFile(split: SplitFile): string {
  return split.hasFrontMatter ? ['---', ...split.front, '---', ...split.body].join('\n') : split.body.join('\n');
}

/** The owned regions of a body, by name (the first of a name wins; unclosed regions own nothing). */
export function findRegions(body: readonly string[]): Map<string, OwnedRegion> {
  const regions = new Map<string, OwnedRegion>();
  const lines = bodyLines(body.join('\n'), 0);
  let open: { name: string; index: number } | null = null;
  lines.forEach((line, index) => {
    if (line.inCode) return;
    const opening = OPEN.exec(line.text);
    if (opening) {
      open = { name: opening[1]!, index };
      return;
    }
    if (open && CLOSE.test(line.text)) {
      if (!regions.has(open.name))
        regions.set(open.name, {
          name: open.name,
          open: open.index,
          close: index,
          inner: body.slice(open.index + 1, index),
        });
      open = null;
    }
  });
  return regions;
}

/** The keys the front matter's `# firebreak:owned` line lists; none when the line is gone. */
export function ownedKeysOf(front: readonly string[]): string[] {
  for (const line of front) {
    const match = KEYS_LINE.exec(line.trim());
    if (match) return match[1]!.split(/[\s,]+/).filter((k) => k !== '');
  }
  return [];
}

/** Region text as compared: no trailing spaces, no blank lines at either end. */
export function normaliseRegion(inner: readonly string[]): string {
  const lines = inner.map((l) => l.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

const short = (text: string): string => sha256Hex(text).slice(0, 12);

export function regionDigest(inner: readonly string[]): string {
  return short(normaliseRegion(inner));
}

/** A value's digest, independent of how the YAML spells it (key order, quoting, flow or block style). */
export function valueDigest(value: unknown): string {
  return short(JSON.stringify(canonical(value)) ?? 'undefined');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** What Firebreak last wrote: region name → digest, front matter key → digest ('' = unknown). */
export interface OwnedRecord {
  regions: Record<string, string>;
  keys: Record<string, string>;
}

export function readRecord(body: readonly string[]): OwnedRecord | null {
  const found = findMarker(body.join('\n'), RECORD_KIND);
  const data = found?.data as { v?: unknown; regions?: unknown; keys?: unknown } | undefined;
  if (!data || data.v !== 1) return null;
  return { regions: digests(data.regions), keys: digests(data.keys) };
}

function digests(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export function recordLine(record: OwnedRecord): string {
  return marker(RECORD_KIND, { v: 1, regions: record.regions, keys: record.keys });
}

/** The body with its record line replaced (or appended, after one blank line). */
export function withRecord(body: readonly string[], record: OwnedRecord): string[] {
  const line = recordLine(record);
  const index = body.findIndex((l) => findMarker(l, RECORD_KIND) !== undefined);
  if (index >= 0) return [...body.slice(0, index), line, ...body.slice(index + 1)];
  const trimmed = [...body];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.trim() === '') trimmed.pop();
  return [...trimmed, '', line, ''];
}

/** How a person reads an owned part's name: "the timeline", "the front matter key `severity`". */
export function describeOwned(kind: 'region' | 'key', name: string): string {
  if (kind === 'key') return `the front matter key \`${name}\``;
  const words: Record<string, string> = {
    header: 'the header',
    metrics: 'the metrics table',
    timeline: 'the timeline',
  };
  return words[name] ?? `the "${name}" section`;
}
