// GitHub misbehaving on purpose: errors, rate limits, slow and dropped responses — by rule or at a
// seeded random rate, and by default only for the action's own token.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../simulator/emulator/index.js';
import { as, client, emulator, repo, statusOf } from './support.js';

const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

async function withIssue(): Promise<Emulator> {
  const e = await emulator();
  e.openIssue({ as: 'alice', title: 'Checkout fails' });
  return e;
}

const comment = (e: Emulator, token = e.botToken) =>
  client(e, token).rest.issues.createComment({ ...repo, issue_number: 1, body: 'update' });

describe('fault rules', () => {
  it('a 5xx fails the matching request once, and only the bot’s', async () => {
    const e = await withIssue();
    e.faults.add({ route: COMMENTS, kind: 'status5xx', status: 502, times: 1 });
    expect(await statusOf(comment(e, e.tokenFor('alice')))).toBe(0);
    expect(await statusOf(comment(e))).toBe(502);
    expect(await statusOf(comment(e))).toBe(0);
    // The failed request changed nothing.
    expect(e.snapshot().issues[0]?.comments).toHaveLength(2);
    expect(e.faults.log).toEqual([
      {
        at: '2026-03-02T10:00:00Z',
        method: 'POST',
        route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        kind: 'status5xx',
      },
    ]);
  });

  it('429 carries retry-after; secondary limits are 403s that say so; primary limits zero the remaining budget', async () => {
    const e = await withIssue();
    e.faults.add({ route: COMMENTS, kind: 'rate429', retryAfter: 7 });
    e.faults.add({ route: COMMENTS, kind: 'secondary403', retryAfter: 60 });
    e.faults.add({ route: COMMENTS, kind: 'primaryLimit', resetAfter: 120 });
    const failures = [];
    for (let i = 0; i < 3; i++)
      failures.push(
        await comment(e).catch(
          (error: unknown) =>
            error as { status: number; response: { headers: Record<string, string>; data: { message: string } } },
        ),
      );
    const [tooMany, secondary, primary] = failures as {
      status: number;
      response: { headers: Record<string, string>; data: { message: string } };
    }[];
    expect(tooMany?.status).toBe(429);
    expect(tooMany?.response.headers['retry-after']).toBe('7');
    expect(secondary?.status).toBe(403);
    expect(secondary?.response.data.message).toMatch(/You have exceeded a secondary rate limit/);
    expect(secondary?.response.headers['retry-after']).toBe('60');
    expect(primary?.status).toBe(403);
    expect(primary?.response.headers['x-ratelimit-remaining']).toBe('0');
    const reset = Number(primary?.response.headers['x-ratelimit-reset']);
    expect(reset - Date.now() / 1000).toBeGreaterThan(100);
  });

  it('latency delays the answer without failing it', async () => {
    const e = await withIssue();
    e.faults.add({ kind: 'latency', ms: 150, route: 'GET /repos/{owner}/{repo}' });
    const started = performance.now();
    await client(e).rest.repos.get(repo);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('a timeout holds the request until the client gives up, and nothing is written', async () => {
    const e = await withIssue();
    e.faults.add({ route: COMMENTS, kind: 'timeout' });
    const gh = client(e);
    const call = gh.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: 'lost',
      request: { signal: AbortSignal.timeout(100) },
    });
    await expect(call).rejects.toThrow();
    expect(e.snapshot().issues[0]?.comments).toEqual([]);
  });

  it('a timeout with ms drops the connection after that long', async () => {
    const e = await withIssue();
    e.faults.add({ route: COMMENTS, kind: 'timeout', ms: 50 });
    await expect(comment(e)).rejects.toThrow();
  });

  it('dropAfterWrite performs the write and never answers — the retry that follows would duplicate it', async () => {
    const e = await withIssue();
    e.faults.add({ route: COMMENTS, kind: 'dropAfterWrite' });
    await expect(comment(e)).rejects.toThrow();
    expect(e.snapshot().issues[0]?.comments.map((c) => c.body)).toEqual(['update']);
    expect(e.requestLog.at(-1)).toMatchObject({
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 0,
      fault: 'dropAfterWrite',
    });
  });

  it('`after` lets requests through before failing; `who` targets a person; `*` matches any method', async () => {
    const e = await withIssue();
    e.faults.add({
      route: `* /repos/{owner}/{repo}/issues/{issue_number}/comments`,
      kind: 'status5xx',
      after: 2,
      who: 'bob',
    });
    const bob = e.tokenFor('bob');
    expect(await statusOf(comment(e, bob))).toBe(0);
    expect(await statusOf(client(e, bob).rest.issues.listComments({ ...repo, issue_number: 1 }))).toBe(0);
    expect(await statusOf(comment(e))).toBe(0);
    expect(await statusOf(comment(e, bob))).toBe(500);
    expect(e.faults.pending).toEqual([]);
  });
});

describe('random faults', () => {
  async function run(seed: number): Promise<string[]> {
    const e = await withIssue();
    e.faults.random({ seed, rate: 0.5, kinds: ['status5xx', 'rate429', 'secondary403'] });
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) outcomes.push(String(await statusOf(comment(e))));
    await e.close();
    return outcomes;
  }

  it('the same seed fails the same requests the same way', async () => {
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    expect(first.filter((s) => s !== '0').length).toBeGreaterThan(3);
    expect(new Set(first)).toEqual(new Set(['0', '500', '429', '403']));
    expect(await run(7)).not.toEqual(first);
  });

  it('requests sent in parallel fail the same way whichever reaches the emulator first', async () => {
    // Two reads a run makes at once (its configuration and the issue list, say): the order they arrive
    // in depends on timing, so each request's fault comes from the request, not from arrival order.
    async function play(order: 'issue-first' | 'repo-first'): Promise<Record<string, string[]>> {
      const e = await withIssue();
      e.faults.random({ seed: 3, rate: 0.5, kinds: ['status5xx', 'rate429', 'secondary403'] });
      const bot = client(e, e.botToken);
      const seen: Record<string, string[]> = { issue: [], repo: [] };
      for (let i = 0; i < 12; i++) {
        const issue = async () =>
          seen.issue?.push(String(await statusOf(bot.rest.issues.get({ ...repo, issue_number: 1 }))));
        const repository = async () => seen.repo?.push(String(await statusOf(bot.rest.repos.get(repo))));
        if (order === 'issue-first') await issue().then(repository);
        else await repository().then(issue);
      }
      await e.close();
      return seen;
    }
    const first = await play('issue-first');
    expect(await play('repo-first')).toEqual(first);
    expect([...(first.issue ?? []), ...(first.repo ?? [])].filter((s) => s !== '0').length).toBeGreaterThan(2);
  });

  it('rate 0 fails nothing and rate 1 fails everything; people are spared by default', async () => {
    const e = await withIssue();
    e.faults.random({ seed: 1, rate: 1, kinds: ['status5xx'] });
    expect(await statusOf(comment(e))).toBe(500);
    expect(await statusOf(as(e, 'alice').rest.repos.get(repo))).toBe(0);
    e.faults.random({ seed: 1, rate: 0 });
    expect(await statusOf(comment(e))).toBe(0);
    e.faults.clear();
  });
});
