// `firebreak evidence verify`'s core: a ledger nobody touched verifies; an edited, deleted, reordered or
// cut-off entry is named, as the first entry that does not hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EvidenceEntry,
  ENTRY_KEYS,
  GENESIS_HASH,
  appendEntry,
  parseLedger,
  serializeLedger,
} from '../../src/domain/security/ledger.js';
import { verifyLedger, verifyLedgerText } from '../../src/domain/security/verify.js';
import { ledgerOf } from './ledgers.js';

const without = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

describe('a ledger nobody touched', () => {
  it.each([0, 1, 10])('verifies with %i entries and reports its head', (count) => {
    const ledger = ledgerOf(count);
    const head = ledger.at(-1)?.hash ?? GENESIS_HASH;
    expect(verifyLedger(ledger)).toEqual({ ok: true, head, count, unrecorded: 0 });
    expect(verifyLedger(ledger, { expectedHead: head, expectedCount: count })).toEqual({
      ok: true,
      head,
      count,
      unrecorded: 0,
    });
    expect(verifyLedgerText(serializeLedger(ledger), { expectedHead: head })).toEqual({
      ok: true,
      head,
      count,
      unrecorded: 0,
    });
  });

  it('entries recorded after the summary last noted the head are counted, not flagged', () => {
    const ledger = ledgerOf(10);
    const verdict = verifyLedger(ledger, { expectedHead: ledger[7]!.hash.toUpperCase(), expectedCount: 8 });
    expect(verdict).toEqual({ ok: true, head: ledger[9]!.hash, count: 10, unrecorded: 2 });
  });
});

describe('tampering', () => {
  it('an edited entry is named: its content no longer matches its hash', () => {
    const ledger = ledgerOf(10);
    ledger[3] = { ...ledger[3]!, description: 'Nothing to see here' };
    expect(verifyLedger(ledger)).toMatchObject({ ok: false, firstBroken: 4, reason: 'edited' });
  });

  it('an edited entry whose hash was recomputed breaks the link of the entry after it', () => {
    const ledger = ledgerOf(10);
    const forged = appendEntry(ledger.slice(0, 3), {
      at: ledger[3]!.at,
      actor: 'mallory',
      description: 'Nothing',
    }).entry;
    ledger[3] = forged;
    const verdict = verifyLedger(ledger);
    expect(verdict).toMatchObject({ ok: false, firstBroken: 5, reason: 'missing' });
    expect(verdict.ok || verdict.detail).toMatch(/entry 4 was rewritten/);
  });

  it('a deleted entry in the middle is reported as missing', () => {
    const verdict = verifyLedger(without(ledgerOf(10), 4));
    expect(verdict).toMatchObject({ ok: false, firstBroken: 5, reason: 'missing' });
    expect(verdict.ok || verdict.detail).toBe('entry 5 is missing: entry 4 is followed by entry 6');
  });

  it('a deleted first entry is reported as missing', () => {
    expect(verifyLedger(ledgerOf(3).slice(1))).toMatchObject({ ok: false, firstBroken: 1, reason: 'missing' });
  });

  it('two swapped entries are reported as reordered', () => {
    const ledger = ledgerOf(10);
    [ledger[5], ledger[6]] = [ledger[6]!, ledger[5]!];
    const verdict = verifyLedger(ledger);
    expect(verdict).toMatchObject({ ok: false, firstBroken: 6, reason: 'reordered' });
    expect(verdict.ok || verdict.detail).toBe('entry 7 is out of order: it stands where entry 6 belongs');
  });

  it('a duplicated entry is reported as out of order', () => {
    const ledger = ledgerOf(3);
    expect(verifyLedger([...ledger.slice(0, 2), ledger[1]!, ledger[2]!])).toMatchObject({
      ok: false,
      firstBroken: 3,
      reason: 'reordered',
    });
  });

  it('entries cut off the end are invisible to the chain alone, but the recorded head and count reveal them', () => {
    const ledger = ledgerOf(10);
    const head = ledger[9]!.hash;
    const cut = ledger.slice(0, 8);
    expect(verifyLedger(cut).ok).toBe(true);
    expect(verifyLedger(cut, { expectedHead: head })).toMatchObject({ ok: false, firstBroken: 9, reason: 'missing' });
    const verdict = verifyLedger(cut, { expectedHead: head, expectedCount: 10 });
    expect(verdict).toMatchObject({ ok: false, firstBroken: 9, reason: 'missing' });
    expect(verdict.ok || verdict.detail).toBe(
      'the ledger ends at entry 8, but the incident recorded 10: entries 9–10 were removed from the end',
    );
  });

  it('a last entry replaced by a forged one is caught by the recorded head', () => {
    const ledger = ledgerOf(10);
    const forged = appendEntry(ledger.slice(0, 9), {
      at: ledger[9]!.at,
      actor: 'mallory',
      description: 'Nothing',
    }).ledger;
    expect(verifyLedger(forged).ok).toBe(true);
    expect(verifyLedger(forged, { expectedHead: ledger[9]!.hash, expectedCount: 10 })).toMatchObject({
      ok: false,
      firstBroken: 10,
      reason: 'edited',
    });
  });

  it('a malformed line is reported where it stands in the chain', () => {
    const lines = serializeLedger(ledgerOf(5)).split('\n');
    lines[2] = lines[2]!.slice(0, 40);
    const verdict = verifyLedgerText(lines.join('\n'));
    expect(verdict).toEqual({
      ok: false,
      firstBroken: 3,
      reason: 'malformed',
      detail: 'line 3 is not valid JSON; entry 3 belongs there',
    });
  });

  it('an earlier break is reported before a later malformed line', () => {
    const ledger = ledgerOf(5);
    ledger[1] = { ...ledger[1]!, actor: 'mallory' };
    const lines = serializeLedger(ledger).split('\n');
    lines[3] = 'not json';
    expect(verifyLedgerText(lines.join('\n'))).toMatchObject({ ok: false, firstBroken: 2, reason: 'edited' });
  });

  it('a field outside the chain is malformed, since it could be changed undetected', () => {
    const ledger = ledgerOf(2);
    const padded = [ledger[0]!, { ...ledger[1]!, note: 'x' } as EvidenceEntry];
    expect(verifyLedger(padded)).toMatchObject({ ok: false, firstBroken: 2, reason: 'malformed' });
  });
});

// Any JSON value a tamperer might write into a field, different from what is there.
const replacement = fc.oneof(
  fc.string(),
  fc.string({ minLength: 1 }).map((s) => s.trim() || 'x'),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.stringMatching(/^[0-9a-f]{64}$/),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);

describe('properties', () => {
  it('any change to any single field of any entry is detected at that entry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        fc.constantFrom(...ENTRY_KEYS),
        replacement,
        (count, pick, field, value) => {
          const ledger = ledgerOf(count);
          const index = pick % count;
          fc.pre(JSON.stringify(ledger[index]![field]) !== JSON.stringify(value));
          const tampered = ledger.map((entry, i) =>
            i === index ? ({ ...entry, [field]: value } as EvidenceEntry) : entry,
          );
          const verdict = verifyLedger(tampered);
          expect(verdict.ok).toBe(false);
          if (!verdict.ok) {
            expect(verdict.firstBroken).toBe(index + 1);
            expect(['edited', 'malformed']).toContain(verdict.reason);
          }
          // The same holds for the file.
          expect(verifyLedgerText(serializeLedger(tampered))).toMatchObject({ ok: false, firstBroken: index + 1 });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('deleting any one entry is detected (the last one with the recorded head)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.nat(), (count, pick) => {
        const ledger = ledgerOf(count);
        const index = pick % count;
        const verdict = verifyLedger(without(ledger, index), { expectedHead: ledger.at(-1)!.hash });
        expect(verdict).toMatchObject({ ok: false, firstBroken: index + 1, reason: 'missing' });
      }),
    );
  });

  it('moving any entry to another place is detected as reordering', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.nat(), fc.nat(), (count, a, b) => {
        const ledger = ledgerOf(count);
        const from = a % count;
        const to = b % count;
        fc.pre(from !== to);
        const moved = without(ledger, from);
        moved.splice(to, 0, ledger[from]!);
        expect(verifyLedger(moved)).toMatchObject({
          ok: false,
          firstBroken: Math.min(from, to) + 1,
          reason: 'reordered',
        });
      }),
    );
  });

  it('whatever is recorded, the ledger verifies and reads back unchanged', () => {
    const input = fc.record({
      at: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      actor: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      description: fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => s.trim() !== ''),
      url: fc.option(fc.webUrl()),
      sha256: fc.option(fc.stringMatching(/^[0-9a-fA-F]{64}$/)),
    });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 8 }), (inputs) => {
        const ledger = inputs.reduce<EvidenceEntry[]>((acc, item) => appendEntry(acc, item).ledger, []);
        const text = serializeLedger(ledger);
        expect(parseLedger(text)).toEqual({ entries: ledger, problems: [] });
        expect(
          verifyLedgerText(text, { expectedHead: ledger.at(-1)?.hash ?? GENESIS_HASH, expectedCount: ledger.length }),
        ).toMatchObject({
          ok: true,
          count: ledger.length,
        });
      }),
    );
  });
});
