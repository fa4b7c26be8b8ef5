// `firebreak report [--since 90d] [--dir docs/postmortems] [--json]`: incident response over a period, from
// the learnings index (index.json). Each postmortem file is read again for its action items, so an item
// ticked off after the index was written counts as done. Markdown by default: a scheduled workflow can
// append it to $GITHUB_STEP_SUMMARY.
import { parseDuration } from '../config/duration.js';
import type { Config } from '../config/types.js';
import { readReportEntries } from '../domain/postmortem/report-entries.js';
import { buildReport, renderReport } from '../domain/postmortem/report.js';
import { postmortemDirectory } from '../domain/postmortem/slug.js';
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
    const read = await readReportEntries(directory, {
      readFile: (path) => io.readFile(path),
      warn: (line) => void io.stderr.write(`firebreak report: ${line}\n`),
    });
    if ('error' in read) {
      io.stderr.write(`firebreak report: ${read.error}\n`);
      return EXIT.problems;
    }
    const report = buildReport(read.entries, { now: io.now, since });
    io.stdout.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
    return EXIT.ok;
  });
}
