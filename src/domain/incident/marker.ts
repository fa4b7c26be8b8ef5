// The hidden record in a bot comment: `<!-- firebreak:v1 {json} -->`, written and read with the marker
// codec in src/state/markers.ts (which escapes < > & so nothing inside can close the HTML comment early). Writing
// bounds every event (bounds.ts) and seals the record with a digest of itself; reading says whether a
// comment's record is intact, missing, damaged or edited, so the thread can stop trusting it.
import { sha256Hex } from '../security/digest.js';
import { marker, parseMarkers, replaceMarker } from '../../state/markers.js';
import { boundEvent } from './bounds.js';
import type { BotRecord, IncidentEvent } from './events.js';

const KIND = 'v1';
/** A record never takes more than this of a comment's 65,536 characters. */
export const MAX_RECORD = 24_000;

/** The record, bounded and sealed; budgets shrink until it fits MAX_RECORD, so any record can be written. */
export function encodeRecord(record: BotRecord): string {
  for (let scale = 1; ; scale /= 2) {
    const events = record.events.map((e) => boundEvent(e, scale));
    const facts = record.facts?.map((f) =>
      Array.isArray(f.events) ? { ...f, events: f.events.map((e) => boundEvent(e, scale)) } : f,
    );
    const text = marker(KIND, seal({ ...record, events, ...(facts ? { facts } : {}) }));
    if (text.length <= MAX_RECORD || scale < 0.05) return text;
  }
}

/** The record with `digest` computed over everything else, in a fixed key order. */
function seal(record: BotRecord): BotRecord {
  const body: BotRecord = {
    v: 1,
    kind: record.kind,
    key: record.key,
    ...(record.replyTo !== undefined ? { replyTo: record.replyTo } : {}),
    ...(record.run !== undefined ? { run: record.run } : {}),
    events: record.events,
    ...(record.snapshot !== undefined ? { snapshot: record.snapshot } : {}),
    ...(record.facts !== undefined ? { facts: record.facts } : {}),
    ...(record.ran !== undefined ? { ran: record.ran } : {}),
  };
  return { ...body, digest: sha256Hex(JSON.stringify(body)) };
}

export type RecordReading =
  | { status: 'intact'; record: BotRecord }
  /** No record at all (a blanked or rewritten comment). */
  | { status: 'missing' }
  /** Marker text that does not parse, or parses to something that is not a record. */
  | { status: 'damaged' }
  /** A well-formed record whose digest does not match: someone edited it. */
  | { status: 'edited'; record: BotRecord };

/** Reads the (first) record of a comment body. */
export function readRecord(body: string): RecordReading {
  const markers = parseMarkers(body).filter((m) => m.kind === KIND);
  if (markers.length === 0) return /<!-- firebreak:v1 /.test(body) ? { status: 'damaged' } : { status: 'missing' };
  const data = markers[0]?.data;
  if (!isRecord(data)) return { status: 'damaged' };
  const { digest, ...rest } = data;
  const expected = seal(rest as BotRecord).digest;
  return digest === expected ? { status: 'intact', record: data } : { status: 'edited', record: data };
}

/** The body with its record replaced by `encoded` (what encodeRecord wrote); unchanged without one. */
export function replaceRecord(body: string, encoded: string): string {
  return replaceMarker(body, KIND, encoded);
}

/** The intact records of a comment body (normally one). Edited, damaged or missing ones give none. */
export function decodeRecords(body: string): BotRecord[] {
  const reading = readRecord(body);
  return reading.status === 'intact' ? [reading.record] : [];
}

function isRecord(value: unknown): value is BotRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.v === 1 && typeof v.kind === 'string' && typeof v.key === 'string' && Array.isArray(v.events);
}

/** Every event a record holds: its own, then those of the fact-only commands it keeps (the summary's). */
export function recordEvents(record: BotRecord): IncidentEvent[] {
  const facts = Array.isArray(record.facts) ? record.facts : [];
  return [...record.events, ...facts.flatMap((f) => (Array.isArray(f.events) ? f.events : []))];
}
