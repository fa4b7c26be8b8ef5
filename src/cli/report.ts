// `firebreak report [--since 90d] [--dir docs/postmortems] [--json]`: incident response over a period, from
// the learnings index (index.json). Each postmortem file is read again for its action items, so an item
// ticked off after the index was written counts as done. Markdown by default: a scheduled workflow can
// append it to $GITHUB_STEP_SUMMARY.
import { parseDuration } from '../config/duration.js';
import type { Config } from '../config/types.js';
import { readIndex, type IndexEntry } from '../postmortem/learnings.js';
import { parsePostmortem } from '../postmortem/parse.js';
import { buildReport, renderReport } from '../postmortem/report.js';
import { postmortemDirectory } from '../postmortem/slug.js';
import { EXIT, helpText, runCommand, stringOption, UsageError } from './command.js';
import { REPORT } from './specs.js';

export interface ReportCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  now: Date;
  /** Supplies the default directory (postmortem.directory). */
  config?: Pick<Config, 'postmortem'>;
}

export const REPORT_USAGE = helpText(REPORT);

export async function runReportCommand(argv: readonly string[], io: ReportCommandIo): Promise<number> {
  const out = { stdout: (t: string) => void io.stdout.write(t), stderr: (t: string) => void io.stderr.write(t) };
  return runCommand(REPORT, argv, out, async ({ values }) => {
    const sinceText = stringOption(values, 'since') ?? '90d';
    const since = parseDuration(sinceText);
    if (since === undefined || since === 0)
      throw new UsageError(`--since takes a duration such as 30d, 12w or 90d, not "${sinceText}"`);
    const directory = postmortemDirectory(stringOption(values, 'dir') ?? io.config?.postmortem.directory ?? '');
    const entries = await readEntries(directory, io);
    if (entries === null) return EXIT.problems;
    const report = buildReport(entries, { now: io.now, since });
    io.stdout.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
    return EXIT.ok;
  });
}

async function readEntries(directory: string, io: ReportCommandIo): Promise<IndexEntry[] | null> {
  const indexPath = `${directory}/index.json`;
  let text: string;
  try {
    text = await io.readFile(indexPath);
  } catch {
    // No postmortem merged yet is a normal state for a new repository: report nothing rather than fail.
    io.stderr.write(
      `firebreak report: no ${indexPath} yet (it is written when the first postmortem is merged); reporting no incidents\n`,
    );
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
      fresh.push({
        ...entry,
        actionItems: parsed.actionItems.map((i) => ({
          text: i.text,
          owner: i.owner,
          done: i.done,
          issue: issues.get(i.text) ?? null,
        })),
      });
    } catch (error) {
      io.stderr.write(
        `firebreak report: ${directory}/${entry.file}: ${(error as Error).message}; using its action items from the index\n`,
      );
      fresh.push(entry);
    }
  }
  return fresh;
}
