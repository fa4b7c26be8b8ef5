// One permission model: whatever way someone changes an incident — a command, a label, closing or
// reopening the issue, assigning someone — the `commands:` table decides, and a change made by someone
// below the permission is undone by the next run with one notice saying who may do it and how.
import { describe, expect, it } from 'vitest';
import { bots, escalatedSteps, eventsOf, fileIncident, HEADER, issue, run } from './kit.js';

type Result = Awaited<ReturnType<typeof run>>;
/** Comments as read: the zero-width space that keeps a rendered @login from notifying anyone removed. */
const read = (body: string | undefined) => (body ?? '').replace(/\u200b/g, '');
const notices = (result: Result) =>
  bots(result)
    .filter((c) => c.body.includes('"kind":"notice"'))
    .map((c) => ({ ...c, body: read(c.body) }));
const green = (result: Result) =>
  expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);

describe('changes outside commands follow the permission table', () => {
  it("a triage user's severity:P4 label on a P0 is undone, and the P0 keeps escalating", async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P0')}
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/severity P4" } }
  - { at: "10:06", label: { issue: 1, as: bob, add: "severity:P4" } }
  - { at: "10:31", sweep: {} }
`);
    green(result);
    expect(issue(result)?.labels).toContain('severity:P0');
    expect(issue(result)?.labels).not.toContain('severity:P4');
    expect(eventsOf(result, 'severity')).toHaveLength(0);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto']);
    expect(notices(result)).toHaveLength(1);
    expect(notices(result)[0]?.body).toContain('changed the severity (label `severity:P4`)');
    expect(notices(result)[0]?.body).toContain(
      'that needs **write** permission on this repository (bob has triage), so Firebreak put back `severity:P0`',
    );
  });

  it('a triage user closing the issue does not resolve the incident: it is reopened, and no postmortem opens', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:10", close: { issue: 1, as: bob } }
  - { at: "10:16", sweep: {} }
`);
    green(result);
    expect(issue(result)?.state).toBe('open');
    expect(eventsOf(result, 'resolved')).toHaveLength(0);
    expect(result.pulls).toHaveLength(0);
    expect(escalatedSteps(result)).toContain('engineering-manager');
    expect(notices(result)[0]?.body).toContain(
      'closed the issue at 2026-03-02 10:10 UTC; that needs **write** permission',
    );
  });

  it('a triage user reopening a resolved incident: it is closed again and stays resolved', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/resolve fixed" } }
  - { at: "10:20", reopen: { issue: 1, as: bob } }
`);
    green(result);
    expect(issue(result)?.state).toBe('closed');
    expect(eventsOf(result, 'reopened')).toHaveLength(0);
    expect(notices(result).some((n) => n.body.includes('reopened the issue'))).toBe(true);
  });

  it('a triage user assigning someone else is undone; the commander stays', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", assign: { issue: 1, as: bob, add: bob } }
  - { at: "10:06", comment: { issue: 1, as: bob, body: "Looking into it." } }
`);
    green(result);
    expect(issue(result)?.assignees).toEqual(['alice']);
    expect(notices(result)[0]?.body).toContain('assigned @bob');
    expect(notices(result)[0]?.body).toContain('put back @alice as the incident commander');
  });

  it('a write user assigning someone makes them the commander', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", assign: { issue: 1, as: alice, add: bob } }
  - { at: "10:06", comment: { issue: 1, as: bob, body: "On it." } }
`);
    green(result);
    expect(issue(result)?.assignees).toEqual(['bob']);
    expect(eventsOf(result, 'commander')).toHaveLength(1);
  });
});

describe('commands', () => {
  it('a /resolve shown in an indented code block does not resolve the incident', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "When it is over, type:\\n\\n    /resolve the summary\\n\\nand the postmortem opens." } }
`);
    green(result);
    expect(issue(result)?.state).toBe('open');
    expect(eventsOf(result, 'resolved')).toHaveLength(0);
  });

  it('/ic with a typo, /page @everyone and an unknown team are refused with did-you-mean; the commander stays', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: bob, body: "I am here." } }
  - { at: "10:06", comment: { issue: 1, as: alice, body: "/ic @bobb\\n/page @everyone\\n/page @acme/no-such-team\\n/role scribe @nobody-here" } }
`);
    green(result);
    expect(issue(result)?.assignees).toEqual(['alice']);
    expect(eventsOf(result, 'commander')).toHaveLength(0);
    expect(eventsOf(result, 'paged')).toHaveLength(0);
    const reply = read(bots(result).find((c) => c.body.includes('"kind":"reply"'))?.body);
    expect(reply).toContain('is not a collaborator of acme/shop (did you mean `@bob`?)');
    expect(reply).toContain('would notify a crowd, not page a person');
    expect(reply).toContain("is not a team this repository's configuration names");
    expect(reply).not.toMatch(/done|paged @/i);
  });

  it('on a resolved incident only /reopen, /timeline, /evidence, /notified and /help work', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/resolve fixed" } }
  - { at: "10:20", comment: { issue: 1, as: alice, body: "/severity P0\\n/ack\\n/timeline the root cause was a config push" } }
`);
    green(result);
    expect(eventsOf(result, 'severity')).toHaveLength(0);
    const replies = bots(result).filter((c) => c.body.includes('"kind":"reply"'));
    const last = replies[replies.length - 1]?.body ?? '';
    expect(last).toContain('the incident was resolved at 2026-03-02 10:10 UTC: only `/reopen`');
    expect(eventsOf(result, 'note').some((n) => n.includes('the root cause was a config push'))).toBe(true);
  });

  it('every edit of a command comment after it ran gets one notice; the edited command does not run', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/status identified" } }
  - { at: "10:06", edit-comment: { issue: 1, as: alice, body: "/resolve" } }
  - { at: "10:07", edit-comment: { issue: 1, as: alice, body: "/severity P0" } }
  - { at: "10:08", edit-comment: { issue: 1, as: alice, body: "/severity P0" } }
`);
    green(result);
    expect(issue(result)?.state).toBe('open');
    expect(eventsOf(result, 'severity')).toHaveLength(0);
    const edits = notices(result).filter((n) => n.body.includes('Edited commands are not run'));
    expect(edits).toHaveLength(2);
  });
});
