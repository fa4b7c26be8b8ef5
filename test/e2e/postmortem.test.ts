// Postmortems as pull requests end to end: opened on resolution, updated after a reopen, checked while
// open, and turned into action items and a learnings index when merged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bots, eventsOf, fileIncident, HEADER, issue, run } from './kit.js';

const RESOLVE_AT_12 = `
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "11:00", comment: { issue: 1, as: alice, body: "/status mitigating rolled back" } }
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/resolve rolled back the deploy" } }
`;

describe('postmortems', () => {
  it('a file already at the postmortem path on the default branch is left alone: the postmortem goes beside it', async () => {
    // Another incident filed the same day under the same title had its postmortem merged there (or a
    // person wrote one early): this incident's must not overwrite or merge into it.
    const path = 'docs/postmortems/2026-03-02-incident-checkout-fails.md';
    const beside = 'docs/postmortems/2026-03-02-incident-checkout-fails-incident-1.md';
    const result = await run(`${HEADER}  ${path}: |
    # Notes written before the incident was resolved

    We think the load balancer lost its health checks.
steps:${fileIncident('P1')}${RESOLVE_AT_12}`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    expect(result.pulls).toHaveLength(1);
    expect(Object.keys(result.pulls[0]?.files ?? {})).toEqual([beside]);
    expect(result.pulls[0]?.body).toContain(`\`${beside}\``);
    const branch = result.branches['postmortem/incident-1'] ?? {};
    expect(branch[path]).toBe(
      '# Notes written before the incident was resolved\n\nWe think the load balancer lost its health checks.\n',
    );
    expect(branch[beside]).toContain('Resolved: rolled back the deploy');
    const announced = bots(result).filter((c) => c.body.includes('"kind":"postmortem"'));
    expect(announced).toHaveLength(1);
    expect(announced[0]?.body).toContain(beside);
  });

  it('a P1 resolved at +2 h opens one pull request whose timeline matches the incident; resolving again after a reopen updates it', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}${RESOLVE_AT_12}
  - { at: "12:30", comment: { issue: 1, as: alice, body: "/reopen errors are back" } }
  - { at: "13:00", comment: { issue: 1, as: alice, body: "/resolve rolled back again" } }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    expect(result.pulls).toHaveLength(1);
    const pull = result.pulls[0];
    expect(pull?.head).toBe('postmortem/incident-1');
    expect(pull?.requested_reviewers).toEqual(['alice']);
    const [path, content] = Object.entries(pull?.files ?? {})[0] ?? [];
    expect(path).toMatch(/^docs\/postmortems\/2026-03-02-[a-z0-9-]+\.md$/);
    expect(content).toContain('severity: P1');
    expect(content).toContain('time-to-acknowledge: 10');
    for (const line of [
      'Incident filed as P1',
      'Acknowledged',
      'Status investigating → mitigating',
      'Resolved: rolled back the deploy',
      'Reopened',
      'Resolved: rolled back again',
    ]) {
      expect(content).toContain(line);
    }
    expect(eventsOf(result, 'postmortem')).toHaveLength(2);
    expect(bots(result).filter((c) => c.body.includes('"kind":"postmortem"'))).toHaveLength(2);
  });

  it('examples/postmortem-merged-early.yml: a postmortem merged before its announcement is announced as merged: no pull request GitHub would refuse, no red runs', async () => {
    // The resolving run opened the pull request but could not post the announcement; the pull request
    // was merged before the next run. The branch then has nothing the default branch lacks, and opening
    // a pull request again would fail with "No commits between" on every run from then on.
    const result = await run(
      readFileSync(new URL('../../examples/postmortem-merged-early.yml', import.meta.url), 'utf8'),
    );
    // Only the run whose announcement failed is red; the sweep after the merge announces it.
    expect(result.runs.filter((r) => r.exit_code !== 0).map((r) => r.step)).toEqual([4]);
    expect(result.runs.filter((r) => r.step === 7).map((r) => r.exit_code)).toEqual([0]);
    expect(result.pulls.map((p) => [p.number, p.state, p.merged])).toEqual([[2, 'closed', true]]);
    const announced = bots(result).filter((c) => c.body.includes('"kind":"postmortem"'));
    expect(announced).toHaveLength(1);
    expect(announced[0]?.body).toContain('### Postmortem merged — incident #1');
    expect(announced[0]?.body).toContain('[#2](https://github.com/acme/shop/pull/2)');
    expect(announced[0]?.body).not.toContain('Review requested');
    expect(eventsOf(result, 'postmortem')).toHaveLength(1);
  });

  it('a P3 resolves without a postmortem', async () => {
    const result = await run(`${HEADER}
steps:
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Typo on the pricing page
      fields: { what-happened: A typo., severity: "P3 - Low: cosmetic, no functional impact" }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/resolve fixed" } }
`);
    expect(issue(result)?.state).toBe('closed');
    expect(result.pulls).toHaveLength(0);
  });

  it('merging files one issue per open action item, exactly once, and updates the learnings index', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}${RESOLVE_AT_12}
  - at: "14:00"
    push:
      as: alice
      branch: postmortem/incident-1
      message: Action items
      replace:
        "docs/postmortems/*.md":
          "_TODO: one line per action item, each with an owner: \`- [ ] Add an alert on checkout error rate (@owner)\`._": |
              - [ ] Alert on checkout error rate (@alice)
              - [ ] Canary deploys for payments-api (@bob)
              - [x] Roll back 2.14 (@alice)
  - { at: "14:10", merge: { pull: 2, as: alice } }
  - redeliver: { step: 6 }
`);
    // The push is checked (and fails: other sections are still placeholders); the merge runs cleanly.
    expect(result.runs.filter((r) => r.workflow === 'postmortem.yml').map((r) => `${r.action}:${r.exit_code}`)).toEqual(
      ['synchronize:1', 'closed:0', 'closed:0'],
    );
    expect(result.runs.filter((r) => r.workflow !== 'postmortem.yml').every((r) => r.exit_code === 0)).toBe(true);
    const actions = result.issues.filter((i) => i.labels.includes('postmortem-action'));
    expect(actions.map((i) => i.title).sort()).toEqual([
      'Postmortem action (#1): Alert on checkout error rate',
      'Postmortem action (#1): Canary deploys for payments-api',
    ]);
    expect(actions.find((i) => i.title.includes('Canary'))?.assignees).toEqual(['bob']);
    const main = result.branches.main ?? {};
    const postmortem = Object.entries(main).find(([p]) => /docs\/postmortems\/2026-.*\.md$/.test(p))?.[1] ?? '';
    expect(postmortem).toMatch(/Alert on checkout error rate \(@alice\) \(#\d+\)/);
    expect(main['docs/postmortems/README.md']).toContain('| [#1](https://github.com/acme/shop/issues/1) | P1 |');
    expect(JSON.parse(main['docs/postmortems/index.json'] ?? '{}').postmortems).toHaveLength(1);
  });
});

describe('the postmortem check', () => {
  it('a push to the postmortem pull request lints it: placeholders and missing owners fail the check with annotations', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/resolve fixed" } }
  - at: "11:00"
    push:
      as: alice
      branch: postmortem/incident-1
      replace:
        "docs/postmortems/*.md":
          "## Action items": "## Action items\\n\\n- [ ] Add a canary deploy"
`);
    const check = result.runs.find((r) => r.workflow === 'postmortem.yml');
    expect(check?.action).toBe('synchronize');
    expect(check?.exit_code).toBe(1);
    expect(check?.outputs?.result).toBe('failed');
  });
});
