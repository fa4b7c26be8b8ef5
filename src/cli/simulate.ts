// `firebreak simulate <scenario.yml> [--json] [--transcript] [--out DIR] [--seed N] [--fault-rate R]`:
// replays a scenario on the emulator through the built action, optionally with random GitHub faults.
// The scenario is checked first (exit 2 with file:line:column problems, nothing run); then exit 0 when
// every run exited 0, 1 otherwise (after the output).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locatorFor } from '../config/yaml-locator.js';
import { runCommand, stringOption, UsageError, type CommandIo } from './command.js';
import { SIMULATE } from './specs.js';
import { checkScenario, formatScenarioProblems } from '../../simulator/simulate/check-scenario.js';
import { describeRun } from '../../simulator/simulate/describe-run.js';
import { describeFaults, parseFaultFlags, withFaultFlags, type FaultFlags } from '../../simulator/simulate/faults.js';
import { repositoryFiles } from '../../simulator/simulate/installed.js';
import { parseScenario, ScenarioError, type Scenario } from '../../simulator/simulate/scenario.js';
import { simulate, StepError, type SimulationResult } from '../../simulator/simulate/simulate.js';
import { renderThreadHtml, renderThreadMarkdown, transcriptLine } from '../../simulator/simulate/transcript.js';
import { firstTimelineSvg, renderReportPage } from '../../simulator/pages/report-page.js';
import { simulatedStatusSite } from '../../simulator/pages/status.js';

/** The package root: dist/cli.js and dist/chunks/*.js both sit below it (and src/cli, run from source). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir) && !dir.endsWith('/dist') && !dir.endsWith('/src')) dir = dirname(dir);
  return dirname(dir);
}

export async function runSimulateCommand(
  argv: readonly string[],
  io: CommandIo = { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) },
): Promise<number> {
  return runCommand(SIMULATE, argv, io, ({ values, positionals }) => {
    let flags: FaultFlags;
    try {
      flags = parseFaultFlags({ seed: stringOption(values, 'seed'), 'fault-rate': stringOption(values, 'fault-rate') });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    return play(
      positionals[0] as string,
      { json: values.json === true, transcript: values.transcript === true, out: stringOption(values, 'out') },
      flags,
      io,
    );
  });
}

async function play(
  file: string,
  values: { json: boolean; transcript: boolean; out: string | undefined },
  flags: FaultFlags,
  io: CommandIo,
): Promise<number> {
  const loaded = await load(file, io);
  if (typeof loaded === 'number') return loaded;
  const scenario = { ...loaded, faults: withFaultFlags(loaded.faults, flags) };
  const transcript = values.transcript === true;
  if (transcript && scenario.faults) io.stdout(`Random GitHub API faults: ${describeFaults(scenario.faults)}\n`);
  let result: SimulationResult;
  try {
    result = await simulate(scenario, {
      packageRoot: packageRoot(),
      onStep: transcript ? (step, action) => io.stdout(`\n${transcriptLine(step, action)}\n`) : undefined,
      onRun: transcript
        ? (run, outcome, _event, effect) => {
            io.stdout(`  ${describeRun(run, outcome, effect)}\n`);
            if (outcome && outcome.exitCode !== 0) io.stdout(indent(outcome.stdout + outcome.stderr));
          }
        : undefined,
    });
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    io.stderr(`firebreak simulate: ${file}: ${error.message}\n`);
    return 1;
  }
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  if (values.out) {
    await mkdir(values.out, { recursive: true });
    await writeFile(join(values.out, 'thread.md'), renderThreadMarkdown(result));
    await writeFile(join(values.out, 'thread.html'), renderThreadHtml(result));
    await writeFile(join(values.out, 'report.html'), renderReportPage(result));
    const svg = firstTimelineSvg(result);
    if (svg) await writeFile(join(values.out, 'timeline.svg'), svg);
    await mkdir(join(values.out, 'status'), { recursive: true });
    for (const [name, text] of Object.entries(simulatedStatusSite(result)))
      await writeFile(join(values.out, 'status', name), text);
    await writeFile(join(values.out, 'state.json'), `${JSON.stringify(result, null, 2)}\n`);
    if (!values.json)
      io.stdout(
        `\nWrote ${join(values.out, 'thread.md')}, thread.html, report.html${svg ? ', timeline.svg' : ''}, status/ and state.json.\n`,
      );
  }
  if (!values.json && !transcript) io.stdout(renderThreadMarkdown(result));
  if (scenario.faults)
    io.stderr(`${result.faults.length} GitHub API fault(s) injected (${describeFaults(scenario.faults)}).\n`);
  const failed = result.runs.filter((r) => !r.cancelled && r.exit_code !== 0);
  if (failed.length > 0)
    io.stderr(`${failed.length} run(s) failed: ${failed.map((r) => `step ${r.step} ${r.workflow}`).join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

/** The scenario, checked against the files its repository starts with; or the exit code (2) after saying what is wrong. */
async function load(file: string, io: CommandIo): Promise<Scenario | number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    io.stderr(`firebreak simulate: ${file}: no such file\n`);
    return 2;
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(text, file);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const message = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
    const at = error.path ? locatorFor(text)(error.path, 'key') : null;
    io.stderr(`${at ? `${file}:${at.line}:${at.column}: ` : 'firebreak simulate: '}${message}\n`);
    return 2;
  }
  const problems = checkScenario(scenario, text, repositoryFiles(scenario));
  if (problems.length > 0) io.stderr(`${formatScenarioProblems(problems, file)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors === 0) return scenario;
  io.stderr(`firebreak simulate: ${errors} problem${errors === 1 ? '' : 's'} in ${file}; nothing was run.\n`);
  return 2;
}

function indent(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n') + '\n'
  );
}
