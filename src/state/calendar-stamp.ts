// The published on-call calendar's stamp: `oncall-calendar.json` on branch `firebreak/state`, saying what
// was published (a digest of the files, DTSTAMP aside), when and which files. It tells a run whether the
// calendar changed without reading the files; the sweep's read-ahead fetches it with the schedule index.
// Pure: reading it and writing the calendar are executor/calendar.ts; deciding what to publish is
// handlers/oncall-calendar.ts.
import { createHash } from 'node:crypto';

/** The stamp's path on INDEX_BRANCH. */
export const CALENDAR_STAMP = 'oncall-calendar.json';

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

/** What the status branch should hold: the calendars, plus an empty one for every file no longer published. */
export interface WantedCalendar {
  branch: string;
  files: Record<string, string>;
  /** The files with shifts (the stamp's `files`). */
  published: string[];
  digest: string;
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

/** Whether the stamp already says the branch holds these files. */
export function upToDate(stamp: CalendarStamp | null, wanted: WantedCalendar): boolean {
  return stamp !== null && stamp.branch === wanted.branch && stamp.digest === wanted.digest;
}

/** The stamp for files written at `now`. */
export function stampFor(wanted: WantedCalendar, now: Date): CalendarStamp {
  return { v: 1, branch: wanted.branch, digest: wanted.digest, written: now.toISOString(), files: wanted.published };
}
