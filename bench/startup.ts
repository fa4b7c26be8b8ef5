// Cold start and memory of one action run, side by side with bare node in the same loop (these
// machines are noisy, so only ratios measured together mean anything): an event Firebreak ignores,
// and a real one — the demo's incident filed from the form (issues.opened), triaged against the
// emulator. All three go through the same runner harness, so its overhead is the same on each side;
// "bare node" is an empty script, which is what `node -e ''` runs.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator, WebhookEvent } from '../simulator/emulator/index.js';
import { demoEmulator, expectSuccess, fileDemoIncident, packageRoot, runOn } from './fixture.js';
import { MiB, median, RssProbe } from './measure.js';

export const TARGETS = { ignoredRatio: 1.5, realRatio: 2.5, peakMiB: 72 } as const;

export interface StartupResults {
  runs: number;
  bareNodeMs: number;
  ignoredEventMs: number;
  ratio: number;
  target: number;
  realEventMs: number;
  realRatio: number;
  realTarget: number;
  /** The fastest run of each: less disturbed by other load on the machine than the median. */
  fastestMs: { bareNode: number; ignoredEvent: number; realEvent: number };
}

export interface MemoryResults {
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

export async function startupBenchmark(runs: number): Promise<{ startup: StartupResults; memory: MemoryResults }> {
  const e = await demoEmulator();
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
  const bare = join(dir, 'bare.mjs');
  writeFileSync(bare, '');
  try {
    const times = { bare: [] as number[], ignored: [] as number[], real: [] as number[] };
    // One warm-up of each, so the first measured run does not pay for cold disk caches.
    await sideBySide(e, bare);
    for (let i = 0; i < runs; i++) {
      const t = await sideBySide(e, bare);
      times.bare.push(t.bare);
      times.ignored.push(t.ignored);
      times.real.push(t.real);
    }
    const [bareMs, ignoredMs, realMs] = [median(times.bare), median(times.ignored), median(times.real)];
    const startup: StartupResults = {
      runs,
      bareNodeMs: bareMs,
      ignoredEventMs: ignoredMs,
      ratio: ignoredMs / bareMs,
      target: TARGETS.ignoredRatio,
      realEventMs: realMs,
      realRatio: realMs / bareMs,
      realTarget: TARGETS.realRatio,
      fastestMs: {
        bareNode: Math.min(...times.bare),
        ignoredEvent: Math.min(...times.ignored),
        realEvent: Math.min(...times.real),
      },
    };
    console.log(
      `cold start, ignored event: ${ignoredMs.toFixed(0)} ms vs bare node ${bareMs.toFixed(0)} ms → ${startup.ratio.toFixed(2)}× (target ≤ ${TARGETS.ignoredRatio}×)`,
    );
    console.log(
      `cold start, real incident event (issues.opened, triage): ${realMs.toFixed(0)} ms → ${startup.realRatio.toFixed(2)}× (target ≤ ${TARGETS.realRatio}×)`,
    );
    const memory = await memoryBenchmark(e, bare, 3);
    return { startup, memory };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await e.close();
  }
}

async function sideBySide(e: Emulator, bare: string): Promise<{ bare: number; ignored: number; real: number }> {
  const bareRun = expectSuccess(await runOn(e, IGNORED, { entry: bare }), 'bare node');
  const ignored = expectSuccess(await runOn(e, IGNORED), 'ignored event');
  if (ignored.outputs.result !== 'ignored') throw new Error(`the ignored event was not ignored: ${ignored.stdout}`);
  const real = expectSuccess(await runOn(e, fileDemoIncident(e)), 'real incident event');
  if (real.outputs.result !== 'handled') throw new Error(`the incident was not handled: ${real.stdout}`);
  return { bare: bareRun.durationMs, ignored: ignored.durationMs, real: real.durationMs };
}

async function memoryBenchmark(e: Emulator, bare: string, runs: number): Promise<MemoryResults> {
  const probe = new RssProbe();
  try {
    const peak = async (entry: string | undefined, event: () => WebhookEvent): Promise<number | null> => {
      const values: number[] = [];
      for (let i = 0; i < runs; i++) {
        const rss = probe.env();
        expectSuccess(await runOn(e, event(), { env: rss.env, ...(entry ? { entry } : {}) }), 'memory run');
        const bytes = rss.read();
        if (bytes !== null) values.push(bytes);
      }
      return values.length > 0 ? Math.max(...values) / MiB : null;
    };
    const memory: MemoryResults = {
      runs,
      realEventPeakMiB: await peak(undefined, () => fileDemoIncident(e)),
      ignoredEventPeakMiB: await peak(undefined, () => IGNORED),
      bareNodePeakMiB: await peak(bare, () => IGNORED),
      target: TARGETS.peakMiB,
    };
    const mib = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} MiB`);
    console.log(
      `peak memory (RSS) of one run: real incident event ${mib(memory.realEventPeakMiB)} (target ≤ ${TARGETS.peakMiB} MiB), ignored event ${mib(memory.ignoredEventPeakMiB)}, bare node ${mib(memory.bareNodePeakMiB)}`,
    );
    return memory;
  } finally {
    probe.dispose();
  }
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
