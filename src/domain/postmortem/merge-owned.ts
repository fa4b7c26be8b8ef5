// Bringing a postmortem up to date without touching what people wrote. Firebreak renders the whole file
// again from the incident; this takes only its owned parts (owned.ts) into the file as it is now:
//   - an owned part whose content is what Firebreak last wrote there (its digest matches) is rewritten;
//   - one a person emptied (a region's content deleted, a key's line deleted) is written again;
//   - one a person edited is kept as they wrote it, and reported as a conflict (its id stays the same
//     until the conflict is resolved, so it is reported once);
//   - a region whose markers were removed is the team's now (released), as is a key removed from the
//     `# firebreak:owned` list.
// Nothing else in the file changes. Pure.
import YAML, { isMap, type Document } from 'yaml';
import {
  describeOwned,
  findRegions,
  joinFile,
  normaliseRegion,
  OWNED_KEYS,
  ownedKeysOf,
  type OwnedRecord,
  readRecord,
  regionDigest,
  splitFile,
  valueDigest,
  withRecord,
} from './owned.js';
import { sha256Hex } from '../security/digest.js';

export interface OwnedPart {
  kind: 'region' | 'key' | 'front-matter';
  /** Region name, front matter key, or "front matter". */
  name: string;
  /** "the timeline", "the front matter key `started`". */
  label: string;
}

export interface OwnedConflict extends OwnedPart {
  /** Stable while the conflict stands (built from what Firebreak last wrote there), so it is reported once. */
  id: string;
}

export interface OwnedMerge {
  content: string;
  changed: boolean;
  /** Owned parts whose content Firebreak changed. */
  regenerated: OwnedPart[];
  /** Owned parts people edited: kept as they are. */
  kept: OwnedConflict[];
  /** Regions Firebreak writes that the file no longer marks as Firebreak's. */
  released: string[];
}

const FRONT_MATTER = 'front matter';

/** The generated file with its record: digests of everything it owns, as written. */
export function stampOwned(generated: string): string {
  const file = splitFile(generated);
  const record: OwnedRecord = { regions: {}, keys: {} };
  for (const [name, region] of findRegions(file.body)) record.regions[name] = regionDigest(region.inner);
  const data = readFront(file.front);
  if (data) for (const key of ownedKeysOf(file.front)) if (key in data) record.keys[key] = valueDigest(data[key]);
  return joinFile({ ...file, body: withRecord(file.body, record) });
}

export function mergeOwned(current: string, generated: string): OwnedMerge {
  const cur = splitFile(current);
  const gen = splitFile(generated);
  const record = readRecord(cur.body);
  const next: OwnedRecord = { regions: {}, keys: {} };
  const regenerated: OwnedPart[] = [];
  const kept: OwnedConflict[] = [];

  const front = cur.hasFrontMatter
    ? mergeFront(cur.front, readFront(gen.front) ?? {}, record, next, regenerated, kept)
    : cur.front;

  const curRegions = findRegions(cur.body);
  const genRegions = findRegions(gen.body);
  const replace: Array<{ open: number; close: number; inner: string[] }> = [];
  for (const [name, region] of curRegions) {
    const want = genRegions.get(name);
    if (!want) continue; // Firebreak does not write this region (any more): it stays as it is
    const digest = regionDigest(want.inner);
    const have = normaliseRegion(region.inner);
    const base = record?.regions[name];
    if (have === normaliseRegion(want.inner)) {
      next.regions[name] = digest;
    } else if (have === '' || (base && regionDigest(region.inner) === base)) {
      replace.push({ open: region.open, close: region.close, inner: want.inner });
      regenerated.push({ kind: 'region', name, label: describeOwned('region', name) });
      next.regions[name] = digest;
    } else {
      kept.push({
        kind: 'region',
        name,
        label: describeOwned('region', name),
        id: `region:${name}:${base || 'unknown'}`,
      });
      next.regions[name] = base ?? '';
    }
  }
  let body = [...cur.body];
  for (const r of replace.sort((a, b) => b.open - a.open)) body.splice(r.open + 1, r.close - r.open - 1, ...r.inner);
  const released = [...genRegions.keys()].filter((name) => !curRegions.has(name));

  // Only a change to the facts is worth a commit: the record is rewritten with it, never alone.
  if (regenerated.length === 0) return { content: current, changed: false, regenerated, kept, released };
  body = withRecord(body, next);
  const content = joinFile({ ...cur, front, body });
  return { content, changed: content !== current, regenerated, kept, released };
}

/** Ids of the owned parts people changed since Firebreak wrote them (each may become a conflict). */
export function editedOwned(current: string): string[] {
  const file = splitFile(current);
  const record = readRecord(file.body);
  const ids: string[] = [];
  const owned = file.hasFrontMatter ? ownedKeysOf(file.front) : [];
  if (owned.length > 0) {
    const data = readFront(file.front);
    if (!data) ids.push(unreadableId(file.front));
    else {
      for (const key of owned) {
        const base = record?.keys[key];
        if (key in data && (!base || valueDigest(data[key]) !== base)) ids.push(`key:${key}:${base || 'unknown'}`);
      }
    }
  }
  for (const [name, region] of findRegions(file.body)) {
    const base = record?.regions[name];
    if (normaliseRegion(region.inner) !== '' && (!base || regionDigest(region.inner) !== base))
      ids.push(`region:${name}:${base || 'unknown'}`);
  }
  return ids;
}

function mergeFront(
  front: string[],
  want: Record<string, unknown>,
  record: OwnedRecord | null,
  next: OwnedRecord,
  regenerated: OwnedPart[],
  kept: OwnedConflict[],
): string[] {
  const owned = ownedKeysOf(front).filter((key) => key in want);
  if (owned.length === 0) return front;
  const doc = YAML.parseDocument(front.join('\n'));
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    kept.push({ kind: 'front-matter', name: FRONT_MATTER, label: 'the front matter', id: unreadableId(front) });
    Object.assign(next.keys, record?.keys ?? {});
    return front;
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  let touched = false;
  for (const key of owned) {
    const value = want[key];
    const digest = valueDigest(value);
    const base = record?.keys[key];
    if (!(key in data)) {
      insertKey(doc, key, value);
    } else if (valueDigest(data[key]) === digest) {
      next.keys[key] = digest;
      continue;
    } else if (base && valueDigest(data[key]) === base) {
      doc.set(key, value);
    } else {
      kept.push({ kind: 'key', name: key, label: describeOwned('key', key), id: `key:${key}:${base || 'unknown'}` });
      next.keys[key] = base ?? '';
      continue;
    }
    touched = true;
    next.keys[key] = digest;
    regenerated.push({ kind: 'key', name: key, label: describeOwned('key', key) });
  }
  if (!touched) return front;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
}

/** A key people deleted goes back where Firebreak writes it: after the owned key before it. */
function insertKey(doc: Document, key: string, value: unknown): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  const order = OWNED_KEYS as readonly string[];
  const rank = order.indexOf(key);
  let at = 0;
  map.items.forEach((pair, i) => {
    const name = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const r = order.indexOf(name);
    if (r >= 0 && r < rank) at = i + 1;
  });
  map.items.splice(at, 0, doc.createPair(key, value));
}

function readFront(front: readonly string[]): Record<string, unknown> | null {
  try {
    const value: unknown = YAML.parse(front.join('\n'));
    if (value === null || value === undefined) return {};
    return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function unreadableId(front: readonly string[]): string {
  return `front-matter:unreadable:${sha256Hex(front.join('\n')).slice(0, 12)}`;
}
