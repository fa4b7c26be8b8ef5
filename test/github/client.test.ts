// The Octokit client on the emulator: with pacing 'none' a request costs about what plain Octokit's
// does (no queue in the way), and what GitHub throws at it — a 429 with retry-after, a secondary rate
// limit, a primary limit, a 5xx, a hung connection — is still retried.
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../src/github/client.js';
import { startEmulator, type Emulator } from '../../simulator/emulator/index.js';

const REPO = { owner: 'acme', repo: 'shop' } as const;
const GET_REPO = 'GET /repos/{owner}/{repo}';
const running: Emulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function emulator(): Promise<Emulator> {
  // The clock starts at the real time so a primary limit's x-ratelimit-reset is a few seconds away.
  const e = await startEmulator({ start: new Date().toISOString(), users: { alice: 'admin' } });
  running.push(e);
  return e;
}

function fast(e: Emulator, lines: string[] = [], timeoutMs = 5000): Client {
  return createClient({
    token: e.botToken,
    baseUrl: e.url,
    pacing: 'none',
    timeoutMs,
    log: (line) => lines.push(line),
  });
}

/** Milliseconds for `count` sequential calls. */
async function elapsed(count: number, call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await call();
  return performance.now() - start;
}

/** Statuses the emulator answered for one route, in order (0: the connection was dropped). */
const statuses = (e: Emulator, route: string): number[] =>
  e.requestLog.filter((r) => `${r.method} ${r.route}` === route).map((r) => r.status);

describe('the client with pacing none', () => {
  it('makes 50 sequential GETs about as fast as plain Octokit', async () => {
    const e = await emulator();
    const plain = new Octokit({ auth: e.botToken, baseUrl: e.url });
    const ours = fast(e);
    const get = (client: Octokit | Client) => () => client.rest.repos.get(REPO);
    await elapsed(5, get(plain));
    await elapsed(5, get(ours));
    // Side by side, best of three: the ratio, not the milliseconds, is what holds on a noisy machine.
    // Before the fix the client went through three Bottleneck queues and was ~12× slower.
    const ratios: number[] = [];
    for (let round = 0; round < 3; round++)
      ratios.push((await elapsed(50, get(ours))) / (await elapsed(50, get(plain))));
    expect(Math.min(...ratios)).toBeLessThan(4);
  });

  it('does not space comments out the way GitHub pacing does', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const plain = new Octokit({ auth: e.botToken, baseUrl: e.url });
    const ours = fast(e);
    const comment = (client: Octokit | Client) => () =>
      client.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'update' });
    await elapsed(3, comment(plain));
    await elapsed(3, comment(ours));
    const ratios: number[] = [];
    for (let round = 0; round < 3; round++)
      ratios.push((await elapsed(20, comment(ours))) / (await elapsed(20, comment(plain))));
    expect(Math.min(...ratios)).toBeLessThan(4);
  });
});

describe('retries survive the fix', () => {
  it('waits out a 429 for its retry-after, then succeeds', async () => {
    const e = await emulator();
    e.faults.add({ kind: 'rate429', route: GET_REPO, retryAfter: 5 });
    const took = await elapsed(1, () => fast(e).rest.repos.get(REPO));
    expect(statuses(e, GET_REPO)).toEqual([429, 200]);
    // retry-after 5 s at the emulator's 10 ms per second, rather than the 1 s default backoff.
    expect(took).toBeGreaterThanOrEqual(45);
  });

  it('retries a secondary rate limit through the throttling handler, and says so', async () => {
    const e = await emulator();
    const lines: string[] = [];
    e.faults.add({ kind: 'secondary403', route: 'POST /repos/{owner}/{repo}/issues', retryAfter: 1 });
    const issue = await fast(e, lines).rest.issues.create({ ...REPO, title: 'Checkout fails' });
    expect(issue.data.number).toBe(1);
    expect(statuses(e, 'POST /repos/{owner}/{repo}/issues')).toEqual([403, 201]);
    expect(lines).toEqual([
      expect.stringMatching(/^GitHub secondary rate limit on POST .*: retrying after 1s \(attempt 1\)$/),
    ]);
  });

  it('retries a primary rate limit after the reset', async () => {
    const e = await emulator();
    const lines: string[] = [];
    e.faults.add({ kind: 'primaryLimit', route: GET_REPO, resetAfter: 1 });
    await fast(e, lines).rest.repos.get(REPO);
    expect(statuses(e, GET_REPO)).toEqual([403, 200]);
    expect(lines).toEqual([expect.stringMatching(/^GitHub rate limit on GET /)]);
  });

  it('retries server errors three times, and gives up after that', async () => {
    const e = await emulator();
    e.faults.add({ kind: 'status5xx', route: GET_REPO, status: 502, times: 2 });
    await fast(e).rest.repos.get(REPO);
    expect(statuses(e, GET_REPO)).toEqual([502, 502, 200]);
    e.resetRequests();
    e.faults.add({ kind: 'status5xx', route: GET_REPO, status: 503, times: 4 });
    await expect(fast(e).rest.repos.get(REPO)).rejects.toMatchObject({ status: 503 });
    expect(statuses(e, GET_REPO)).toEqual([503, 503, 503, 503]);
  });

  it('does not retry answers: a 404 is asked once', async () => {
    const e = await emulator();
    await expect(fast(e).rest.repos.get({ owner: 'acme', repo: 'nope' })).rejects.toMatchObject({ status: 404 });
    expect(e.requestLog).toHaveLength(1);
  });

  it('gives each attempt its own timeout, so a hung connection is retried rather than fatal', async () => {
    const e = await emulator();
    e.faults.add({ kind: 'timeout', route: GET_REPO, ms: 3000 });
    const took = await elapsed(1, () => fast(e, [], 200).rest.repos.get(REPO));
    expect(statuses(e, GET_REPO).at(-1)).toBe(200);
    expect(took).toBeLessThan(2500);
  });
});
