// Human durations as written in .github/firebreak.yml ("15m", "1h 30m", "1d", "immediate", "none") and back.
import type { Minutes } from './types.js';

/** GitHub runs schedules at most every 5 minutes, so "immediate" cannot mean anything shorter. */
export const IMMEDIATE_MINUTES: Minutes = 5;

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 };
const DURATION = /^\d+[mhdw](?: ?\d+[mhdw])*$/;
const PART = /(\d+)([mhdw])/g;

/** "1h 30m" → 90. Undefined when the text is not a duration (the schema reports that). */
export function parseDuration(text: string): Minutes | undefined {
  const trimmed = text.trim();
  if (!DURATION.test(trimmed)) return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(PART)) total += Number(amount) * (UNIT_MINUTES[unit!] ?? 0);
  return total;
}

/** A time target: a duration, "immediate" (5 minutes), or "none"/null (no target). */
export function parseTarget(value: string | null): Minutes | null | undefined {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === 'none') return null;
  if (trimmed === 'immediate') return IMMEDIATE_MINUTES;
  return parseDuration(trimmed);
}

/** 90 → "1h 30m", 1440 → "1d", 0 → "0m": the shortest text parseDuration reads back. */
export function formatDuration(minutes: Minutes): string {
  if (minutes === 0) return '0m';
  const parts: string[] = [];
  let rest = minutes;
  for (const [unit, size] of [
    ['d', 1440],
    ['h', 60],
    ['m', 1],
  ] as const) {
    const amount = Math.floor(rest / size);
    if (amount > 0) parts.push(`${amount}${unit}`);
    rest -= amount * size;
  }
  return parts.join(' ');
}

/** How a time target reads in messages and in `firebreak validate`. */
export function formatTarget(minutes: Minutes | null): string {
  if (minutes === null) return 'none';
  if (minutes === IMMEDIATE_MINUTES) return 'immediate (5m)';
  return formatDuration(minutes);
}
