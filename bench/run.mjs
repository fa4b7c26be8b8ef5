// Benchmarks (npm run bench, after the build). The benchmarks are TypeScript that drives the emulator
// and the built action, so this entry bundles bench/main.ts with esbuild (packages stay external and
// resolve from node_modules) and runs it. Each benchmark prints what it measures and writes
// bench/results/<name>.json; bench/results/summary.md holds the table for the README.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatedPlugin } from '../scripts/generated/esbuild.mjs';

const outdir = resolve('node_modules/.cache/firebreak-bench');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: ['bench/main.ts'],
  outfile: join(outdir, 'main.mjs'),
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // The templates, installed files and config validator are build-time modules (scripts/generated).
  plugins: [await generatedPlugin(resolve('.'))],
});
const { runBenchmarks } = await import(pathToFileURL(join(outdir, 'main.mjs')).href);
await runBenchmarks();
