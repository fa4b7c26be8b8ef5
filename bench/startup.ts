// Cold start and memory of one action run, side by side with bare node in the same loop (these
// machines are noisy, so only ratios measured together mean anything): an event Firebreak ignores,
// and a real one — the demo's incident filed from the form (issues.opened), triaged against the
// emulator. All of them go through the same runner harness with the same probe preloaded
// (bench/child-probe.cjs: the child's CPU time and peak RSS, read inside it), so their overhead is the
// same on each side; "bare node" is an empty script, which is what `node -e ''` runs. The targets are
// on CPU time (user + system); wall time of the same runs is reported beside it. A fourth run, with no
// target, triages right after a push of a new version of the configuration: the first run of a version,
// which validates it in full (its schema check is stamped for the runs after it, state/config-stamp.ts).
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator, WebhookEvent } from '../simulator/emulator/index.js';
import { demoEmulator, demoScenario, expectSuccess, fileDemoIncident, packageRoot, runOn } from './fixture.js';
import { ChildProbe, MiB, median } from './measure.js';

/** The ratios are of CPU time (user + system) of the child process, which the issue sets its targets on. */
export const TARGETS = { ignoredRatio: 1.5, realRatio: 5, peakMiB: 72 } as const;

/** One figure for each of the three runs measured side by side. */
export interface SideBySide {
  bareNode: number;
  ignoredEvent: number;
  realEvent: number;
  /** The same triage, as the first run after a new version of the configuration was pushed. */
  realEventNewConfig: number;
}

export interface StartupResults {
  runs: number;
  /** CPU time (user + system) of the child process, ms, from its start to its exit: the median of the runs. */
  cpuMs: SideBySide;
  /** Wall time of the same runs, ms, spawn to exit as the harness sees it: the median. */
  wallMs: SideBySide;
  /** The fastest run of each: less disturbed by other load on the machine than the median. */
  fastestCpuMs: SideBySide;
  fastestWallMs: SideBySide;
  /** CPU time of the ignored event over bare node's. */
  ratio: number;
  target: number;
  /** CPU time of the triage run over bare node's. */
  realRatio: number;
  realTarget: number;
  /** The same ratios of wall time, for comparison. */
  wallRatio: number;
  realWallRatio: number;
  /** CPU time of the triage run right after a configuration push over bare node's (no target). */
  newConfigRatio: number;
}

export interface MemoryResults {
  /** Measured in the startup benchmark's runs (the same side-by-side loop). */
  runs: number;
  /** Peak RSS of the child process, MiB: the largest over the runs. */
  realEventPeakMiB: number | null;
  ignoredEventPeakMiB: number | null;
  bareNodePeakMiB: number | null;
  target: number;
}

export interface BundleResults {
  entryBytes: number;
  totalBytes: number;
  files: number;
}

/** A comment without a command on an issue with no labels: Firebreak ignores it. */
const IGNORED: WebhookEvent = {
  id: 'bench-ignored',
  name: 'issue_comment',
  action: 'created',
  payload: {
    action: 'created',
    issue: { number: 7, labels: [] },
    comment: { body: 'thanks!', user: { login: 'alice', type: 'User' } },
  },
  at: '2026-03-02T10:00:00Z',
  sender: 'alice',
  triggersWorkflows: true,
};

type Kind = keyof SideBySide;

const CONFIG_PATH = '.github/firebreak.yml';
/** What a run logs when the configuration's schema check is stamped (handlers/last-good-config.ts). */
const STAMPED = 'passed the schema before';
const KINDS: readonly Kind[] = ['bareNode', 'ignoredEvent', 'realEvent', 'realEventNewConfig'];

interface Measured {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

export async function startupBenchmark(runs: number): Promise<{ startup: StartupResults; memory: MemoryResults }> {
  const e = await demoEmulator();
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
  const bare = join(dir, 'bare.mjs');
  writeFileSync(bare, '');
  const probe = new ChildProbe();
  try {
    const measured: Record<Kind, Measured[]> = {
      bareNode: [],
      ignoredEvent: [],
      realEvent: [],
      realEventNewConfig: [],
    };
    // One warm-up of each, so the first measured run does not pay for cold disk caches.
    await sideBySide(e, bare, probe, 0);
    for (let i = 0; i < runs; i++) {
      const t = await sideBySide(e, bare, probe, i + 1);
      for (const kind of KINDS) measured[kind].push(t[kind]);
    }
    const each = (f: (xs: number[]) => number, pick: (m: Measured) => number): SideBySide => ({
      bareNode: f(measured.bareNode.map(pick)),
      ignoredEvent: f(measured.ignoredEvent.map(pick)),
      realEvent: f(measured.realEvent.map(pick)),
      realEventNewConfig: f(measured.realEventNewConfig.map(pick)),
    });
    const cpuMs = each(median, (m) => m.cpuMs);
    const wallMs = each(median, (m) => m.wallMs);
    const startup: StartupResults = {
      runs,
      cpuMs,
      wallMs,
      fastestCpuMs: each(
        (xs) => Math.min(...xs),
        (m) => m.cpuMs,
      ),
      fastestWallMs: each(
        (xs) => Math.min(...xs),
        (m) => m.wallMs,
      ),
      ratio: cpuMs.ignoredEvent / cpuMs.bareNode,
      target: TARGETS.ignoredRatio,
      realRatio: cpuMs.realEvent / cpuMs.bareNode,
      realTarget: TARGETS.realRatio,
      wallRatio: wallMs.ignoredEvent / wallMs.bareNode,
      realWallRatio: wallMs.realEvent / wallMs.bareNode,
      newConfigRatio: cpuMs.realEventNewConfig / cpuMs.bareNode,
    };
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(
      `cold start, ignored event: CPU ${ms(cpuMs.ignoredEvent)} vs bare node ${ms(cpuMs.bareNode)} → ${startup.ratio.toFixed(2)}× (target ≤ ${TARGETS.ignoredRatio}×); wall ${ms(wallMs.ignoredEvent)} vs ${ms(wallMs.bareNode)} → ${startup.wallRatio.toFixed(2)}×`,
    );
    console.log(
      `cold start, real incident event (issues.opened, triage): CPU ${ms(cpuMs.realEvent)} → ${startup.realRatio.toFixed(2)}× (target ≤ ${TARGETS.realRatio}×); wall ${ms(wallMs.realEvent)} → ${startup.realWallRatio.toFixed(2)}×`,
    );
    console.log(
      `cold start, the same triage right after a configuration push (validated in full): CPU ${ms(cpuMs.realEventNewConfig)} → ${startup.newConfigRatio.toFixed(2)}× (no target)`,
    );
    const peak = (kind: Kind): number | null =>
      measured[kind].length > 0 ? Math.max(...measured[kind].map((m) => m.peakRssBytes)) / MiB : null;
    const memory: MemoryResults = {
      runs,
      realEventPeakMiB: peak('realEvent'),
      ignoredEventPeakMiB: peak('ignoredEvent'),
      bareNodePeakMiB: peak('bareNode'),
      target: TARGETS.peakMiB,
    };
    const mib = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} MiB`);
    console.log(
      `peak memory (RSS) of one run: real incident event ${mib(memory.realEventPeakMiB)} (target ≤ ${TARGETS.peakMiB} MiB), ignored event ${mib(memory.ignoredEventPeakMiB)}, bare node ${mib(memory.bareNodePeakMiB)}`,
    );
    return { startup, memory };
  } finally {
    probe.dispose();
    rmSync(dir, { recursive: true, force: true });
    await e.close();
  }
}

/**
 * The four runs, one after the other, each with the same probe preloaded. The last follows a push of
 * configuration version `n` (a comment line more), so that no run before it validated that blob.
 */
async function sideBySide(e: Emulator, bare: string, probe: ChildProbe, n: number): Promise<Record<Kind, Measured>> {
  const run = async (what: string, event: WebhookEvent, entry?: string) => {
    const usage = probe.env();
    const result = expectSuccess(await runOn(e, event, { env: usage.env, ...(entry ? { entry } : {}) }), what);
    const used = usage.read();
    if (!used) throw new Error(`${what}: the probe wrote nothing`);
    return { result, measured: { wallMs: result.durationMs, ...used } };
  };
  const handled = (what: string, r: { result: { outputs: Record<string, string>; stdout: string } }) => {
    if (r.result.outputs.result !== 'handled') throw new Error(`${what} was not handled: ${r.result.stdout}`);
  };
  const bareRun = await run('bare node', IGNORED, bare);
  const ignored = await run('ignored event', IGNORED);
  if (ignored.result.outputs.result !== 'ignored')
    throw new Error(`the ignored event was not ignored: ${ignored.result.stdout}`);
  const real = await run('real incident event', fileDemoIncident(e));
  handled('the incident', real);
  const config = demoScenario().files[CONFIG_PATH] ?? '';
  e.commitFiles({ as: 'alice', files: { [CONFIG_PATH]: `${config}# version ${n}\n` }, message: `Config ${n}` });
  const fresh = await run('real incident event after a configuration push', fileDemoIncident(e));
  handled('the incident after the push', fresh);
  // What each run measured: the triage after a run that stamped its version, and the one that had to validate.
  const stampedRun = real.result.stdout.includes(STAMPED);
  if (n > 0 && !stampedRun) throw new Error(`the triage did not find its configuration stamped: ${real.result.stdout}`);
  if (fresh.result.stdout.includes(STAMPED))
    throw new Error('the triage after the configuration push did not validate the new version');
  return {
    bareNode: bareRun.measured,
    ignoredEvent: ignored.measured,
    realEvent: real.measured,
    realEventNewConfig: fresh.measured,
  };
}

export function bundleSize(): BundleResults {
  const dist = join(packageRoot(), 'dist');
  const files = ['index.js', 'cli.js', ...readdirSync(join(dist, 'chunks')).map((f) => `chunks/${f}`)];
  const total = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const entry = statSync(join(dist, 'index.js')).size;
  console.log(
    `bundle: dist/index.js ${(entry / 1024).toFixed(1)} KiB (loaded on every event); dist/ total ${(total / 1024).toFixed(0)} KiB in ${files.length} files`,
  );
  return { entryBytes: entry, totalBytes: total, files: files.length };
}
