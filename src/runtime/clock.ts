// The injected clock (World.clock). Production reads the system time; `firebreak simulate` brings its
// own (simulator/harness/clock.ts), at the emulator's time.

export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export function systemClock(): Clock {
  return { now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
}

export function fixedClock(at: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let now = at.getTime();
  return {
    now: () => new Date(now),
    sleep: async (ms) => {
      now += ms;
    },
    set: (d) => {
      now = d.getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/**
 * The same clock, to the whole second: every time Firebreak records or shows is one people read, and
 * "12:15:00.002Z" is noise. Waits are unchanged.
 */
export function wholeSeconds(clock: Clock): Clock {
  return { now: () => new Date(Math.floor(clock.now().getTime() / 1000) * 1000), sleep: (ms) => clock.sleep(ms) };
}
