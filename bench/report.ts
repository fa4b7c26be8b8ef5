// Where the figures go: bench/results/<name>.json (each with the machine and the time), and the
// markdown table printed at the end and kept in bench/results/summary.md for the README.
import type { LatenessResults } from './lateness.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import type { ClientResults } from './client-latency.js';
import type { CostResults } from './cost.js';
import type { DemoResults } from './demo.js';
import type { RoundTripResults } from './round-trips.js';
import type { BundleResults, MemoryResults, StartupResults } from './startup.js';
import { WALL_TARGET_MS, type SweepResults, type Variant } from './sweep.js';

export const RESULTS_DIR = 'bench/results';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

export function writeResult(name: string, data: object, on: Machine, at: Date): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    `${RESULTS_DIR}/${name}.json`,
    `${JSON.stringify({ machine: on, at: at.toISOString(), ...data }, null, 2)}\n`,
  );
}

export interface AllResults {
  startup: StartupResults;
  memory: MemoryResults;
  bundle: BundleResults;
  sweep: SweepResults;
  demo: DemoResults;
  client: ClientResults;
  lateness: LatenessResults;
  cost: CostResults;
  roundTrips: RoundTripResults;
}

type Row = [benchmark: string, measured: string, target: string, met: string];

const ms = (v: number) => `${v.toFixed(0)} ms`;
const x = (v: number) => `${v.toFixed(2)}×`;
const verdict = (ok: boolean | null) => (ok === null ? '—' : ok ? 'yes' : '**no**');
const n = (v: number) => v.toLocaleString('en-US');

export function summaryTable(r: AllResults): Row[] {
  const sweep1000 = r.sweep.nothingDue.find((s) => s.open === 1000);
  const sweepMemory = sweep1000?.peakRssMiB ? `; sweep over 1,000 ${sweep1000.peakRssMiB.toFixed(1)} MiB` : '';
  const peaks = [r.memory.realEventPeakMiB, sweep1000?.peakRssMiB ?? null].filter((v): v is number => v !== null);
  const rows: Row[] = [
    [
      'Cold start, event Firebreak ignores: CPU time (user + system) vs bare node, side by side',
      `CPU ${ms(r.startup.cpuMs.ignoredEvent)} vs bare node ${ms(r.startup.cpuMs.bareNode)}: ${x(r.startup.ratio)} (wall ${ms(r.startup.wallMs.ignoredEvent)} vs ${ms(r.startup.wallMs.bareNode)}: ${x(r.startup.wallRatio)})`,
      `≤ ${r.startup.target}×`,
      verdict(r.startup.ratio <= r.startup.target),
    ],
    [
      'Cold start, real incident event (issues.opened, triage): CPU time (user + system) vs bare node, side by side',
      `CPU ${ms(r.startup.cpuMs.realEvent)} vs bare node ${ms(r.startup.cpuMs.bareNode)}: ${x(r.startup.realRatio)} (wall ${ms(r.startup.wallMs.realEvent)} vs ${ms(r.startup.wallMs.bareNode)}: ${x(r.startup.realWallRatio)})`,
      `≤ ${r.startup.realTarget}×`,
      verdict(r.startup.realRatio <= r.startup.realTarget),
    ],
    [
      'Cold start, the same triage as the first run after a configuration push (its schema check not yet stamped)',
      r.startup.cpuMs.realEventNewConfig === undefined
        ? 'not measured'
        : `CPU ${ms(r.startup.cpuMs.realEventNewConfig)} vs bare node ${ms(r.startup.cpuMs.bareNode)}: ${x(r.startup.newConfigRatio)}`,
      '—',
      '—',
    ],
    [
      'Peak memory (RSS) of one run',
      r.memory.realEventPeakMiB === null
        ? 'not measured'
        : `real incident event ${r.memory.realEventPeakMiB.toFixed(1)} MiB${sweepMemory} (bare node ${r.memory.bareNodePeakMiB?.toFixed(1) ?? '?'} MiB)`,
      `≤ ${r.memory.target} MiB`,
      verdict(peaks.length === 0 ? null : Math.max(...peaks) <= r.memory.target),
    ],
  ];
  for (const s of r.sweep.nothingDue) {
    const time = s.underTwoSeconds === undefined ? '' : ` and < ${WALL_TARGET_MS / 1000} s`;
    const ok = s.withinBudget && (s.underTwoSeconds ?? true);
    rows.push([
      `Sweep, ${n(s.open)} open incident${s.open === 1 ? '' : 's'}, nothing due`,
      `${s.requests} requests, ${ms(s.wallMs)} (the sweep before, which listed them: ${s.firstRequests})`,
      `≤ ${s.budget} request${s.budget === 1 ? '' : 's'}${time}`,
      verdict(ok),
    ]);
  }
  const variant = (label: string, v: Variant): Row => [
    `Sweep, ${v.open} open, ${label}`,
    `${v.requests} requests (${v.requestsPerIncident.toFixed(2)} per incident, of which ${v.writeRequestsPerIncident.toFixed(2)} writes), ${ms(v.wallMs)}`,
    '—',
    '—',
  ];
  const labels = {
    triage: 'triage (issues.opened)',
    ack: '/ack',
    resolve: '/resolve with the postmortem pull request',
    dueSweep: 'a sweep with one incident due',
  };
  for (const run of r.roundTrips.runs)
    rows.push([
      `Requests, ${labels[run.event]} (${r.roundTrips.latencyMs} ms a request, GitHub pacing)`,
      `${run.requests} requests, ${(run.wallMs / 1000).toFixed(2)} s`,
      `≤ ${run.target}`,
      verdict(run.met),
    ]);
  rows.push([
    'Internal alert posted, after triage starts (the same conditions)',
    `${r.roundTrips.alertSeconds.toFixed(2)} s`,
    '≤ 1.5 s',
    verdict(r.roundTrips.alertMet),
  ]);
  rows.push(variant('schedule index missing (every incident read)', r.sweep.unindexed));
  rows.push(variant('all due (CEO step, breach and reminder on each)', r.sweep.due));
  rows.push([
    `Demo scenario end to end (${r.demo.scenario})`,
    `${(r.demo.wallMs / 1000).toFixed(2)} s for ${r.demo.actionRuns} action runs (${ms(r.demo.msPerActionRun)} each), ${r.demo.requests} requests`,
    '—',
    '—',
  ]);
  const late = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([step, m]) => `${step} ${m} min`)
      .join(', ');
  rows.push([
    `Escalation lateness, P1 unacknowledged, cron delayed 0–12 min and 15 % dropped (seed ${r.lateness.seed})`,
    `sweep only: ${late(r.lateness.withoutWatch)}; with watch mode (${r.lateness.watchMinutes} min, through the matrix): ${late(r.lateness.withWatch)}, ${r.lateness.watchBilledMinutes} billed minutes`,
    '—',
    '—',
  ]);
  rows.push([
    'Escalation lateness, the same P1, cron delayed 0–60 min and 20 % dropped',
    `sweep only: ${late(r.lateness.harsh.withoutWatch)}; with watch mode (${r.lateness.watchMinutes} min): ${late(r.lateness.harsh.withWatch)}, ${r.lateness.harsh.watchBilledMinutes} billed minutes for the unacknowledged P1`,
    '≤ 1 min each step',
    verdict(Object.values(r.lateness.harsh.withWatch).every((m) => m <= 1)),
  ]);
  rows.push([
    `Actions minutes, reference month (${r.cost.days} days: 600 non-incident events, a 2-hour P1 with 12 commands, an 8-hour P3)`,
    `${n(r.cost.billedMinutes)} billed: ${r.cost.runsStarted} runs, ${r.cost.jobsSkipped} skipped, ${r.cost.sweepsStarted} of ${n(r.cost.scheduleFirings)} schedule firings swept (never pausing: about ${n(r.cost.alwaysOnMinutes)})`,
    `≤ ${r.cost.target} min`,
    verdict(r.cost.billedMinutes <= r.cost.target && r.cost.failedRuns === 0),
  ]);
  rows.push([
    'API request through the client (pacing none / github)',
    `${r.client.pacingNoneMs.toFixed(2)} / ${r.client.pacingGithubMs.toFixed(2)} ms vs plain Octokit ${r.client.plainOctokitMs.toFixed(2)} ms`,
    '—',
    '—',
  ]);
  rows.push([
    'Bundle',
    `dist/index.js ${(r.bundle.entryBytes / 1024).toFixed(1)} KiB; dist/ ${(r.bundle.totalBytes / 1024).toFixed(0)} KiB in ${r.bundle.files} files`,
    '—',
    '—',
  ]);
  return rows;
}

export function renderSummary(rows: Row[], on: Machine, at: Date, note?: string): string {
  const lines = [
    '| Benchmark | Measured | Target | Met |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  const where = `Measured ${at.toISOString().slice(0, 10)} on ${on.cpu} (${on.cores} cores, ${on.memoryGiB} GiB), Node ${on.node}, ${on.platform}; the emulator on loopback. Ratios are measured side by side in one run.`;
  return `${lines.join('\n')}\n\n${where}${note ? ` ${note}` : ''}\n`;
}
