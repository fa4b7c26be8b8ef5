// The emulator's clock. Every timestamp the emulator writes (issues, comments, commits, deliveries, the
// `date` header) comes from here, so a scenario can jump to 10:15 and see exactly what GitHub would show.

export class EmulatorClock {
  private ms: number;

  constructor(start: string | number) {
    this.ms = EmulatorClock.parse(start);
  }

  /** The current time as GitHub writes it: ISO 8601 with whole seconds and a `Z`. */
  now(): string {
    return EmulatorClock.format(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  set(time: string | number): void {
    this.ms = EmulatorClock.parse(time);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`clock.advance: expected a non-negative number of milliseconds, got ${ms}`);
    this.ms += ms;
  }

  static format(ms: number): string {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }

  private static parse(time: string | number): number {
    const ms = typeof time === 'number' ? time : Date.parse(time);
    if (!Number.isFinite(ms)) throw new RangeError(`clock: not a time: ${String(time)}`);
    return ms;
  }
}
