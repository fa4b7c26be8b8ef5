// The entries the incident report is built from: the learnings index (`index.json` in the postmortem
// directory), each entry's action items read fresh from its postmortem. `firebreak report` reads a
// checkout, `mode: report` the default branch through the API; both go through here.
import { readIndex, type IndexEntry } from './learnings.js';
import { parsePostmortem } from './parse.js';

export interface ReportSource {
  readFile(path: string): Promise<string>;
  /** One line per thing left out or read differently, for stderr or the job log. */
  warn(line: string): void;
}

/** The index's entries, or an error when the index cannot be read; no index yet means no incidents. */
export async function readReportEntries(
  directory: string,
  source: ReportSource,
): Promise<{ entries: IndexEntry[] } | { error: string }> {
  const indexPath = `${directory}/index.json`;
  let text: string;
  try {
    text = await source.readFile(indexPath);
  } catch {
    // No postmortem merged yet is a normal state for a new repository: report nothing rather than fail.
    source.warn(`no ${indexPath} yet (it is written when the first postmortem is merged); reporting no incidents`);
    return { entries: [] };
  }
  let entries: IndexEntry[];
  try {
    entries = readIndex(text);
  } catch (error) {
    return { error: `${indexPath}: ${(error as Error).message}` };
  }
  const fresh: IndexEntry[] = [];
  for (const entry of entries) {
    // index.json is a file in the repository like any other: only a plain file name is read, never a path.
    if (/[\\/]|^\./.test(entry.file)) {
      source.warn(`${indexPath}: ignoring the file name ${JSON.stringify(entry.file)}`);
      fresh.push({ ...entry, actionItems: [] });
      continue;
    }
    try {
      const parsed = parsePostmortem(await source.readFile(`${directory}/${entry.file}`));
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
      source.warn(`${directory}/${entry.file}: ${(error as Error).message}; using its action items from the index`);
      fresh.push(entry);
    }
  }
  return { entries: fresh };
}
