// The transcript's line per run: what the run changed on the emulator and what its comments record.
import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotComment, SnapshotIssue, SnapshotPull } from '../../simulator/emulator/index.js';
import { encodeRecord } from '../../src/domain/incident/marker.js';
import type { BotRecord, IncidentEvent } from '../../src/domain/incident/events.js';
import type { ActionResult } from '../../simulator/harness/run-action.js';
import { describeRun, type RunEffect } from '../../simulator/simulate/describe-run.js';
import type { RunRecord } from '../../simulator/simulate/simulate.js';

const BOT = 'github-actions[bot]';
const AT = '2026-03-02T10:00:00Z';

const snapshot = (issues: SnapshotIssue[], more: Partial<Snapshot> = {}): Snapshot => ({
  repository: 'acme/shop',
  now: AT,
  issues,
  pulls: [],
  branches: { main: {} },
  requests: {},
  deliveries: [],
  ...more,
});
const issue = (comments: SnapshotComment[] = [], more: Partial<SnapshotIssue> = {}): SnapshotIssue => ({
  number: 1,
  title: 'Checkout fails',
  state: 'open',
  labels: ['incident'],
  assignees: [],
  body: '',
  comments,
  author: 'carol',
  created_at: AT,
  events: [],
  ...more,
});
const comment = (id: number, author: string, body: string): SnapshotComment => ({
  id,
  author,
  created_at: AT,
  updated_at: AT,
  body,
});
const bot = (
  id: number,
  kind: string,
  events: Array<Partial<IncidentEvent>> = [],
  extra: Partial<BotRecord> = {},
  text = '',
): SnapshotComment =>
  comment(
    id,
    BOT,
    `${encodeRecord({ v: 1, kind, key: `${kind}:${id}`, events: events.map((e) => ({ at: AT, by: 'firebreak', ...e })) as IncidentEvent[], ...extra })}\n${text}`,
  );
const pull = (more: Partial<SnapshotPull> = {}): SnapshotPull => ({
  number: 2,
  title: 'Postmortem',
  state: 'open',
  merged: false,
  head: 'postmortem/incident-1',
  base: 'main',
  requested_reviewers: ['alice'],
  files: { 'docs/postmortems/x.md': '# x' },
  body: '',
  labels: [],
  comments: [],
  ...more,
});

const run = (more: Partial<RunRecord> = {}): RunRecord => ({
  step: 1,
  event: 'issues',
  action: 'opened',
  workflow: 'incident.yml',
  exit_code: 0,
  ...more,
});
const result = (
  more: Partial<ActionResult> = {},
  outputs: Record<string, string> = { result: 'handled', incident: '1', left: '0' },
): ActionResult => ({ exitCode: 0, outputs, summary: '', stdout: '', stderr: '', durationMs: 1, ...more });
const effect = (before: Snapshot, after: Snapshot, more: Partial<RunEffect> = {}): RunEffect => ({
  before,
  after,
  requests: [],
  ...more,
});

describe('describeRun', () => {
  it('a filing: the comments by kind, labels, the commander and the page', () => {
    const after = issue(
      [
        bot(11, 'alert', [
          { type: 'opened', key: 'opened' } as Partial<IncidentEvent>,
          {
            type: 'escalated',
            step: 'on-call',
            name: 'On-call Engineer',
            due: AT,
            targets: ['@alice'],
            key: 'escalation:0:on-call',
          },
        ]),
        bot(12, 'summary'),
      ],
      { labels: ['incident', 'severity:P1'], assignees: ['alice'] },
    );
    expect(describeRun(run(), result(), effect(snapshot([issue()]), snapshot([after])))).toBe(
      'incident.yml on issues.opened: exit 0 · commented internal alert, summary · labelled severity:P1 · assigned alice · paged On-call Engineer (alice)',
    );
  });

  it('a refused command, and one not understood with the command meant', () => {
    const before = issue([comment(5, 'carol', '/resolve looks fine'), comment(6, 'bob', '/sev P0')]);
    const reply = (id: number, to: number, line: string): SnapshotComment =>
      bot(id, 'reply', [], { replyTo: to }, `${line}\n\n<sub>In reply to someone on incident #1.</sub>`);
    const after = issue([
      ...before.comments,
      reply(
        7,
        5,
        '- `/resolve looks fine` — **refused:** needs **write** permission on this repository (you have read); nothing was changed.',
      ),
      reply(8, 6, '- `/sev P0` — **not understood:** unknown command. Did you mean `/severity`?'),
    ]);
    expect(
      describeRun(
        run({ event: 'issue_comment', action: 'created' }),
        result(),
        effect(snapshot([before]), snapshot([after])),
      ),
    ).toBe(
      'incident.yml on issue_comment.created: exit 0 · commented reply ×2 · refused /resolve from carol (needs write) · did not understand /sev from bob (did you mean /severity?)',
    );
  });

  it('a resolution that opens the postmortem pull request: only the pull request’s phrases name it', () => {
    const before = issue([bot(11, 'summary', [], {}, 'Mitigating')], { labels: ['incident', 'status:mitigating'] });
    const after = issue(
      [
        bot(11, 'summary', [], {}, 'Resolved'),
        bot(12, 'reply', [{ type: 'resolved', by: 'alice', summary: null } as Partial<IncidentEvent>]),
      ],
      { labels: ['incident', 'status:resolved'], state: 'closed' },
    );
    const line = describeRun(
      run({ event: 'issue_comment', action: 'created' }),
      result(),
      effect(
        snapshot([before]),
        snapshot([after], {
          pulls: [pull()],
          branches: { main: {}, 'postmortem/incident-1': { 'docs/postmortems/x.md': '# x' } },
        }),
      ),
    );
    expect(line).toBe(
      'incident.yml on issue_comment.created: exit 0 · commented reply · updated summary · relabelled status:mitigating → status:resolved · closed #1 · resolved by alice · opened pull request #2 · requested review from alice on #2',
    );
  });

  it('a sweep over two incidents says which each phrase is about', () => {
    const escalation = (id: number, name: string) =>
      bot(id, 'escalation', [
        {
          type: 'escalated',
          step: name,
          name,
          due: AT,
          targets: ['Secondary'],
          key: `e:${id}`,
        } as Partial<IncidentEvent>,
      ]);
    const before = snapshot([issue(), issue([], { number: 3 })]);
    const after = snapshot([
      issue([escalation(20, 'Engineering Manager')]),
      issue([escalation(21, 'CTO')], { number: 3 }),
    ]);
    expect(
      describeRun(
        run({ event: 'schedule', action: undefined, workflow: 'escalation.yml' }),
        result({}, { result: 'handled', incident: '', left: '0' }),
        effect(before, after),
      ),
    ).toBe(
      'escalation.yml on schedule: exit 0 · commented escalation on #1 · paged Engineering Manager (Secondary) on #1 · commented escalation on #3 · paged CTO (Secondary) on #3',
    );
  });

  it('nothing to do, no changes, a cancelled and a skipped run', () => {
    const same = snapshot([issue()]);
    expect(
      describeRun(
        run({ event: 'schedule', action: undefined }),
        result({}, { result: 'ignored', left: '0' }),
        effect(same, same),
      ),
    ).toBe('incident.yml on schedule: exit 0 · nothing to do');
    expect(describeRun(run(), result(), effect(same, same))).toBe('incident.yml on issues.opened: exit 0 · no changes');
    expect(describeRun(run({ cancelled: true, exit_code: null }), null, null)).toBe(
      'incident.yml on issues.opened: cancelled (replaced while pending)',
    );
    expect(describeRun(run(), null, null)).toBe(
      "incident.yml on issues.opened: skipped (no Firebreak step's if: holds)",
    );
    expect(describeRun(run({ skipped: true }), null, null)).toBe(
      "incident.yml on issues.opened: skipped (the job's if: is false: no runner, nothing billed)",
    );
  });

  it('the schedule index is bookkeeping; other commits, deliveries, faults, writes left and the error are said', () => {
    const before = snapshot([issue()], {
      branches: { main: { a: '1' }, 'firebreak/state': { 'schedule.json': '{}' } },
    });
    const after = snapshot([issue()], {
      branches: { main: { a: '2', 'b.md': 'x' }, 'firebreak/state': { 'schedule.json': '{"1":{}}' } },
      deliveries: [
        { channel: 'ops', at: AT, payload: {} },
        { channel: 'pagerduty', at: AT, payload: {} },
        { channel: 'ops', at: AT, payload: {} },
      ],
    });
    const requests = [
      { at: AT, method: 'POST', route: '/x', status: 500, login: BOT, fault: 'status5xx' },
      { at: AT, method: 'GET', route: '/y', status: 200, login: BOT },
    ];
    const failed = result(
      { exitCode: 1, stdout: 'working\n::error::GitHub answered 500 twice; giving up\n' },
      { result: 'failed', incident: '1', left: '2' },
    );
    expect(describeRun(run(), failed, effect(before, after, { requests }))).toBe(
      'incident.yml on issues.opened: exit 1 · committed to main: a, b.md · notified ops ×2, pagerduty · 1 GitHub API fault injected · 2 writes left for the next run · error: GitHub answered 500 twice; giving up',
    );
  });

  it('runs started together report what they did together, once', () => {
    const before = snapshot([issue()]);
    const after = snapshot([
      issue([
        bot(30, 'reply', [{ type: 'acknowledged', by: 'alice', key: 'cmd:1' } as Partial<IncidentEvent>]),
        bot(31, 'reply', [{ type: 'acknowledged', by: 'alice', key: 'cmd:1' } as Partial<IncidentEvent>]),
      ]),
    ]);
    const line = describeRun(run({ concurrent: true }), result(), effect(before, after, { together: 2 }));
    expect(line).toBe(
      'incident.yml on issues.opened: exit 0 (concurrent) · 2 runs together: commented reply ×2 · acknowledged by alice',
    );
    expect(describeRun(run({ concurrent: true }), result(), null)).toBe(
      'incident.yml on issues.opened: exit 0 (concurrent)',
    );
  });
});
