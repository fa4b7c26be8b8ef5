// Replays a scenario through the built action on the GitHub emulator, as GitHub and the Actions runner
// would: each step becomes the webhook event(s) GitHub sends, every workflow the event triggers runs the
// action as a child process, and concurrency groups keep one running and one pending run (a newer
// pending run cancels the older one). A `concurrent` step starts its runs at the same time instead, and
// scenario-wide random faults make the emulator misbehave for the bot (faults.ts). What each step does
// is in step-events.ts.
import { join } from 'node:path';
import {
  startEmulator,
  type Emulator,
  type InjectedFault,
  type Snapshot,
  type WebhookEvent,
} from '../emulator/index.js';
import { runAction, type ActionResult } from '../harness/run-action.js';
import {
  concurrencyGroup,
  parseWorkflow,
  plannedSteps,
  startedJobs,
  triggers,
  type Workflow,
} from '../harness/workflows.js';
import { loadConfig } from '../../src/config/index.js';
import type { RunEffect } from './describe-run.js';
import { applyFaults } from './faults.js';
import { repositoryFiles } from './installed.js';
import { stepEvents } from './step-events.js';
import type { Scenario, Step, StepAction } from './scenario.js';

export { INSTALLED_FILES } from './installed.js';

export interface RunRecord {
  step: number;
  event: string;
  action?: string;
  workflow: string;
  exit_code: number | null;
  cancelled?: boolean;
  /** Every job's job-level `if:` was false: GitHub started no runner (and billed nothing). */
  skipped?: boolean;
  /** The whole minutes GitHub bills for the run's jobs: each started job rounded up, watch time included. */
  minutes?: number;
  /** Started at the same time as the other runs of its (concurrent) step. */
  concurrent?: boolean;
  outputs?: Record<string, string>;
}

export interface SimulationResult extends Snapshot {
  runs: RunRecord[];
  /** Every GitHub API fault the emulator injected, in order. */
  faults: InjectedFault[];
}

/** A step that could not happen as written; the scenario stops there. */
export class StepError extends Error {}

export interface SimulateOptions {
  /** Root of the Firebreak package, for dist/index.js (the forms and workflows are embedded: installed.ts). */
  packageRoot: string;
  /**
   * Called after every run, for transcripts, with what the run changed on the emulator (null for a
   * cancelled run, and for all but the last of the runs a concurrent step starts together).
   */
  onRun?: (run: RunRecord, result: ActionResult | null, event: WebhookEvent, effect: RunEffect | null) => void;
  onStep?: (step: Step, action: StepAction) => void;
}

export async function simulate(scenario: Scenario, options: SimulateOptions): Promise<SimulationResult> {
  const files = repositoryFiles(scenario);
  const emulator = await startEmulator({
    repository: scenario.repository,
    visibility: scenario.visibility,
    start: scenario.start.toISOString(),
    users: scenario.users,
    files,
    repositories: Object.entries(scenario.repositories).map(([repository, spec]) => ({ repository, ...spec })),
  });
  try {
    if (scenario.faults) applyFaults(emulator, scenario.faults);
    const runner = new Runner(emulator, scenario, options);
    for (const [i, step] of scenario.steps.entries()) {
      // A watching run (watch mode) yields when the scenario's next step is due; after the last step
      // the scenario is over, and so is the watch.
      runner.watchUntil = (scenario.steps[i + 1]?.at ?? step.at).toISOString();
      await runner.play(step);
    }
    return { ...emulator.snapshot(), runs: runner.runs, faults: [...emulator.faults.log] };
  } finally {
    await emulator.close();
  }
}

interface QueuedRun {
  step: number;
  event: WebhookEvent;
  workflow: Workflow;
}

class Runner {
  /** Watch mode in a run ends by then: the next step's time (see simulate()). */
  watchUntil: string | undefined = undefined;
  readonly runs: RunRecord[] = [];
  private readonly delivered = new Map<number, WebhookEvent[]>();
  private runId = 1;
  /**
   * Channel secrets, kept once a configuration named them: a repository's secrets outlive the version of
   * the configuration that asked for them (a broken push does not delete them, and Firebreak then runs
   * with the last good version's channels).
   */
  private readonly secretsSoFar: Record<string, string> = {};
  private parsedWorkflows: { sha: string | null; workflows: Workflow[] } | null = null;

  constructor(
    private readonly emulator: Emulator,
    private readonly scenario: Scenario,
    private readonly options: SimulateOptions,
  ) {}

  async play(step: Step): Promise<void> {
    if (step.at.getTime() > Date.parse(this.emulator.clock.now())) this.emulator.clock.set(step.at.toISOString());
    if (step.concurrent) return this.playConcurrent(step, step.concurrent);
    if (!step.burst) {
      const action = step.actions[0] as StepAction;
      this.options.onStep?.(step, action);
      const events = await this.perform(action, step);
      this.delivered.set(step.index, events);
      for (const event of events) for (const run of await this.triggered(event, step.index)) await this.execute(run);
      return;
    }
    // A burst: the first event's runs start; later events queue behind them per concurrency group, and
    // each newly queued run cancels the pending one before it.
    const all: WebhookEvent[] = [];
    const pending = new Map<string, QueuedRun>();
    let running: QueuedRun[] | null = null;
    for (const action of step.actions) {
      this.options.onStep?.(step, action);
      const events = await this.perform(action, step);
      all.push(...events);
      for (const event of events) {
        for (const run of await this.triggered(event, step.index)) {
          if (running === null) {
            running = [run];
            continue;
          }
          if (this.skipped(run) && this.group(run) === null) {
            this.record(run, null, false, false, null, true);
            continue;
          }
          const group = this.group(run) ?? `${run.workflow.file}:${this.runId}:${Math.random()}`;
          const before = pending.get(group);
          if (before) this.record(before, null, true);
          pending.set(group, run);
        }
      }
      running ??= [];
    }
    this.delivered.set(step.index, all);
    for (const run of running ?? []) await this.execute(run);
    for (const run of pending.values()) await this.execute(run);
  }

  /**
   * A concurrent step: its actions happen in order, then every run they trigger starts at the same time
   * (`times` copies of each) as separate child processes, as runs in different concurrency groups, a
   * re-run job or a redelivery racing the original would. Runs those start follow afterwards.
   */
  private async playConcurrent(step: Step, times: number): Promise<void> {
    const all: WebhookEvent[] = [];
    const runs: QueuedRun[] = [];
    for (const action of step.actions) {
      this.options.onStep?.(step, action);
      const events = await this.perform(action, step);
      all.push(...events);
      for (const event of events)
        for (const run of await this.triggered(event, step.index)) for (let i = 0; i < times; i++) runs.push(run);
    }
    this.delivered.set(step.index, all);
    const before = this.emulator.webhooks.length;
    const seen = this.observe();
    const results = await Promise.all(runs.map((run) => this.runJob(run)));
    // Runs racing each other change the emulator together: the last record carries what they did.
    const effect = this.effectSince(seen, runs.length);
    runs.forEach((run, i) =>
      this.record(
        run,
        results[i]?.result ?? null,
        false,
        true,
        i === runs.length - 1 ? effect : null,
        this.skipped(run),
        results[i]?.minutes ?? 0,
      ),
    );
    await this.followUps(before, step.index);
  }

  private group(run: QueuedRun): string | null {
    return concurrencyGroup(run.workflow, this.exprContext(run.event));
  }

  /** Whether every job's job-level `if:` is false, so that GitHub starts no runner for the run. */
  private skipped(run: QueuedRun): boolean {
    return startedJobs(run.workflow, this.exprContext(run.event)).length === 0;
  }

  /** What a person (or GitHub) does; a refusal (GitHub's 403, a comment that is not there) names the step. */
  private async perform(action: StepAction, step: Step): Promise<WebhookEvent[]> {
    try {
      return await stepEvents(this.emulator, action, step, {
        delivered: this.delivered,
        workflows: () => this.workflows(),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new StepError(
        message.startsWith(`step ${step.index}:`) ? message : `step ${step.index} (${action.kind}): ${message}`,
        { cause: error },
      );
    }
  }

  /** The default branch's workflows, parsed once per commit (a month-long scenario asks at every step). */
  private async workflows(): Promise<Workflow[]> {
    const { sha, files } = this.emulator.defaultBranchWorkflows();
    if (sha !== null && this.parsedWorkflows?.sha === sha) return this.parsedWorkflows.workflows;
    const workflows = [...files]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, text]) => parseWorkflow(path.slice('.github/workflows/'.length), text));
    this.parsedWorkflows = { sha, workflows };
    return workflows;
  }

  private async triggered(event: WebhookEvent, step: number): Promise<QueuedRun[]> {
    if (!event.triggersWorkflows) return [];
    const payload = event.payload;
    const pull = payload.pull_request as { number?: number } | undefined;
    const changedFiles =
      event.name.startsWith('pull_request') && pull?.number
        ? Object.keys(this.emulator.snapshot().pulls.find((p) => p.number === pull.number)?.files ?? {})
        : undefined;
    const workflow =
      typeof payload.workflow === 'string' ? payload.workflow.replace(/^\.github\/workflows\//, '') : undefined;
    const info = {
      eventName: event.name,
      payload,
      ...(changedFiles ? { changedFiles } : {}),
      ...(workflow ? { dispatchedWorkflow: workflow } : {}),
    };
    // A disabled workflow (by hand, by GitHub for inactivity, or by Firebreak pausing its sweeps) starts nothing.
    return (await this.workflows())
      .filter((w) => this.emulator.workflowState(w.file) === 'active' && triggers(w, info))
      .map((w) => ({ step, event, workflow: w }));
  }

  private exprContext(event: WebhookEvent): Record<string, unknown> {
    return {
      github: {
        event: event.payload,
        event_name: event.name,
        repository: this.scenario.repository,
        repository_owner: this.scenario.repository.split('/')[0],
        token: this.emulator.botToken,
        ref: 'refs/heads/main',
        actor: event.sender,
        // One per delivery here (GitHub's is one per run): concurrency groups keyed on it never queue.
        run_id: event.id,
      },
      secrets: { GITHUB_TOKEN: this.emulator.botToken, ...this.scenario.secrets },
      inputs: (event.payload.inputs ?? {}) as Record<string, unknown>,
      env: {},
      vars: {},
    };
  }

  private async execute(run: QueuedRun): Promise<void> {
    const before = this.emulator.webhooks.length;
    const seen = this.observe();
    const skipped = this.skipped(run);
    const { result, minutes } = skipped ? { result: null, minutes: 0 } : await this.runJob(run);
    this.record(run, result, false, false, this.effectSince(seen), skipped, minutes);
    await this.followUps(before, run.step);
  }

  /** The state before a run, when someone listens for runs (a transcript): effects are diffs of it. */
  private observe(): { snapshot: Snapshot; requests: number } | null {
    return this.options.onRun
      ? { snapshot: this.emulator.snapshot(), requests: this.emulator.requestLog.length }
      : null;
  }

  private effectSince(seen: { snapshot: Snapshot; requests: number } | null, together = 1): RunEffect | null {
    if (!seen) return null;
    return {
      before: seen.snapshot,
      after: this.emulator.snapshot(),
      requests: this.emulator.requestLog.slice(seen.requests),
      ...(together > 1 ? { together } : {}),
    };
  }

  /** Writes by the workflow token start no runs, except workflow_dispatch (a runbook's automation). */
  private async followUps(before: number, step: number): Promise<void> {
    for (const event of this.emulator.webhooks.slice(before)) {
      for (const next of await this.triggered(event, step)) await this.execute(next);
    }
  }

  /**
   * The started jobs' steps that use the action, in order, until one fails (result null when `if:` skips
   * them all), and the minutes GitHub bills: each started job's time on the emulator's clock (watch mode
   * advances it) rounded up to whole minutes, at least one.
   */
  private async runJob(run: QueuedRun): Promise<{ result: ActionResult | null; minutes: number }> {
    const ctx = this.exprContext(run.event);
    const steps = plannedSteps(run.workflow, ctx);
    const elapsed = new Map(startedJobs(run.workflow, ctx).map((job) => [job.id, 0]));
    let last: ActionResult | null = null;
    for (const step of steps) {
      const started = Date.parse(this.emulator.clock.now());
      last = await runAction({
        entry: join(this.options.packageRoot, 'dist/simulator-action.js'),
        eventName: run.event.name,
        payload: run.event.payload,
        repository: this.scenario.repository,
        apiUrl: this.emulator.url,
        inputs: { 'repo-token': this.emulator.botToken, ...step.inputs },
        env: { ...this.channelEnv(), ...nonEmpty(step.env) },
        workflow: run.workflow.name,
        runId: this.runId++,
        actor: run.event.sender,
        now: this.emulator.clock.now(),
        watchUntil: this.watchUntil,
      });
      elapsed.set(step.job, (elapsed.get(step.job) ?? 0) + Date.parse(this.emulator.clock.now()) - started);
      if (last.exitCode !== 0) break;
    }
    const minutes = [...elapsed.values()].reduce((sum, ms) => sum + Math.max(1, Math.ceil(ms / 60_000)), 0);
    return { result: last, minutes };
  }

  /**
   * Channels deliver to the emulator's loopback receiver: every secret a configured channel names
   * (`url-from`, `routing-key-from`) that the scenario does not set points there, and PagerDuty's
   * Events API is the receiver's /pagerduty/v2/enqueue. Nothing leaves loopback. Secrets set for an
   * earlier version of the configuration stay set.
   */
  private channelEnv(): Record<string, string> {
    const text = this.emulator.snapshot().branches.main?.['.github/firebreak.yml'] ?? null;
    const { config } = loadConfig(text, '.github/firebreak.yml');
    const env = this.secretsSoFar;
    env.FIREBREAK_SIMULATOR_PAGERDUTY_URL = `${this.emulator.url}/pagerduty/v2/enqueue`;
    for (const channel of Object.values(config.channels)) {
      if (channel.urlFrom) env[channel.urlFrom] = this.emulator.hookUrl(channel.id);
      if (channel.routingKeyFrom) env[channel.routingKeyFrom] = `simulated-routing-key-${channel.id}`;
    }
    return { ...env };
  }

  private record(
    run: QueuedRun,
    result: ActionResult | null,
    cancelled: boolean,
    concurrent = false,
    effect: RunEffect | null = null,
    skipped = false,
    minutes = 0,
  ): void {
    const record: RunRecord = {
      step: run.step,
      event: run.event.name,
      ...(run.event.action ? { action: run.event.action } : {}),
      workflow: run.workflow.file,
      exit_code: cancelled ? null : (result?.exitCode ?? 0),
      ...(cancelled ? { cancelled: true } : {}),
      ...(skipped ? { skipped: true } : {}),
      ...(cancelled ? {} : { minutes }),
      ...(concurrent ? { concurrent: true } : {}),
      ...(result ? { outputs: result.outputs } : {}),
    };
    this.runs.push(record);
    this.options.onRun?.(record, result, run.event, effect);
  }
}

/** Workflow env entries whose secret the scenario did not set interpolate to ""; they must not mask defaults. */
function nonEmpty(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
}
