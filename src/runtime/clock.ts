// The injected clock. Production reads the system time; `firebreak simulate` starts each run at the
// emulator's time (FIREBREAK_NOW, read once at the edge in main.ts) and lets real time run on from there.

export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export function systemClock(): Clock {
  return { now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
}

export function offsetClock(start: Date, base: Clock = systemClock()): Clock {
  const offset = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset), sleep: (ms) => base.sleep(ms) };
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
 * `firebreak simulate`'s clock: time is the emulator's. Waiting advances the emulator's clock instead of
 * sleeping, so watch mode can be replayed in seconds; between waits real time runs on as usual.
 */
export function emulatorClock(apiUrl: string, start: Date, base: Clock = systemClock()): Clock {
  const startedAt = base.now().getTime();
  let advanced = 0;
  return {
    now: () => new Date(start.getTime() + advanced + (base.now().getTime() - startedAt)),
    sleep: async (ms) => {
      const response = await fetch(`${apiUrl.replace(/\/+$/, '')}/_emulator/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advance: ms }),
      });
      if (!response.ok) throw new Error(`the emulator refused to advance its clock (${response.status})`);
      advanced += ms;
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
