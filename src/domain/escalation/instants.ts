// Escalation clocks run on instants (epoch milliseconds). The incident state stores ISO strings; they
// are read here once, and a malformed one is an error rather than a NaN that silently never fires.

export const MINUTE_MS = 60_000;

export function instantOf(value: string | Date): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) throw new Error(`not a valid instant: ${String(value)}`);
  return ms;
}

export function addMinutes(ms: number, minutes: number): number {
  return ms + minutes * MINUTE_MS;
}

/** Whole minutes between `due` and `now`: floor((now - due) / 1 minute). */
export function minutesLate(now: number, due: number): number {
  return Math.floor((now - due) / MINUTE_MS);
}
