// `firebreak evidence verify <file> [--head HASH] [--count N]`: checks an incident's evidence ledger
// and names the first entry that does not hold. Argument handling and wording only; the checking is
// src/domain/security/verify.ts.
import { readSha256 } from '../domain/security/digest.js';
import { type LedgerExpectation, verifyLedgerText } from '../domain/security/verify.js';
import { EXIT, helpText, runCommand, stringOption, UsageError } from './command.js';
import { EVIDENCE_VERIFY } from './specs.js';

export interface EvidenceIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

export const EVIDENCE_USAGE = helpText(EVIDENCE_VERIFY);

/** Runs `firebreak evidence verify`; `argv` is what follows `verify`. Returns the exit code. */
export async function runEvidenceVerify(argv: readonly string[], io: EvidenceIo): Promise<number> {
  const out = { stdout: (t: string) => void io.stdout.write(t), stderr: (t: string) => void io.stderr.write(t) };
  return runCommand(EVIDENCE_VERIFY, argv, out, ({ values, positionals }) =>
    verify(positionals[0] as string, expectation(stringOption(values, 'head'), stringOption(values, 'count')), io),
  );
}

function expectation(head: string | undefined, count: string | undefined): LedgerExpectation {
  const expect: LedgerExpectation = {};
  if (head !== undefined) {
    const hash = readSha256(head);
    if (hash === null) throw new UsageError(`--head "${head}" is not a SHA-256 (64 hexadecimal digits)`);
    expect.expectedHead = hash;
  }
  if (count !== undefined) {
    if (!/^\d+$/.test(count.trim())) throw new UsageError(`--count "${count}" is not a whole number`);
    expect.expectedCount = Number(count.trim());
  }
  return expect;
}

async function verify(file: string, expect: LedgerExpectation, io: EvidenceIo): Promise<number> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    io.stderr.write(`firebreak evidence: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }

  const verdict = verifyLedgerText(text, expect);
  if (!verdict.ok) {
    io.stdout.write(`BROKEN at entry ${verdict.firstBroken} (${verdict.reason}): ${verdict.detail}\n`);
    return EXIT.problems;
  }
  const entries = verdict.count === 1 ? '1 entry' : `${verdict.count} entries`;
  const lines = [`OK: ${entries}, the chain holds.`, `Head: ${verdict.head}`];
  if (expect.expectedHead !== undefined || expect.expectedCount !== undefined) {
    lines.push(
      verdict.unrecorded === 0
        ? 'It matches what the incident recorded.'
        : `It contains what the incident recorded, and ${verdict.unrecorded === 1 ? '1 entry' : `${verdict.unrecorded} entries`} added after that.`,
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
