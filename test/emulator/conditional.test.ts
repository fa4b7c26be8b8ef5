// Conditional requests as GitHub answers them: every GET carries an ETag; asked again with If-None-Match
// while nothing changed, the answer is 304 with no body, which does not count against the primary rate
// limit. The emulator's counters keep those apart (`notModified`), and the gateway's issueVersion uses them.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { client, emulator, repo, statusOf } from './support.js';

const ROUTE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';

describe('ETag and If-None-Match', () => {
  it('answers 304 while the issue is unchanged, uncounted, and 200 with a new ETag once it changes', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const gh = client(e);
    const first = await gh.rest.issues.get({ ...repo, issue_number: 1 });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    const remaining = Number(first.headers['x-ratelimit-remaining']);
    e.resetRequests();

    const again = gh.rest.issues.get({ ...repo, issue_number: 1, headers: { 'if-none-match': etag } });
    expect(await statusOf(again)).toBe(304);
    expect(e.requests[ROUTE]).toBeUndefined();
    expect(e.notModified[ROUTE]).toBe(1);
    // The 304 took nothing from the rate limit: the next counted request sees one less than before.
    const after = await gh.rest.issues.get({ ...repo, issue_number: 1 });
    expect(Number(after.headers['x-ratelimit-remaining'])).toBe(remaining - 1);
    expect(after.headers.etag).toBe(etag);

    e.comment({ as: 'alice', issue: 1, body: '/ack' });
    const changed = await gh.rest.issues.get({ ...repo, issue_number: 1, headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(e.requests[ROUTE]).toBe(2);
  });

  it('varies with who asks', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const bot = await client(e).rest.issues.get({ ...repo, issue_number: 1 });
    const person = client(e, e.tokenFor('alice'));
    const asked = person.rest.issues.get({ ...repo, issue_number: 1, headers: { 'if-none-match': bot.headers.etag } });
    expect(await statusOf(asked)).toBe(0);
  });

  it('issueVersion: the same string while nothing changed (304s), another after a comment', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const gateway = new OctokitGateway(createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none' }), {
      ...repo,
    });
    const v1 = await gateway.issueVersion(1);
    expect(await gateway.issueVersion(1)).toBe(v1);
    expect(await gateway.issueVersion(1)).toBe(v1);
    expect(e.notModified[ROUTE]).toBe(2);
    e.comment({ as: 'alice', issue: 1, body: 'looking' });
    const v2 = await gateway.issueVersion(1);
    expect(v2).not.toBe(v1);
    expect(await gateway.issueVersion(1)).toBe(v2);
    expect(e.requests[ROUTE]).toBe(2);
  });
});
