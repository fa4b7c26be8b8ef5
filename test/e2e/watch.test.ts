// Watch mode through the whole escalation matrix: the job that triaged a fresh P1 stays while a page is
// ahead, so every step fires within seconds of its due time whatever GitHub does with the schedule, and
// it answers the thread meanwhile — it asks GitHub every 30 s whether the issue changed, conditionally,
// and 304s cost no rate limit. Runs in this process on the emulator, with a clock whose sleeps move the
// emulator's time and let people act at given instants.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import { parseFormTemplate, renderIssueFormBody } from '../../src/forms/index.js';
import type { Clock } from '../../src/runtime/clock.js';
import { inProcess, type InProcess } from '../faults/in-process.js';

const FORM = parseFormTemplate(
  readFileSync(new URL('../../.github/ISSUE_TEMPLATE/incident.yml', import.meta.url), 'utf8'),
);
const P1 = 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident';
const CONFIG =
  'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}]\n';
const ISSUE_ROUTE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';
const BOT = 'github-actions[bot]';

/** The emulator's time, moved on by the run's sleeps; `at` runs a person's action once its time comes. */
function scriptedClock(gh: InProcess, script: { at: string; act: () => void }[]): Clock {
  const pending = [...script].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    now: () => new Date(gh.emulator.clock.nowMs()),
    sleep: async (ms) => {
      const until = gh.emulator.clock.nowMs() + ms;
      while (pending.length > 0 && Date.parse(pending[0]!.at) <= until) {
        const next = pending.shift()!;
        gh.emulator.clock.set(next.at);
        next.act();
      }
      gh.emulator.clock.set(new Date(until).toISOString());
    },
  };
}

function fileP1(gh: InProcess) {
  return gh.emulator.openIssue({
    as: 'carol',
    title: 'Checkout fails',
    body: renderIssueFormBody(FORM, { 'what-happened': 'Checkout fails for everyone.', severity: P1 }),
    labels: ['incident'],
    template: true,
  });
}

function thread(gh: InProcess) {
  return gh.emulator.snapshot().issues.find((i) => i.number === 1)?.comments ?? [];
}

/** Each escalation step paged: how many seconds after its due time. */
function escalations(gh: InProcess): Record<string, number> {
  const late: Record<string, number> = {};
  for (const c of thread(gh).filter((c) => c.author === BOT))
    for (const record of decodeRecords(c.body))
      for (const e of record.events)
        if (e.type === 'escalated') late[e.step] = (Date.parse(e.at) - Date.parse(e.due)) / 1000;
  return late;
}

let gh: InProcess | null = null;
afterEach(async () => {
  await gh?.close();
  gh = null;
});

describe('watch mode through the whole matrix', () => {
  it('pages every step of an unacknowledged P1 within seconds, asking GitHub conditionally in between', async () => {
    gh = await inProcess(CONFIG, { alice: 'write', carol: 'read' }, '2026-03-02T10:00:00Z');
    const [opened] = fileP1(gh);
    gh.emulator.resetRequests();
    const result = await gh.run(opened!, {
      inputs: { watchMinutes: 65 },
      clock: scriptedClock(gh, []),
      watchPollMs: 30_000,
    });
    expect(result.failure).toBeNull();
    expect(result.errors).toEqual([]);
    const late = escalations(gh);
    expect(Object.keys(late).sort()).toEqual(['ceo', 'cto', 'engineering-manager', 'on-call']);
    for (const [step, seconds] of Object.entries(late)) expect(seconds, step).toBeLessThanOrEqual(60);
    // The watch ends once no page is left: just after the CEO step (60 minutes), not at 65.
    expect(gh.emulator.clock.nowMs()).toBeLessThan(Date.parse('2026-03-02T11:01:00Z'));
    // Every 30 s a conditional read: answered 304 while nothing changed, not counted against the limit.
    const polls = gh.emulator.notModified[ISSUE_ROUTE] ?? 0;
    expect(polls).toBeGreaterThan(100);
    // Counted issue reads: at most the reconciliation's own and a fresh validator after it, at triage and
    // at each of the three wakes (EM, CTO, CEO), whatever the number of polls in between.
    expect(gh.emulator.requests[ISSUE_ROUTE] ?? 0).toBeLessThanOrEqual(1 + 2 * 3);
  });

  it('answers an /ack within 30 s while watching, and the acknowledgement ends the watch', async () => {
    gh = await inProcess(CONFIG, { alice: 'write', carol: 'read' }, '2026-03-02T10:00:00Z');
    const [opened] = fileP1(gh);
    const g = gh;
    const result = await gh.run(opened!, {
      inputs: { watchMinutes: 65 },
      clock: scriptedClock(gh, [
        { at: '2026-03-02T10:04:10Z', act: () => void g.emulator.comment({ as: 'alice', issue: 1, body: '/ack' }) },
      ]),
      watchPollMs: 30_000,
    });
    expect(result.failure).toBeNull();
    const comments = thread(gh);
    const ackAt = comments.find((c) => c.author === 'alice')?.created_at ?? '';
    const acked = comments
      .filter((c) => c.author === BOT)
      // A fact-only command's events live in the summary's record (`facts`), not in a reply.
      .flatMap((c) => decodeRecords(c.body).flatMap((r) => [...r.events, ...(r.facts ?? []).flatMap((f) => f.events)]))
      .find((e) => e.type === 'acknowledged');
    expect(acked?.by).toBe('alice');
    expect(Date.parse(acked?.at ?? '') - Date.parse(ackAt)).toBeLessThanOrEqual(30_000);
    // Acknowledged: escalation stopped, so the engineering manager (15 min) is never paged and the run ends.
    expect(Object.keys(escalations(gh))).toEqual(['on-call']);
    expect(gh.emulator.clock.nowMs()).toBeLessThan(Date.parse('2026-03-02T10:05:00Z'));
  });

  it('when GitHub cannot say whether the issue changed, it still wakes at each due time', async () => {
    gh = await inProcess(CONFIG, { alice: 'write', carol: 'read' }, '2026-03-02T10:00:00Z');
    // The first conditional read fails, retries included (four attempts): that wait is a plain sleep.
    gh.emulator.faults.add({ kind: 'status5xx', status: 502, times: 4, route: ISSUE_ROUTE });
    const [opened] = fileP1(gh);
    const result = await gh.run(opened!, {
      inputs: { watchMinutes: 65 },
      clock: scriptedClock(gh, []),
      watchPollMs: 30_000,
    });
    expect(result.failure).toBeNull();
    expect(result.errors).toEqual([]);
    expect(Object.keys(escalations(gh)).sort()).toEqual(['ceo', 'cto', 'engineering-manager', 'on-call']);
  });
});

describe('watch mode when the issue goes away', () => {
  it('an incident deleted while watched ends the watch at the next poll, green, and drops its schedule entry', async () => {
    gh = await inProcess(CONFIG, { alice: 'write', carol: 'read', dave: 'admin' }, '2026-03-02T10:00:00Z');
    const [opened] = fileP1(gh);
    const g = gh;
    const result = await gh.run(opened!, {
      inputs: { watchMinutes: 65 },
      clock: scriptedClock(gh, [
        { at: '2026-03-02T10:04:10Z', act: () => void g.emulator.deleteIssue({ as: 'dave', issue: 1 }) },
      ]),
      watchPollMs: 30_000,
    });
    // Deleted by an admin: nothing is left to escalate, and that is no failure of the run.
    expect(result.failure).toBeNull();
    expect(result.errors).toEqual([]);
    // Noticed at the next poll (410 Gone), not at the engineering manager's due time (10:15).
    expect(gh.emulator.clock.nowMs()).toBeLessThan(Date.parse('2026-03-02T10:05:00Z'));
    const index = gh.emulator.snapshot().branches?.['firebreak/state']?.['schedule.json'] ?? '{}';
    expect(Object.keys((JSON.parse(index) as { incidents?: object }).incidents ?? {})).toEqual([]);
  });

  it('an incident closed while watched stops escalating: no page after the close', async () => {
    gh = await inProcess(CONFIG, { alice: 'write', carol: 'read' }, '2026-03-02T10:00:00Z');
    const [opened] = fileP1(gh);
    const g = gh;
    const result = await gh.run(opened!, {
      inputs: { watchMinutes: 65 },
      clock: scriptedClock(gh, [
        { at: '2026-03-02T10:04:10Z', act: () => void g.emulator.closeIssue({ as: 'alice', issue: 1 }) },
      ]),
      watchPollMs: 30_000,
    });
    expect(result.failure).toBeNull();
    expect(Object.keys(escalations(gh))).toEqual(['on-call']);
    expect(gh.emulator.clock.nowMs()).toBeLessThan(Date.parse('2026-03-02T10:05:00Z'));
  });

  it('a busy thread does not use up the budget the later pages need: the CEO is paged on time', async () => {
    gh = await inProcess(CONFIG, { alice: 'write', carol: 'read' }, '2026-03-02T10:00:00Z');
    const [opened] = fileP1(gh);
    const g = gh;
    // A note a minute from 10:01 to 10:55: each is answered (the summary edit, a 👍, or a reply).
    const notes = Array.from({ length: 55 }, (_, i) => ({
      at: new Date(Date.parse('2026-03-02T10:01:10Z') + i * 60_000).toISOString(),
      act: () => void g.emulator.comment({ as: 'alice', issue: 1, body: `/timeline still failing, sample ${i + 1}` }),
    }));
    const result = await gh.run(opened!, {
      inputs: { watchMinutes: 65 },
      clock: scriptedClock(gh, notes),
      watchPollMs: 30_000,
    });
    expect(result.failure).toBeNull();
    const late = escalations(gh);
    expect(Object.keys(late).sort()).toEqual(['ceo', 'cto', 'engineering-manager', 'on-call']);
    for (const [step, seconds] of Object.entries(late)) expect(seconds, step).toBeLessThanOrEqual(60);
  });
});
