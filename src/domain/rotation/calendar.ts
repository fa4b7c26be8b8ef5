// `firebreak oncall --ics`: the final on-call schedule (overrides and swaps applied, as `--schedule` shows
// it) as an RFC 5545 calendar, written with ical-generator. Every shift is one VEVENT with its start and
// end in UTC, so a calendar client shows it in the reader's own zone and a shift across a DST change keeps
// its true length (23, 25, 167 or 169 hours); the rotation's zone is named in the description. The
// published calendar (`status-page.oncall-calendar`, handlers/oncall-calendar.ts) is built here too, so
// the files on the status branch are the ones the CLI prints.
import { createHash } from 'node:crypto';
import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import type { Config, Rotation } from '../../config/types.js';
import { schedule, type Shift } from './schedule.js';

export interface CalendarOptions {
  /** First instant covered: shifts running then are included with their true start. */
  from: Date;
  /** Calendar days in each rotation's zone. */
  days: number;
  /** Only this person's shifts (login, with or without "@"; case-insensitive). */
  person?: string;
  /** DTSTAMP of every event: when the calendar was made (injected, so output is reproducible). */
  now: Date;
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
}

export interface CalendarShift extends Shift {
  rotation: string;
  timeZone: string;
}

/** The shifts a calendar shows: every layer of every rotation given, filtered to one person if asked. */
export function calendarShifts(rotations: readonly Rotation[], options: CalendarOptions): CalendarShift[] {
  const person = options.person?.replace(/^@/, '').toLowerCase();
  return rotations
    .flatMap((rotation) =>
      schedule(rotation, options.from, options.days).map((s) => ({
        ...s,
        rotation: rotation.id,
        timeZone: rotation.timeZone,
      })),
    )
    .filter((s) => person === undefined || s.member.toLowerCase() === person)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.rotation.localeCompare(b.rotation));
}

/** A stable UID: the same shift keeps its UID when the calendar is made again, so clients update it. */
function uid(shift: CalendarShift): string {
  const id = `${shift.rotation}|${shift.layer}|${shift.member}|${shift.start.toISOString()}|${shift.end.toISOString()}`;
  return `${createHash('sha256').update(id).digest('hex').slice(0, 32)}@firebreak`;
}

const REASONS: Record<Shift['reason'], string> = {
  rotation: 'the rotation',
  override: 'an override',
  swap: 'a swap',
};

/** The calendar text (CRLF line endings, folded lines, as RFC 5545 requires). */
export function oncallCalendar(rotations: readonly Rotation[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: 'firebreak', product: 'oncall', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const shift of calendarShifts(rotations, options)) {
    calendar.createEvent({
      id: uid(shift),
      start: shift.start,
      end: shift.end,
      stamp: options.now,
      summary: `On call: @${shift.member} (${shift.rotation} ${shift.layer})`,
      description: [
        `@${shift.member} is on call on layer "${shift.layer}" of rotation "${shift.rotation}" (${shift.timeZone}).`,
        `Scheduled by ${REASONS[shift.reason]}.`,
      ].join('\n'),
      categories: [{ name: 'on-call' }, { name: shift.rotation }],
    });
  }
  return calendar.toString();
}

/** How far ahead the calendar looks unless told otherwise (`--days`), and the published one always. */
export const CALENDAR_DAYS = 90;

/** Every rotation with someone in it (the defaults' empty `on-call` adds nothing), else every rotation. */
export function wholeTeam(config: Config): Rotation[] {
  const all = Object.values(config.rotations);
  const staffed = all.filter((r) => r.layers.some((l) => l.members.length > 0));
  return staffed.length > 0 ? staffed : all;
}

/** The calendar's name: "On call (on-call, payments)", or "On call — @alice (on-call)" for one person. */
export function calendarName(rotations: readonly Rotation[], person?: string): string {
  return `On call${person ? ` — @${person}` : ''} (${rotations.map((r) => r.id).join(', ')})`;
}

/** The calendar file as `firebreak oncall --ics` prints it (ending with CRLF). */
export function calendarFile(rotations: readonly Rotation[], options: Omit<CalendarOptions, 'name'>): string {
  const text = oncallCalendar(rotations, { ...options, name: calendarName(rotations, options.person) });
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * The published calendar: `oncall.ics` (the whole team, as `firebreak oncall --ics`) and, for everyone
 * with a shift in the next CALENDAR_DAYS days, `oncall/<login>.ics` (as `--ics --person <login>`; the
 * login in lower case). Keyed by path.
 */
export function publishedCalendars(config: Config, now: Date): Record<string, string> {
  const team = wholeTeam(config);
  const options = { from: now, days: CALENDAR_DAYS, now };
  const people = [...new Set(calendarShifts(team, { ...options, name: '' }).map((s) => s.member.toLowerCase()))].sort();
  return {
    'oncall.ics': calendarFile(team, options),
    ...Object.fromEntries(
      people.map((login) => [`oncall/${login}.ics`, calendarFile(team, { ...options, person: login })]),
    ),
  };
}
