// The hidden record in a bot comment: `<!-- firebreak:v1 {json} -->`, written and read with the render
// layer's marker codec (which escapes < > & so nothing inside can close the HTML comment early).
import { marker, parseMarkers } from '../../render/markers.js';
import type { BotRecord } from './events.js';

const KIND = 'v1';

export function encodeRecord(record: BotRecord): string {
  return marker(KIND, record);
}

/** Every well-formed record in a comment body (normally one). Malformed ones are skipped. */
export function decodeRecords(body: string): BotRecord[] {
  return parseMarkers(body)
    .filter((m) => m.kind === KIND)
    .map((m) => m.data)
    .filter(isRecord);
}

function isRecord(value: unknown): value is BotRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.v === 1 && typeof v.kind === 'string' && typeof v.key === 'string' && Array.isArray(v.events);
}
