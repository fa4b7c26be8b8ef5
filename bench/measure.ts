// Small measuring tools shared by the benchmarks: medians, and the peak memory of a child run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export const MiB = 1024 * 1024;

/**
 * Peak RSS of child runs: the environment that preloads bench/rss-probe.mjs into the child, and a
 * reader for what it wrote. One file per probe; `read` returns bytes, or null when nothing was written.
 */
export class RssProbe {
  private readonly dir = mkdtempSync(join(tmpdir(), 'firebreak-rss-'));
  private count = 0;

  env(): { env: Record<string, string>; read: () => number | null } {
    const file = join(this.dir, `rss-${this.count++}`);
    const probe = pathToFileURL(resolve('bench/rss-probe.mjs')).href;
    return {
      env: { NODE_OPTIONS: `--import=${probe}`, FIREBREAK_BENCH_RSS_FILE: file },
      read: () => {
        try {
          return Number(readFileSync(file, 'utf8')) * 1024;
        } catch {
          return null;
        }
      },
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
