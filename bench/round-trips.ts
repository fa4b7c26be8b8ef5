// Round trips per event type, as a user on github.com feels them: the emulator answers every request
// 150 ms late (about a round trip to api.github.com), and the action runs with GitHub pacing on
// (src/github/pacing.ts). For the demo's P1 — the repository's second incident, so its labels and
// state branch exist — it counts the requests of triage, a due sweep, `/ack` and `/resolve` (with the
// postmortem pull request), and times how long after triage's process starts the internal alert is
// posted. test/e2e/round-trips.test.ts asserts the same counts without latency.
import { performance } from 'node:perf_hooks';
import { GITHUB_ACTIONS_BOT } from '../simulator/emulator/accounts.js';
import type { WebhookEvent } from '../simulator/emulator/index.js';
import { demoEmulator, expectSuccess, fileDemoIncident, runOn } from './fixture.js';

export const LATENCY_MS = 150;
export const TARGETS = { triage: 8, ack: 6, resolve: 15, dueSweep: 5, alertSeconds: 1.5 } as const;

export interface RoundTrip {
  event: keyof Omit<typeof TARGETS, 'alertSeconds'>;
  requests: number;
  target: number;
  met: boolean;
  wallMs: number;
  byRoute: Record<string, number>;
}

export interface RoundTripResults {
  latencyMs: number;
  pacing: 'github';
  runs: RoundTrip[];
  /** From the start of triage's process to GitHub's answer to the internal alert's POST. */
  alertSeconds: number;
  alertMet: boolean;
}

const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

export async function roundTripBenchmark(): Promise<RoundTripResults> {
  const answered: Array<{ key: string; at: number }> = [];
  // When each of the bot's requests was answered (real time), for the alert's latency.
  const e = await demoEmulator({
    onResponse: (record) => {
      if (record.login === GITHUB_ACTIONS_BOT.login)
        answered.push({ key: `${record.method} ${record.route}`, at: performance.now() });
    },
  });
  try {
    // The repository's first incident (labels, the state branch), without latency.
    const first = fileDemoIncident(e);
    expectSuccess(await runOn(e, first), 'the first triage');
    // …resolved, so the sweep below has one incident due.
    const number1 = Number((first.payload.issue as { number: number }).number);
    const resolved = only(e.comment({ as: 'alice', issue: number1, body: '/resolve A false alarm.' }));
    expectSuccess(await runOn(e, resolved, { inputs: { 'watch-minutes': '0' } }), 'resolving the first incident');
    e.faults.add({ kind: 'latency', route: '*', times: Infinity, ms: LATENCY_MS });
    const watchOff = { inputs: { 'watch-minutes': '0' }, env: { FIREBREAK_SIMULATOR_PACING: 'github' } };
    const measure = async (event: RoundTrip['event'], webhook: WebhookEvent): Promise<RoundTrip> => {
      const before = e.requestLog.length;
      const started = performance.now();
      answered.length = 0;
      expectSuccess(await runOn(e, webhook, watchOff), event);
      const wallMs = performance.now() - started;
      const requests = e.requestLog.slice(before).filter((r) => r.login === GITHUB_ACTIONS_BOT.login);
      const byRoute: Record<string, number> = {};
      for (const r of requests) byRoute[`${r.method} ${r.route}`] = (byRoute[`${r.method} ${r.route}`] ?? 0) + 1;
      const target = TARGETS[event];
      if (event === 'triage') alertAt = (answered.find((a) => a.key === COMMENTS)?.at ?? Infinity) - started;
      return { event, requests: requests.length, target, met: requests.length <= target, wallMs, byRoute };
    };
    let alertAt = Infinity;
    const opened = fileDemoIncident(e);
    const number = Number((opened.payload.issue as { number: number }).number);
    const runs = [await measure('triage', opened)];
    e.clock.advance(16 * 60_000);
    runs.push(await measure('dueSweep', e.schedule({ workflow: 'escalation.yml' })));
    runs.push(await measure('ack', only(e.comment({ as: 'alice', issue: number, body: '/ack' }))));
    e.clock.advance(20 * 60_000);
    const resolve = e.comment({ as: 'alice', issue: number, body: '/resolve The load balancer is fixed.' });
    runs.push(await measure('resolve', only(resolve)));
    const alertSeconds = alertAt / 1000;
    return {
      latencyMs: LATENCY_MS,
      pacing: 'github',
      runs,
      alertSeconds,
      alertMet: alertSeconds <= TARGETS.alertSeconds,
    };
  } finally {
    await e.close();
  }
}

function only(events: WebhookEvent[]): WebhookEvent {
  const event = events.find((ev) => ev.name === 'issue_comment');
  if (!event) throw new Error('the emulator sent no issue_comment event');
  return event;
}
