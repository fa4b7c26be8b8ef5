// A configuration pushed with errors never silently replaces the team's policies: runs use the last
// commit of the file that validated (its channels too, so a /resolve still resolves PagerDuty), every
// open incident gets one notice naming that commit and the broken version's errors, and the jobs end
// red until the file is fixed. With no version that validates, the playbook defaults are used, loudly.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_DIGEST } from 'firebreak-generated:config-schema-digest';
import { bots, CHANNELS, fileIncident, HEADER, run } from './kit.js';

type Result = Awaited<ReturnType<typeof run>>;

const notices = (result: Result, number: number) =>
  bots(result, number).filter((c) => c.body.includes('"key":"config-broken:'));
const exits = (result: Result) =>
  result.runs.filter((r) => !r.cancelled).map((r) => `${r.step}:${r.workflow}:${r.exit_code}`);

const BREAK = `{ as: alice, message: "Tighten the EM step\\n\\nWe want it sooner.", replace: { .github/firebreak.yml: { "after: 15m": "after: soon" } } }`;

describe('a configuration pushed with errors during a P0', () => {
  it('runs with the last good version: its channels page and resolve PagerDuty, one notice per open incident, red until fixed', async () => {
    const result = await run(`${CHANNELS}
steps:${fileIncident('P0', '10:00', 'Checkout down')}${fileIncident('P2', '10:01', 'Search slow', 'Search takes 10 s.')}
  - { at: "10:05", push: ${BREAK} }
  - { at: "10:16", sweep: {} }
  - { at: "10:20", comment: { issue: 1, as: alice, body: "/resolve rolled back" } }
  - { at: "10:25", sweep: {} }
  - { at: "10:30", push: { as: alice, message: "Fix the EM step", replace: { .github/firebreak.yml: { "after: soon": "after: 10m" } } } }
  - { at: "10:35", sweep: {} }
  - { at: "10:40", comment: { issue: 2, as: bob, body: "/ack" } }
`);
    // Red from the broken push until the fix, green before and after.
    expect(exits(result)).toEqual([
      '1:incident.yml:0',
      '1:incident.yml:0',
      '2:incident.yml:0',
      '2:incident.yml:0',
      '4:escalation.yml:1',
      '5:incident.yml:1',
      '6:escalation.yml:1',
      '8:escalation.yml:0',
      '9:incident.yml:0',
    ]);
    expect(result.runs.find((r) => r.step === 5)?.outputs?.result).toBe('failed');
    // One notice on each open incident, naming the broken commit, its error line and the commit in use.
    for (const number of [1, 2]) {
      const [notice, ...more] = notices(result, number);
      expect(more).toEqual([]);
      expect(notice?.body).toMatch(
        /\.github\/firebreak\.yml as of commit [0-9a-f]{7} \(2026-03-02 10:05 UTC, "Tighten the EM step"\) has 1 error/,
      );
      expect(notice?.body).toContain('Error: line 13, column 69: policies.default.steps[1].after: must be a duration');
      expect(notice?.body).toMatch(
        /In use instead: the last version that validated, commit [0-9a-f]{7} \(2026-03-02 10:00 UTC, "Initial commit"\)/,
      );
    }
    // The last good version's channels: the EM step went to Slack, and /resolve resolved PagerDuty.
    const events = result.deliveries.map(
      (d) => `${d.channel}:${(d.payload as { event_action?: string }).event_action ?? 'message'}`,
    );
    expect(events.filter((e) => e === 'pagerduty:resolve')).toHaveLength(1);
    expect(
      result.deliveries.some((d) => d.channel === 'ops' && JSON.stringify(d.payload).includes('Engineering Manager')),
    ).toBe(true);
    // The summary says which version is in use while it is broken.
    const summary = bots(result, 2).find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';
    expect(summary).not.toContain('has errors, so Firebreak uses');
  });

  it('a second broken push is announced again; a push that only keeps it broken, too', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", push: { as: alice, message: "Typo", files: { .github/firebreak.yml: "rotations: [\\n" } } }
  - { at: "10:10", comment: { issue: 1, as: bob, body: "/update looking" } }
  - { at: "10:15", sweep: {} }
  - { at: "10:20", push: { as: alice, message: "Another typo", files: { .github/firebreak.yml: "severities: {P9: {}}\\n" } } }
  - { at: "10:25", sweep: {} }
`);
    const [first, second, ...more] = notices(result, 1);
    expect(more).toEqual([]);
    expect(first?.body).toContain('"Typo"');
    expect(first?.body).toContain('Error: line 2, column 1: YAML:');
    expect(second?.body).toContain('"Another typo"');
    expect(second?.body).toContain('severities');
    for (const notice of [first, second])
      expect(notice?.body).toMatch(/commit [0-9a-f]{7} \(2026-03-02 10:00 UTC, "Initial commit"\)/);
    expect(exits(result).slice(2)).toEqual(['3:incident.yml:1', '4:escalation.yml:1', '6:escalation.yml:1']);
  });

  it('with no version that validates, the playbook defaults are used and the notice says so', async () => {
    const result = await run(`
start: 2026-03-02T10:00:00Z
users: { alice: write, bob: triage, carol: read }
files:
  .github/firebreak.yml: "rotations: [\\n"
steps:${fileIncident('P2')}
`);
    expect(exits(result)).toEqual(['1:incident.yml:1', '1:incident.yml:1']);
    const [notice, ...more] = notices(result, 1);
    expect(more).toEqual([]);
    expect(notice?.body).toContain(
      'In use instead: the playbook defaults (none of the last 1 commits of .github/firebreak.yml validates)',
    );
    // The incident is still triaged (the defaults), and its summary says what is in use.
    expect(bots(result).some((c) => c.body.includes('"kind":"alert"'))).toBe(true);
    expect(bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body).toContain(
      'has errors, so Firebreak uses the playbook defaults',
    );
  });
});

/** git's blob sha of a file's text. */
const blobSha = (text: string): string => {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

describe('the configuration stamp on the state branch', () => {
  it('names the file that passed the schema; a push of a new version is validated and stamped in its turn', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", push: { as: alice, message: "Escalate P2 sooner", replace: { .github/firebreak.yml: { "on-call:": "on-call:  " } } } }
  - { at: "10:10", comment: { issue: 1, as: bob, body: "/ack" } }
`);
    expect(exits(result)).toEqual(['1:incident.yml:0', '1:incident.yml:0', '3:incident.yml:0']);
    const stampOf = (text: string | undefined) => `${blobSha(text ?? '')}:${CONFIG_SCHEMA_DIGEST}`;
    const index = JSON.parse(result.branches['firebreak/state']?.['schedule.json'] ?? '{}') as { validated?: string };
    const config = result.branches.main?.['.github/firebreak.yml'];
    expect(config).toContain('on-call:  ');
    // The /ack run read the pushed version, validated it (the stamp named the one before) and stamped it.
    expect(index.validated).toBe(stampOf(config));
  });
});
