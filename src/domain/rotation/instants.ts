// Reading the rotation's wall-clock values (dates, hand-off times, ISO instants) as instants in its time
// zone. Every local time goes through `localInstant`, so gaps and repeated hours are resolved one way.
import { DateTime, IANAZone } from 'luxon';
import { isListedZone, zoneFor } from '../../time/zone.js';

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

const validZones = new Map<string, boolean>();

/**
 * Whether Intl knows the zone. A canonical name is found in Intl's list; any other (an alias such as
 * "US/Eastern") goes to luxon's check, which builds a DateTimeFormat: asked once per name.
 */
export function isTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    valid = timeZone === 'UTC' || isListedZone(timeZone) || IANAZone.isValidZone(timeZone);
    validZones.set(timeZone, valid);
  }
  return valid;
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

/**
 * Options for a luxon DateTime in `timeZone`: the zone from time/zone.ts (offsets without a DateTimeFormat)
 * and a fixed locale, since luxon asks the system's locale of a DateTimeFormat when none is given. The
 * locale changes no number read here (year, month, day, offsets).
 */
export function zoneOptions(timeZone: string): { zone: ReturnType<typeof zoneFor>; locale: string } {
  return { zone: zoneFor(timeZone), locale: 'en-US' };
}

// Calendar arithmetic needs no time zone, so it is done on UTC dates with Date (proleptic Gregorian, as
// luxon's): a luxon DateTime per step costs far more, and a rotation takes many steps on every run.
const DAY_MS = 86_400_000;

/** Epoch ms of midnight UTC on a calendar date (setUTCFullYear, so years 0–99 are not read as 19xx). */
function utcMidnight(date: LocalDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime();
}

function utcDate(ms: number): LocalDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "YYYY-MM-DD" naming a real calendar date, or null. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const real = date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
  return real ? date : null;
}

/** The calendar date `days` (a whole number) after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) {
    const d = DateTime.utc(date.year, date.month, date.day, { locale: 'en-US' }).plus({ days });
    return { year: d.year, month: d.month, day: d.day };
  }
  return utcDate(utcMidnight(date) + days * DAY_MS);
}

/** Whole calendar days from `a` to `b`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  // luxon reads a leap day of the years 0–99 as 1 March (its dayOfWeek goes through 19xx): keep its answer there.
  if (date.year < 100) return DateTime.utc(date.year, date.month, date.day, { locale: 'en-US' }).weekday;
  return new Date(utcMidnight(date)).getUTCDay() || 7;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(ms: number, timeZone: string): LocalDate {
  const d = DateTime.fromMillis(ms, zoneOptions(timeZone));
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
  const dt = DateTime.fromObject({ ...date, hour: time.hour, minute: time.minute }, zoneOptions(timeZone));
  return earliest(dt);
}

/**
 * An ISO 8601 time as epoch ms. With an offset or `Z` it is that instant; without one it is a wall-clock
 * time in `timeZone` (read like `localInstant`). Returns null when it is not ISO 8601.
 */
export function parseInstant(text: string, timeZone: string): number | null {
  const dt = DateTime.fromISO(text.trim(), { ...zoneOptions(timeZone), setZone: true });
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
