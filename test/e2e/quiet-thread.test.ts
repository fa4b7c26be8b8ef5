// A quieter thread (issue 18, item 4): a command that only records a fact gets a 👍 and a line in the
// live summary's timeline, its events kept in the summary's record (keyed by the command comment), not
// a reply of its own. Refusals, "not understood", no-ops and commands whose output people read still
// reply. The demo's figure is counted here, deterministically: bot comments per human comment.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../simulator/simulate/simulate.js';
import { BOT, bots, eventsOf, fileIncident, HEADER, issue, kinds, root, run } from './kit.js';

const summaryOf = (result: SimulationResult) => bots(result).find((c) => c.body.includes('"kind":"summary"'));
const summaryRecord = (result: SimulationResult) => decodeRecords(summaryOf(result)?.body ?? '')[0];
const humans = (result: SimulationResult, number = 1) =>
  issue(result, number)?.comments.filter((c) => c.author !== BOT) ?? [];
const botReaction = (result: SimulationResult, body: string) =>
  (humans(result).find((c) => c.body === body)?.reactions ?? []).filter((r) => r.endsWith(` ${BOT}`));

describe('a quieter thread', () => {
  it('the demo: 8 human comments draw 10 bot comments (14, then 11 before), and no reply only says "done"', async () => {
    const scenario = parseScenario(await readFile(`${root}examples/demo.yml`, 'utf8'), 'examples/demo.yml');
    const result = await simulate(scenario, { packageRoot: root });
    const human = humans(result).length;
    const bot = bots(result).length;
    expect(human).toBe(8);
    expect(bot).toBe(10);
    // 1.25 bot comments per human comment (1.75, then 1.375 before). The issue's target, 0.5, is not
    // reached: see docs/architecture.md, "Where command facts are recorded", for what the other 10 are.
    expect(bot / human).toBeLessThanOrEqual(10 / 8);
    // What is left: the intake's two (the alert holds the runbook), the escalation, the reminder, the
    // postmortem notice, and replies that carry what people read (status updates, the customer draft,
    // the resolution) or a refusal.
    expect(kinds(result)).toEqual([
      'alert',
      'summary',
      'escalation',
      'reply',
      'reply',
      'reply',
      'reply',
      'reminder',
      'reply',
      'postmortem',
    ]);
    for (const reply of bots(result).filter((c) => c.body.includes('"kind":"reply"'))) {
      const visible = reply.body.replace(/<!--[^]*?-->/g, '');
      const onlyDone = !visible.includes('\n---\n') && !/\*\*(refused|not understood|failed)/.test(visible);
      expect(onlyDone, reply.body.slice(0, 200)).toBe(false);
    }
    // /ack, /role and /eta: confirmed with a reaction, recorded in the summary and shown in its timeline.
    for (const body of ['/ack', '/role scribe @bob', '/eta 45m'])
      expect(botReaction(result, body)).toEqual([`+1 ${BOT}`]);
    const summary = summaryOf(result)?.body ?? '';
    expect(summary).toContain('| 2026-03-02 10:24 UTC | alice | Acknowledged |');
    expect(summary).toContain('| 2026-03-02 10:26 UTC | alice | Scribe: bob |');
    expect(summary).toContain('| 2026-03-02 10:26 UTC | bob | ETA 2026-03-02 11:11 UTC |');
    // Recorded in the summary's record, then copied into the next reply's, which the summary then drops.
    const answered = (c: { body: string }) => (decodeRecords(c.body)[0]?.facts ?? []).map((f) => f.replyTo);
    const id = (body: string) => humans(result).find((c) => c.body === body)?.id;
    expect(bots(result).flatMap(answered).sort()).toEqual([id('/ack'), id('/role scribe @bob'), id('/eta 45m')].sort());
    expect(summaryRecord(result)?.facts ?? []).toEqual([]);
  });

  it('/ack is recorded once in the summary, keyed by its comment, confirmed with 👍, and stops escalation', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/ack" } }
  - redeliver: { step: 2 }
  - { at: "10:16", sweep: {} }
  - { at: "10:31", sweep: {} }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    expect(kinds(result)).toEqual(['alert', 'summary']);
    expect(botReaction(result, '/ack')).toEqual([`+1 ${BOT}`]);
    const ack = humans(result).find((c) => c.body === '/ack');
    const facts = summaryRecord(result)?.facts ?? [];
    expect(facts.map((f) => f.replyTo)).toEqual([ack?.id]);
    expect(facts[0]?.events).toMatchObject([{ type: 'acknowledged', by: 'bob', at: '2026-03-02T10:05:00Z' }]);
    expect(eventsOf(result, 'acknowledged')).toHaveLength(1);
    expect(summaryOf(result)?.body).toContain('| 2026-03-02 10:05 UTC | bob | Acknowledged |');
    // Acknowledged: the engineering manager and the CTO are not paged.
    expect(eventsOf(result, 'escalated')).toHaveLength(1);
  });

  it('refusals, "not understood", no-ops and output still reply; a mixed comment gets one reply', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: dave, body: "/ack" } }
  - { at: "10:06", comment: { issue: 1, as: bob, body: "/akc" } }
  - { at: "10:07", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "10:08", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:09", comment: { issue: 1, as: alice, body: "/eta 30m\\n/update rolling back" } }
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/help ack" } }
`);
    const replies = bots(result).filter((c) => c.body.includes('"kind":"reply"'));
    expect(replies.map((r) => decodeRecords(r.body)[0]?.replyTo)).toEqual(
      humans(result)
        .filter((c) => !(c.author === 'bob' && c.body === '/ack'))
        .map((c) => c.id),
    );
    expect(replies[0]?.body).toContain('**refused:** needs **triage** permission');
    expect(replies[1]?.body).toMatch(/not a Firebreak command/);
    expect(replies[2]?.body).toContain('already acknowledged by bob at 2026-03-02 10:07 UTC');
    expect(replies[3]?.body).toContain('### Status update');
    expect(replies[3]?.body).toContain('ETA set to 2026-03-02 10:39 UTC');
    expect(replies[4]?.body).toContain('/ack');
    const facts = bots(result).flatMap((c) => decodeRecords(c.body)[0]?.facts ?? []);
    expect([...new Set(facts.flatMap((f) => f.events.map((e) => `${e.type} ${e.by}`)))]).toEqual(['acknowledged bob']);
    expect(eventsOf(result, 'eta')).toHaveLength(1);
  });

  it('/ic and /role are quiet: the comment itself @mentions the person, and the summary shows who holds what', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ic @bob" } }
  - { at: "10:06", comment: { issue: 1, as: alice, body: "/role comms @carol" } }
`);
    expect(issue(result)?.assignees).toEqual(['bob']);
    expect(botReaction(result, '/ic @bob')).toEqual([`+1 ${BOT}`]);
    expect(botReaction(result, '/role comms @carol')).toEqual([`+1 ${BOT}`]);
    expect(kinds(result)).toEqual(['alert', 'summary']);
    expect(summaryOf(result)?.body).toContain('**Commander:** bob');
    expect(summaryOf(result)?.body).toContain('**Communications:** carol');
    expect(eventsOf(result, 'commander')).toHaveLength(1);
  });

  it('the summary keeps at most 20 fact-only comments; later ones get replies, which carry the copies, and every record stays bounded', async () => {
    // Typed in one burst: one run answers all 23 (the others were cancelled while pending).
    const notes = Array.from(
      { length: 23 },
      (_, i) => `      - comment: { issue: 1, as: alice, body: "/timeline note ${i + 1} ${'x'.repeat(400)}" }`,
    ).join('\n');
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - at: "10:05"
    burst:
${notes}
  - { at: "10:06", comment: { issue: 1, as: alice, body: "/timeline one more" } }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    // The first 20 go into the summary; the 21st to 23rd get replies, the first of which carries a copy
    // of those 20. The next run sees the copy: the summary drops them, and /timeline one more is quiet.
    const replies = bots(result).filter((c) => c.body.includes('"kind":"reply"'));
    expect(replies).toHaveLength(3);
    expect(decodeRecords(replies[0]?.body ?? '')[0]?.facts).toHaveLength(20);
    expect(summaryRecord(result)?.facts?.map((f) => f.events[0]?.type)).toEqual(['note']);
    expect(botReaction(result, '/timeline one more')).toEqual([`+1 ${BOT}`]);
    expect(eventsOf(result, 'note')).toHaveLength(24);
    for (const comment of bots(result))
      expect(/<!-- firebreak:v1 \{[^<>]*\} -->/.exec(comment.body)?.[0].length ?? 0).toBeLessThanOrEqual(24_000);
    expect(summaryOf(result)?.body).toContain('one more');
  });

  it('an edited summary loses no fact: the next comment Firebreak posted holds a copy', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "10:06", comment: { issue: 1, as: alice, body: "/timeline paged the database team" } }
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/resolve fixed" } }
  - { at: "10:22", edit-comment: { issue: 1, as: alice, comment: { author: "${BOT}", contains: '"kind":"summary"' }, replace: { "P1": "P4" } } }
  - { at: "10:23", comment: { issue: 1, as: carol, body: "Thanks" } }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    expect(bots(result).filter((c) => c.body.includes('"kind":"notice"'))).toHaveLength(1);
    // The /resolve reply carries the copies; nothing runs again, nothing is recorded twice.
    const resolve = bots(result).find((c) => c.body.includes('### Resolved'))?.body ?? '';
    expect((decodeRecords(resolve)[0]?.facts ?? []).map((f) => f.events[0]?.type)).toEqual(['acknowledged', 'note']);
    expect(kinds(result).filter((k) => k === 'reply')).toHaveLength(1);
    expect(eventsOf(result, 'note')).toHaveLength(1);
    const summary = summaryOf(result)?.body ?? '';
    expect(summary).toContain('| 2026-03-02 10:05 UTC | bob | Acknowledged |');
    expect(summary).toContain('| 2026-03-02 10:06 UTC | alice | paged the database team |');
  });

  it('with the summary and the copy both edited, an /ack from before a reopen runs again but does not acknowledge the reopened incident', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "10:10", close: { issue: 1, as: alice } }
  - { at: "10:20", reopen: { issue: 1, as: alice } }
  - { at: "10:21", edit-comment: { issue: 1, as: alice, comment: { author: "${BOT}", contains: '"kind":"summary"' }, replace: { "P1": "P4" } } }
  - { at: "10:22", edit-comment: { issue: 1, as: alice, comment: { author: "${BOT}", contains: '"type":"acknowledged"' }, replace: { '"by":"bob"': '"by":"eve"' } } }
  - { at: "10:23", comment: { issue: 1, as: carol, body: "Is it back?" } }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    const replies = bots(result).filter((c) => c.body.includes('"kind":"reply"'));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('written before the incident was reopened at 2026-03-02 10:20 UTC');
    const state = summaryRecord(result)?.snapshot?.state;
    expect(state?.cycle).toBe(1);
    expect(state?.acknowledgedAt).toBeNull();
  });

  it('a summary edit that fails leaves the command unanswered and unconfirmed; the next run records it once', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - fault: { api: { kind: status5xx, status: 502, route: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", times: .inf } }
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/ack" } }
  - fault: { clear: true }
  - { at: "10:10", sweep: {} }
`);
    expect(result.runs.filter((r) => r.workflow === 'incident.yml').map((r) => r.exit_code)).toContain(1);
    expect(botReaction(result, '/ack')).toEqual([`+1 ${BOT}`]);
    expect(summaryRecord(result)?.facts).toHaveLength(1);
    expect(eventsOf(result, 'acknowledged')).toHaveLength(1);
    expect(kinds(result)).toEqual(['alert', 'summary']);
  });
});
