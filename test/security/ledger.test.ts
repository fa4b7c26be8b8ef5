// Recording evidence: every `/evidence` adds one entry linked to the one before, written as one JSON line.
import { describe, expect, it } from 'vitest';
import {
  EvidenceInputError,
  GENESIS_HASH,
  appendEntry,
  entryHash,
  ledgerBranch,
  ledgerHead,
  ledgerPath,
  parseLedger,
  serializeLedger,
} from '../../src/domain/security/ledger.js';
import { ledgerOf } from './ledgers.js';

describe('recording evidence', () => {
  it('the first entry is number 1 and links to the all-zero hash', () => {
    const { ledger, entry } = appendEntry([], {
      at: '2026-03-02T10:00:00Z',
      actor: 'alice',
      description: '  Load balancer logs  ',
      url: 'https://storage.example/lb.tar.gz',
      sha256: `sha256:${'AB'.repeat(32)}`,
    });
    expect(ledger).toEqual([entry]);
    expect(entry).toEqual({
      seq: 1,
      at: '2026-03-02T10:00:00.000Z',
      actor: 'alice',
      description: 'Load balancer logs',
      url: 'https://storage.example/lb.tar.gz',
      sha256: 'ab'.repeat(32),
      prev: GENESIS_HASH,
      hash: entryHash(entry),
    });
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('each further entry takes the next number and links to the hash of the one before', () => {
    const ledger = ledgerOf(3);
    expect(ledger.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(ledger[1]!.prev).toBe(ledger[0]!.hash);
    expect(ledger[2]!.prev).toBe(ledger[1]!.hash);
    expect(ledgerHead(ledger)).toBe(ledger[2]!.hash);
    expect(ledgerHead([])).toBe(GENESIS_HASH);
  });

  it('does not change the ledger it was given', () => {
    const before = ledgerOf(2);
    const copy = structuredClone(before);
    appendEntry(before, { at: '2026-03-02T11:00:00Z', actor: 'carol', description: 'Firewall rules' });
    expect(before).toEqual(copy);
  });

  it('no URL and no content hash are recorded as null', () => {
    const { entry } = appendEntry([], {
      at: new Date('2026-03-02T10:00:00Z'),
      actor: 'alice',
      description: 'Notes',
      url: ' ',
      sha256: '',
    });
    expect(entry.url).toBeNull();
    expect(entry.sha256).toBeNull();
  });

  it.each([
    ['an empty description', { description: '   ' }, /describe the evidence/],
    ['no actor', { actor: '' }, /login/],
    ['a bad time', { at: 'yesterday' }, /not a valid time/],
    ['a content hash that is not SHA-256', { sha256: 'abc123' }, /not a SHA-256/],
    ['a URL with spaces', { url: 'see the drive' }, /not a URL/],
  ])('refuses %s with a message the responder can act on', (_what, change, message) => {
    const input = { at: '2026-03-02T10:00:00Z', actor: 'alice', description: 'Logs', ...change };
    expect(() => appendEntry([], input)).toThrow(EvidenceInputError);
    expect(() => appendEntry([], input)).toThrow(message);
  });

  it('the hash is SHA-256 over the other fields as JSON in the documented order', async () => {
    const { createHash } = await import('node:crypto');
    const [entry] = ledgerOf(1);
    const canonical = `{"seq":1,"at":"${entry!.at}","actor":"alice","description":${JSON.stringify(entry!.description)},"url":${JSON.stringify(entry!.url)},"sha256":"${'a'.repeat(64)}","prev":"${GENESIS_HASH}"}`;
    expect(entry!.hash).toBe(createHash('sha256').update(canonical).digest('hex'));
  });
});

describe('the ledger file', () => {
  it('is JSON Lines: one entry per line, keys in a fixed order, a trailing newline', () => {
    const text = serializeLedger(ledgerOf(2));
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual([
      'seq',
      'at',
      'actor',
      'description',
      'url',
      'sha256',
      'prev',
      'hash',
    ]);
    expect(serializeLedger([])).toBe('');
  });

  it('keeps descriptions with newlines and quotes on one line', () => {
    const { ledger } = appendEntry([], {
      at: '2026-03-02T10:00:00Z',
      actor: 'alice',
      description: 'line one\nline "two"',
    });
    const text = serializeLedger(ledger);
    expect(text.split('\n')).toHaveLength(2);
    expect(parseLedger(text).entries).toEqual(ledger);
  });

  it('reads back what was written, also with CRLF line endings', () => {
    const ledger = ledgerOf(4);
    expect(parseLedger(serializeLedger(ledger))).toEqual({ entries: ledger, problems: [] });
    expect(parseLedger(serializeLedger(ledger).replace(/\n/g, '\r\n'))).toEqual({ entries: ledger, problems: [] });
  });

  it('reports each malformed line by number and keeps the well-formed entries', () => {
    const [one, two, three] = serializeLedger(ledgerOf(3)).split('\n');
    const withExtra = JSON.stringify({ ...JSON.parse(two!), note: 'added later' });
    const text = [one, '{"seq": 2, "at": ', '', withExtra, three, ''].join('\n');
    const { entries, problems } = parseLedger(text);
    expect(entries.map((e) => e.seq)).toEqual([1, 3]);
    expect(problems).toEqual([
      { line: 2, message: 'line 2 is not valid JSON' },
      { line: 4, message: 'line 4 has fields the chain does not cover: note' },
    ]);
  });

  it('lives at evidence/incident-<n>.jsonl on branch incident-evidence/<n>', () => {
    expect(ledgerPath(42)).toBe('evidence/incident-42.jsonl');
    expect(ledgerBranch(42)).toBe('incident-evidence/42');
  });
});
