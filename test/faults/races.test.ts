// Two runs at the same time on one incident — the same event delivered twice, the sweep racing an
// incident run, a re-run job racing the original — leave what one run leaves: one reply, one page per
// channel, one alert, one summary.
import { describe, expect, it } from 'vitest';
import { HEADER } from '../e2e/kit.js';
import { CHANNELS, deliveryKeys, duplicateKeys, eventsOf, fileP1, kindsOf, run } from './kit.js';

describe('races', () => {
  it('the same comment event delivered to two concurrent runs executes once: one recorded fact, one set of events', async () => {
    const result = await run(`${CHANNELS}
steps:${fileP1()}
  - at: "10:05"
    concurrent:
      times: 2
      steps:
        - comment: { issue: 1, as: alice, body: "/ack\\n/timeline paged the database team" }
`);
    expect(result.runs.filter((r) => r.concurrent).map((r) => r.exit_code)).toEqual([0, 0]);
    // Both commands only record facts: the summary's record keeps them once, keyed by the comment.
    expect(kindsOf(result, 'reply')).toHaveLength(0);
    expect(kindsOf(result, 'summary').flatMap((r) => r.facts ?? [])).toHaveLength(1);
    expect(eventsOf(result, 'acknowledged')).toHaveLength(1);
    expect(eventsOf(result, 'note')).toHaveLength(1);
    expect(duplicateKeys(result)).toEqual([]);
  });

  it('the sweep racing an incident run on a due escalation pages once: one escalation event, one delivery per channel', async () => {
    const result = await run(`${CHANNELS}
steps:${fileP1()}
  - at: "10:20"
    concurrent:
      - sweep: {}
      - comment: { issue: 1, as: bob, body: "Looking at the load balancer now." }
`);
    expect(
      result.runs
        .filter((r) => r.concurrent)
        .map((r) => `${r.workflow}:${r.exit_code}`)
        .sort(),
    ).toEqual(['escalation.yml:0', 'incident.yml:0']);
    expect(eventsOf(result, 'escalated').map((e) => e.key)).toEqual([
      'escalation:0:on-call',
      'escalation:0:engineering-manager',
    ]);
    expect(kindsOf(result, 'escalation')).toHaveLength(1);
    expect(deliveryKeys(result).filter((k) => k.includes('Engineering Manager'))).toEqual([
      'ops *[P1] Escalated to Engineering Manager*',
    ]);
    expect(duplicateKeys(result)).toEqual([]);
  });

  it('a re-run job of filing racing the original produces one alert, one summary and one page per channel', async () => {
    const result = await run(`${CHANNELS}
steps:
  - at: "10:00"
    concurrent:
      times: 2
      steps:
        - file-incident:
            form: incident.yml
            as: carol
            title: Checkout fails
            fields:
              what-happened: Checkout returns errors for everyone in the EU.
              severity: "P1 - High: major functionality down for many users, severe slowdown, or potential security incident"
              workaround: "No"
`);
    expect(result.runs.filter((r) => r.concurrent).length).toBeGreaterThanOrEqual(2);
    expect(kindsOf(result, 'alert')).toHaveLength(1);
    expect(kindsOf(result, 'summary')).toHaveLength(1);
    expect(eventsOf(result, 'opened')).toHaveLength(1);
    expect(deliveryKeys(result).sort()).toEqual([
      'ops *[P1] New incident*',
      'pagerduty trigger:firebreak/acme/shop#1',
      'pagerduty trigger:firebreak/acme/shop#1',
    ]);
    expect(duplicateKeys(result)).toEqual([]);
  });
  // /resolve's second decision (announcing the postmortem) settles both decisions' races with one read,
  // or, with channels to notify, the first decision settles its own before its claims act.
  for (const [name, header] of [
    ['', HEADER],
    [' with channels', CHANNELS],
  ] as const)
    it(`/resolve delivered to two concurrent runs${name} resolves once: one reply, one pull request, one announcement`, async () => {
      const result = await run(`${header}
steps:${fileP1()}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - at: "10:30"
    concurrent:
      times: 2
      steps:
        - comment: { issue: 1, as: alice, body: "/resolve Fixed the load balancer." }
`);
      expect(result.runs.filter((r) => r.concurrent).map((r) => r.exit_code)).toEqual([0, 0]);
      expect(kindsOf(result, 'reply')).toHaveLength(1);
      expect(kindsOf(result, 'postmortem')).toHaveLength(1);
      expect(kindsOf(result, 'summary')).toHaveLength(1);
      expect(eventsOf(result, 'resolved')).toHaveLength(1);
      expect(result.pulls.filter((p) => p.head === 'postmortem/incident-1')).toHaveLength(1);
      expect(result.issues.find((i) => i.number === 1)?.state).toBe('closed');
      expect(duplicateKeys(result)).toEqual([]);
      // The summary names the pull request: the decision that announced it wrote it.
      expect(
        result.issues.find((i) => i.number === 1)?.comments.find((c) => c.body.includes('"kind":"summary"'))?.body,
      ).toMatch(/\*\*Postmortem:\*\* \[pull request\]/);
    });
});
