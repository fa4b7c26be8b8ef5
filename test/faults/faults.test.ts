// One fault at a time, aimed at one moment of an incident: filing (the alert), the sweep's escalation
// page, and the write that records a command (for /ack, a fact-only command, the live summary's edit).
// Each ends in the state a clean run reaches — one alert, one page per channel, one acknowledgement —
// or fails clearly and is repaired by the next run.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import {
  bots,
  CHANNELS,
  COMMENTS,
  deliveryKeys,
  duplicateKeys,
  eventsOf,
  fileP1,
  kindsOf,
  normalise,
  play,
  type NormalState,
  type Outcome,
} from './kit.js';

interface Slots {
  filing?: string;
  escalation?: string;
  ack?: string;
}

/**
 * File a P1 at 10:00, the sweep pages the EM at 10:20, /ack at 10:25; faults go in just before each. The
 * escalation fault goes in at 10:14: the triage run watches until the next step, and would page the EM
 * itself at 10:15 (watch mode) before a fault set at 10:19 could reach it.
 */
const timeline = (faults: Slots) => `${CHANNELS}
steps:
  - { at: "09:59", ${faults.filing ? `fault: ${faults.filing}` : 'wait: {}'} }${fileP1()}
  - { at: "10:14", ${faults.escalation ? `fault: ${faults.escalation}` : 'wait: {}'} }
  - { at: "10:20", sweep: {} }
  - { at: "10:24", ${faults.ack ? `fault: ${faults.ack}` : 'wait: {}'} }
  - { at: "10:25", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:29", fault: { clear: true } }
  - { at: "10:30", sweep: {} }
`;

const api = (kind: string, route: string, extra = '') =>
  `{ api: { kind: ${kind}, route: "${route}"${extra ? `, ${extra}` : ''} } }`;
const LABELS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels';
const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
/** Editing a comment: for the /ack, the live summary's edit that records it. */
const EDIT_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

describe.concurrent('one GitHub fault at a time', () => {
  let clean: NormalState;
  const faulty = (slots: Slots): Promise<Outcome> => play(parseScenario(timeline(slots)));

  beforeAll(async () => {
    const outcome = await play(parseScenario(timeline({})));
    expect(outcome.failed).toEqual([]);
    clean = normalise(outcome.result);
    // The baseline pages what it should: the alert on Slack and PagerDuty, the EM page on Slack.
    expect(Object.keys(clean.deliveries).sort()).toEqual([
      'ops *[P1] Escalated to Engineering Manager*',
      'ops *[P1] New incident*',
      'pagerduty trigger:firebreak/acme/shop#1',
    ]);
  });

  it('dropAfterWrite on the alert: the comment was written, the client did not hear and retried; one alert comment is left', async ({
    expect,
  }) => {
    const { result, failed } = await faulty({ filing: api('dropAfterWrite', COMMENTS) });
    expect(result.faults.map((f) => f.kind)).toEqual(['dropAfterWrite']);
    expect(failed).toEqual([]);
    expect(kindsOf(result, 'alert')).toHaveLength(1);
    expect(eventsOf(result, 'opened')).toHaveLength(1);
    expect(duplicateKeys(result)).toEqual([]);
    expect(normalise(result).issues).toEqual(clean.issues);
  });

  // Bug: execute.ts sendNotifications sends only when the surviving claim comment is one this run
  // created; the retry's copy is the one settleRaces deletes, so nobody ever sends the alert.
  it('dropAfterWrite on the alert: the alert and the on-call page still reach Slack and PagerDuty once', async ({
    expect,
  }) => {
    const { result } = await faulty({ filing: api('dropAfterWrite', COMMENTS) });
    expect(normalise(result).deliveries).toEqual(clean.deliveries);
  });

  it('dropAfterWrite on the escalation comment: one escalation comment and event', async ({ expect }) => {
    const { result, failed } = await faulty({ escalation: api('dropAfterWrite', COMMENTS) });
    expect(result.faults.map((f) => f.kind)).toEqual(['dropAfterWrite']);
    expect(failed).toEqual([]);
    expect(kindsOf(result, 'escalation')).toHaveLength(1);
    expect(normalise(result).issues).toEqual(clean.issues);
  });

  it('dropAfterWrite on the escalation comment: the EM is still paged on Slack, once', async ({ expect }) => {
    const { result } = await faulty({ escalation: api('dropAfterWrite', COMMENTS) });
    expect(deliveryKeys(result).filter((k) => k.includes('Engineering Manager'))).toHaveLength(1);
  });

  it('dropAfterWrite on the summary edit that records /ack: no reply, acknowledged once', async ({ expect }) => {
    const { result, failed } = await faulty({ ack: api('dropAfterWrite', EDIT_COMMENT) });
    expect(result.faults.map((f) => f.kind)).toEqual(['dropAfterWrite']);
    expect(failed).toEqual([]);
    expect(kindsOf(result, 'reply')).toHaveLength(0);
    expect(kindsOf(result, 'summary').flatMap((r) => r.facts ?? [])).toHaveLength(1);
    expect(eventsOf(result, 'acknowledged')).toHaveLength(1);
    expect(normalise(result)).toEqual(clean);
  });

  it('429 with retry-after, twice in a row: the client waits and retries, nothing is doubled', async ({ expect }) => {
    const { result, failed } = await faulty({ filing: api('rate429', COMMENTS, 'times: 2, retry-after: 2') });
    expect(result.faults.map((f) => f.kind)).toEqual(['rate429', 'rate429']);
    expect(failed).toEqual([]);
    expect(normalise(result)).toEqual(clean);
  });

  it('a secondary rate limit (403 with retry-after) on labels and on the page: retried, nothing is doubled', async ({
    expect,
  }) => {
    const { result, failed } = await faulty({
      filing: api('secondary403', LABELS, 'times: 2'),
      escalation: api('secondary403', COMMENTS, 'times: 2'),
    });
    expect(result.faults.map((f) => f.kind)).toEqual(['secondary403', 'secondary403', 'secondary403', 'secondary403']);
    expect(failed).toEqual([]);
    expect(normalise(result)).toEqual(clean);
  });

  it('timeouts on a read and on a write: the request is abandoned and retried; the held write never happened', async ({
    expect,
  }) => {
    const { result, failed } = await faulty({
      filing: api('timeout', LIST_COMMENTS, 'ms: 300'),
      ack: api('timeout', EDIT_COMMENT, 'ms: 300, times: 2'),
    });
    expect(result.faults.map((f) => f.kind)).toEqual(['timeout', 'timeout', 'timeout']);
    expect(failed).toEqual([]);
    expect(normalise(result)).toEqual(clean);
  });

  it('a 502 that outlasts the retries on the summary edit recording /ack: the run fails saying so, and the next sweep records it', async ({
    expect,
  }) => {
    const { result, failed } = await faulty({ ack: api('status5xx', EDIT_COMMENT, 'times: 4, status: 502') });
    expect(failed.map((run) => run.step)).toEqual([6]);
    expect(failed[0]?.errors.join('\n')).toMatch(/502|Server Error/);
    expect(failed[0]?.errors.join('\n')).toMatch(/The next run retries them/);
    expect(duplicateKeys(result)).toEqual([]);
    expect(normalise(result)).toEqual(clean);
  });

  // Bug: intake.ts records the `opened` event at the time of the run that triages (facts.now), not when the
  // issue was filed, so an outage during filing restarts the escalation clock: the EM page due at 10:15
  // moves to 10:35, after the /ack at 10:25, and is never sent.
  it('GitHub down through filing (every request fails until 10:19): the sweep after it recovers pages the EM as the clean run does', async ({
    expect,
  }) => {
    const { result, failed } = await faulty({
      filing: api('status5xx', '*', 'times: .inf'),
      escalation: '{ clear: true }',
    });
    expect(failed.length).toBeGreaterThan(0);
    for (const run of failed) expect(`${run.step} ${run.errors.join('\n')}`).toMatch(/^2 [^]*Server Error/);
    expect(duplicateKeys(result)).toEqual([]);
    expect(normalise(result)).toEqual(clean);
  });

  it('latency on every request changes nothing', async ({ expect }) => {
    const { result, failed } = await faulty({ filing: api('latency', '*', 'times: .inf, ms: 20') });
    // Every request from filing on (18 since /ack records in the summary instead of replying).
    expect(result.faults.length).toBeGreaterThan(15);
    expect(failed).toEqual([]);
    expect(bots(result).length).toBeGreaterThan(0);
    expect(normalise(result)).toEqual(clean);
  });
});
