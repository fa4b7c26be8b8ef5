// `firebreak report [--since 90d] [--dir docs/postmortems] [--json]`: incident response over a period, from
// the learnings index (index.json). Each postmortem file is read again for its action items, so an item
// ticked off after the index was written counts as done. Markdown by default: a scheduled workflow can
// append it to $GITHUB_STEP_SUMMARY.
import { parseArgs } from 'node:util';
import { parseDuration } from '../config/duration.js';
import type { Config } from '../config/types.js';
import { readIndex, type IndexEntry } from '../postmortem/learnings.js';
import { parsePostmortem } from '../postmortem/parse.js';
import { buildReport, renderReport } from '../postmortem/report.js';
import { postmortemDirectory } from '../postmortem/slug.js';

export interface ReportCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  now: Date;
  /** Supplies the default directory (postmortem.directory). */
  config?: Pick<Config, 'postmortem'>;
}

export const REPORT_USAGE = `Usage: firebreak report [--since 90d] [--dir docs/postmortems] [--json]

Incidents by severity, MTTA and MTTR (median and p90), response-target breaches and open action items,
from the postmortems' index.json.
  --since DURATION  the period, back from now: 30d, 12w, 90d (default 90d)
  --dir DIR         the postmortem directory (default: postmortem.directory, docs/postmortems)
  --json            print the report as JSON instead of markdown
`;

class UsageError extends Error {}

export async function runReportCommand(argv: readonly string[], io: ReportCommandIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`firebreak report: ${error.message}\n${REPORT_USAGE}`);
    return 2;
  }
}

async function run(argv: readonly string[], io: ReportCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: { since: { type: 'string', default: '90d' }, dir: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout.write(REPORT_USAGE);
    return 0;
  }
  const since = parseDuration(values.since);
  if (since === undefined || since === 0) throw new UsageError(`--since takes a duration such as 30d, 12w or 90d, not "${values.since}"`);
  const directory = postmortemDirectory(values.dir ?? io.config?.postmortem.directory ?? '');

  const entries = await readEntries(directory, io);
  if (entries === null) return 1;
  const report = buildReport(entries, { now: io.now, since });
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
  return 0;
}

async function readEntries(directory: string, io: ReportCommandIo): Promise<IndexEntry[] | null> {
  const indexPath = `${directory}/index.json`;
  let text: string;
  try {
    text = await io.readFile(indexPath);
  } catch {
    // No postmortem merged yet is a normal state for a new repository: report nothing rather than fail.
    io.stderr.write(`firebreak report: no ${indexPath} yet (it is written when the first postmortem is merged); reporting no incidents\n`);
    return [];
  }
  let entries: IndexEntry[];
  try {
    entries = readIndex(text);
  } catch (error) {
    io.stderr.write(`firebreak report: ${indexPath}: ${(error as Error).message}\n`);
    return null;
  }
  const fresh: IndexEntry[] = [];
  for (const entry of entries) {
    // index.json is a file in the repository like any other: only a plain file name is read, never a path.
    if (/[\\/]|^\./.test(entry.file)) {
      io.stderr.write(`firebreak report: ${indexPath}: ignoring the file name ${JSON.stringify(entry.file)}\n`);
      fresh.push({ ...entry, actionItems: [] });
      continue;
    }
    try {
      const parsed = parsePostmortem(await io.readFile(`${directory}/${entry.file}`));
      const issues = new Map(entry.actionItems.map((i) => [i.text, i.issue] as const));
      fresh.push({ ...entry, actionItems: parsed.actionItems.map((i) => ({ text: i.text, owner: i.owner, done: i.done, issue: issues.get(i.text) ?? null })) });
    } catch (error) {
      io.stderr.write(`firebreak report: ${directory}/${entry.file}: ${(error as Error).message}; using its action items from the index\n`);
      fresh.push(entry);
    }
  }
  return fresh;
}
