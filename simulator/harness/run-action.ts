// The runner harness: runs the built action (dist/simulator-action.js: the action in the emulator's world,
// see simulator/action-entry.ts) as a child process with the environment the
// GitHub Actions runner provides, against a GitHub API URL (the emulator), and captures what it leaves:
// exit code, outputs, job summary and log.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  /** The built entry: dist/simulator-action.js (dist/index.js runs in the real world: GitHub's pacing). */
  entry: string;
  eventName: string;
  payload: unknown;
  repository: string;
  apiUrl: string;
  serverUrl?: string;
  /** Input values by the names in action.yml (kebab-case); defaults are the caller's business. */
  inputs: Record<string, string>;
  /** Extra environment, e.g. secrets the workflow maps into `env:`. */
  env?: Record<string, string>;
  workflow?: string;
  runId?: number;
  actor?: string;
  /** The time the run starts at (the emulator's clock), passed as FIREBREAK_SIMULATOR_NOW; the run's waits then advance the emulator's clock. */
  now?: string;
  /** Watch mode must end by then (the scenario's next step), passed as FIREBREAK_SIMULATOR_WATCH_UNTIL. */
  watchUntil?: string;
  timeoutMs?: number;
}

export interface ActionResult {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export async function runAction(run: ActionRun): Promise<ActionResult> {
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-run-'));
  try {
    const eventPath = join(dir, 'event.json');
    const outputPath = join(dir, 'output');
    const summaryPath = join(dir, 'summary.md');
    await Promise.all([
      writeFile(eventPath, JSON.stringify(run.payload)),
      writeFile(outputPath, ''),
      writeFile(summaryPath, ''),
    ]);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: run.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: run.repository,
      GITHUB_REPOSITORY_OWNER: run.repository.split('/')[0] ?? '',
      GITHUB_API_URL: run.apiUrl,
      GITHUB_SERVER_URL: run.serverUrl ?? 'https://github.com',
      GITHUB_GRAPHQL_URL: `${run.apiUrl}/graphql`,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKFLOW: run.workflow ?? 'firebreak',
      GITHUB_RUN_ID: String(run.runId ?? 1),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: run.actor ?? 'github-actions[bot]',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      RUNNER_OS: 'Linux',
      ...(run.now ? { FIREBREAK_SIMULATOR_NOW: run.now } : {}),
      ...(run.watchUntil ? { FIREBREAK_SIMULATOR_WATCH_UNTIL: run.watchUntil } : {}),
      ...run.env,
    };
    for (const [name, value] of Object.entries(run.inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const started = Date.now();
    const { code, stdout, stderr } = await spawnNode(run.entry, env, run.timeoutMs ?? 120_000);
    const [outputs, summary] = await Promise.all([readFile(outputPath, 'utf8'), readFile(summaryPath, 'utf8')]);
    return {
      exitCode: code,
      outputs: parseOutputs(outputs),
      summary,
      stdout,
      stderr,
      durationMs: Date.now() - started,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function spawnNode(
  entry: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 137 : 1), stdout, stderr });
    });
  });
}

/** Parses GITHUB_OUTPUT: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '');
      outputs[name ?? ''] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}
