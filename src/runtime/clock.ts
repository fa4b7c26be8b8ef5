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
