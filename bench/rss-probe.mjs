// Preloaded into the action's child process by the benchmarks (NODE_OPTIONS=--import=<this file>):
// writes the process's peak resident set size, in kilobytes, to $FIREBREAK_BENCH_RSS_FILE on exit.
// Measured inside the process, so it works where /usr/bin/time does not.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.FIREBREAK_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
