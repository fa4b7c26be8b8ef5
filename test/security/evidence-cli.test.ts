// `firebreak evidence verify`: a responder (or an auditor, months later) checks a ledger from the
// evidence branch and learns whether it holds, or which entry does not and why.
import { describe, expect, it } from 'vitest';
import { type EvidenceIo, runEvidenceVerify } from '../../src/cli/evidence.js';
import { serializeLedger } from '../../src/domain/security/ledger.js';
import { ledgerOf } from './ledgers.js';

async function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: EvidenceIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    readStdin: async () => stdin,
  };
  const code = await runEvidenceVerify(argv, io);
  return { code, stdout, stderr };
}

const ledger = ledgerOf(10);
const FILE = 'evidence/incident-12.jsonl';
const intact = { [FILE]: serializeLedger(ledger) };
const head = ledger[9]!.hash;

describe('firebreak evidence verify', () => {
  it('prints OK with the head when the chain holds', async () => {
    expect(await run([FILE], intact)).toEqual({
      code: 0,
      stdout: `OK: 10 entries, the chain holds.\nHead: ${head}\n`,
      stderr: '',
    });
  });

  it('confirms the head and count from the summary', async () => {
    const result = await run([FILE, '--head', head, '--count', '10'], intact);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('It matches what the incident recorded.');
  });

  it('says so when entries were added after the summary last recorded the head', async () => {
    const result = await run([FILE, '--head', ledger[8]!.hash], intact);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('and 1 entry added after that');
  });

  it('reads the ledger from standard input with -', async () => {
    const result = await run(['-'], {}, serializeLedger(ledger));
    expect(result.code).toBe(0);
  });

  it('names the first broken entry and why, and exits 1', async () => {
    const edited = serializeLedger(ledger).replace('Memory image of api-7 (#2)', 'Memory image of api-8 (#2)');
    const result = await run([FILE], { [FILE]: edited });
    expect(result).toEqual({
      code: 1,
      stdout: 'BROKEN at entry 2 (edited): entry 2 does not match its hash: it was changed after it was recorded\n',
      stderr: '',
    });
  });

  it('detects entries cut off the end when given the recorded head', async () => {
    const cut = { [FILE]: serializeLedger(ledger.slice(0, 9)) };
    expect((await run([FILE], cut)).code).toBe(0);
    const result = await run([FILE, '--head', head], cut);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^BROKEN at entry 10 \(missing\)/);
  });

  it.each([
    [[], /missing argument: <file\|->/],
    [[FILE, '--head', 'abc'], /--head "abc" is not a SHA-256/],
    [[FILE, '--count', 'ten'], /--count "ten" is not a whole number/],
    [[FILE, '--since', 'x'], /unknown option --since/],
    [['a', 'b'], /too many arguments: b/],
  ])('usage errors exit 2 with a message (%j)', async (argv, message) => {
    const result = await run(argv, intact);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('an unreadable file exits 2', async () => {
    const result = await run(['missing.jsonl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read missing.jsonl/);
  });

  it('--help prints the usage', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: firebreak evidence verify/);
  });
});
