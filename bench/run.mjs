// Benchmarks (npm run bench). Each prints what it measures and writes bench/results/<name>.json.
// Ratios are measured side by side in one run, since these machines are noisy. Nothing here asserts
// wall-clock times; targets are compared and reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, statSync, readdirSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
mkdirSync('bench/results', { recursive: true });

function time(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function coldStart() {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
  const event = join(dir, 'event.json');
  // A comment without a command on an issue with no labels: Firebreak ignores it.
  writeFileSync(event, JSON.stringify({ action: 'created', issue: { number: 7, labels: [] }, comment: { body: 'thanks!', user: { login: 'alice', type: 'User' } } }));
  const env = { PATH: process.env.PATH, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: event, GITHUB_OUTPUT: join(dir, 'out') };
  const bare = [];
  const ignored = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(time(['-e', ''], env));
    ignored.push(time(['dist/index.js'], env));
  }
  const result = { runs: RUNS, bareNodeMs: median(bare), ignoredEventMs: median(ignored), ratio: median(ignored) / median(bare), target: 1.5 };
  console.log(`cold start on an ignored event: ${result.ignoredEventMs.toFixed(1)} ms vs bare node ${result.bareNodeMs.toFixed(1)} ms → ${result.ratio.toFixed(2)}× (target ≤ ${result.target}×)`);
  return result;
}

function bundleSize() {
  const files = ['dist/index.js', 'dist/cli.js', ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)];
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const entry = statSync('dist/index.js').size;
  console.log(`bundle: dist/index.js ${(entry / 1024).toFixed(1)} KiB (loaded on every event); dist/ total ${(total / 1024).toFixed(0)} KiB in ${files.length} files`);
  return { entryBytes: entry, totalBytes: total, files: files.length };
}

const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: process.platform };
const results = { machine, at: new Date().toISOString(), coldStart: coldStart(), bundle: bundleSize() };
writeFileSync('bench/results/startup.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench/results/startup.json');
