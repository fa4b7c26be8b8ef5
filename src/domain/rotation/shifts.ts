// When a layer's shifts start and end, before any override or swap.
import type { RotationLayer } from '../../config/types.js';
import { WEEKDAYS } from '../../config/types.js';
import {
  RotationError,
  addDays,
  assertTimeZone,
  daysBetween,
  instantOf,
  localDateOf,
  localInstant,
  parseClockTime,
  parseLocalDate,
  weekdayOf,
} from './instants.js';

const HOUR_MS = 3_600_000;

/** Hand-off k is the instant shift k begins (shift 0 belongs to members[0]). */
export interface HandoffClock {
  handoff(k: number): number;
  /** The shift running at `ms`, or null before the first hand-off. */
  indexAt(ms: number): number | null;
}

export function handoffClock(layer: RotationLayer, timeZone: string): HandoffClock {
  const where = `rotation layer "${layer.name}"`;
  assertTimeZone(timeZone, where);
  const time = parseClockTime(layer.handoff);
  if (!time) throw new RotationError(`${where}: hand-off "${layer.handoff}" is not a time of day "HH:MM"`);
  const start = parseLocalDate(layer.start);
  if (!start) throw new RotationError(`${where}: start "${layer.start}" is not a date "YYYY-MM-DD"`);

  if (layer.shift.kind === 'custom') {
    const { hours } = layer.shift;
    if (!(Number.isFinite(hours) && hours > 0)) {
      throw new RotationError(`${where}: custom shifts need a positive number of hours, not ${hours}`);
    }
    // Custom shifts are elapsed time: across a DST change the local hand-off time moves by an hour.
    const first = localInstant(start, time, timeZone);
    const length = Math.round(hours * HOUR_MS);
    return {
      handoff: (k) => first + k * length,
      indexAt: (ms) => (ms < first ? null : Math.floor((ms - first) / length)),
    };
  }

  // Daily and weekly shifts follow the calendar: every hand-off is at the same wall-clock time, so a
  // shift spanning a DST change is an hour shorter or longer than usual.
  const days = layer.shift.kind === 'daily' ? 1 : 7;
  let firstDate = start;
  if (layer.shift.kind === 'weekly') {
    const day = WEEKDAYS.indexOf(layer.handoffDay ?? 'monday') + 1;
    if (day === 0) throw new RotationError(`${where}: hand-off day "${layer.handoffDay}" is not a weekday name`);
    firstDate = addDays(start, (day - weekdayOf(start) + 7) % 7);
  }
  const handoff = (k: number): number => localInstant(addDays(firstDate, k * days), time, timeZone);
  return {
    handoff,
    indexAt(ms) {
      // The local date gives the shift to within one; the hand-off instants settle it.
      let k = Math.floor(daysBetween(firstDate, localDateOf(ms, timeZone)) / days);
      if (k < 0) return null;
      while (k >= 0 && handoff(k) > ms) k -= 1;
      if (k < 0) return null;
      while (handoff(k + 1) <= ms) k += 1;
      return k;
    },
  };
}

export interface LayerShift {
  /** 0 for the first shift; member = members[index mod members.length]. */
  index: number;
  start: Date;
  /** Exclusive: the next shift's hand-off. */
  end: Date;
  member: string;
}

/**
 * The base shift of `layer` running at `at` — the plain rotation, without the rotation's overrides and
 * swaps (see `onCallAt` for those). Null when nobody is scheduled: before the first hand-off, or when
 * the layer has no members.
 */
export function shiftAt(layer: RotationLayer, timeZone: string, at: Date): LayerShift | null {
  const ms = instantOf(at);
  const clock = handoffClock(layer, timeZone);
  if (layer.members.length === 0) return null;
  const index = clock.indexAt(ms);
  if (index === null) return null;
  return {
    index,
    start: new Date(clock.handoff(index)),
    end: new Date(clock.handoff(index + 1)),
    member: memberOf(layer, index),
  };
}

export function memberOf(layer: RotationLayer, index: number): string {
  const n = layer.members.length;
  const member = layer.members[((index % n) + n) % n];
  if (member === undefined) throw new RotationError(`rotation layer "${layer.name}" has no members`);
  return member;
}
