// The postmortem tells the truth while its pull request is open: Firebreak's parts (front matter facts,
// header, metrics, timeline) follow the incident through reopens and resolutions even after people
// committed to the branch, what people wrote is never touched, an owned part someone edited is kept and
// reported once, reviews go to the people who responded, the check "Firebreak postmortem" fails while
// sections are `_TODO:` and passes once they are written, and `firebreak doctor` says whether that check
// is required.
import { describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../src/cli/doctor.js';
import { requireStatusChecks } from '../../simulator/emulator/repo/checks.js';
import { parsePostmortem } from '../../src/domain/postmortem/parse.js';
import { findRegions, splitFile } from '../../src/domain/postmortem/owned.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../simulator/simulate/simulate.js';
import { emulator, envFor, fakeSetup } from '../init/support.js';
import { bots, fileIncident, HEADER, root } from './kit.js';

/** Runs the scenario and keeps each run's log (stdout) beside the result. */
async function play(yaml: string): Promise<{ result: SimulationResult; logs: string[] }> {
  const logs: string[] = [];
  const result = await simulate(parseScenario(yaml), {
    packageRoot: root,
    onRun: (_run, action) => void logs.push(action?.stdout ?? ''),
  });
  return { result, logs };
}

const postmortemOf = (result: SimulationResult) => {
  const pull = result.pulls[0];
  const [path, content] = Object.entries(pull?.files ?? {})[0] ?? ['', ''];
  return { pull, path, content: content ?? '' };
};
const region = (content: string, name: string): string =>
  findRegions(splitFile(content).body).get(name)?.inner.join('\n') ?? '';
const announcements = (result: SimulationResult) =>
  bots(result)
    .filter((c) => c.body.includes('"kind":"postmortem"'))
    .map((c) => c.body);

const SUMMARY_TODO = '_TODO: in two or three sentences, what happened, who was affected and how it was resolved._';
const ACKED = '| 2026-03-02 10:10 UTC | alice | Acknowledged |';

describe('owned sections stay true', () => {
  it('after people commit to the branch, a reopen and a second resolution still reach the timeline and the front matter; their summary stays', async () => {
    const { result } = await play(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "11:00", comment: { issue: 1, as: alice, body: "/status mitigating rolled back" } }
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/resolve rolled back the deploy" } }
  - at: "12:20"
    push:
      as: alice
      branch: postmortem/incident-1
      message: Summary
      replace:
        "docs/postmortems/*.md":
          "${SUMMARY_TODO}": "A bad deploy broke EU checkouts for two hours."
  - { at: "12:30", comment: { issue: 1, as: alice, body: "/reopen errors are back" } }
  - { at: "13:00", comment: { issue: 1, as: alice, body: "/resolve rolled back again" } }
`);
    expect(result.runs.filter((r) => r.workflow === 'incident.yml').every((r) => r.exit_code === 0)).toBe(true);
    expect(result.pulls).toHaveLength(1);
    const { pull, content } = postmortemOf(result);
    // The people's text, untouched.
    expect(content).toContain('## Summary\n\nA bad deploy broke EU checkouts for two hours.\n');
    expect(content).not.toContain(SUMMARY_TODO);
    // Firebreak's facts, up to date: the reopen and both resolutions.
    const timeline = region(content, 'timeline');
    for (const row of [
      '| 2026-03-02 12:00 UTC | alice | Resolved: rolled back the deploy |',
      '| 2026-03-02 12:30 UTC | alice | Reopened |',
      '| 2026-03-02 13:00 UTC | alice | Resolved: rolled back again |',
    ]) {
      expect(timeline).toContain(row);
    }
    expect(parsePostmortem(content).frontMatter).toMatchObject({
      reopened: 1,
      resolved: '2026-03-02T13:00:00.000Z',
      'time-to-resolve': 120,
      acknowledged: '2026-03-02T10:10:00.000Z',
    });
    expect(region(content, 'metrics')).toContain('| 2026-03-02 13:00 UTC |');
    // What the bot says is what happened.
    const [, second] = announcements(result);
    expect(second).toContain('### Postmortem updated — incident #1');
    expect(second).toContain(
      'Firebreak regenerated the metrics table, the timeline and the front matter key `resolved` after the incident was resolved again.',
    );
    expect(second).not.toContain('kept people');
    expect(pull?.body).toContain(
      'Last updated by Firebreak at 2026-03-02 13:00 UTC: regenerated the metrics table, the timeline and the front matter key `resolved` from the incident.',
    );
    expect(pull?.comments.filter((c) => c.body.includes('firebreak:postmortem-conflict'))).toEqual([]);
  });

  it('an edited timeline is kept: the next change reports the conflict once, on the pull request, with how to resolve it', async () => {
    const { result } = await play(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/resolve rolled back the deploy" } }
  - at: "12:20"
    push:
      as: alice
      branch: postmortem/incident-1
      message: Timeline detail
      replace:
        "docs/postmortems/*.md":
          "${ACKED}": "| 2026-03-02 10:10 UTC | alice | Acknowledged (paged at 10:02, laptop was off) |"
  - { at: "12:30", comment: { issue: 1, as: alice, body: "/timeline the CDN cache was purged at 11:40" } }
  - { at: "12:40", comment: { issue: 1, as: bob, body: "/timeline support confirmed recovery" } }
  - { at: "12:50", comment: { issue: 1, as: alice, body: "/reopen errors are back" } }
  - { at: "12:55", comment: { issue: 1, as: alice, body: "/severity P0 it is every region now" } }
`);
    const { pull, path, content } = postmortemOf(result);
    const timeline = region(content, 'timeline');
    expect(timeline).toContain('Acknowledged (paged at 10:02, laptop was off)');
    expect(timeline).not.toContain('CDN cache');
    const conflicts = pull?.comments.filter((c) => c.body.includes('firebreak:postmortem-conflict')) ?? [];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.author).toBe('github-actions[bot]');
    expect(conflicts[0]?.body).toContain('### Firebreak kept your edit of the timeline');
    expect(conflicts[0]?.body).toContain(
      `delete everything between \`<!-- firebreak:owned timeline -->\` and \`<!-- /firebreak:owned -->\` in \`${path}\`, keeping those two lines`,
    );
    expect(conflicts[0]?.body).toContain('**Take it over:** delete those two marker lines');
    // The rest still follows the incident: the reopen and the new severity, with no second report.
    expect(parsePostmortem(content).frontMatter).toMatchObject({ severity: 'P0', reopened: 1 });
    expect(region(content, 'header')).toContain('P0 (Critical)');
    expect(pull?.body).toContain("Kept people's edits of the timeline: Firebreak no longer updates it");
  });
});

describe('review requests', () => {
  it('without a commander: the people who acknowledged, mitigated and resolved, then the configured reviewers; non-collaborators skipped with a log line', async () => {
    const { result, logs } = await play(`
start: 2026-03-02T10:00:00Z
users: { alice: write, bob: triage, carol: read, dave: write, erin: write }
files:
  .github/firebreak.yml: |
    postmortem:
      reviewers: [erin, acme/sre, zed, bob]
steps:${fileIncident('P1')}
  - { at: "10:10", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "11:00", comment: { issue: 1, as: dave, body: "/status mitigating rolled back" } }
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/resolve rolled back the deploy" } }
`);
    const { pull } = postmortemOf(result);
    expect(pull?.requested_reviewers).toEqual(['bob', 'dave', 'alice', 'erin']);
    const log = logs.join('\n');
    expect(log).toContain('not asking @zed to review the postmortem: not a collaborator of acme/shop');
    expect(log).toContain('GitHub refused the review request for the teams @acme/sre');
    const [announcement] = announcements(result);
    expect(announcement).toContain('Review requested from @bob @dave @alice @erin.');
    expect(announcement).not.toContain('github-actions');
  });
});

describe('the check "Firebreak postmortem"', () => {
  const FILLED = `
          "${SUMMARY_TODO}": "A bad deploy broke EU checkouts for two hours."
          "_TODO: who and what was affected, for how long, and how much (users, requests, revenue, data)._": "Every EU customer, 10:00–12:00 UTC."
          "_TODO: the conditions that made this incident possible — in the system, not in a person._": "- Deploys skip the canary stage for config-only changes."
          "_TODO: what made it worse, longer or harder to detect._": "- The error-rate alert had a 30 minute window."
          "_TODO: what helped — alerts, runbooks, people, tools._": "- The rollback runbook worked."
          "_TODO: what got in the way of detecting, responding or recovering._": "- Dashboards lagged."
          "_TODO: what limited the damage by chance rather than by design._": "- It happened on a quiet Monday."
          "_TODO: one line per action item, each with an owner: \`- [ ] Add an alert on checkout error rate (@owner)\`._": "- [ ] Canary config-only deploys (@alice)"`;

  it('fails with an annotation per _TODO on the commit Firebreak pushed, and passes on the push that fills them', async () => {
    const { result } = await play(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/resolve rolled back the deploy" } }
  - at: "13:00"
    push:
      as: alice
      branch: postmortem/incident-1
      message: Written
      replace:
        "docs/postmortems/*.md":${FILLED}
`);
    const checks = postmortemOf(result).pull?.checks ?? [];
    expect(checks).toHaveLength(2);
    const [opened, written] = checks;
    expect(opened).toMatchObject({
      name: 'Firebreak postmortem',
      status: 'completed',
      conclusion: 'failure',
      title: '8 errors to fix before merging',
      annotations: 8,
    });
    expect(written).toMatchObject({ name: 'Firebreak postmortem', conclusion: 'success', title: 'Ready to merge' });
    expect(written?.head_sha).not.toBe(opened?.head_sha);
    expect(result.runs.filter((r) => r.workflow === 'postmortem.yml').map((r) => `${r.action}:${r.exit_code}`)).toEqual(
      ['synchronize:0'],
    );
  });
});

describe('firebreak doctor: the postmortem check as a required status check', () => {
  async function doctor(token: 'bot' | 'alice', protection: string[] | null): Promise<{ code: number; text: string }> {
    const e = await emulator({ files: { 'README.md': '# shop\n' } });
    if (protection) requireStatusChecks(e.world.repository('acme', 'shop'), 'main', protection);
    const setup = fakeSetup({ env: envFor(e, token === 'alice' ? { GITHUB_TOKEN: e.tokenFor('alice') } : {}) });
    const code = await runDoctorCommand(['--repo', 'acme/shop'], setup);
    return { code, text: setup.text };
  }

  it('says how to require it, and whether it is, as far as the token can see: never ✗', async () => {
    const unknown = await doctor('bot', ['Firebreak postmortem']);
    expect(unknown.text).toContain(
      [
        '! the check "Firebreak postmortem" should be a required status check on main; this token cannot read its branch protection',
        '    Firebreak puts the check "Firebreak postmortem" on every postmortem pull request (placeholders, owners, front matter); only a required status check stops an unfinished postmortem from being merged.',
        '    Require it: Settings → Branches → the protection rule for main (or Settings → Rules → Rulesets) → "Require status checks to pass" → add "Firebreak postmortem". It is offered there once it has run on a pull request.',
        "    No ruleset requires it. Reading branch protection needs admin access: run `firebreak doctor` with a repository admin's token to see whether it is required.",
      ].join('\n'),
    );
    const none = await doctor('alice', null);
    expect(none.text).toContain(
      '! the check "Firebreak postmortem" is not required on main: a postmortem can be merged unfinished\n',
    );
    expect(none.text).toContain('    main has no branch protection, and no ruleset does.\n');
    const other = await doctor('alice', ['build']);
    expect(other.text).toContain('    the branch protection of main does not require it, and no ruleset does.\n');
    const required = await doctor('alice', ['build', 'Firebreak postmortem']);
    expect(required.text).toContain('✓ the check "Firebreak postmortem" is required on main (branch protection)');
    for (const run of [unknown, none, other, required]) expect(run.text).not.toMatch(/✗ the check/);
  });
});
