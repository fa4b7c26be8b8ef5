// Small measuring tools shared by the benchmarks: medians, and the peak memory and CPU time of a child run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export const MiB = 1024 * 1024;

/** What one child run used, as bench/child-probe.cjs saw it from inside the process. */
export interface ChildUsage {
  /** Peak resident set size, bytes. */
  peakRssBytes: number;
  /** CPU time, user + system, milliseconds: from the process's start to its exit. */
  cpuMs: number;
}

/**
 * What child runs use: the environment that preloads bench/child-probe.cjs into the child, and a reader
 * for what it wrote. One file per run; `read` returns null when nothing was written.
 */
export class ChildProbe {
  private readonly dir = mkdtempSync(join(tmpdir(), 'firebreak-probe-'));
  private count = 0;

  env(): { env: Record<string, string>; read: () => ChildUsage | null } {
    const file = join(this.dir, `usage-${this.count++}.json`);
    return {
      env: { NODE_OPTIONS: `--require=${resolve('bench/child-probe.cjs')}`, FIREBREAK_BENCH_PROBE_FILE: file },
      read: () => {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          return null;
        }
        const used = JSON.parse(text) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
        return { peakRssBytes: used.maxRSS * 1024, cpuMs: (used.userCPUTime + used.systemCPUTime) / 1000 };
      },
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
