// Fact-only commands are recorded in the live summary's record, which every run edits: a run that read
// the thread before another run recorded a fact must not drop it when it edits the summary. The executor
// re-reads the summary before editing it and keeps the facts it finds there (summaryWithFacts). Here the
// other run is played, in process, exactly between the first run's read of the thread and its edit.
import { describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import type { GitHubGateway } from '../../src/github/gateway.js';
import { inProcess } from './in-process.js';

const CONFIG = `rotations:
  on-call:
    time-zone: UTC
    layers:
      - {name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}
`;

const BODY = `### What happened?

Checkout returns errors.

### Severity

P1 - High: major functionality down for many users, severe slowdown, or potential security incident

### Is there a workaround?

No
`;

describe('a fact recorded by another run while this run works', () => {
  it('is kept when this run edits the summary: both timeline notes are recorded, each once, and both get 👍', async () => {
    // Runs `interleave` once, when the action re-reads the thread for the second time in a run: after the
    // run read the thread and decided, before it edits the summary.
    let interleave: (() => Promise<void>) | null = null;
    let reads = 0;
    const wrap = (gateway: GitHubGateway): GitHubGateway =>
      new Proxy(gateway, {
        get(target, name, receiver) {
          const value: unknown = Reflect.get(target, name, receiver);
          if (name !== 'listComments' || typeof value !== 'function') return value;
          return async (...args: unknown[]) => {
            reads += 1;
            const other = interleave;
            if (other && reads === 2) {
              interleave = null;
              await other();
            }
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
    const gh = await inProcess(CONFIG, { alice: 'write', bob: 'triage' }, '2026-03-02T10:00:00Z', wrap);
    try {
      for (const event of gh.emulator.openIssue({
        as: 'alice',
        title: '[Incident] Checkout fails',
        body: BODY,
        labels: ['incident'],
        template: true,
      }))
        expect((await gh.run(event)).failure).toBeNull();
      gh.emulator.clock.set('2026-03-02T10:10:00Z');
      const first = gh.emulator.comment({ as: 'alice', issue: 1, body: '/timeline first note' });
      // Bob's comment arrives after this run read the thread; his run records it in the summary.
      let other: string[] = [];
      interleave = async () => {
        for (const event of gh.emulator.comment({ as: 'bob', issue: 1, body: '/timeline second note' })) {
          const run = await gh.run(event);
          expect(run.failure).toBeNull();
          other = run.lines;
        }
      };
      reads = 0;
      const lines: string[] = [];
      for (const event of first) {
        const run = await gh.run(event);
        expect(run.failure).toBeNull();
        lines.push(...run.lines);
      }
      expect(interleave).toBeNull();
      // Bob's run recorded both notes (Alice's was still pending for it), then this run edits the summary.
      expect(other.some((l) => l.includes('recorded in the summary'))).toBe(true);
      const thread = gh.emulator.snapshot().issues.find((i) => i.number === 1)?.comments ?? [];
      const record = decodeRecords(thread.find((c) => c.body.includes('"kind":"summary"'))?.body ?? '')[0];
      const notes = (record?.facts ?? []).flatMap((f) => f.events).filter((e) => e.type === 'note');
      expect(notes.map((e) => (e.type === 'note' ? e.text : ''))).toEqual(['first note', 'second note']);
      expect(thread.filter((c) => c.body.includes('"kind":"reply"'))).toEqual([]);
      for (const c of thread.filter((c) => c.author !== 'github-actions[bot]'))
        expect(c.reactions, c.body).toEqual(['+1 github-actions[bot]']);
      // This run kept what Bob's run had recorded: without the re-read its edit would have dropped it.
      expect(lines.some((l) => l.includes('keeping 1 fact(s) another run recorded in the summary meanwhile'))).toBe(
        true,
      );
    } finally {
      await gh.close();
    }
  });
});

describe('a summary edit that fails for good', () => {
  it('leaves the /ack unconfirmed: no 👍 on a comment whose fact was not recorded', async () => {
    const gh = await inProcess(CONFIG, { alice: 'write' }, '2026-03-02T10:00:00Z');
    try {
      for (const event of gh.emulator.openIssue({
        as: 'alice',
        title: '[Incident] Checkout fails',
        body: BODY,
        labels: ['incident'],
        template: true,
      }))
        expect((await gh.run(event)).failure).toBeNull();
      gh.emulator.clock.set('2026-03-02T10:05:00Z');
      // Every edit of a comment is refused (422: say, the summary would pass GitHub's 65,536 characters).
      gh.emulator.faults.add({
        kind: 'status5xx',
        status: 422,
        times: Infinity,
        route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      });
      for (const event of gh.emulator.comment({ as: 'alice', issue: 1, body: '/ack' })) await gh.run(event);
      const issue = gh.emulator.snapshot().issues.find((i) => i.number === 1);
      const summary = issue?.comments.find((c) => decodeRecords(c.body)[0]?.kind === 'summary');
      expect(decodeRecords(summary?.body ?? '')[0]?.facts ?? []).toEqual([]);
      // Not recorded, so still escalating: a 👍 would tell alice the acknowledgement was taken.
      const ack = issue?.comments.find((c) => c.body === '/ack');
      expect(ack?.reactions ?? []).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
