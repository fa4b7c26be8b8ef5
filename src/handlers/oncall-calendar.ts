// The published on-call calendar (`status-page.oncall-calendar`, off by default): `oncall.ics` and
// `oncall/<login>.ics` on the status branch, the files `firebreak oncall --ics [--person <login>]` prints
// (domain/rotation/calendar.ts), 90 days from the write. A stamp on `firebreak/state`
// (`oncall-calendar.json`: the digest of what was published, when, which files) says whether the
// calendar changed without reading it: the sweep's read-ahead fetches the stamp in its one query, so a
// sweep whose calendar is unchanged costs no request. Files are written through the gateway only when
// their content changed (DTSTAMP aside), each with compare-and-swap on its sha; a person who no longer has
// a shift, and every file when the setting is turned off, gets an empty calendar, so subscribers see the
// shifts go. Writes: after every status-site write, and from the sweep at most once a day.
import { createHash } from 'node:crypto';
import { defaultBranchRefusal } from '../config/status-page-checks.js';
import type { Config } from '../config/types.js';
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway } from '../github/gateway.js';
import type { RunCache, RunServices } from './run-services.js';
import { INDEX_BRANCH } from '../state/schedule-index.js';

/** The stamp's path on INDEX_BRANCH (the sweep's read-ahead fetches it with the schedule index). */
export const CALENDAR_STAMP = 'oncall-calendar.json';

/** The sweep rewrites a changed calendar at most this often (a sweep run by hand: whenever it changed). */
export const SWEEP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface CalendarStamp {
  v: 1;
  /** The branch the files are on. */
  branch: string;
  /** calendarDigest of the files as published. */
  digest: string;
  /** When they were written. */
  written: string;
  /** The files published with shifts in them (empty once the setting is off and they were emptied). */
  files: string[];
}

export interface LoadedStamp {
  stamp: CalendarStamp | null;
  sha: string | null;
}

export async function readStamp(gateway: GitHubGateway): Promise<LoadedStamp> {
  const file = await gateway.getFile(CALENDAR_STAMP, INDEX_BRANCH);
  if (!file) return { stamp: null, sha: null };
  return { stamp: parseStamp(file.content), sha: file.sha };
}

export function parseStamp(text: string): CalendarStamp | null {
  try {
    const value = JSON.parse(text) as Partial<CalendarStamp>;
    if (
      value.v === 1 &&
      typeof value.branch === 'string' &&
      typeof value.digest === 'string' &&
      typeof value.written === 'string' &&
      !Number.isNaN(Date.parse(value.written)) &&
      Array.isArray(value.files) &&
      value.files.every((f) => typeof f === 'string')
    )
      return { v: 1, branch: value.branch, digest: value.digest, written: value.written, files: value.files };
  } catch {
    // A damaged stamp only costs a comparison with the branch.
  }
  return null;
}

/** Calendar text without its DTSTAMP lines (the time it was made), so equal schedules compare equal. */
export function withoutStamps(text: string): string {
  return text.replace(/^DTSTAMP:[^\r\n]*\r?\n/gm, '');
}

/** A digest of a set of calendar files, DTSTAMP aside. */
export function calendarDigest(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort()) hash.update(`${path}\n${withoutStamps(files[path] ?? '')}\n`);
  return hash.digest('hex');
}

/** What the status branch should hold: the calendars, plus an empty one for every file no longer published. */
export interface WantedCalendar {
  branch: string;
  files: Record<string, string>;
  /** The files with shifts (the stamp's `files`). */
  published: string[];
  digest: string;
}

/**
 * The files to publish now, or null when there is nothing to do: the setting is off and nothing was
 * published (on the configured branch) before. Loads the calendar code (ical-generator) only when needed.
 */
export async function wantedCalendar(
  config: Config,
  stamp: CalendarStamp | null,
  now: Date,
): Promise<WantedCalendar | null> {
  const { branch, oncallCalendar: enabled } = config.statusPage;
  const before = stamp !== null && stamp.branch === branch ? stamp.files : [];
  if (!enabled && before.length === 0) return null;
  const { publishedCalendars, oncallCalendar } = await import('../domain/rotation/calendar.js');
  const current = enabled ? publishedCalendars(config, now) : {};
  const empty = oncallCalendar([], { from: now, days: 0, now, name: 'On call (no longer published)' });
  const files: Record<string, string> = { ...current };
  for (const path of before) if (!(path in files)) files[path] = empty.endsWith('\r\n') ? empty : `${empty}\r\n`;
  return { branch, files, published: Object.keys(current), digest: calendarDigest(files) };
}

/** Whether the stamp already says the branch holds these files. */
export function upToDate(stamp: CalendarStamp | null, wanted: WantedCalendar): boolean {
  return stamp !== null && stamp.branch === wanted.branch && stamp.digest === wanted.digest;
}

/**
 * Writes the wanted files that differ from the branch (DTSTAMP aside), then the stamp. Refuses the
 * default branch. A file changed by a racing run (409) is read again, up to three tries.
 */
export async function writeCalendar(
  gateway: GitHubGateway,
  wanted: WantedCalendar,
  loaded: LoadedStamp,
  defaultBranch: () => Promise<string>,
  now: Date,
): Promise<string> {
  const base = await defaultBranch();
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
  const stamp: CalendarStamp = {
    v: 1,
    branch: wanted.branch,
    digest: wanted.digest,
    written: now.toISOString(),
    files: wanted.published,
  };
  await putStamp(gateway, stamp, loaded.sha, base);
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

/**
 * After a status-site write: publish the calendar when it changed (one read of the stamp, then the files
 * that differ). Empty text when the setting is off.
 */
export async function calendarWithSite(
  gateway: GitHubGateway,
  config: Config,
  defaultBranch: () => Promise<string>,
  now: Date,
): Promise<string> {
  // Off: nothing read here (a /publish run costs what it did); the sweep empties what was published.
  if (!config.statusPage.oncallCalendar) return '';
  const loaded = await readStamp(gateway);
  const wanted = await wantedCalendar(config, loaded.stamp, now);
  if (!wanted) return '';
  if (upToDate(loaded.stamp, wanted)) return 'on-call calendar up to date';
  return writeCalendar(gateway, wanted, loaded, defaultBranch, now);
}

/**
 * The sweep's part: the stamp comes with the read-ahead, so an unchanged calendar (or the setting off)
 * costs no request. A changed one is written at most once a day (a sweep run by hand: at once); a write
 * that fails is logged as a failure (the job ends red) and retried by the next sweep.
 */
export async function sweepCalendar(services: RunServices, cache: RunCache): Promise<void> {
  const { gateway, clock, log, inputs, context } = services;
  const { config } = await cache.loadSettings();
  const now = clock.now();
  try {
    const loaded = await readStamp(gateway);
    const wanted = await wantedCalendar(config, loaded.stamp, now);
    if (!wanted || upToDate(loaded.stamp, wanted)) return;
    const last = loaded.stamp === null ? null : Date.parse(loaded.stamp.written);
    const byHand = context.eventName === 'workflow_dispatch';
    if (!byHand && last !== null && now.getTime() - last < SWEEP_INTERVAL_MS) {
      log.info(
        `On-call calendar changed; the sweep writes it at most once a day: after ${new Date(last + SWEEP_INTERVAL_MS).toISOString()}.`,
      );
      return;
    }
    if (inputs.dryRun) {
      log.info(`dry run, would write the on-call calendar to ${wanted.branch}`);
      return;
    }
    log.info(await writeCalendar(gateway, wanted, loaded, async () => (await cache.repoInfo()).defaultBranch, now));
  } catch (error) {
    log.fail(
      `on-call calendar (status-page.oncall-calendar): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
