// `/eta` values. Accepted forms (case-insensitive, the whole argument):
//   durations     30m, 2h, 1h30m, 1h30, 1h 30m, 2d, 45 minutes, 2 hours, "in 30m"   (1 minute … 30 days)
//   time of day   14:30, 9:05, 14:30Z, 14:30 UTC                                  (UTC, 24-hour clock)
//   instants      2026-03-02T14:30Z, 2026-03-02 14:30, …T14:30:00.000+02:00        (no offset = UTC)
//   no ETA        unknown, tbd, none, clear
// Parsing does not look at the clock; `resolveEta` turns a parsed value into an instant when the command
// is executed.

import type { Eta } from './types.js';

export const MAX_ETA_MINUTES = 30 * 24 * 60;

export type EtaResult = { ok: true; eta: Eta } | { ok: false; problem: string };

const NONE = /^(?:unknown|tbd|none|clear)$/i;
const DURATION =
  /^(?:in\s+)?(?:(\d{1,6})\s*(?:d|days?)\s*)?(?:(\d{1,6})\s*(?:h|hrs?|hours?)\s*)?(?:(\d{1,6})\s*(m|mins?|minutes?)?)?$/i;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?:\s*(?:z|utc))?$/i;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:t|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(z|utc|[+-]\d{2}(?::?\d{2})?)?$/i;

export const ETA_FORMS =
  'a duration (`30m`, `2h`, `1h30m`), a UTC time (`14:30`), an ISO time (`2026-03-02T14:30Z`) or `unknown`';

export function parseEta(text: string): EtaResult {
  if (text === '') return { ok: false, problem: `Give the ETA as ${ETA_FORMS}.` };
  if (NONE.test(text)) return { ok: true, eta: { kind: 'none', text } };
  return (
    duration(text) ??
    timeOfDay(text) ??
    instant(text) ?? { ok: false, problem: `That is not an ETA; use ${ETA_FORMS}.` }
  );
}

function duration(text: string): EtaResult | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  const [, days, hours, minutes, minuteUnit] = match;
  if (days === undefined && hours === undefined && minutes === undefined) return null;
  // A bare number is ambiguous ("30" minutes? hours?); only "1h30" may leave the minutes unit out.
  if (minutes !== undefined && minuteUnit === undefined && hours === undefined) return null;
  const total = Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
  if (total < 1) return { ok: false, problem: 'An ETA duration must be at least one minute.' };
  if (total > MAX_ETA_MINUTES) return { ok: false, problem: 'An ETA duration can be at most 30 days.' };
  return { ok: true, eta: { kind: 'duration', minutes: total, text } };
}

function timeOfDay(text: string): EtaResult | null {
  const match = TIME_OF_DAY.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59)
    return { ok: false, problem: 'A time of day is `HH:MM` on the 24-hour clock, from `00:00` to `23:59` (UTC).' };
  return { ok: true, eta: { kind: 'time-of-day', hour, minute, text } };
}

function instant(text: string): EtaResult | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  const millis = Math.floor(Number(`0.${fraction ?? '0'}`) * 1000);
  const offset = offsetMinutes(zone);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(wall);
  const real =
    year >= 2000 &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offset !== null;
  if (!real) return { ok: false, problem: 'That date or time does not exist; write it like `2026-03-02T14:30Z`.' };
  return { ok: true, eta: { kind: 'instant', at: new Date(wall - offset * 60_000).toISOString(), text } };
}

/** Minutes east of UTC, or null for an offset that does not exist. */
function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || /^(?:z|utc)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * The instant an ETA stands for when its command is executed at `now` (ISO 8601, UTC), or null when the
 * ETA was withdrawn. A time of day is the next time the UTC clock shows it; the current minute still
 * counts as today.
 */
export function resolveEta(eta: Eta, now: Date): string | null {
  switch (eta.kind) {
    case 'none':
      return null;
    case 'instant':
      return eta.at;
    case 'duration':
      return new Date(now.getTime() + eta.minutes * 60_000).toISOString();
    case 'time-of-day': {
      const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), eta.hour, eta.minute);
      const thisMinute = Math.floor(now.getTime() / 60_000) * 60_000;
      return new Date(today >= thisMinute ? today : today + 86_400_000).toISOString();
    }
  }
}
