// Verifying the evidence ledger: walk the chain from the start and report the first entry that does not
// hold — changed after it was recorded (its hash no longer matches), missing (a gap in the numbering, a
// link to a different predecessor, or entries cut off the end), out of order, or not an entry at all.
// The chain alone cannot show that the last entries were deleted; the head and count the incident
// recorded can, so the caller passes them when it has them.
import {
  type EvidenceEntry,
  type LedgerLine,
  GENESIS_HASH,
  entryHash,
  entryProblem,
  readLedgerLines,
} from './ledger.js';

export type LedgerBreak = 'edited' | 'missing' | 'reordered' | 'malformed';

export type LedgerVerdict =
  | {
      ok: true;
      /** Hash of the last entry (GENESIS_HASH when empty). */
      head: string;
      count: number;
      /** Entries after the expected head or count: recorded after the incident last noted the head. */
      unrecorded: number;
    }
  | {
      ok: false;
      /** The seq of the first entry that does not hold (where it belongs in the chain). */
      firstBroken: number;
      reason: LedgerBreak;
      detail: string;
    };

export interface LedgerExpectation {
  /** The head the incident recorded (its summary): entries cut off after it are detected. */
  expectedHead?: string;
  /** How many entries the incident recorded. */
  expectedCount?: number;
}

const short = (hash: string): string => hash.slice(0, 12);

function broken(firstBroken: number, reason: LedgerBreak, detail: string): LedgerVerdict {
  return { ok: false, firstBroken, reason, detail };
}

/** Verifies entries already in memory (any of them may be malformed, e.g. straight from JSON.parse). */
export function verifyLedger(entries: readonly EvidenceEntry[], expect: LedgerExpectation = {}): LedgerVerdict {
  const lines = entries.map((entry, index): LedgerLine => {
    const problem = entryProblem(entry);
    return problem === null ? { line: index + 1, entry } : { line: index + 1, problem };
  });
  return verifyLines(lines, expect, (line) => `the entry at position ${line}`);
}

/** Verifies a ledger file's text: a malformed line is reported where it stands in the chain. */
export function verifyLedgerText(text: string, expect: LedgerExpectation = {}): LedgerVerdict {
  return verifyLines(readLedgerLines(text), expect, (line) => `line ${line}`);
}

function verifyLines(
  lines: readonly LedgerLine[],
  expect: LedgerExpectation,
  where: (line: number) => string,
): LedgerVerdict {
  let prev = GENESIS_HASH;
  for (const [index, line] of lines.entries()) {
    const expected = index + 1;
    if ('problem' in line)
      return broken(expected, 'malformed', `${where(line.line)} ${line.problem}; entry ${expected} belongs there`);
    const entry = line.entry;
    const name =
      entry.seq === expected ? `entry ${expected}` : `the entry at position ${expected} (numbered ${entry.seq})`;
    if (entryHash(entry) !== entry.hash) {
      return broken(expected, 'edited', `${name} does not match its hash: it was changed after it was recorded`);
    }
    if (entry.seq !== expected) return outOfSequence(lines, index, entry);
    if (entry.prev !== prev) {
      return broken(
        expected,
        'missing',
        expected === 1
          ? `entry 1 does not start the chain (its prev is ${short(entry.prev)}…, not zeros): entries before it were removed`
          : `entry ${expected} is not linked to entry ${expected - 1} (its prev is ${short(entry.prev)}…, entry ${expected - 1}'s hash is ${short(prev)}…): an entry between them was removed, or entry ${expected - 1} was rewritten`,
      );
    }
    prev = entry.hash;
  }
  const hashes = lines.map((line) => ('entry' in line ? line.entry.hash : ''));
  return checkExpectation(hashes, prev, expect);
}

function outOfSequence(lines: readonly LedgerLine[], index: number, entry: EvidenceEntry): LedgerVerdict {
  const expected = index + 1;
  const belongsLater = lines.slice(index + 1).some((line) => 'entry' in line && line.entry.seq === expected);
  if (entry.seq < expected || belongsLater) {
    return broken(
      expected,
      'reordered',
      `entry ${entry.seq} is out of order: it stands where entry ${expected} belongs`,
    );
  }
  const gap =
    entry.seq === expected + 1 ? `entry ${expected} is missing` : `entries ${expected}–${entry.seq - 1} are missing`;
  return broken(
    expected,
    'missing',
    expected === 1
      ? `${gap}: the ledger starts at entry ${entry.seq}`
      : `${gap}: entry ${expected - 1} is followed by entry ${entry.seq}`,
  );
}

function checkExpectation(hashes: readonly string[], head: string, expect: LedgerExpectation): LedgerVerdict {
  const count = hashes.length;
  const { expectedCount } = expect;
  const expectedHead = expect.expectedHead?.trim().toLowerCase();
  if (expectedCount !== undefined && count < expectedCount) {
    const cut =
      count + 1 === expectedCount ? `entry ${expectedCount} was` : `entries ${count + 1}–${expectedCount} were`;
    return broken(
      count + 1,
      'missing',
      `the ledger ends at entry ${count}, but the incident recorded ${expectedCount}: ${cut} removed from the end`,
    );
  }
  let recorded = expectedCount ?? count;
  if (expectedHead !== undefined) {
    // Entries 1…k, where k is the entry carrying the recorded head (0 for the empty ledger's zeros).
    const k = expectedHead === GENESIS_HASH ? 0 : hashes.indexOf(expectedHead) + 1;
    if (k === 0 && expectedHead !== GENESIS_HASH) {
      if (expectedCount !== undefined) {
        return broken(
          Math.max(expectedCount, 1),
          'edited',
          `entry ${expectedCount} does not carry the recorded head ${short(expectedHead)}…: the chain up to it was rewritten`,
        );
      }
      return broken(
        count + 1,
        'missing',
        `no entry carries the recorded head ${short(expectedHead)}…: entries were removed from the end, or the chain was rewritten`,
      );
    }
    if (expectedCount !== undefined && k !== expectedCount) {
      return broken(
        Math.max(expectedCount, 1),
        'edited',
        `the recorded head is entry ${k}'s hash, but the incident recorded ${expectedCount} entries: the expected head and count disagree, or the chain was rewritten`,
      );
    }
    recorded = k;
  }
  return { ok: true, head, count, unrecorded: count - recorded };
}
