// Reading the rotation's wall-clock values (dates, hand-off times, ISO instants) as instants in its time
// zone. Every local time goes through `localInstant`, so gaps and repeated hours are resolved one way.
import { DateTime, IANAZone } from 'luxon';

export class RotationError extends Error {
  override name = 'RotationError';
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export function isTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

export function assertTimeZone(timeZone: string, where: string): void {
  if (!isTimeZone(timeZone)) {
    throw new RotationError(`${where}: "${timeZone}" is not an IANA time zone (e.g. "Europe/Berlin")`);
  }
}

/** "HH:MM" (24-hour clock), or null when malformed. */
export function parseClockTime(text: string): ClockTime | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** "YYYY-MM-DD" naming a real calendar date, or null. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return DateTime.utc(date.year, date.month, date.day).isValid ? date : null;
}

/** The calendar date `days` after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = DateTime.utc(date.year, date.month, date.day).plus({ days });
  return { year: d.year, month: d.month, day: d.day };
}

/** Whole calendar days from `a` to `b`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return DateTime.utc(date.year, date.month, date.day).weekday;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(ms: number, timeZone: string): LocalDate {
  const d = DateTime.fromMillis(ms, { zone: timeZone });
  return { year: d.year, month: d.month, day: d.day };
}

/**
 * The instant (epoch ms) when the wall clock in `timeZone` shows `time` on `date`.
 *
 * - A time that does not exist (skipped by a spring-forward change, e.g. 02:30 in Berlin on the last
 *   Sunday of March) is what luxon makes of it: moved forward by the length of the gap (03:30 CEST).
 * - A time that happens twice (the repeated hour of a fall-back change) is its *first* occurrence,
 *   the one still on summer time. luxon alone picks between the two using the zone's offset at the
 *   moment the code runs, which would make the answer depend on the real date; we choose explicitly.
 */
export function localInstant(date: LocalDate, time: ClockTime, timeZone: string): number {
  const dt = DateTime.fromObject({ ...date, hour: time.hour, minute: time.minute }, { zone: timeZone });
  return earliest(dt);
}

/**
 * An ISO 8601 time as epoch ms. With an offset or `Z` it is that instant; without one it is a wall-clock
 * time in `timeZone` (read like `localInstant`). Returns null when it is not ISO 8601.
 */
export function parseInstant(text: string, timeZone: string): number | null {
  const dt = DateTime.fromISO(text.trim(), { zone: timeZone, setZone: true });
  return dt.isValid ? earliest(dt) : null;
}

function earliest(dt: DateTime): number {
  return Math.min(...dt.getPossibleOffsets().map((candidate) => candidate.toMillis()), dt.toMillis());
}

export function instantOf(at: Date, what = 'time'): number {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw new RotationError(`${what} is not a valid date`);
  return ms;
}
