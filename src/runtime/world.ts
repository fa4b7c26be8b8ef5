// What the action takes from the world it runs in, besides its inputs and the event: the clock, how
// GitHub's writes are paced, when watch mode must end, and PagerDuty's Events API. The action's entry
// (src/index.ts) runs in the real world; `firebreak simulate` runs the same code in the emulator's, from
// its own entry (simulator/action-entry.ts). Nothing here is read from the environment.
import { systemClock, wholeSeconds, type Clock } from './clock.js';

/** How often a watching run asks whether its issue changed (handlers/watch.ts). */
export const WATCH_POLL_MS = 30_000;

export interface World {
  clock: Clock;
  /** 'github' keeps GitHub's recommended pacing between writes; 'none' is for the emulator. */
  pacing: 'github' | 'none';
  /** Watch mode never runs past this instant (the simulator: the scenario's next step). */
  watchUntil: Date | null;
  /**
   * How often a watching run asks GitHub whether its issue changed (ms), or null for never: the
   * simulator, where nothing happens while a run watches (it yields at the next step).
   */
  watchPollMs: number | null;
  /** PagerDuty's Events API v2 endpoint, when not the public one. */
  pagerDutyUrl: string | null;
}

export function realWorld(): World {
  return {
    clock: wholeSeconds(systemClock()),
    pacing: 'github',
    watchUntil: null,
    watchPollMs: WATCH_POLL_MS,
    pagerDutyUrl: null,
  };
}
