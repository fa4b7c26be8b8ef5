// `firebreak oncall --ics`: the calendar itself is built in src/domain/rotation/calendar.ts, which the
// action's published calendar (handlers/oncall-calendar.ts) shares, so both give the same file.
export {
  calendarShifts,
  oncallCalendar,
  type CalendarOptions,
  type CalendarShift,
} from '../domain/rotation/calendar.js';
