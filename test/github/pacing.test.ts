// The pacing limiters on a fake clock: the first requests go at once, a budget that is full waits only
// until the oldest request leaves its window, and GitHub's three secondary budgets all hold.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_PER_HOUR,
  CONTENT_PER_MINUTE,
  pacedLimiters,
  pointsOf,
  POINTS_PER_MINUTE,
  SlidingWindows,
  type PacingClock,
} from '../../src/github/pacing.js';

/** A clock that only moves when someone sleeps. */
function fakeClock(): PacingClock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('sliding windows', () => {
  it("lets a run's first writes go at once: twelve comments in a row never wait", async () => {
    const clock = fakeClock();
    const windows = new SlidingWindows([CONTENT_PER_MINUTE, CONTENT_PER_HOUR], clock);
    for (let i = 0; i < 12; i++) await windows.take(1);
    expect(clock.slept).toEqual([]);
  });

  it('the 81st content-creating request in a minute waits until the first leaves the window', async () => {
    const clock = fakeClock();
    const windows = new SlidingWindows([CONTENT_PER_MINUTE, CONTENT_PER_HOUR], clock);
    const start = clock.now();
    for (let i = 0; i < 80; i++) await windows.take(1);
    expect(clock.slept).toEqual([]);
    await windows.take(1);
    expect(clock.now() - start).toBe(60_000);
  });

  it('500 an hour: the 501st waits for the hour, however the minutes were spread', async () => {
    const clock = fakeClock();
    const windows = new SlidingWindows([CONTENT_PER_MINUTE, CONTENT_PER_HOUR], clock);
    const start = clock.now();
    for (let i = 0; i < 500; i++) await windows.take(1);
    // Six full minutes and a bit: 80 a minute.
    expect(clock.now() - start).toBeLessThan(7 * 60_000);
    await windows.take(1);
    expect(clock.now() - start).toBe(3_600_000);
    // Never more than the budgets in any trailing window.
    expect(windows.waitFor(0)).toBe(0);
  });

  it('900 points a minute: a GET costs 1, a write 5', async () => {
    expect([pointsOf('GET'), pointsOf('POST'), pointsOf('PATCH'), pointsOf('DELETE')]).toEqual([1, 5, 5, 5]);
    const clock = fakeClock();
    const windows = new SlidingWindows([POINTS_PER_MINUTE], clock);
    for (let i = 0; i < 180; i++) await windows.take(5);
    expect(clock.slept).toEqual([]);
    expect(windows.waitFor(1)).toBe(60_000);
  });

  it('requests are admitted in the order they asked', async () => {
    const clock = fakeClock();
    const windows = new SlidingWindows([{ limit: 2, windowMs: 1000 }], clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => windows.take(1).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});

describe('the groups plugin-throttling schedules through', () => {
  it('charge the request by its method and pass its result through', async () => {
    const clock = fakeClock();
    const groups = pacedLimiters(clock) as Record<
      string,
      { key: () => { schedule: (...args: unknown[]) => Promise<unknown> } }
    >;
    const request = async (options: { method: string }) => `answered ${options.method}`;
    const global = groups.global?.key();
    // 180 writes fill the minute's 900 points; the next request waits for the window.
    for (let i = 0; i < 180; i++) await global?.schedule({}, request, { method: 'POST' });
    expect(clock.slept).toEqual([]);
    expect(await global?.schedule({}, request, { method: 'GET' })).toBe('answered GET');
    expect(clock.slept).toEqual([60_000]);
    // Writes are not spaced apart on their own; comments share the content budget.
    const noop = async () => undefined;
    for (let i = 0; i < 80; i++) await groups.notifications?.key().schedule({}, noop);
    await groups.write?.key().schedule({}, noop);
    expect(clock.slept).toEqual([60_000]);
  });
});
