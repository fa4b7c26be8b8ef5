// The demo scenario under random GitHub faults: for each seed, the final state after the faulty run and
// one repair (faults off, a sweep, the last event again) is the clean run's — nothing duplicated,
// nothing missing — and every run that failed on the way said why.
// More seeds: FIREBREAK_FAULT_SEEDS="4,5,6" npx vitest run test/faults/demo.test.ts (and
// FIREBREAK_FAULT_RATE=0.25 for a worse day than the default 0.1). Seed 3 (and 7 at rate 0.25) currently
// hits the known bug of faults.test.ts "dropAfterWrite on the alert": the alert is never delivered.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  demo,
  duplicateKeys,
  faultRate,
  faultSeeds,
  normalise,
  play,
  withFaults,
  withRepair,
  type NormalState,
} from './kit.js';

describe.concurrent('the demo under random GitHub faults', () => {
  let clean: NormalState;
  let steps = 0;

  beforeAll(async () => {
    const scenario = await demo();
    steps = scenario.steps.length;
    const outcome = await play(withRepair(scenario));
    expect(outcome.failed).toEqual([]);
    clean = normalise(outcome.result);
  });

  it('runs clean: one incident resolved, one postmortem pull request, the alert and the resolution on both channels', () => {
    expect(clean.issues.map((i) => `${i.number} ${i.state}`)).toEqual(['1 closed']);
    expect(clean.pulls).toHaveLength(1);
    expect(Object.keys(clean.deliveries)).toHaveLength(4);
    expect(Object.values(clean.deliveries).every((n) => n === 1)).toBe(true);
  });

  it("every write's response dropped 40% of the time: the same issues, comments, events and pull request as the clean run", async ({
    expect,
  }) => {
    const { result, failed } = await play(
      withRepair(
        withFaults(await demo(), {
          seed: 1,
          rate: 0.4,
          kinds: ['dropAfterWrite'],
          methods: ['POST', 'PATCH', 'PUT', 'DELETE'],
        }),
      ),
    );
    expect(result.faults.length).toBeGreaterThan(10);
    for (const run of failed)
      expect(run.errors, `step ${run.step} ${run.workflow} failed without a message`).not.toEqual([]);
    expect(failed.filter((run) => run.step > steps)).toEqual([]);
    expect(duplicateKeys(result)).toEqual([]);
    // Deliveries are left out: a dropped claim comment loses its notification (faults.test.ts, "dropAfterWrite on the alert").
    const { deliveries: _deliveries, ...state } = normalise(result);
    const { deliveries: _clean, ...expected } = clean;
    expect(state).toEqual(expected);
  });

  for (const seed of faultSeeds()) {
    it(`seed ${seed}${faultRate() !== 0.1 ? ` at rate ${faultRate()}` : ''}: the same final state as the clean run`, async ({
      expect,
    }) => {
      const { result, failed } = await play(withRepair(withFaults(await demo(), { seed })));
      expect(result.faults.length).toBeGreaterThan(0);
      // A run may fail while GitHub misbehaves, but it says why, and the repair runs do not fail.
      for (const run of failed)
        expect(run.errors, `step ${run.step} ${run.workflow} failed without a message`).not.toEqual([]);
      expect(failed.filter((run) => run.step > steps)).toEqual([]);
      expect(duplicateKeys(result)).toEqual([]);
      expect(normalise(result)).toEqual(clean);
    });
  }
});
