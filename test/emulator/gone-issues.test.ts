// Deleted and transferred issues on the emulator, as GitHub has them: only admins delete, transfers stay
// with one owner and never go from private to public, the events validate against GitHub's webhook
// schemas, and the old number answers 410 Gone or a 301 to the new issue — which the gateway reports as
// gone. Also the commits list filtered by path that the last-good-configuration search reads.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../../simulator/emulator/index.js';
import { createClient } from '../../src/github/client.js';
import { GitHubError, issueGone } from '../../src/github/errors.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { OpenApiChecker } from './conformance/openapi-checker.js';
import { definitionFor, WebhookChecker } from './conformance/webhook-checker.js';
import { client, emulator, repo, statusOf } from './support.js';

let openapi: OpenApiChecker;
let webhooks: WebhookChecker;

beforeAll(() => {
  openapi = new OpenApiChecker();
  webhooks = new WebhookChecker();
});

const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';

async function setup() {
  const responses: ResponseRecord[] = [];
  const e = await emulator({
    onResponse: (r) => responses.push(r),
    repositories: [
      { repository: 'acme/payments', visibility: 'private', users: { alice: 'admin', dave: 'write' } },
      { repository: 'acme/website', visibility: 'public', users: { alice: 'admin' } },
      { repository: 'other/shop', visibility: 'private', users: { alice: 'admin' } },
    ],
  });
  e.openIssue({ as: 'carol', title: 'Checkout fails', labels: ['incident'], template: true });
  e.comment({ issue: 1, as: 'bob', body: 'Same here' });
  e.openIssue({ as: 'carol', title: 'Search slow', labels: ['incident'], template: true });
  const gateway = new OctokitGateway(
    createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none', timeoutMs: 2000 }),
    repo,
  );
  return { e, responses, gateway };
}

const goneError = async (promise: Promise<unknown>): Promise<GitHubError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitHubError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

describe('deleting an issue', () => {
  it('needs admin access, sends issues.deleted, and the number then answers 410 Gone', async () => {
    const { e, responses, gateway } = await setup();
    expect(() => e.deleteIssue({ as: 'dave', issue: 1 })).toThrow(/Must have admin rights|admin/i);
    const [deleted, ...more] = e.deleteIssue({ as: 'alice', issue: 1 });
    expect(more).toEqual([]);
    expect(`${deleted?.name}.${deleted?.action}`).toBe('issues.deleted');
    expect(webhooks.check(definitionFor('issues', 'deleted'), deleted?.payload)).toEqual([]);
    expect(e.snapshot().issues.map((i) => i.number)).toEqual([2]);

    expect(await statusOf(client(e).rest.issues.get({ ...repo, issue_number: 1 }))).toBe(410);
    const gone = responses.find((r) => r.route === ISSUE && r.status === 410);
    expect(openapi.check('GET', ISSUE, 410, gone?.body)).toEqual([]);
    const error = await goneError(gateway.getIssue(1));
    expect(error.status).toBe(410);
    expect(issueGone(error)).toBe(true);
    // The number is not reused.
    e.openIssue({ as: 'carol', title: 'New' });
    expect(e.snapshot().issues.map((i) => i.number)).toEqual([2, 3]);
  });
});

describe('transferring an issue', () => {
  it('moves it with its thread, sends issues.transferred with the new issue, and the old number redirects', async () => {
    const { e, responses, gateway } = await setup();
    const [transferred, ...more] = e.transferIssue({ as: 'alice', issue: 1, to: 'acme/payments' });
    expect(more).toEqual([]);
    expect(`${transferred?.name}.${transferred?.action}`).toBe('issues.transferred');
    expect(webhooks.check(definitionFor('issues', 'transferred'), transferred?.payload)).toEqual([]);
    const changes = transferred?.payload.changes as {
      new_issue: { number: number; html_url: string };
      new_repository: { full_name: string };
    };
    expect(changes.new_repository.full_name).toBe('acme/payments');
    expect(changes.new_issue).toMatchObject({ number: 1, html_url: 'https://github.com/acme/payments/issues/1' });
    const there = e.snapshot('acme/payments').issues;
    expect(there.map((i) => [i.number, i.title, i.comments.map((c) => c.body)])).toEqual([
      [1, 'Checkout fails', ['Same here']],
    ]);
    expect(e.snapshot().issues.map((i) => i.number)).toEqual([2]);

    // 301 to the new issue; the bot's token cannot read the private repository it moved to.
    expect(await statusOf(client(e).rest.issues.get({ ...repo, issue_number: 1 }))).toBe(404);
    const moved = responses.find((r) => r.route === ISSUE && r.status === 301);
    expect(moved?.headers.location).toBe(`${e.url}/repos/acme/payments/issues/1`);
    expect(openapi.check('GET', ISSUE, 301, moved?.body)).toEqual([]);
    expect(issueGone(await goneError(gateway.getIssue(1)))).toBe(true);
  });

  it('is refused across owners, from private to public and without write access; a redirect the token can follow is still gone', async () => {
    const { e, gateway } = await setup();
    // From private acme/shop to public acme/website, to another owner, or without write access: refused.
    expect(() => e.transferIssue({ as: 'alice', issue: 1, to: 'acme/website' })).toThrow(
      /private repository to a public one/,
    );
    expect(() => e.transferIssue({ as: 'alice', issue: 1, to: 'other/shop' })).toThrow(/same owner/);
    expect(() => e.transferIssue({ as: 'bob', issue: 1, to: 'acme/payments' })).toThrow();
    const publicShop = await emulator({
      repository: 'acme/shop',
      visibility: 'public',
      users: { alice: 'admin' },
      repositories: [{ repository: 'acme/website', visibility: 'public', users: { alice: 'admin' } }],
    });
    publicShop.openIssue({ as: 'alice', title: 'Typo on the home page' });
    publicShop.openIssue({ as: 'alice', title: 'Logo' });
    publicShop.transferIssue({ as: 'alice', issue: 2, to: 'acme/website' });
    const publicGateway = new OctokitGateway(
      createClient({ token: publicShop.botToken, baseUrl: publicShop.url, pacing: 'none', timeoutMs: 2000 }),
      repo,
    );
    const error = await goneError(publicGateway.getIssue(2));
    expect(error.message).toContain('was moved to https://github.com/acme/website/issues/1');
    expect(issueGone(error)).toBe(true);
    expect((await gateway.getIssue(2)).title).toBe('Search slow');
  });
});

describe('the commits of one file', () => {
  it('lists the commits that changed a path, newest first, and at most `limit` of them in one request', async () => {
    const { e, gateway } = await setup();
    for (const [i, text] of ['a: 1\n', 'a: 2\n', 'a: 3\n'].entries()) {
      e.commitFiles({ as: 'alice', files: { '.github/firebreak.yml': text }, message: `Config ${i + 1}\n\nbody` });
      e.commitFiles({ as: 'alice', files: { 'README.md': `readme ${i}\n` }, message: `Readme ${i + 1}` });
    }
    const all = await gateway.listCommits('main', { path: '.github/firebreak.yml' });
    expect(all.map((c) => c.message.split('\n')[0])).toEqual(['Config 3', 'Config 2', 'Config 1']);
    expect(all[0]?.date).toBe('2026-03-02T10:00:00Z');
    e.resetRequests();
    const newest = await gateway.listCommits('main', { path: '.github/firebreak.yml', limit: 2 });
    expect(newest.map((c) => c.message.split('\n')[0])).toEqual(['Config 3', 'Config 2']);
    expect(e.requests).toEqual({ 'GET /repos/{owner}/{repo}/commits': 1 });
    expect((await gateway.getFile('.github/firebreak.yml', newest[1]?.sha))?.content).toBe('a: 2\n');
  });
});
