// `firebreak simulate <scenario.yml> [--json] [--transcript] [--out DIR] [--seed N] [--fault-rate R]`:
// replays a scenario on the emulator through the built action, optionally with random GitHub faults.
// The scenario is checked first (exit 2 with file:line:column problems, nothing run); then exit 0 when
// every run exited 0, 1 otherwise (after the output).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { locatorFor } from '../config/yaml-locator.js';
import { checkScenario, formatScenarioProblems } from './check-scenario.js';
import { describeRun } from './describe-run.js';
import { describeFaults, parseFaultFlags, withFaultFlags, type FaultFlags } from './faults.js';
import { repositoryFiles } from './installed.js';
import { parseScenario, ScenarioError, type Scenario } from './scenario.js';
import { simulate, StepError, type SimulationResult } from './simulate.js';
import { renderThreadHtml, renderThreadMarkdown, transcriptLine } from './transcript.js';

const USAGE = `Usage: firebreak simulate <scenario.yml> [--json] [--transcript] [--out DIR] [--seed N] [--fault-rate R]

  --seed N          random GitHub API faults on the action's requests, drawn from seed N
  --fault-rate R    the share of the action's requests that fail (0..1; default 0.1; 0 turns faults off)
                    Either flag overrides the scenario's faults: key and turns faults on without one.`;

/** The package root: dist/cli.js and dist/chunks/*.js both sit below it (and src/simulate, run from source). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir) && !dir.endsWith('/dist') && !dir.endsWith('/src')) dir = dirname(dir);
  return dirname(dir);
}

export async function runSimulateCommand(argv: string[]): Promise<number> {
  let values: { json?: boolean; transcript?: boolean; out?: string; help?: boolean; seed?: string; 'fault-rate'?: string };
  let positionals: string[];
  let flags: FaultFlags;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, transcript: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' }, seed: { type: 'string' }, 'fault-rate': { type: 'string' } },
    }));
    flags = parseFaultFlags(values);
  } catch (error) {
    process.stderr.write(`firebreak simulate: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help || positionals.length !== 1) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const file = positionals[0] as string;
  const loaded = await load(file);
  if (typeof loaded === 'number') return loaded;
  const scenario = { ...loaded, faults: withFaultFlags(loaded.faults, flags) };
  const transcript = values.transcript === true;
  if (transcript && scenario.faults) process.stdout.write(`Random GitHub API faults: ${describeFaults(scenario.faults)}\n`);
  let result: SimulationResult;
  try {
    result = await simulate(scenario, {
      packageRoot: packageRoot(),
      onStep: transcript ? (step, action) => process.stdout.write(`\n${transcriptLine(step, action)}\n`) : undefined,
      onRun: transcript
        ? (run, outcome, _event, effect) => {
            process.stdout.write(`  ${describeRun(run, outcome, effect)}\n`);
            if (outcome && outcome.exitCode !== 0) process.stdout.write(indent(outcome.stdout + outcome.stderr));
          }
        : undefined,
    });
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    process.stderr.write(`firebreak simulate: ${file}: ${error.message}\n`);
    return 1;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (values.out) {
    await mkdir(values.out, { recursive: true });
    await writeFile(join(values.out, 'thread.md'), renderThreadMarkdown(result));
    await writeFile(join(values.out, 'thread.html'), renderThreadHtml(result));
    await writeFile(join(values.out, 'state.json'), `${JSON.stringify(result, null, 2)}\n`);
    if (!values.json) process.stdout.write(`\nWrote ${join(values.out, 'thread.md')}, thread.html and state.json.\n`);
  }
  if (!values.json && !transcript) process.stdout.write(renderThreadMarkdown(result));
  if (scenario.faults) process.stderr.write(`${result.faults.length} GitHub API fault(s) injected (${describeFaults(scenario.faults)}).\n`);
  const failed = result.runs.filter((r) => !r.cancelled && r.exit_code !== 0);
  if (failed.length > 0) process.stderr.write(`${failed.length} run(s) failed: ${failed.map((r) => `step ${r.step} ${r.workflow}`).join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

/** The scenario, checked against the files its repository starts with; or the exit code (2) after saying what is wrong. */
async function load(file: string): Promise<Scenario | number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    process.stderr.write(`firebreak simulate: ${file}: no such file\n`);
    return 2;
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(text, file);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const message = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
    const at = error.path ? locatorFor(text)(error.path, 'key') : null;
    process.stderr.write(`${at ? `${file}:${at.line}:${at.column}: ` : 'firebreak simulate: '}${message}\n`);
    return 2;
  }
  const problems = checkScenario(scenario, text, repositoryFiles(scenario));
  if (problems.length > 0) process.stderr.write(`${formatScenarioProblems(problems, file)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors === 0) return scenario;
  process.stderr.write(`firebreak simulate: ${errors} problem${errors === 1 ? '' : 's'} in ${file}; nothing was run.\n`);
  return 2;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n') + '\n';
}
