// The evidence ledger: an append-only, hash-chained record of what responders preserved for forensics.
// Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting or
// reordering any entry breaks the chain from there on; the incident's summary records the head (the last
// hash) and the count, so cutting entries off the end is detected too (see verify.ts).
//
// File format (JSON Lines, one entry per line, keys in the order below, trailing newline):
//   {"seq":1,"at":"…","actor":"…","description":"…","url":null,"sha256":null,"prev":"000…","hash":"…"}
// `hash` = SHA-256 (hex) of the UTF-8 JSON text of {seq, at, actor, description, url, sha256, prev} in
// that key order, as JSON.stringify writes it — reproducible with any JSON library that keeps key order.
import { SHA256_HEX, readSha256, sha256Hex } from './digest.js';

/** `prev` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface EvidenceEntry {
  /** 1, 2, 3, … in the order entries were recorded. */
  seq: number;
  /** ISO instant (toISOString form) the evidence was recorded: the `/evidence` comment's time. */
  at: string;
  /** GitHub login of who recorded it. */
  actor: string;
  description: string;
  url: string | null;
  /** SHA-256 of the evidence content, as the responder supplied it (lowercase hex). */
  sha256: string | null;
  /** `hash` of the previous entry; GENESIS_HASH for the first. */
  prev: string;
  hash: string;
}

export type EvidenceFields = Omit<EvidenceEntry, 'hash'>;

export interface EvidenceInput {
  at: string | Date;
  actor: string;
  description: string;
  url?: string | null;
  /** Hex, any case, optionally prefixed "sha256:". */
  sha256?: string | null;
}

/** Input a responder can fix: the message says what is wrong. */
export class EvidenceInputError extends Error {
  override name = 'EvidenceInputError';
}

export const ENTRY_KEYS = ['seq', 'at', 'actor', 'description', 'url', 'sha256', 'prev', 'hash'] as const;

/** The hash an entry with these fields must carry. */
export function entryHash(fields: EvidenceFields): string {
  const { seq, at, actor, description, url, sha256, prev } = fields;
  return sha256Hex(JSON.stringify({ seq, at, actor, description, url, sha256, prev }));
}

/** The hash the ledger ends with: what the summary records. GENESIS_HASH for an empty ledger. */
export function ledgerHead(entries: readonly EvidenceEntry[]): string {
  return entries.at(-1)?.hash ?? GENESIS_HASH;
}

function canonicalInstant(at: string | Date): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new EvidenceInputError(`"${String(at)}" is not a valid time`);
  return new Date(ms).toISOString();
}

function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * Appends one entry, linked to the stored hash of the last entry. The existing entries are not
 * re-verified: linking to what is stored keeps an earlier break detectable rather than papering over it.
 */
export function appendEntry(
  ledger: readonly EvidenceEntry[],
  input: EvidenceInput,
): { ledger: EvidenceEntry[]; entry: EvidenceEntry } {
  const description = input.description.trim();
  if (description === '') throw new EvidenceInputError('describe the evidence');
  const actor = input.actor.trim();
  if (actor === '') throw new EvidenceInputError('evidence needs the login of who recorded it');
  const url = optionalText(input.url);
  if (url !== null && /\s/.test(url)) throw new EvidenceInputError(`"${url}" is not a URL (it contains spaces)`);
  const rawSha = optionalText(input.sha256);
  const sha256 = rawSha === null ? null : readSha256(rawSha);
  if (rawSha !== null && sha256 === null) {
    throw new EvidenceInputError(`"${rawSha}" is not a SHA-256 (64 hexadecimal digits)`);
  }
  const last = ledger.at(-1);
  const fields: EvidenceFields = {
    seq: (last?.seq ?? 0) + 1,
    at: canonicalInstant(input.at),
    actor,
    description,
    url,
    sha256,
    prev: last?.hash ?? GENESIS_HASH,
  };
  const entry: EvidenceEntry = { ...fields, hash: entryHash(fields) };
  return { ledger: [...ledger, entry], entry };
}

/** One line, keys in the documented order. */
export function serializeEntry(entry: EvidenceEntry): string {
  const { seq, at, actor, description, url, sha256, prev, hash } = entry;
  return JSON.stringify({ seq, at, actor, description, url, sha256, prev, hash });
}

/** JSON Lines with a trailing newline; the empty ledger is the empty file. */
export function serializeLedger(entries: readonly EvidenceEntry[]): string {
  return entries.map((entry) => `${serializeEntry(entry)}\n`).join('');
}

const isHash = (value: unknown): value is string => typeof value === 'string' && SHA256_HEX.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** What is structurally wrong with a would-be entry, or null when it has the entry's shape. */
export function entryProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const record = value as Record<string, unknown>;
  // A field outside the chain could be added or changed undetected, so it is not allowed at all.
  const extra = Object.keys(record).filter((key) => !(ENTRY_KEYS as readonly string[]).includes(key));
  if (extra.length > 0) return `has fields the chain does not cover: ${extra.join(', ')}`;
  const missing = ENTRY_KEYS.filter((key) => !(key in record));
  if (missing.length > 0) return `lacks ${missing.join(', ')}`;
  const { seq, at, actor, description, url, sha256, prev, hash } = record;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
    return 'has a seq that is not a positive integer';
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || new Date(Date.parse(at)).toISOString() !== at) {
    return 'has an "at" that is not an ISO instant';
  }
  if (!isText(actor)) return 'has no actor';
  if (!isText(description)) return 'has no description';
  if (url !== null && typeof url !== 'string') return 'has a url that is neither text nor null';
  if (sha256 !== null && !isHash(sha256)) return 'has a sha256 that is neither 64 lowercase hex digits nor null';
  if (!isHash(prev)) return 'has a prev that is not 64 lowercase hex digits';
  if (!isHash(hash)) return 'has a hash that is not 64 lowercase hex digits';
  return null;
}

export interface LedgerProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

/** One non-blank line of a ledger file: an entry, or why it is not one. */
export type LedgerLine = { line: number; entry: EvidenceEntry } | { line: number; problem: string };

export function readLedgerLines(text: string): LedgerLine[] {
  const lines: LedgerLine[] = [];
  text.split('\n').forEach((raw, index) => {
    // Tolerate CRLF from a checkout with autocrlf; line endings are not part of any hash.
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (body.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      lines.push({ line, problem: 'is not valid JSON' });
      return;
    }
    const problem = entryProblem(value);
    lines.push(problem === null ? { line, entry: value as EvidenceEntry } : { line, problem });
  });
  return lines;
}

/** The well-formed entries, in file order, and a problem per malformed line. Blank lines are skipped. */
export function parseLedger(text: string): { entries: EvidenceEntry[]; problems: LedgerProblem[] } {
  const entries: EvidenceEntry[] = [];
  const problems: LedgerProblem[] = [];
  for (const line of readLedgerLines(text)) {
    if ('entry' in line) entries.push(line.entry);
    else problems.push({ line: line.line, message: `line ${line.line} ${line.problem}` });
  }
  return { entries, problems };
}

/** Where incident `number`'s ledger is committed (in the incident's repository, or the private one). */
export function ledgerBranch(number: number): string {
  return `incident-evidence/${number}`;
}

export function ledgerPath(number: number): string {
  return `evidence/incident-${number}.jsonl`;
}
