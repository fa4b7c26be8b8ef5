// Slash commands end to end: executed once, authorised, answered with templated comments.
import { describe, expect, it } from 'vitest';
import { bots, escalatedSteps, eventsOf, fileIncident, HEADER, issue, kinds, run } from './kit.js';

describe('a P1 driven by commands', () => {
  it('/ack at +10 min stops escalation; /status and /update post templated comments; /resolve closes with the resolution', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/status mitigating rolled back the deploy" } }
  - { at: "10:40", comment: { issue: 1, as: bob, body: "/update error rate back to normal" } }
  - { at: "11:30", sweep: {} }
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/resolve bad deploy rolled back" } }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    expect(escalatedSteps(result)).toEqual(['on-call']);
    expect(eventsOf(result, 'acknowledged')).toHaveLength(1);
    // /ack only records a fact: a 👍 and a line in the summary, no reply of its own (issue 18, item 4).
    const ack = issue(result)?.comments.find((c) => c.body === '/ack');
    expect(ack?.reactions).toEqual(['+1 github-actions[bot]']);
    const summary = bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';
    expect(summary).toContain('| 2026-03-02 10:10 UTC | alice | Acknowledged |');
    const replies = bots(result).filter((c) => c.body.includes('"kind":"reply"'));
    expect(replies).toHaveLength(3);
    expect(replies[0]?.body).toContain('### Status update: Mitigating');
    expect(replies[1]?.body).toContain('error rate back to normal');
    expect(replies[2]?.body).toContain('### Resolved');
    expect(issue(result)?.state).toBe('closed');
    expect(issue(result)?.labels).toContain('status:resolved');
    expect(issue(result)?.labels).not.toContain('sla:breached');
  });

  it('a read-only user trying /resolve is refused with the permission needed, and nothing changes', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: dave, body: "/resolve it works for me" } }
`);
    const reply = bots(result).find((c) => c.body.includes('"kind":"reply"'));
    expect(reply?.body).toMatch(/refused:\*\* needs \*\*write\*\* permission/);
    expect(issue(result)?.state).toBe('open');
    expect(eventsOf(result, 'resolved')).toHaveLength(0);
  });

  it('the same comment event delivered twice executes once', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/timeline paged the database team" } }
  - redeliver: { step: 2 }
`);
    // A timeline note is a fact: recorded once in the summary's record, keyed by the comment, no reply.
    expect(kinds(result).filter((k) => k === 'reply')).toHaveLength(0);
    const summary = bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';
    expect(summary.match(/"replyTo":/g)).toHaveLength(1);
    expect(summary).toContain('| 2026-03-02 10:05 UTC | alice | paged the database team |');
    expect(eventsOf(result, 'note')).toHaveLength(1);
  });

  it('commands typed in a burst all run, in order, even though pending runs were cancelled', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - at: "10:05"
    burst:
      - comment: { issue: 1, as: alice, body: "/ack" }
      - comment: { issue: 1, as: alice, body: "/ic @bob" }
      - comment: { issue: 1, as: alice, body: "/status identified" }
`);
    expect(result.runs.filter((r) => r.cancelled)).toHaveLength(1);
    // /ack and /ic are recorded in the summary (in comment order), /status posts its status update.
    expect(kinds(result).filter((k) => k === 'reply')).toHaveLength(1);
    const summary = bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';
    expect(summary).toMatch(
      /\| alice \| Acknowledged \|\n.*\| alice \| Commander: bob \|\n.*\| alice \| Status investigating → identified \|/,
    );
    expect(issue(result)?.assignees).toEqual(['bob']);
    expect(issue(result)?.labels).toContain('status:identified');
  });

  it('unknown and malformed commands get usage and the closest command', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/akc\\n/severity P9" } }
`);
    const reply = bots(result).find((c) => c.body.includes('"kind":"reply"'))?.body ?? '';
    expect(reply).toContain('Did you mean `/ack`?');
    expect(reply).toMatch(/not understood/);
  });

  it('closing the issue resolves the incident; reopening reopens it', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:30", close: { issue: 1, as: alice } }
  - { at: "10:40", reopen: { issue: 1, as: alice } }
`);
    expect(eventsOf(result, 'resolved')).toHaveLength(1);
    expect(eventsOf(result, 'reopened')).toHaveLength(1);
    expect(issue(result)?.labels).toContain('status:investigating');
  });
});
