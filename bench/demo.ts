// The demo scenario (examples/demo.yml) end to end: every step replayed on the emulator, every run of
// the built action it triggers, as `firebreak simulate` does.
import { simulate } from '../simulator/simulate/simulate.js';
import { DEMO_PATH, demoScenario, packageRoot } from './fixture.js';
import { median } from './measure.js';

export interface DemoResults {
  scenario: string;
  repeats: number;
  steps: number;
  actionRuns: number;
  cancelledRuns: number;
  requests: number;
  wallMs: number;
  wallRunsMs: number[];
  msPerActionRun: number;
}

export async function demoBenchmark(repeats: number): Promise<DemoResults> {
  const scenario = demoScenario();
  const walls: number[] = [];
  let last: Awaited<ReturnType<typeof simulate>> | null = null;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    last = await simulate(scenario, { packageRoot: packageRoot() });
    walls.push(performance.now() - start);
    const failed = last.runs.filter((r) => !r.cancelled && r.exit_code !== 0);
    if (failed.length > 0)
      throw new Error(
        `demo: ${failed.length} run(s) failed: ${failed.map((r) => `step ${r.step} ${r.workflow}`).join(', ')}`,
      );
  }
  if (!last) throw new Error('demo: no repeat ran');
  const actionRuns = last.runs.filter((r) => !r.cancelled && r.exit_code !== null).length;
  const wallMs = median(walls);
  const results: DemoResults = {
    scenario: DEMO_PATH,
    repeats,
    steps: scenario.steps.length,
    actionRuns,
    cancelledRuns: last.runs.filter((r) => r.cancelled).length,
    requests: Object.values(last.requests).reduce((a, b) => a + b, 0),
    wallMs,
    wallRunsMs: walls,
    msPerActionRun: wallMs / Math.max(actionRuns, 1),
  };
  console.log(
    `demo (${DEMO_PATH}): ${results.steps} steps, ${actionRuns} action runs (${results.cancelledRuns} cancelled), ${results.requests} API requests in ${(wallMs / 1000).toFixed(2)} s (${results.msPerActionRun.toFixed(0)} ms per run)`,
  );
  return results;
}
