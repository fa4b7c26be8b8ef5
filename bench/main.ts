// npm run bench: every benchmark in turn, its JSON in bench/results, then the summary table.
// Knobs (environment): BENCH_RUNS (cold-start runs, 15), BENCH_SWEEP_SIZES ("1,100,1000,10000"),
// BENCH_SWEEP_REPEATS (3), BENCH_DEMO_RUNS (3), BENCH_COST_DAYS (30), BENCH_ONLY=startup (the cold-start and
// memory benchmark alone: the summary's other rows come from their last results). The sweep's request budget and its 2 s target for 1,000
// incidents are asserted here — the exit code is 1 when one is missed, after every result is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { clientLatencyBenchmark } from './client-latency.js';
import { costBenchmark } from './cost.js';
import { latenessBenchmark } from './lateness.js';
import { demoBenchmark } from './demo.js';
import { roundTripBenchmark } from './round-trips.js';
import { useSnapshot } from './fixture.js';
import { machine, renderSummary, RESULTS_DIR, summaryTable, writeResult, type AllResults } from './report.js';
import { bundleSize, startupBenchmark } from './startup.js';
import { sweepBenchmark } from './sweep.js';

const count = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
};

export async function runBenchmarks(): Promise<void> {
  const on = machine();
  const at = new Date();
  const sizes = (process.env.BENCH_SWEEP_SIZES ?? '1,100,1000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1 || s > 20000))
    throw new Error('BENCH_SWEEP_SIZES must be whole numbers from 1 to 20000');

  const only = process.env.BENCH_ONLY;
  if (only !== undefined && only !== 'startup') throw new Error('BENCH_ONLY can only be "startup"');
  const cleanUp = useSnapshot();
  try {
    if (only === 'startup') await measureStartup(on, at);
    else await measureAll(sizes, on, at);
  } finally {
    cleanUp();
  }
}

async function measureAll(sizes: number[], on: ReturnType<typeof machine>, at: Date): Promise<void> {
  const bundle = bundleSize();
  const client = await clientLatencyBenchmark();
  writeResult('client', client, on, at);
  const { startup, memory } = await startupBenchmark(count('BENCH_RUNS', 15));
  writeResult('startup', { coldStart: startup, bundle }, on, at);
  writeResult('memory', memory, on, at);
  const sweep = await sweepBenchmark(sizes, count('BENCH_SWEEP_REPEATS', 3));
  writeResult('sweep', sweep, on, at);
  const roundTrips = await roundTripBenchmark();
  writeResult('round-trips', roundTrips, on, at);
  const demo = await demoBenchmark(count('BENCH_DEMO_RUNS', 3));
  writeResult('demo', demo, on, at);
  const lateness = await latenessBenchmark();
  writeResult('lateness', lateness, on, at);
  const cost = await costBenchmark(count('BENCH_COST_DAYS', 30));
  writeResult('cost', cost, on, at);

  const summary = renderSummary(
    summaryTable({ startup, memory, bundle, sweep, demo, client, lateness, cost, roundTrips }),
    on,
    at,
  );
  writeFileSync(`${RESULTS_DIR}/summary.md`, summary);
  console.log(`\n${summary}`);
  console.log(`wrote ${RESULTS_DIR}/{client,startup,memory,sweep,round-trips,demo,lateness,cost}.json and summary.md`);

  const missed = sweep.nothingDue.filter((s) => !s.withinBudget || s.underTwoSeconds === false);
  for (const s of missed)
    console.error(
      `FAIL: sweep over ${s.open} with nothing due: ${s.requests} requests (budget ${s.budget}), ${s.wallMs.toFixed(0)} ms`,
    );
  if (missed.length > 0) process.exitCode = 1;
  if (cost.billedMinutes > cost.target || cost.failedRuns > 0) {
    console.error(
      `FAIL: the reference month bills ${cost.billedMinutes} Actions minutes (target ≤ ${cost.target}), ${cost.failedRuns} failed runs`,
    );
    process.exitCode = 1;
  }
}

/**
 * The cold-start and memory benchmark alone (a minute or two where the whole bench takes many): it
 * writes startup.json and memory.json, and the summary with the other rows from their last results.
 */
async function measureStartup(on: ReturnType<typeof machine>, at: Date): Promise<void> {
  const bundle = bundleSize();
  const { startup, memory } = await startupBenchmark(count('BENCH_RUNS', 15));
  writeResult('startup', { coldStart: startup, bundle }, on, at);
  writeResult('memory', memory, on, at);
  const last = <K extends keyof AllResults>(name: string): AllResults[K] =>
    JSON.parse(readFileSync(`${RESULTS_DIR}/${name}.json`, 'utf8')) as AllResults[K];
  const others = {
    sweep: last<'sweep'>('sweep'),
    demo: last<'demo'>('demo'),
    client: last<'client'>('client'),
    lateness: last<'lateness'>('lateness'),
    cost: last<'cost'>('cost'),
    roundTrips: last<'roundTrips'>('round-trips'),
  };
  const summary = renderSummary(
    summaryTable({ startup, memory, bundle, ...others }),
    on,
    at,
    'Only the cold-start, memory and bundle rows were measured then (BENCH_ONLY=startup); the others are from their last results in bench/results.',
  );
  writeFileSync(`${RESULTS_DIR}/summary.md`, summary);
  console.log(`\n${summary}`);
  console.log(`wrote ${RESULTS_DIR}/{startup,memory}.json and summary.md`);
}
