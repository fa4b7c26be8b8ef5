// Shared pieces of the fault and race suite: run a scenario (with random GitHub faults, concurrent runs
// or both) through the built bundle on the emulator, and reduce the final state to what must not
// depend on faults or timing — issues, the action's comments by kind and key, the event keys they
// record, pull requests and their files, and notification deliveries per channel and key.
import { readFile } from 'node:fs/promises';
import { decodeRecords, recordEvents } from '../../src/domain/incident/marker.js';
import type { ScenarioFaults } from '../../simulator/simulate/faults.js';
import { parseScenario, type Scenario } from '../../simulator/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../simulator/simulate/simulate.js';
import { fileIncident } from '../e2e/kit.js';

export const root = new URL('../..', import.meta.url).pathname;
export const BOT = 'github-actions[bot]';

export interface FailedRun {
  step: number;
  workflow: string;
  exitCode: number;
  /** The `::error::` lines the run printed: a failure must say what went wrong. */
  errors: string[];
}

export interface Outcome {
  result: SimulationResult;
  failed: FailedRun[];
}

/** Runs a scenario; failed runs are collected with their error lines instead of failing the test. */
export async function play(scenario: Scenario): Promise<Outcome> {
  const failed: FailedRun[] = [];
  const result = await simulate(scenario, {
    packageRoot: root,
    onRun: (run, outcome) => {
      if (run.cancelled || !outcome || outcome.exitCode === 0) return;
      const errors = `${outcome.stdout}\n${outcome.stderr}`.split('\n').filter((line) => line.startsWith('::error'));
      failed.push({ step: run.step, workflow: run.workflow, exitCode: outcome.exitCode, errors });
    },
  });
  return { result, failed };
}

export const run = async (yaml: string): Promise<SimulationResult> => (await play(parseScenario(yaml))).result;

/** The demo, with a Slack channel and a JSON webhook added so deliveries are part of the comparison. */
export async function demo(): Promise<Scenario> {
  const scenario = parseScenario(
    await readFile(new URL('../../examples/demo.yml', import.meta.url), 'utf8'),
    'examples/demo.yml',
  );
  const config = scenario.files['.github/firebreak.yml'] ?? '';
  return {
    ...scenario,
    files: {
      ...scenario.files,
      '.github/firebreak.yml': `${config.trimEnd()}\nchannels:\n  ops: {type: slack, url-from: FIREBREAK_SLACK_URL}\n  feed: {type: webhook, url-from: FIREBREAK_FEED_URL}\n`,
    },
  };
}

/** Appends steps written in scenario YAML (timed after the scenario's last step). */
export function withSteps(scenario: Scenario, stepsYaml: string): Scenario {
  const last = scenario.steps[scenario.steps.length - 1];
  const more = parseScenario(`start: ${(last?.at ?? scenario.start).toISOString()}\nsteps:\n${stepsYaml}`);
  const offset = scenario.steps.length;
  return { ...scenario, steps: [...scenario.steps, ...more.steps.map((s) => ({ ...s, index: s.index + offset }))] };
}

/** After a faulty scenario: faults off, one more sweep and the last step's events again. */
export function withRepair(scenario: Scenario): Scenario {
  return withSteps(
    scenario,
    `  - fault: { clear: true }\n  - sweep: {}\n  - redeliver: { step: ${scenario.steps.length} }\n`,
  );
}

/** FIREBREAK_FAULT_RATE="0.25" makes GitHub misbehave more often than the default 0.1. */
export function faultRate(env: string | undefined = process.env.FIREBREAK_FAULT_RATE): number {
  const rate = env === undefined || env === '' ? 0.1 : Number(env);
  if (!(rate >= 0 && rate <= 1)) throw new Error(`FIREBREAK_FAULT_RATE must be a number from 0 to 1, got "${env}"`);
  return rate;
}

export function withFaults(scenario: Scenario, faults: Partial<ScenarioFaults> & { seed: number }): Scenario {
  return {
    ...scenario,
    faults: {
      rate: faultRate(),
      kinds: ['status5xx', 'rate429', 'secondary403', 'timeout', 'dropAfterWrite', 'latency'],
      ...faults,
    },
  };
}

/** FIREBREAK_FAULT_SEEDS="4,5,6" runs those seeds; the default is a fixed three. */
export function faultSeeds(env: string | undefined = process.env.FIREBREAK_FAULT_SEEDS): number[] {
  const seeds = (env ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (seeds.some((s) => !Number.isInteger(s) || s < 0))
    throw new Error(`FIREBREAK_FAULT_SEEDS must list whole numbers, got "${env}"`);
  return seeds.length > 0 ? seeds : [1, 2, 3];
}

export const bots = (result: SimulationResult, number = 1) =>
  result.issues.find((i) => i.number === number)?.comments.filter((c) => c.author === BOT) ?? [];
export const issue = (result: SimulationResult, number = 1) => result.issues.find((i) => i.number === number);
export const records = (result: SimulationResult, number = 1) =>
  bots(result, number).flatMap((c) => decodeRecords(c.body).slice(0, 1));
export const kindsOf = (result: SimulationResult, kind: string, number = 1) =>
  records(result, number).filter((r) => r.kind === kind);
/** The distinct events of a type recorded (a keyed event held by two records, summary and copy, counts once). */
export const eventsOf = (result: SimulationResult, type: string, number = 1) => {
  const found = records(result, number).flatMap((r) => recordEvents(r).filter((e) => e.type === type));
  return found.filter((e, i) => e.key === undefined || found.findIndex((f) => f.key === e.key) === i);
};

/** What a channel received, as "channel key" (Slack has no key in its payload: its headline stands in). */
export function deliveryKeys(result: SimulationResult): string[] {
  return result.deliveries.map((d) => {
    const p = (d.payload ?? {}) as {
      key?: string;
      kind?: string;
      text?: string;
      dedup_key?: string;
      event_action?: string;
    };
    if (typeof p.key === 'string') return `${d.channel} ${p.kind}:${p.key}`;
    if (typeof p.dedup_key === 'string') return `${d.channel} ${p.event_action}:${p.dedup_key}`;
    return `${d.channel} ${(p.text ?? '').split('\n')[0]}`;
  });
}

export interface NormalState {
  issues: Array<{
    number: number;
    title: string;
    state: string;
    labels: string[];
    assignees: string[];
    comments: string[];
    events: string[];
  }>;
  pulls: Array<{
    number: number;
    title: string;
    state: string;
    merged: boolean;
    head: string;
    base: string;
    files: Record<string, string | null>;
  }>;
  deliveries: Record<string, number>;
}

/**
 * The final state without what legitimately differs between runs: comment ids (a dropped write and its
 * deletion move every later id: human comments are named by their order instead), timestamps, the
 * summary's "Updated …" line and the order comments were posted in.
 */
export function normalise(result: SimulationResult): NormalState {
  const human = new Map<string, string>();
  for (const i of result.issues)
    for (const c of i.comments) if (c.author !== BOT) human.set(String(c.id), `human-${human.size + 1}`);
  const ids = (text: string) => text.replace(/\d{6,}/g, (n) => human.get(n) ?? n);
  const times = (text: string) =>
    text.replace(/(\d{4}-\d\d-\d\dT\d\d:\d\d)(:\d\d(\.\d+)?)?Z/g, '$1Z').replace(/^.*\bUpdated\b.*$/gm, '');
  const count = (items: string[]) =>
    Object.fromEntries(
      [...items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort(([a], [b]) =>
        a.localeCompare(b),
      ),
    );
  return {
    issues: result.issues.map((i) => {
      const recs = records(result, i.number);
      return {
        number: i.number,
        title: i.title,
        state: i.state,
        labels: [...i.labels].sort(),
        assignees: [...i.assignees].sort(),
        comments: recs.map((r) => ids(`${r.kind} ${r.key}`)).sort(),
        events: [
          ...new Set(
            recs.flatMap((r) =>
              recordEvents(r)
                .map((e) => (e.key ? ids(e.key) : null))
                .filter((k): k is string => k !== null),
            ),
          ),
        ].sort(),
      };
    }),
    pulls: result.pulls.map((p) => ({
      number: p.number,
      title: p.title,
      state: p.state,
      merged: p.merged,
      head: p.head,
      base: p.base,
      files: Object.fromEntries(
        Object.entries(p.files).map(([path, content]) => [path, content === null ? null : times(ids(content))]),
      ),
    })),
    deliveries: count(deliveryKeys(result).map(ids)),
  };
}

/** Keys held by more than one of the action's comments on an issue (a duplicate nobody cleaned up). */
export function duplicateKeys(result: SimulationResult): string[] {
  return result.issues.flatMap((i) => {
    const keys = records(result, i.number).map((r) => r.key);
    return keys.filter((k, n) => keys.indexOf(k) !== n).map((k) => `#${i.number} ${k}`);
  });
}

export { CHANNELS } from '../e2e/kit.js';

/** A P1 filed from the incident form (the same filing the end-to-end tests use). */
export const fileP1 = (at = '10:00') => fileIncident('P1', at);

export const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
