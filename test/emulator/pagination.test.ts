// Lists page like GitHub's: per_page (default 30, at most 100), page, and a Link header that
// octokit.paginate follows to the end.
import { describe, expect, it } from 'vitest';
import { client, emulator, repo } from './support.js';

describe('pagination', () => {
  it('pages issues 30 at a time by default and links to the next and last pages', async () => {
    const e = await emulator();
    for (let i = 1; i <= 75; i++) e.openIssue({ as: 'alice', title: `Incident ${i}`, labels: ['incident'] });
    const gh = client(e);
    const first = await gh.rest.issues.listForRepo(repo);
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=3>; rel="last"');
    const last = await gh.rest.issues.listForRepo({ ...repo, page: 3 });
    expect(last.data).toHaveLength(15);
    expect(last.headers.link).toContain('rel="first"');
    expect(last.headers.link).not.toContain('rel="next"');
  });

  it('octokit.paginate reads every page, newest first, and per_page caps at 100', async () => {
    const e = await emulator();
    for (let i = 1; i <= 250; i++) {
      e.clock.advance(1000);
      e.openIssue({ as: 'alice', title: `Incident ${i}` });
    }
    const gh = client(e);
    const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, per_page: 100 });
    expect(all.map((i) => i.number)).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
    expect(e.requests['GET /repos/{owner}/{repo}/issues']).toBe(3);
    const big = await gh.rest.issues.listForRepo({ ...repo, per_page: 500 });
    expect(big.data).toHaveLength(100);
  });

  it('comments page in creation order', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    for (let i = 1; i <= 120; i++) e.comment({ issue: 1, as: 'bob', body: `update ${i}` });
    const gh = client(e);
    const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 50 });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 120 }, (_, i) => `update ${i + 1}`));
  });

  it('the issue list filters by state and by every listed label, and includes pull requests like GitHub', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'P1', labels: ['incident', 'severity:P1'] });
    e.openIssue({ as: 'alice', title: 'P2', labels: ['incident', 'severity:P2'] });
    e.openIssue({ as: 'alice', title: 'closed P1', labels: ['incident', 'severity:P1'] });
    e.closeIssue({ issue: 3, as: 'alice' });
    e.commitFiles({ as: 'alice', branch: 'fix', files: { 'fix.txt': 'fixed\n' } });
    e.openPull({ as: 'alice', head: 'fix', title: 'Fix checkout' });
    const gh = client(e);
    const titles = async (params: Record<string, string>) =>
      (await gh.rest.issues.listForRepo({ ...repo, ...params })).data.map((i) => i.title);
    expect(await titles({ labels: 'incident,severity:P1' })).toEqual(['P1']);
    expect(await titles({ labels: 'INCIDENT', state: 'all', direction: 'asc' })).toEqual(['P1', 'P2', 'closed P1']);
    expect(await titles({ state: 'closed' })).toEqual(['closed P1']);
    const open = (await gh.rest.issues.listForRepo(repo)).data;
    expect(open.find((i) => i.title === 'Fix checkout')?.pull_request?.url).toMatch(/\/pulls\/4$/);
    expect(open.find((i) => i.title === 'P1')?.pull_request).toBeUndefined();
  });

  it('sorts by updated time when asked', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'older' });
    e.clock.advance(60_000);
    e.openIssue({ as: 'alice', title: 'newer' });
    e.clock.advance(60_000);
    e.comment({ issue: 1, as: 'bob', body: 'bump' });
    const { data } = await client(e).rest.issues.listForRepo({ ...repo, sort: 'updated' });
    expect(data.map((i) => i.title)).toEqual(['older', 'newer']);
  });
});
