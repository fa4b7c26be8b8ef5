// Runs the action's dispatch in this process against an emulator, for property tests that need hundreds
// of runs (a child process per run, as the end-to-end tests do, would take minutes). The same code as
// the bundle, minus @actions/core at the edge: inputs are given, the log is captured, the clock is fixed.
import { readFileSync } from 'node:fs';
import { dispatch, type DispatchResult } from '../../src/handlers/dispatch.js';
import { startEmulator, type Emulator, type WebhookEvent } from '../../simulator/emulator/index.js';
import { createClient } from '../../src/github/client.js';
import type { GitHubGateway } from '../../src/github/gateway.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { fixedClock, type Clock } from '../../src/runtime/clock.js';
import type { Inputs } from '../../src/runtime/inputs.js';
import { RunLog } from '../../src/runtime/log.js';

const ROOT = new URL('../../', import.meta.url);
const FORMS = ['incident.yml', 'security-incident.yml', 'config.yml'].map(
  (name) =>
    [`.github/ISSUE_TEMPLATE/${name}`, readFileSync(new URL(`.github/ISSUE_TEMPLATE/${name}`, ROOT), 'utf8')] as const,
);

export const INPUTS: Inputs = {
  token: '',
  configPath: '.github/firebreak.yml',
  dryRun: false,
  botLogin: 'github-actions[bot]',
  operationsBudget: 100,
  postmortemToken: '',
  watchMinutes: 0,
  mode: 'auto',
  // The sweeps' pause and wake are exercised through the bundle (test/e2e/sweep-schedule.test.ts).
  escalationWorkflow: '',
  reportSince: '90d',
};

export interface RunOptions {
  inputs?: Partial<Inputs>;
  /** The run's clock (default: fixed at the emulator's time; sleeping moves it on). */
  clock?: Clock;
  watchPollMs?: number | null;
}

export interface InProcess {
  emulator: Emulator;
  /** Runs the action for one webhook event at the emulator's current time. */
  run(
    event: WebhookEvent | { name: 'schedule'; payload?: Record<string, unknown> },
    options?: RunOptions,
  ): Promise<DispatchResult & { errors: string[]; lines: string[] }>;
  close(): Promise<void>;
}

export async function inProcess(
  config: string,
  users: Record<string, 'read' | 'triage' | 'write' | 'admin'>,
  start: string,
  /** Stands between the action and the emulator, e.g. to run another run in the middle of this one. */
  wrap: (gateway: GitHubGateway) => GitHubGateway = (gateway) => gateway,
): Promise<InProcess> {
  const emulator = await startEmulator({
    start,
    users,
    files: { ...Object.fromEntries(FORMS), '.github/firebreak.yml': config },
  });
  const client = createClient({ token: emulator.botToken, baseUrl: emulator.url, pacing: 'none', timeoutMs: 10_000 });
  client.log.error = () => {};
  const gateway = wrap(new OctokitGateway(client, { owner: 'acme', repo: 'shop' }));
  return {
    emulator,
    async run(event, options = {}) {
      const errors: string[] = [];
      const lines: string[] = [];
      const log = new RunLog({
        info: (line) => void lines.push(line),
        warning: () => {},
        error: (line) => void errors.push(line),
        startGroup: () => {},
        endGroup: () => {},
      });
      const result = await dispatch({
        inputs: { ...INPUTS, token: emulator.botToken, postmortemToken: emulator.botToken, ...options.inputs },
        context: {
          eventName: event.name,
          payload: event.payload ?? {},
          repo: { owner: 'acme', repo: 'shop' },
          apiUrl: emulator.url,
          serverUrl: 'https://github.com',
          runId: '1',
          workflow: 'firebreak',
          actor: 'github-actions[bot]',
        },
        clock: options.clock ?? fixedClock(new Date(emulator.clock.now())),
        watchPollMs: options.watchPollMs ?? null,
        log,
        gateway,
        secrets: {},
      });
      return { ...result, errors, lines };
    },
    close: () => emulator.close(),
  };
}
