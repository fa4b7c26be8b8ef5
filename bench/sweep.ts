// The scheduled sweep over N open incidents on the emulator: API requests (total and by route) and
// wall time of one action run on a `schedule` event. With nothing due it must cost at most 1 request
// (issue 16: the read-ahead of the configuration, the index and the open incidents) at N = 1, 100, 1,000
// and 10,000 — checked here, on the request counter — and the run over 1,000 incidents must take under
// 2 s. Past 100 incidents the first sweep lists them all and records when in the index (open-incidents.ts):
// that sweep runs first, unmeasured, and its requests are reported beside the steady state. Two variants at
// N = 100 show what a sweep costs when it cannot skip: the index is missing (every incident is read),
// and the index says every incident is due (the CEO step, the breach and a reminder fire on each).
import { hasErrors, loadConfig, type Config } from '../src/config/index.js';
import { dueActions, nextDueAt } from '../src/domain/escalation/index.js';
import type { Emulator } from '../simulator/emulator/index.js';
import { demoEmulator, demoScenario, expectSuccess, runOn } from './fixture.js';
import { MiB, median, ChildProbe } from './measure.js';
import { historyUntil, seedIncidents, type History } from './seed.js';

const CONFIG_PATH = '.github/firebreak.yml';
const MINUTE = 60_000;
/** The seeded incidents were filed this long before the sweep (a P1 past its CEO step). */
const AGE_MINUTES = 70;
/** How long before the sweep the "due" variant's incidents were last looked at. */
const DUE_LAST_CHECK_MINUTES = 11;
/** How long before the sweep the nothing-due incidents were last looked at. */
const FUTURE_LAST_CHECK_MINUTES = 10;
export const WALL_TARGET_MS = 2000;

export interface SweepRun {
  open: number;
  /** What the sweep said it did: incidents checked (read and reconciled). */
  checked: number | null;
  requests: number;
  byRoute: Record<string, number>;
  /** Requests that change something (every method but GET). */
  writeRequests: number;
  /** The action's outputs: writes made, and writes left for the next run. */
  writes: number;
  left: number;
  wallMs: number;
  wallRunsMs: number[];
  peakRssMiB: number | null;
}

export interface NothingDue extends SweepRun {
  /** The sweep before, which may have had to list every open incident. */
  firstRequests: number;
  budget: number;
  withinBudget: boolean;
  /** Only for N = 1,000. */
  underTwoSeconds?: boolean;
}

export interface Variant extends SweepRun {
  requestsPerIncident: number;
  writeRequestsPerIncident: number;
  operationsBudget: number;
}

export interface SweepResults {
  nothingDue: NothingDue[];
  unindexed: Variant;
  due: Variant;
}

/** Issue 16 item 5: a sweep with nothing due costs at most one request, whatever the number of incidents. */
export const NOTHING_DUE_BUDGET = 1;

/** Raised for the two variants, so they show a whole sweep's cost rather than the default cap of 100. */
const VARIANT_BUDGET = 10_000;

export async function sweepBenchmark(sizes: number[], repeats: number): Promise<SweepResults> {
  const nothingDue: NothingDue[] = [];
  for (const n of sizes) {
    const run = await seededSweep(n, 'future', repeats);
    const budget = NOTHING_DUE_BUDGET;
    const figures: NothingDue = { ...run, budget, withinBudget: run.requests <= budget };
    if (n === 1000) figures.underTwoSeconds = run.wallMs < WALL_TARGET_MS;
    nothingDue.push(figures);
    console.log(
      `sweep, ${n} open, nothing due: ${run.requests} requests (budget ${budget}: ${figures.withinBudget ? 'ok' : 'EXCEEDED'}; the sweep before: ${run.firstRequests}), ` +
        `${run.wallMs.toFixed(0)} ms${n === 1000 ? ` (target < ${WALL_TARGET_MS} ms: ${figures.underTwoSeconds ? 'ok' : 'MISSED'})` : ''}, checked ${run.checked ?? '?'}; ${routes(run.byRoute)}`,
    );
  }
  const unindexed = variant(await seededSweep(100, 'missing', 1));
  console.log(`sweep, 100 open, index missing (every incident read): ${describeVariant(unindexed)}`);
  const due = variant(await seededSweep(100, 'due', 1));
  console.log(`sweep, 100 open, all due (CEO step, breach, reminder on each): ${describeVariant(due)}`);
  return { nothingDue, unindexed, due };
}

const variant = (run: SweepRun): Variant => ({
  ...run,
  requestsPerIncident: run.requests / run.open,
  writeRequestsPerIncident: run.writeRequests / run.open,
  operationsBudget: VARIANT_BUDGET,
});

const describeVariant = (v: Variant): string =>
  `${v.requests} requests = ${v.requestsPerIncident.toFixed(2)} per incident (${v.writeRequestsPerIncident.toFixed(2)} writes), ` +
  `${v.wallMs.toFixed(0)} ms, outputs writes=${v.writes} left=${v.left}; ${routes(v.byRoute)}`;

const routes = (byRoute: Record<string, number>): string =>
  Object.entries(byRoute)
    .map(([route, count]) => `${route} ×${count}`)
    .join(', ');

type IndexKind = 'future' | 'missing' | 'due';

async function seededSweep(
  open: number,
  index: IndexKind,
  repeats: number,
): Promise<SweepRun & { firstRequests: number }> {
  const e = await demoEmulator();
  const probe = new ChildProbe();
  try {
    const config = demoConfig();
    const openedAt = new Date(e.clock.nowMs());
    const sweepAt = new Date(openedAt.getTime() + AGE_MINUTES * MINUTE);
    // 'future': the incidents were last looked at (and updated) by the sweep before, ten minutes earlier.
    const checkedAt = new Date(
      sweepAt.getTime() - (index === 'due' ? DUE_LAST_CHECK_MINUTES : FUTURE_LAST_CHECK_MINUTES) * MINUTE,
    );
    const history = historyUntil(config, openedAt, checkedAt);
    const nextDue = nextDueAt(history.state, config, history.route, checkedAt);
    checkTimeline(config, history, sweepAt, index, nextDue);
    seedIncidents(e, config, {
      count: open,
      openedAt,
      history,
      checkedAt,
      indexDue: index === 'missing' ? null : nextDue,
    });
    e.clock.set(sweepAt.toISOString());
    // The sweep before (nothing due either): past 100 incidents it lists them all, once.
    const before = index === 'future' ? await sweepOnce(e, probe, {}) : null;
    const runs: Awaited<ReturnType<typeof sweepOnce>>[] = [];
    for (let i = 0; i < repeats; i++)
      runs.push(await sweepOnce(e, probe, index === 'future' ? {} : { 'operations-budget': String(VARIANT_BUDGET) }));
    const first = runs[0];
    if (!first) throw new Error('no sweep ran');
    // Nothing due changes nothing, so every repeat must ask the same; a difference is a finding.
    for (const run of runs) {
      if (JSON.stringify(run.requests) !== JSON.stringify(first.requests))
        throw new Error(
          `sweep over ${open}: repeated runs made different requests: ${JSON.stringify(runs.map((r) => r.requests))}`,
        );
    }
    const rss = runs.map((r) => r.rss).filter((r): r is number => r !== null);
    const total = (requests: Record<string, number>) => Object.values(requests).reduce((a, b) => a + b, 0);
    return {
      open,
      firstRequests: before ? total(before.requests) : total(first.requests),
      checked: first.checked,
      requests: Object.values(first.requests).reduce((a, b) => a + b, 0),
      byRoute: first.requests,
      writeRequests: Object.entries(first.requests).reduce(
        (sum, [route, count]) => sum + (route.startsWith('GET ') ? 0 : count),
        0,
      ),
      writes: first.writes,
      left: first.left,
      wallMs: median(runs.map((r) => r.wallMs)),
      wallRunsMs: runs.map((r) => r.wallMs),
      peakRssMiB: rss.length > 0 ? Math.max(...rss) / MiB : null,
    };
  } finally {
    probe.dispose();
    await e.close();
  }
}

function demoConfig(): Config {
  const loaded = loadConfig(demoScenario().files[CONFIG_PATH] ?? null, CONFIG_PATH);
  if (hasErrors(loaded.problems))
    throw new Error(`the demo configuration has errors: ${JSON.stringify(loaded.problems)}`);
  return loaded.config;
}

/** The seeded history must say what the variant claims: nothing due at the sweep, or something due. */
function checkTimeline(config: Config, history: History, sweepAt: Date, index: IndexKind, nextDue: Date | null): void {
  const due = dueActions(history.state, config, history.route, sweepAt);
  if (index === 'due' ? due.length === 0 : due.length > 0)
    throw new Error(
      `seeded timeline: ${due.length} action(s) due at the sweep, expected ${index === 'due' ? 'some' : 'none'}`,
    );
  if (index === 'future' && (nextDue === null || nextDue <= sweepAt))
    throw new Error(`seeded timeline: next due ${nextDue?.toISOString() ?? 'never'}, expected after the sweep`);
}

async function sweepOnce(e: Emulator, probe: ChildProbe, inputs: Record<string, string>) {
  const schedule = e.schedule({ workflow: 'escalation.yml' });
  const usage = probe.env();
  e.resetRequests();
  const result = expectSuccess(
    await runOn(e, schedule, { inputs: { mode: 'sweep', ...inputs }, env: usage.env }),
    'sweep',
  );
  const requests = e.requests;
  const said = /Sweep at \S+ (\d+) open incident\(s\), (\d+) to check/.exec(result.stdout);
  return {
    requests,
    wallMs: result.durationMs,
    checked: said ? Number(said[2]) : null,
    writes: Number(result.outputs.writes ?? 0),
    left: Number(result.outputs.left ?? 0),
    rss: usage.read()?.peakRssBytes ?? null,
  };
}
