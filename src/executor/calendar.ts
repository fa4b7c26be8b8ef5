// Reading the on-call calendar's stamp and writing the calendar: the files that differ from the status
// branch (DTSTAMP aside), each with compare-and-swap on its sha, then the stamp. Only applyRepositoryWrite
// (a `calendar` write) and the status site's write, which the incident executor applies, call writeCalendar,
// so it happens under the run's dry run. The stamp's format is state/calendar-stamp.ts.
import { defaultBranchRefusal } from '../config/status-page-checks.js';
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway } from '../github/gateway.js';
import {
  CALENDAR_STAMP,
  parseStamp,
  withoutStamps,
  type CalendarStamp,
  type WantedCalendar,
} from '../state/calendar-stamp.js';
import { INDEX_BRANCH } from '../state/schedule-index.js';

export interface LoadedStamp {
  stamp: CalendarStamp | null;
  sha: string | null;
}

export async function readStamp(gateway: GitHubGateway): Promise<LoadedStamp> {
  const file = await gateway.getFile(CALENDAR_STAMP, INDEX_BRANCH);
  if (!file) return { stamp: null, sha: null };
  return { stamp: parseStamp(file.content), sha: file.sha };
}

export interface CalendarWrite {
  wanted: WantedCalendar;
  /** The stamp to record once the files are written, and the sha of the one it replaces. */
  stamp: CalendarStamp;
  stampSha: string | null;
  /** The repository's default branch: refused as the calendar's branch; a new branch starts from it. */
  base: string;
}

/**
 * Writes the wanted files that differ from the branch, then the stamp; says what it did. Refuses the
 * default branch. A file changed by a racing run (409) is read again, up to three tries.
 */
export async function writeCalendar(gateway: GitHubGateway, write: CalendarWrite): Promise<string> {
  const { wanted, base } = write;
  if (wanted.branch === base) throw new Error(defaultBranchRefusal(wanted.branch));
  let written = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      written += await writeFiles(gateway, wanted, base);
      break;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 409) || attempt >= 3) throw error;
    }
  }
  await putStamp(gateway, write.stamp, write.stampSha, base);
  const people = wanted.published.filter((p) => p !== 'oncall.ics').length;
  const emptied = Object.keys(wanted.files).length - wanted.published.length;
  const what =
    wanted.published.length === 0
      ? `status-page.oncall-calendar is off: ${emptied} published calendar(s) emptied`
      : `oncall.ics and ${people} personal calendar(s)${emptied > 0 ? `, ${emptied} emptied` : ''}`;
  return `on-call calendar: ${written} file(s) written to ${wanted.branch} (${what})`;
}

async function writeFiles(gateway: GitHubGateway, wanted: WantedCalendar, base: string): Promise<number> {
  if (!(await gateway.getBranchSha(wanted.branch))) {
    const sha = await gateway.getBranchSha(base);
    if (!sha) throw new Error('the default branch has no commits to branch the status site from');
    await gateway.createBranch(wanted.branch, sha);
  }
  let written = 0;
  for (const [path, content] of Object.entries(wanted.files)) {
    const existing = await gateway.getFile(path, wanted.branch);
    if (existing && withoutStamps(existing.content) === withoutStamps(content)) continue;
    await gateway.putFile({
      path,
      branch: wanted.branch,
      content,
      message: `On-call calendar: ${path}`,
      ...(existing ? { sha: existing.sha } : {}),
    });
    written += 1;
  }
  return written;
}

/** The stamp, with compare-and-swap; a racing run's stamp (409) is left: it wrote the same files or newer. */
async function putStamp(gateway: GitHubGateway, stamp: CalendarStamp, sha: string | null, base: string): Promise<void> {
  if (sha === null && !(await gateway.getBranchSha(INDEX_BRANCH))) {
    // No state branch yet (no incident run has written the schedule index): create it, as the index does.
    const from = await gateway.getBranchSha(base);
    if (from) await tolerate(() => gateway.createBranch(INDEX_BRANCH, from));
  }
  await tolerate(() =>
    gateway.putFile({
      path: CALENDAR_STAMP,
      branch: INDEX_BRANCH,
      content: `${JSON.stringify(stamp, null, 2)}\n`,
      message: 'firebreak: on-call calendar stamp',
      ...(sha ? { sha } : {}),
    }),
  );
}

/** A conflict (409) or a validation failure (422: created meanwhile) means a racing run got there first. */
async function tolerate(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof GitHubError && (error.kind === 'conflict' || error.kind === 'validation')) return;
    throw error;
  }
}
