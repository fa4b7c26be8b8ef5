// The repository every benchmark works in: the demo scenario's (examples/demo.yml) people, files and
// configuration, with Firebreak's issue forms and workflows installed as `firebreak init` would — and
// the two ways the action is started: on a freshly filed incident, and on a schedule.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type Emulator, type EmulatorOptions, type WebhookEvent } from '../simulator/emulator/index.js';
import { parseFormTemplate, renderIssueFormBody, type RenderableValue } from '../src/forms/index.js';
import { runAction, type ActionResult } from '../simulator/harness/run-action.js';
import { parseScenario, type Scenario, type StepAction } from '../simulator/simulate/scenario.js';
import { INSTALLED_FILES } from '../simulator/simulate/simulate.js';

export const DEMO_PATH = 'examples/demo.yml';
let root = resolve('.');

/**
 * Runs from here on use a copy of what they need (dist/, the issue forms, examples/) in a temporary
 * directory: others working in this tree rebuild dist/ at any moment, and a benchmark must measure one
 * build throughout. dist/ is bundled, so the copy runs without node_modules. Returns the clean-up.
 */
export function useSnapshot(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-package-'));
  for (const path of ['dist', '.github/ISSUE_TEMPLATE', 'examples'])
    cpSync(resolve(path), join(dir, path), { recursive: true });
  root = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

/** The package the benchmarks run: the snapshot once taken, else the working tree. */
export const packageRoot = (): string => root;

/** The `files:` entry of .github/firebreak.yml in the bench's scenarios: alice on call (UTC, weekly). */
export const ON_CALL_CONFIG = `  .github/firebreak.yml: |
    rotations:
      on-call:
        time-zone: UTC
        layers:
          - {name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}
`;
const entry = (): string => join(root, 'dist/simulator-action.js');

export function demoScenario(): Scenario {
  return parseScenario(readFileSync(join(root, DEMO_PATH), 'utf8'), DEMO_PATH);
}

export async function demoEmulator(extra: Pick<EmulatorOptions, 'onResponse'> = {}): Promise<Emulator> {
  const scenario = demoScenario();
  const files: Record<string, string> = {};
  for (const [target, source] of Object.entries(INSTALLED_FILES))
    files[target] = readFileSync(join(root, source), 'utf8');
  Object.assign(files, scenario.files);
  // No webhook log: a thousand seeded incidents would keep every payload for nothing.
  return startEmulator({
    repository: scenario.repository,
    visibility: scenario.visibility,
    start: scenario.start.toISOString(),
    users: scenario.users,
    files,
    recordWebhooks: false,
    ...extra,
  });
}

type FileIncident = Extract<StepAction, { kind: 'file-incident' }>;

/** The demo's incident, filed again from the issue form (as its reporter): the `issues.opened` event. */
export function fileDemoIncident(e: Emulator): WebhookEvent {
  const action = demoScenario()
    .steps.flatMap((s) => s.actions)
    .find((a): a is FileIncident => a.kind === 'file-incident');
  if (!action) throw new Error(`${DEMO_PATH} files no incident`);
  const template = parseFormTemplate(readFileSync(join(root, '.github/ISSUE_TEMPLATE', action.form), 'utf8'));
  const body = renderIssueFormBody(template, action.fields as Record<string, RenderableValue>);
  const events = e.openIssue({
    as: action.as,
    title: `${template.title ?? ''}${action.title}`,
    body,
    labels: template.labels,
    template: true,
  });
  const opened = events.find((ev) => ev.name === 'issues' && ev.action === 'opened');
  if (!opened) throw new Error('the emulator sent no issues.opened event');
  return opened;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  entry?: string;
}

/** One run of the built action on `event`, against the emulator, at the emulator's time. */
export function runOn(e: Emulator, event: WebhookEvent, options: RunOptions = {}): Promise<ActionResult> {
  return runAction({
    entry: options.entry ?? entry(),
    eventName: event.name,
    payload: event.payload,
    repository: e.repository,
    apiUrl: e.url,
    inputs: { 'repo-token': e.botToken, ...options.inputs },
    env: options.env ?? {},
    now: e.clock.now(),
  });
}

/** Fails loudly when a run did not do what the benchmark measures. */
export function expectSuccess(result: ActionResult, what: string): ActionResult {
  if (result.exitCode !== 0)
    throw new Error(`${what}: the action exited ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
  return result;
}
