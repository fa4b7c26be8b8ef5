// Every API request is counted by method and OpenAPI path template, so tests can hold the action to
// an API budget; the emulator's own routes are not counted.
import { describe, expect, it } from 'vitest';
import { client, emulator, repo, statusOf } from './support.js';

describe('request counter', () => {
  it('counts by "METHOD /path/template" and resets', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const gh = client(e);
    await gh.rest.issues.get({ ...repo, issue_number: 1 });
    await gh.rest.issues.get({ ...repo, issue_number: 1 });
    await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' });
    await statusOf(gh.rest.issues.get({ ...repo, issue_number: 99 }));
    await fetch(`${e.url}/_emulator/clock`);
    expect(e.requests).toEqual({
      'GET /repos/{owner}/{repo}/issues/{issue_number}': 3,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 1,
    });
    e.resetRequests();
    expect(e.requests).toEqual({});
    expect(e.requestLog).toEqual([]);
  });

  it('UI actions are not API requests; a route the emulator does not serve is counted by its path', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'x' });
    expect(e.requests).toEqual({});
    expect(await statusOf(client(e).request('GET /repos/{owner}/{repo}/milestones', repo))).toBe(404);
    expect(e.requests).toEqual({ 'GET /repos/acme/shop/milestones': 1 });
  });

  it('sends GitHub’s rate limit headers, and enforces the hourly budget when asked', async () => {
    const e = await emulator({ enforceRateLimits: true });
    const gh = client(e);
    const first = await gh.rest.repos.get(repo);
    expect(first.headers['x-ratelimit-limit']).toBe('1000');
    expect(first.headers['x-ratelimit-remaining']).toBe('999');
    for (let i = 0; i < 999; i++)
      await fetch(`${e.url}/repos/acme/shop`, { headers: { authorization: `token ${e.botToken}` } });
    expect(await statusOf(gh.rest.repos.get(repo))).toBe(403);
    e.clock.advance(3_600_000);
    expect(await statusOf(gh.rest.repos.get(repo))).toBe(0);
  });
});
