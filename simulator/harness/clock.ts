// The clock of an action run under the simulator: time is the emulator's. A run starts at the emulator's
// time and real time runs on from there; waiting (watch mode) advances the emulator's clock instead of
// sleeping, so a scenario replays watch mode in seconds.
import { systemClock, type Clock } from '../../src/runtime/clock.js';

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
