// Every scenario in examples/attacks/ parses, passes the scenario check and replays through the built
// bundle on the emulator; each file's top comment states its expected outcome, and the files below
// have that outcome asserted here. Files added later are discovered and replayed too.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../simulator/simulate/check-scenario.js';
import { repositoryFiles } from '../../simulator/simulate/installed.js';
import { parseScenario, type Scenario } from '../../simulator/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../simulator/simulate/simulate.js';
import { hasControls } from '../../src/text/controls.js';
import { bots, escalatedSteps, eventsOf, issue, kinds, root } from './kit.js';

const folder = new URL('../../examples/attacks/', import.meta.url);
const files = readdirSync(folder)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

const exits = (result: SimulationResult) =>
  result.runs.filter((r) => !r.cancelled).map((r) => `${r.step}:${r.exit_code}`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A comment as read: the zero-width space that keeps a rendered @login from notifying anyone removed. */
const read = (body: string | undefined) => (body ?? '').replace(/\u200b/g, '');
const ofKind = (result: SimulationResult, kind: string, number = 1) =>
  bots(result, number).filter((c) => c.body.includes(`"kind":"${kind}"`));
/** The text of the scenario's comment step (1-based), or the answer to a field of its file-incident step. */
function written(scenario: Scenario, step: number, field?: string): string {
  const action = scenario.steps[step - 1]?.actions[0];
  if (action?.kind === 'comment') return action.body;
  if (action?.kind === 'file-incident' && field) return String(action.fields[field]);
  throw new Error(`step ${step} is not a comment or a filing`);
}
/** Slack and PagerDuty deliveries whose payload mentions `text`. */
const delivered = (result: SimulationResult, channel: string, text: string) =>
  result.deliveries.filter((d) => d.channel === channel && JSON.stringify(d.payload).includes(text));

/** What each of these scenarios must come to (their top comments say it in words). */
const EXPECTED: Record<string, (result: SimulationResult, scenario: Scenario) => void> = {
  'broken-config.yml': (result) => {
    expect(exits(result)).toEqual(['1:0', '1:0', '2:0', '2:0', '4:1', '5:1', '6:1', '8:0', '9:0']);
    for (const number of [1, 2]) {
      const notices = bots(result, number).filter((c) => c.body.includes('"key":"config-broken:'));
      expect(notices).toHaveLength(1);
      expect(notices[0]?.body).toContain('Error: line 13, column 69: policies.default.steps[1].after');
      expect(notices[0]?.body).toContain('"Initial commit"');
    }
    expect(
      result.deliveries.filter((d) => (d.payload as { event_action?: string }).event_action === 'resolve'),
    ).toHaveLength(1);
    expect(
      result.deliveries.some((d) => d.channel === 'ops' && JSON.stringify(d.payload).includes('Engineering Manager')),
    ).toBe(true);
  },
  'deleted-incident.yml': (result) => {
    expect(result.runs.every((r) => r.cancelled || r.exit_code === 0)).toBe(true);
    expect(result.issues.map((i) => i.number)).toEqual([2]);
    expect(
      Object.keys(JSON.parse(result.branches['firebreak/state']?.['schedule.json'] ?? '{}').incidents ?? {}),
    ).toEqual(['2']);
    expect(escalatedSteps(result, 2)).toEqual(['on-call', 'engineering-manager', 'cto']);
  },
  'huge-answer.yml': (result, scenario) => {
    const answer = written(scenario, 1, 'who-is-affected');
    expect(answer.length).toBeGreaterThanOrEqual(60_000);
    expect(answer).toMatch(/^<table>/);
    expect(exits(result)).toEqual(['1:0', '1:0', '2:0', '3:0', '4:0', '5:0']);
    // Paged on time (the Engineering Manager by the watching triage job, the CTO by the sweep after it
    // yielded), and the /ack stopped escalation before the CEO.
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto']);
    expect(ofKind(result, 'escalation').map((c) => c.created_at)).toEqual([
      '2026-03-02T10:15:05Z',
      '2026-03-02T10:31:00Z',
    ]);
    expect(eventsOf(result, 'acknowledged')).toHaveLength(1);
    // The /ack only records a fact: a 👍 on it and a line in the live summary, no reply.
    expect(ofKind(result, 'reply')).toEqual([]);
    expect(issue(result)?.comments.find((c) => c.body === '/ack')?.reactions).toEqual(['+1 github-actions[bot]']);
    expect(ofKind(result, 'summary')[0]?.body).toContain('| 2026-03-02 10:40 UTC | bob | Acknowledged |');
    // The whole answer stays in the issue body; the alert's record holds its start and the SHA-256 of it.
    expect(issue(result)?.body).toContain(answer);
    const alert = ofKind(result, 'alert')[0]?.body ?? '';
    expect(alert).toMatch(/"impact":"\\u003ctable\\u003e[^"]*…"/);
    expect(alert).toContain(`"cut":{"impact":"${sha256(answer)}"}`);
    for (const comment of bots(result)) expect(comment.body.length).toBeLessThanOrEqual(65_536);
  },
  'huge-update.yml': (result, scenario) => {
    const one = written(scenario, 2);
    const sixteen = written(scenario, 3);
    expect(one.length).toBeGreaterThan(63_000);
    expect(one.split('\n')).toHaveLength(1);
    expect(sixteen.length).toBeGreaterThan(63_000);
    expect(sixteen.split('\n').filter((line) => line.startsWith('/update '))).toHaveLength(16);
    expect(exits(result)).toEqual(['1:0', '1:0', '2:0', '3:0', '4:0', '5:0', '6:0']);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto', 'ceo']);
    expect(ofKind(result, 'escalation').map((c) => c.created_at.slice(0, 16))).toEqual([
      '2026-03-02T10:15',
      '2026-03-02T10:31',
      '2026-03-02T11:01',
    ]);
    expect(eventsOf(result, 'update')).toHaveLength(17);
    const comments = issue(result)?.comments ?? [];
    const [alice, bob] = ofKind(result, 'reply');
    // bob's sixteen updates: one reply, cut to fit, pointing at his comment for the full text.
    const bobs = comments.find((c) => c.author === 'bob');
    expect(bob?.body).toMatch(
      new RegExp(
        `\\*… truncated [\\d,]+ characters; see \\[the comment\\]\\(https://github\\.com/acme/shop/issues/1#issuecomment-${bobs?.id}\\) for the full text\\*`,
      ),
    );
    // alice's one line: only the first 4,000 characters of the argument are read and quoted, with a
    // pointer to her comment for the rest.
    const argument = one.slice('/update '.length);
    const alices = comments.find((c) => c.author === 'alice' && c.body.startsWith('/update'));
    const text = `${argument.slice(0, 4_000)} … (cut to 4,000 characters; the whole update is in [the comment](https://github.com/acme/shop/issues/1#issuecomment-${alices?.id}))`;
    expect(alice?.body).toContain(`\n> ${text}\n`);
    expect(alice?.body).not.toContain(argument.slice(0, 4_001));
    expect(alice?.body).toContain(`"cut":{"text":"${sha256(text)}"}`);
    for (const comment of bots(result)) expect(comment.body.length).toBeLessThanOrEqual(65_536);
  },
  'label-bypass.yml': (result) => {
    expect(exits(result)).toEqual(['1:0', '1:0', '2:0', '3:0', '3:0', '4:0', '5:0']);
    expect(ofKind(result, 'reply')).toHaveLength(1);
    expect(ofKind(result, 'reply')[0]?.body).toContain(
      '`/severity P4 it is only a few users` — **refused:** needs **write** permission on this repository (you have triage); nothing was changed.',
    );
    // Both changes undone by the run that heard them, one notice each.
    expect(issue(result)?.state).toBe('open');
    expect(issue(result)?.labels).toContain('severity:P0');
    expect(issue(result)?.labels).not.toContain('severity:P4');
    expect(eventsOf(result, 'severity')).toHaveLength(0);
    expect(eventsOf(result, 'resolved')).toHaveLength(0);
    expect(result.pulls).toHaveLength(0);
    const notices = ofKind(result, 'notice').map((c) => read(c.body));
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain(
      '@bob changed the severity (label `severity:P4`) at 2026-03-02 10:06 UTC; that needs **write** permission on this repository (bob has triage), so Firebreak put back `severity:P0`.',
    );
    expect(notices[1]).toContain(
      '@bob closed the issue at 2026-03-02 10:06 UTC; that needs **write** permission on this repository (bob has triage), so Firebreak reopened it: the incident is not resolved.',
    );
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto']);
  },
  'code-block-commands.yml': (result) => {
    expect(result.runs.every((r) => !r.cancelled && r.exit_code === 0)).toBe(true);
    expect(kinds(result)).not.toContain('reply');
    expect(issue(result)?.state).toBe('open');
    expect(issue(result)?.labels).toContain('status:investigating');
    expect(eventsOf(result, 'resolved')).toHaveLength(0);
    expect(result.pulls).toHaveLength(0);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto']);
  },
  'typo-and-everyone.yml': (result) => {
    expect(result.runs.every((r) => !r.cancelled && r.exit_code === 0)).toBe(true);
    const replies = ofKind(result, 'reply').map((c) => read(c.body));
    expect(replies).toHaveLength(4);
    // Before bob has spoken, Firebreak knows no one to suggest; after, it suggests him.
    expect(replies[0]).toContain(
      '`/ic @bobb` — **refused:** `@bobb` is not a collaborator of acme/shop; nothing was changed.',
    );
    expect(replies[1]).toContain(
      '`/ic @bobb` — **refused:** `@bobb` is not a collaborator of acme/shop (did you mean `@bob`?); nothing was changed.',
    );
    expect(replies[2]).toContain('**refused:** `@everyone` would notify a crowd, not page a person');
    expect(replies[3]).toContain(
      "**refused:** `@acme/no-such-team` is not a team this repository's configuration names",
    );
    for (const reply of replies) expect(reply).not.toMatch(/\*\*done/);
    expect(issue(result)?.assignees).toEqual(['alice']);
    expect(eventsOf(result, 'commander')).toHaveLength(0);
    expect(eventsOf(result, 'paged')).toHaveLength(0);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager']);
  },
  'edited-bot-comment.yml': (result) => {
    expect(result.runs.every((r) => !r.cancelled && r.exit_code === 0)).toBe(true);
    // Nothing paged twice, nothing dropped.
    expect(delivered(result, 'pagerduty', 'Escalated to On-call Engineer')).toHaveLength(1);
    expect(delivered(result, 'ops', 'New incident')).toHaveLength(1);
    expect(delivered(result, 'ops', 'Escalated to Engineering Manager').map((d) => d.at)).toEqual([
      '2026-03-02T10:16:00Z',
    ]);
    expect(delivered(result, 'ops', 'Escalated to CTO').map((d) => d.at)).toEqual(['2026-03-02T10:31:00Z']);
    expect(ofKind(result, 'escalation').map((c) => c.created_at)).toEqual([
      '2026-03-02T10:16:00Z',
      '2026-03-02T10:31:00Z',
    ]);
    // The blanked alert is not posted again.
    expect(bots(result).filter((c) => c.body.includes('"key":"alert"'))).toHaveLength(0);
    expect(bots(result).filter((c) => c.body === '.')).toHaveLength(1);
    // One notice per damaged comment.
    const notices = ofKind(result, 'notice');
    expect(notices.map((c) => c.created_at)).toEqual(['2026-03-02T10:16:00Z', '2026-03-02T10:31:00Z']);
    expect(notices[0]?.body).toContain("Someone blanked or rewrote [a comment of Firebreak's]");
    expect(notices[1]?.body).toContain("Someone edited [a comment of Firebreak's]");
    for (const notice of notices)
      expect(notice.body).toContain("continues from the copy of the incident's state kept in the live summary");
  },
  'bidi-title.yml': (result) => {
    expect(result.runs.every((r) => !r.cancelled && r.exit_code === 0)).toBe(true);
    // The reporter's own title keeps the character; nothing Firebreak writes does.
    expect(issue(result)?.title).toContain('\u202e');
    const clean = (text: string) => {
      expect(text).not.toContain('\u202e');
      expect(text).not.toMatch(/\\u202e/i);
      expect(hasControls(text)).toBe(false);
    };
    expect(bots(result).length).toBeGreaterThan(0);
    for (const comment of bots(result)) clean(comment.body);
    expect(result.deliveries.length).toBeGreaterThan(0);
    for (const delivery of result.deliveries) clean(JSON.stringify(delivery.payload));
    expect(result.pulls).toHaveLength(1);
    for (const pull of result.pulls) {
      clean(pull.title);
      clean(pull.body ?? '');
      for (const text of Object.values(pull.files)) clean(text ?? '');
    }
    const written = Object.entries(result.branches).filter(([branch]) => branch !== 'main');
    expect(written.map(([branch]) => branch).sort()).toEqual(['firebreak/state', 'postmortem/incident-1']);
    for (const [, files] of written) for (const text of Object.values(files)) clean(text ?? '');
    const postmortem = Object.entries(result.branches['postmortem/incident-1'] ?? {}).find(([path]) =>
      path.startsWith('docs/postmortems/'),
    )?.[1];
    expect(postmortem).toContain('title: "[Incident] Checkout fails for ue customers"');
  },
  'resolved-commands.yml': (result) => {
    expect(result.runs.every((r) => !r.cancelled && r.exit_code === 0)).toBe(true);
    expect(issue(result)?.state).toBe('closed');
    expect(issue(result)?.labels).toEqual(expect.arrayContaining(['severity:P1', 'status:resolved']));
    expect(eventsOf(result, 'severity')).toHaveLength(0);
    const [, severity, ...more] = ofKind(result, 'reply').map((c) => read(c.body));
    expect(severity).toContain(
      '`/severity P0 it was worse than we thought` — **refused:** the incident was resolved at 2026-03-02 10:10 UTC: only `/reopen`, `/timeline`, `/evidence`, `/notified` and `/help` work now. `/reopen` it first.',
    );
    // The /timeline note only records a fact: a 👍 and a line in the live summary's timeline, no reply.
    expect(more).toEqual([]);
    const note = issue(result)?.comments.find((c) => c.body.startsWith('/timeline'));
    expect(note?.reactions).toEqual(['+1 github-actions[bot]']);
    expect(read(ofKind(result, 'summary')[0]?.body ?? '')).toContain(
      '| alice | the root cause was a config push at 09:55 |',
    );
    expect(
      eventsOf(result, 'note').filter((n) => n.includes('the root cause was a config push at 09:55')),
    ).toHaveLength(1);
    expect(
      result.branches['postmortem/incident-1']?.['docs/postmortems/2026-03-02-incident-checkout-is-down.md'],
    ).toContain('the root cause was a config push at 09:55');
    expect(escalatedSteps(result)).toEqual(['on-call']);
  },
  'failed-writes.yml': (result) => {
    expect(exits(result)).toEqual(['1:0', '1:0', '3:1', '5:0', '6:0']);
    expect(result.runs.find((r) => r.step === 3)?.outputs?.result).toBe('failed');
    expect(result.faults.length).toBeGreaterThan(0);
    expect(result.faults.every((f) => f.at.startsWith('2026-03-02T10:16'))).toBe(true);
    // Paged exactly once, by the sweep after the fault cleared: on GitHub and on Slack.
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager']);
    expect(ofKind(result, 'escalation').map((c) => c.created_at)).toEqual(['2026-03-02T10:20:00Z']);
    expect(delivered(result, 'ops', 'Escalated to Engineering Manager').map((d) => d.at)).toEqual([
      '2026-03-02T10:20:00Z',
    ]);
  },
};

describe('examples/attacks', () => {
  it('holds scenarios, among them the ones asserted here', () => {
    expect(files).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });

  for (const file of files) {
    it(`${file} parses, passes the check and replays${EXPECTED[file] ? ' to its stated outcome' : ''}`, async () => {
      const text = readFileSync(new URL(file, folder), 'utf8');
      expect(text.startsWith('#'), `${file} starts with a comment stating the expected outcome`).toBe(true);
      const scenario = parseScenario(text, `examples/attacks/${file}`);
      expect(checkScenario(scenario, text, repositoryFiles(scenario)).filter((p) => p.severity === 'error')).toEqual(
        [],
      );
      const result = await simulate(scenario, { packageRoot: root });
      EXPECTED[file]?.(result, scenario);
    });
  }
});
