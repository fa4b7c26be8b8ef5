// `firebreak evidence verify <file> [--head HASH] [--count N]`: checks an incident's evidence ledger
// and names the first entry that does not hold. Argument handling and wording only; the checking is
// src/security/verify.ts.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readSha256 } from '../security/digest.js';
import { type LedgerExpectation, verifyLedgerText } from '../security/verify.js';

export interface EvidenceIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

export const EVIDENCE_USAGE = `Usage: firebreak evidence verify <file|-> [--head HASH] [--count N]

Checks an incident's evidence ledger (evidence/incident-<n>.jsonl on branch incident-evidence/<n>):
every entry against its hash, each link to the entry before it, and their order.
  <file|->      the ledger file, or - to read it from standard input, e.g.
                git show incident-evidence/12:evidence/incident-12.jsonl | firebreak evidence verify -
  --head HASH   the evidence head the incident's summary shows: entries removed from the end are detected
  --count N     the number of entries the summary shows
Exit status: 0 when the ledger verifies, 1 when it is broken, 2 for a usage error or an unreadable file.
`;

class UsageError extends Error {}

/** Runs `firebreak evidence`; `argv` is what follows the command name. Returns the exit code. */
export async function runEvidenceCommand(argv: readonly string[], io: EvidenceIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`firebreak evidence: ${error.message}\n`);
    return 2;
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { head: { type: 'string' }, count: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${EVIDENCE_USAGE}`);
  }
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

async function run(argv: readonly string[], io: EvidenceIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(EVIDENCE_USAGE);
    return 0;
  }
  const [subcommand, file, ...extra] = positionals;
  if (subcommand !== 'verify') {
    throw new UsageError(`${subcommand === undefined ? 'name a subcommand' : `unknown subcommand "${subcommand}"`}\n${EVIDENCE_USAGE}`);
  }
  if (file === undefined) throw new UsageError(`name the ledger file (or - for standard input)\n${EVIDENCE_USAGE}`);
  if (extra.length > 0) throw new UsageError(`one ledger at a time (got ${[file, ...extra].join(', ')})`);
  const expect = expectation(values.head, values.count);

  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    io.stderr.write(`firebreak evidence: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }

  const verdict = verifyLedgerText(text, expect);
  if (!verdict.ok) {
    io.stdout.write(`BROKEN at entry ${verdict.firstBroken} (${verdict.reason}): ${verdict.detail}\n`);
    return 1;
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
  return 0;
}

export function nodeEvidenceIo(): EvidenceIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, 'utf8'),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
