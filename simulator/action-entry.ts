// The action's entry under the simulator: the same start as src/index.ts, in the emulator's world. The
// harness (harness/run-action.ts) passes the world in FIREBREAK_SIMULATOR_* variables: the run's start
// time on the emulator's clock (else the system's), when watch mode must end, and the emulator's PagerDuty receiver. Writes
// are not paced (the emulator has no secondary limits unless a scenario injects them) unless
// FIREBREAK_SIMULATOR_PACING says so.
import { start } from '../src/entry.js';
import { systemClock, wholeSeconds } from '../src/runtime/clock.js';
import type { World } from '../src/runtime/world.js';
import { emulatorClock } from './harness/clock.js';

function simulatedWorld(env: NodeJS.ProcessEnv): World {
  const at = (name: string): Date | null => (env[name] ? new Date(env[name]) : null);
  const now = at('FIREBREAK_SIMULATOR_NOW');
  return {
    // Without a start time (a harness run outside a scenario), the system's.
    clock: wholeSeconds(now ? emulatorClock(env.GITHUB_API_URL ?? '', now) : systemClock()),
    // FIREBREAK_SIMULATOR_PACING=github: GitHub's pacing, as a benchmark measuring what users wait asks.
    pacing: env.FIREBREAK_SIMULATOR_PACING === 'github' ? 'github' : 'none',
    watchUntil: at('FIREBREAK_SIMULATOR_WATCH_UNTIL'),
    // A watching run yields at the scenario's next step: nothing can change while it waits.
    watchPollMs: null,
    pagerDutyUrl: env.FIREBREAK_SIMULATOR_PAGERDUTY_URL || null,
  };
}

await start(() => simulatedWorld(process.env));
