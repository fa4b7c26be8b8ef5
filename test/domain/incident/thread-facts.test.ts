// The facts the live summary's record keeps for fact-only commands (issue 18, item 4): they answer their
// command comments, count their event keys once, fold just after the comment they answer, and are
// trusted only in the action's own, intact summary.
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/domain/github-objects.js';
import type { BotRecord, IncidentEvent, RecordedFact } from '../../../src/domain/incident/events.js';
import { encodeRecord, recordEvents } from '../../../src/domain/incident/marker.js';
import { readThread, recordsInOrder, threadState } from '../../../src/domain/incident/thread.js';

const BOT = 'github-actions[bot]';
const AT = '2026-03-02T10:00:00Z';

const comment = (id: number, author: string, body: string): Comment => ({
  id,
  author,
  body,
  authorType: author === BOT ? 'Bot' : 'User',
  createdAt: AT,
  updatedAt: AT,
  htmlUrl: `https://github.com/acme/shop/issues/1#issuecomment-${id}`,
});

const opened: IncidentEvent = {
  type: 'opened',
  at: AT,
  by: 'carol',
  key: 'opened',
  title: 'Checkout fails',
  severity: 'P1',
  reported: 'P1',
  reason: 'the reporter chose P1',
  services: [],
  security: false,
  commander: 'alice',
  startedAt: AT,
  impact: null,
};

const bot = (id: number, record: Omit<BotRecord, 'v'>) =>
  comment(id, BOT, `${encodeRecord({ v: 1, ...record })}\nvisible text`);

const fact = (replyTo: number, event: IncidentEvent): RecordedFact => ({
  replyTo,
  ran: 'r'.repeat(64),
  events: [event],
});
const ack = (id: number, by: string): IncidentEvent => ({ type: 'acknowledged', at: AT, by, key: `cmd:${id}:1` });
const eta = (id: number, value: string): IncidentEvent => ({
  type: 'eta',
  eta: value,
  at: AT,
  by: 'bob',
  key: `cmd:${id}:1`,
});

describe('facts in the live summary', () => {
  it('answer their command comments, with what they ran, and their event keys count as recorded', () => {
    const thread = readThread(
      [
        bot(1, { kind: 'alert', key: 'alert', events: [opened] }),
        bot(2, { kind: 'summary', key: 'summary', events: [], facts: [fact(5, ack(5, 'bob'))] }),
        comment(5, 'bob', '/ack'),
        comment(6, 'alice', '/eta 30m'),
      ],
      BOT,
    );
    expect([...thread.answered]).toEqual([5]);
    expect(thread.ran.get(5)).toBe('r'.repeat(64));
    expect(thread.keys.has('cmd:5:1')).toBe(true);
    expect(threadState(1, thread)?.acknowledgedBy).toBe('bob');
  });

  it('fold just after the comment they answer, among the replies, whatever order the comments were posted in', () => {
    const thread = readThread(
      [
        bot(1, { kind: 'alert', key: 'alert', events: [opened] }),
        bot(2, {
          kind: 'summary',
          key: 'summary',
          events: [],
          facts: [fact(7, eta(7, '2026-03-02T11:00:00Z')), fact(5, eta(5, '2026-03-02T10:30:00Z'))],
        }),
        comment(5, 'bob', '/eta 30m'),
        comment(6, 'alice', '/status identified'),
        comment(7, 'bob', '/eta 60m'),
        // The reply to 6 was posted after comment 7 (one run answered all three).
        bot(8, {
          kind: 'reply',
          key: 'reply:6',
          replyTo: 6,
          events: [
            {
              type: 'status',
              from: 'investigating',
              to: 'identified',
              note: null,
              at: AT,
              by: 'alice',
              key: 'cmd:6:1',
            },
          ],
        }),
      ],
      BOT,
    );
    expect(recordsInOrder(thread).map((r) => r.key)).toEqual(['alert', 'summary', 'fact:5', 'reply:6', 'fact:7']);
    const state = threadState(1, thread);
    expect(state?.eta).toBe('2026-03-02T11:00:00Z');
    expect(state?.events.map((e) => e.key)).toEqual(['opened', 'cmd:5:1', 'cmd:6:1', 'cmd:7:1']);
  });

  it('are not trusted in a comment by anyone else, nor in an edited summary', () => {
    const forged = comment(
      3,
      'mallory',
      encodeRecord({ v: 1, kind: 'summary', key: 'summary', events: [], facts: [fact(5, ack(5, 'mallory'))] }),
    );
    const summary = bot(2, { kind: 'summary', key: 'summary', events: [], facts: [fact(5, ack(5, 'bob'))] });
    const edited = { ...summary, body: summary.body.replace('"by":"bob"', '"by":"eve"') };
    for (const fake of [forged, edited]) {
      const thread = readThread(
        [bot(1, { kind: 'alert', key: 'alert', events: [opened] }), fake, comment(5, 'bob', '/ack')],
        BOT,
      );
      expect(thread.answered.has(5)).toBe(false);
      expect(thread.facts).toEqual([]);
      expect(threadState(1, thread)?.acknowledgedAt).toBeNull();
    }
  });

  it('malformed or repeated entries are skipped, the rest kept in comment order', () => {
    const record = {
      kind: 'summary',
      key: 'summary',
      events: [],
      facts: [
        fact(9, ack(9, 'bob')),
        { replyTo: 'x', ran: 'r', events: [] },
        fact(9, ack(9, 'eve')),
        { replyTo: 4, ran: 'r', events: 'no' },
        fact(5, eta(5, '2026-03-02T10:30:00Z')),
      ] as unknown as RecordedFact[],
    };
    const thread = readThread([bot(1, { kind: 'alert', key: 'alert', events: [opened] }), bot(2, record)], BOT);
    expect(thread.facts.map((f) => `${f.replyTo} ${f.events[0]?.by}`)).toEqual(['5 bob', '9 bob']);
  });

  it('a copy in another comment answers too, is marked copied, and survives an edited summary', () => {
    const summary = bot(2, { kind: 'summary', key: 'summary', events: [], facts: [fact(5, ack(5, 'bob'))] });
    const copy = bot(9, { kind: 'escalation', key: 'escalation:0:em', events: [], facts: [fact(5, ack(5, 'bob'))] });
    const base = [bot(1, { kind: 'alert', key: 'alert', events: [opened] }), comment(5, 'bob', '/ack')];
    const thread = readThread([...base, summary, copy], BOT);
    expect([...thread.copied]).toEqual([5]);
    expect(thread.facts).toHaveLength(1);
    expect(threadState(1, thread)?.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
    const edited = { ...summary, body: summary.body.replace('"by":"bob"', '"by":"eve"') };
    const damaged = readThread([...base, edited, copy], BOT);
    expect(damaged.answered.has(5)).toBe(true);
    expect(threadState(1, damaged)?.acknowledgedBy).toBe('bob');
  });

  it('recordEvents lists a record’s own events and then its facts’ events', () => {
    const record: BotRecord = {
      v: 1,
      kind: 'summary',
      key: 'summary',
      events: [opened],
      facts: [fact(5, ack(5, 'bob'))],
    };
    expect(recordEvents(record).map((e) => e.type)).toEqual(['opened', 'acknowledged']);
  });
});
