// Preloaded into the action's child process by the benchmarks (NODE_OPTIONS=--require=<this file>):
// on exit, writes what the process used to $FIREBREAK_BENCH_PROBE_FILE as JSON — its peak resident set
// size (KiB) and its CPU time (user and system, microseconds, from process start). Measured inside the
// process, so it works where /usr/bin/time does not. CommonJS and nothing imported, so preloading it
// costs next to nothing and starts no ES module loader: bare node with the probe is still bare node.
'use strict';

process.on('exit', () => {
  const file = process.env.FIREBREAK_BENCH_PROBE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  const used = { maxRSS: usage.maxRSS, userCPUTime: usage.userCPUTime, systemCPUTime: usage.systemCPUTime };
  require('node:fs').writeFileSync(file, JSON.stringify(used));
});
