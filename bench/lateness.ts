// Escalation lateness: how long after its due time each step of a never-acknowledged P1 is paged, when
// GitHub runs the 5-minute schedule late (random delays of 0–12 minutes, 15 % of runs dropped, seeded)
// — once with the sweep alone, once with the shipped watch mode: the filing job stays while a page is
// ahead (up to 65 minutes), through the whole matrix. The bench reports what the watch costs in minutes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRecords } from '../src/domain/incident/marker.js';
import { prng } from '../simulator/emulator/faults.js';
import { parseScenario } from '../simulator/simulate/scenario.js';
import { simulate } from '../simulator/simulate/simulate.js';
import { ON_CALL_CONFIG, packageRoot } from './fixture.js';

export interface LatenessResults {
  seed: number;
  sweeps: string[];
  /** Minutes late per escalation step, without and with watch mode. */
  withoutWatch: Record<string, number>;
  withWatch: Record<string, number>;
  /** The watch-minutes setting of the watched variants (the shipped workflow's). */
  watchMinutes: number;
  /** Billed job-minutes of the watched variant's runs (each job rounded up to whole minutes). */
  watchBilledMinutes: number;
  /** The same under the harsher model (delays 0–60 minutes, 20 % dropped). */
  harsh: { withoutWatch: Record<string, number>; withWatch: Record<string, number>; watchBilledMinutes: number };
}

/** A cron model: how late GitHub starts a scheduled run (0 to `maxDelayMinutes`) and how many it drops. */
export interface CronModel {
  maxDelayMinutes: number;
  dropped: number;
}
export const USUAL_CRON: CronModel = { maxDelayMinutes: 12, dropped: 0.15 };
/** Issue 16's harsher model: GitHub's schedule is often far later than 12 minutes. */
export const HARSH_CRON: CronModel = { maxDelayMinutes: 60, dropped: 0.2 };

export function jitteredSweeps(seed: number, start: Date, minutes: number, model: CronModel = USUAL_CRON): string[] {
  const next = prng(seed); // the emulator's seeded generator: every run sees the same jitter
  const times: number[] = [];
  for (let k = 1; k * 5 <= minutes; k++) {
    if (next() < model.dropped) continue; // dropped
    times.push(start.getTime() + k * 5 * 60_000 + Math.floor(next() * model.maxDelayMinutes * 60_000));
  }
  return times.sort((a, b) => a - b).map((t) => new Date(t).toISOString());
}

interface Measured {
  late: Record<string, number>;
  minutes: number;
}

async function lateness(watchMinutes: number, sweeps: string[]): Promise<Measured> {
  const root = packageRoot();
  const workflow = shippedWorkflow(root).replace(/watch-minutes: '\d+'/, `watch-minutes: '${watchMinutes}'`);
  const scenario = parseScenario(`
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:
  .github/workflows/incident.yml: ${JSON.stringify(workflow)}
${ON_CALL_CONFIG}steps:
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Checkout fails
      fields:
        what-happened: Checkout fails for everyone.
        severity: "P1 - High: major functionality down for many users, severe slowdown, or potential security incident"
${sweeps.map((at) => `  - { at: "${at}", sweep: {} }`).join('\n')}
`);
  const result = await simulate(scenario, { packageRoot: root });
  const late: Record<string, number> = {};
  for (const comment of result.issues[0]?.comments ?? []) {
    if (comment.author !== 'github-actions[bot]') continue;
    for (const record of decodeRecords(comment.body)) {
      for (const event of record.events) {
        if (event.type === 'escalated')
          late[event.step] = Math.round((Date.parse(event.at) - Date.parse(event.due)) / 6_000) / 10;
      }
    }
  }
  return { late, minutes: result.runs.reduce((sum, run) => sum + (run.minutes ?? 0), 0) };
}

function shippedWorkflow(root: string): string {
  return readFileSync(join(root, 'examples/workflows/incident.yml'), 'utf8');
}

/** The shipped workflow's watch-minutes. */
function shippedWatchMinutes(): number {
  const found = /watch-minutes: '(\d+)'/.exec(shippedWorkflow(packageRoot()));
  if (!found) throw new Error('examples/workflows/incident.yml sets no watch-minutes');
  return Number(found[1]);
}

export async function latenessBenchmark(seed = 7): Promise<LatenessResults> {
  const start = Date.parse('2026-03-02T10:00:00Z');
  const sweeps = jitteredSweeps(seed, new Date(start), 120);
  const withoutWatch = await lateness(0, sweeps);
  // The simulator runs one thing at a time and a watching job yields at the next step, while on GitHub it
  // runs beside the schedule: in the watched variant the sweeps while it watches are left out (the job
  // that is watching does their work). With nobody acknowledging, it watches until the CEO step (60 min).
  const watchMinutes = shippedWatchMinutes();
  const watchEnd = start + 61 * 60_000;
  const unwatched = (all: string[]) => all.filter((at) => Date.parse(at) >= watchEnd);
  const watched = await lateness(watchMinutes, unwatched(sweeps));
  const harshSweeps = jitteredSweeps(seed, new Date(start), 120, HARSH_CRON);
  const harshWatched = await lateness(watchMinutes, unwatched(harshSweeps));
  const harsh = {
    withoutWatch: (await lateness(0, harshSweeps)).late,
    withWatch: harshWatched.late,
    watchBilledMinutes: harshWatched.minutes,
  };
  const line = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([step, m]) => `${step} ${m} min`)
      .join(', ');
  console.log(
    `escalation lateness with cron jitter (seed ${seed}): sweep only — ${line(withoutWatch.late)}; with watch mode (${watchMinutes} min) — ${line(watched.late)}; ${watched.minutes} billed minutes`,
  );
  console.log(
    `escalation lateness, harsher cron (0–60 min late, 20 % dropped): sweep only — ${line(harsh.withoutWatch)}; with watch mode (${watchMinutes} min) — ${line(harsh.withWatch)}; ${harsh.watchBilledMinutes} billed minutes`,
  );
  return {
    seed,
    sweeps,
    withoutWatch: withoutWatch.late,
    withWatch: watched.late,
    watchMinutes,
    watchBilledMinutes: watched.minutes,
    harsh,
  };
}
