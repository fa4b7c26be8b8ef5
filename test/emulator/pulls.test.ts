// Pull requests: their files are the head's changes since the merge base; merging gives the base the
// head's changes, refuses conflicts and stale heads, and tells webhooks it merged.
import { describe, expect, it } from 'vitest';
import { as, client, emulator, repo, statusOf } from './support.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('pull requests', () => {
  it('list the head’s changes against the merge base, not against today’s base', async () => {
    const e = await emulator({ files: { 'README.md': 'r\n', 'docs/index.md': 'index\n' } });
    e.commitFiles({
      as: 'dave',
      branch: 'postmortem/incident-1',
      files: { 'docs/postmortems/incident-1.md': '# Postmortem\n', 'docs/index.md': 'index\n- incident 1\n' },
    });
    e.commitFiles({ as: 'alice', files: { 'README.md': 'r2\n' } });
    const gh = client(e);
    const { data: pr } = await gh.rest.pulls.create({
      ...repo,
      title: 'Postmortem: #1',
      head: 'postmortem/incident-1',
      base: 'main',
    });
    const { data: files } = await gh.rest.pulls.listFiles({ ...repo, pull_number: pr.number });
    expect(files.map((f) => `${f.status} ${f.filename} +${f.additions}-${f.deletions}`)).toEqual([
      'modified docs/index.md +1-0',
      'added docs/postmortems/incident-1.md +1-0',
    ]);
    const { data: full } = await gh.rest.pulls.get({ ...repo, pull_number: pr.number });
    expect(full).toMatchObject({
      mergeable: true,
      mergeable_state: 'clean',
      commits: 1,
      changed_files: 2,
      additions: 2,
      deletions: 0,
      merged: false,
    });
  });

  it('merging gives the base branch the head’s changes and keeps the base’s own', async () => {
    const e = await emulator({ files: { 'README.md': 'r\n' } });
    e.commitFiles({ as: 'dave', branch: 'fix', files: { 'fix.md': 'fixed\n' } });
    e.commitFiles({ as: 'alice', files: { 'README.md': 'r2\n' } });
    const [opened] = e.openPull({ as: 'dave', head: 'fix', title: 'Fix checkout' });
    const number = (opened?.payload.pull_request as { number: number }).number;
    const [closed] = e.mergePull({ pull: number, as: 'alice' });
    expect(closed?.name).toBe('pull_request');
    expect(closed?.action).toBe('closed');
    expect(closed?.payload.pull_request).toMatchObject({
      merged: true,
      state: 'closed',
      merged_by: { login: 'alice' },
    });
    expect(e.snapshot().branches.main).toEqual({ 'README.md': 'r2\n', 'fix.md': 'fixed\n' });
    const gh = client(e);
    const { data: merge } = await gh.rest.repos.listCommits({ ...repo, per_page: 1 });
    expect(merge[0]?.commit.message).toBe(`Merge pull request #${number} from acme/fix\n\nFix checkout`);
    expect(merge[0]?.parents).toHaveLength(2);
    // After merging, the pull request still shows the files it merged.
    expect((await gh.rest.pulls.listFiles({ ...repo, pull_number: number })).data.map((f) => f.filename)).toEqual([
      'fix.md',
    ]);
    expect(e.snapshot().pulls[0]).toMatchObject({
      number,
      state: 'closed',
      merged: true,
      head: 'fix',
      base: 'main',
      files: { 'fix.md': 'fixed\n' },
    });
  });

  it('refuses to merge a conflict (405) or a head that moved since it was reviewed (409)', async () => {
    const e = await emulator({ files: { 'docs/index.md': 'index\n' } });
    e.commitFiles({ as: 'dave', branch: 'a', files: { 'docs/index.md': 'index\n- a\n' } });
    e.commitFiles({ as: 'dave', files: { 'docs/index.md': 'index\n- main\n' } });
    const gh = as(e, 'dave');
    const { data: pr } = await gh.rest.pulls.create({ ...repo, title: 'A', head: 'a', base: 'main' });
    expect((await gh.rest.pulls.get({ ...repo, pull_number: pr.number })).data).toMatchObject({
      mergeable: false,
      mergeable_state: 'dirty',
    });
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: pr.number }))).toBe(405);
    e.commitFiles({ as: 'dave', branch: 'b', files: { 'b.md': 'b\n' } });
    const { data: b } = await gh.rest.pulls.create({ ...repo, title: 'B', head: 'b', base: 'main' });
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: b.number, sha: pr.head.sha }))).toBe(409);
    expect(
      (await gh.rest.pulls.merge({ ...repo, pull_number: b.number, sha: b.head.sha, merge_method: 'squash' })).data
        .merged,
    ).toBe(true);
    const { data: squashed } = await gh.rest.repos.listCommits({ ...repo, per_page: 1 });
    expect(squashed[0]?.parents).toHaveLength(1);
    expect(squashed[0]?.commit.message).toBe(`B (#${b.number})`);
  });

  it('refuses a pull request without commits, from a missing branch, or twice for one head', async () => {
    const e = await emulator();
    const gh = client(e);
    const { data: main } = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/empty', sha: main.object.sha });
    const none = await gh.rest.pulls
      .create({ ...repo, title: 'x', head: 'empty', base: 'main' })
      .catch((error: unknown) => error);
    expect(none).toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and empty' }] } },
    });
    expect(await statusOf(gh.rest.pulls.create({ ...repo, title: 'x', head: 'nope', base: 'main' }))).toBe(422);
    await gh.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'x.md',
      branch: 'empty',
      message: 'x',
      content: b64('x\n'),
    });
    await gh.rest.pulls.create({ ...repo, title: 'x', head: 'acme:empty', base: 'main' });
    expect(await statusOf(gh.rest.pulls.create({ ...repo, title: 'x', head: 'empty', base: 'main' }))).toBe(422);
  });

  it('finds pull requests by head, requests reviewers, and takes reviews', async () => {
    const e = await emulator({ teams: { sre: ['alice', 'dave'] } });
    e.commitFiles({ as: 'dave', branch: 'postmortem/incident-1', files: { 'pm.md': 'pm\n' } });
    const gh = client(e);
    const { data: pr } = await gh.rest.pulls.create({
      ...repo,
      title: 'Postmortem',
      head: 'postmortem/incident-1',
      base: 'main',
    });
    const found = await gh.rest.pulls.list({ ...repo, head: 'acme:postmortem/incident-1', state: 'all' });
    expect(found.data.map((p) => p.number)).toEqual([pr.number]);
    expect((await gh.rest.pulls.list({ ...repo, head: 'acme:other' })).data).toEqual([]);
    await gh.rest.pulls.requestReviewers({
      ...repo,
      pull_number: pr.number,
      reviewers: ['alice'],
      team_reviewers: ['sre'],
    });
    expect(
      await statusOf(gh.rest.pulls.requestReviewers({ ...repo, pull_number: pr.number, team_reviewers: ['nobody'] })),
    ).toBe(422);
    const { data: requested } = await gh.rest.pulls.listRequestedReviewers({ ...repo, pull_number: pr.number });
    expect(requested.users.map((u) => u.login)).toEqual(['alice']);
    expect(requested.teams.map((t) => t.slug)).toEqual(['sre']);
    await as(e, 'alice').rest.pulls.createReview({ ...repo, pull_number: pr.number, event: 'APPROVE' });
    expect(e.snapshot().pulls[0]?.requested_reviewers).toEqual([]);
    expect(
      (await gh.rest.pulls.listReviews({ ...repo, pull_number: pr.number })).data.map(
        (r) => `${r.user?.login} ${r.state}`,
      ),
    ).toEqual(['alice APPROVED']);
  });

  it('comments on a pull request arrive as issue_comment with issue.pull_request set', async () => {
    const e = await emulator();
    e.commitFiles({ as: 'dave', branch: 'fix', files: { 'f.md': 'f\n' } });
    e.openPull({ as: 'dave', head: 'fix', title: 'Fix' });
    const [event] = e.comment({ issue: 1, as: 'alice', body: '/ack' });
    expect(event?.name).toBe('issue_comment');
    expect((event?.payload.issue as { pull_request?: { url: string } }).pull_request?.url).toBe(
      `${e.url}/repos/acme/shop/pulls/1`,
    );
  });

  it('closing a pull request without merging, and deleting its branch', async () => {
    const e = await emulator();
    e.commitFiles({ as: 'dave', branch: 'fix', files: { 'f.md': 'f\n' } });
    e.commitFiles({ as: 'dave', branch: 'other', files: { 'o.md': 'o\n' } });
    e.openPull({ as: 'dave', head: 'fix', title: 'Fix' });
    e.openPull({ as: 'dave', head: 'other', title: 'Other' });
    const [closed] = e.closeIssue({ issue: 1, as: 'dave' });
    expect(closed?.payload.pull_request).toMatchObject({ merged: false, state: 'closed' });
    await client(e).rest.git.deleteRef({ ...repo, ref: 'heads/other' });
    expect(e.snapshot().pulls.map((p) => `${p.number} ${p.state}`)).toEqual(['1 closed', '2 closed']);
  });
});
