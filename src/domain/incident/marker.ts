// The hidden record in a bot comment: `<!-- firebreak:v1 {json} -->`. The JSON never contains "<" or ">"
// (escaped as \u003c and \u003e), so nothing inside can close the HTML comment early.
import type { BotRecord } from './events.js';

const MARKER = /<!-- firebreak:v1 (\{[^<>]*\}) -->/g;

export function encodeRecord(record: BotRecord): string {
  const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- firebreak:v1 ${json} -->`;
}

/** Every well-formed record in a comment body (normally one). Malformed ones are skipped. */
export function decodeRecords(body: string): BotRecord[] {
  const records: BotRecord[] = [];
  for (const match of body.matchAll(MARKER)) {
    try {
      const value: unknown = JSON.parse(match[1] ?? '');
      if (isRecord(value)) records.push(value);
    } catch {
      // Not ours, or damaged: ignored.
    }
  }
  return records;
}

function isRecord(value: unknown): value is BotRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.v === 1 && typeof v.kind === 'string' && typeof v.key === 'string' && Array.isArray(v.events);
}
