// People and the bot are allowed exactly what GitHub allows them.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../simulator/emulator/index.js';
import { as, client, emulator, repo, statusOf } from './support.js';

describe('people', () => {
  it('a read user opens issues and comments, but cannot label, assign or close someone else’s issue', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const bob = as(e, 'bob');
    const { data: own } = await bob.rest.issues.create({
      ...repo,
      title: 'Search is slow',
      labels: ['incident'],
      assignees: ['alice'],
    });
    // GitHub drops labels and assignees silently for people without triage access.
    expect(own.labels).toEqual([]);
    expect(own.assignees).toEqual([]);
    await bob.rest.issues.createComment({ ...repo, issue_number: 1, body: '/ack' });
    expect(await statusOf(bob.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['severity:P0'] }))).toBe(403);
    expect(await statusOf(bob.rest.issues.addAssignees({ ...repo, issue_number: 1, assignees: ['bob'] }))).toBe(403);
    expect(await statusOf(bob.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' }))).toBe(403);
    expect((await bob.rest.issues.update({ ...repo, issue_number: own.number, state: 'closed' })).data.state).toBe(
      'closed',
    );
  });

  it('a read user cannot edit someone else’s comment but can edit their own', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    const [mine] = e.comment({ issue: 1, as: 'bob', body: 'mine' });
    const [theirs] = e.comment({ issue: 1, as: 'alice', body: 'theirs' });
    const id = (event: typeof mine) => (event?.payload.comment as { id: number }).id;
    const bob = as(e, 'bob');
    await bob.rest.issues.updateComment({ ...repo, comment_id: id(mine), body: 'mine, edited' });
    expect(await statusOf(bob.rest.issues.updateComment({ ...repo, comment_id: id(theirs), body: 'forged' }))).toBe(
      403,
    );
    expect(() => e.editComment({ comment: id(theirs), as: 'bob', body: 'forged' })).toThrow(ApiError);
  });

  it('triage labels, assigns and closes, but cannot push or merge', async () => {
    const e = await emulator({ files: { 'README.md': 'x\n' } });
    e.openIssue({ as: 'bob', title: 'Checkout fails' });
    const carol = as(e, 'carol');
    await carol.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['severity:P1'] });
    await carol.rest.issues.addAssignees({ ...repo, issue_number: 1, assignees: ['alice'] });
    await carol.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
    const put = carol.rest.repos.createOrUpdateFileContents({ ...repo, path: 'x.md', message: 'x', content: 'eA==' });
    expect(await statusOf(put)).toBe(403);
    expect(await statusOf(carol.rest.issues.createLabel({ ...repo, name: 'new', color: 'ffffff' }))).toBe(403);
  });

  it('write pushes contents and refs and merges pull requests', async () => {
    const e = await emulator();
    const dave = as(e, 'dave');
    const { data: main } = await dave.rest.git.getRef({ ...repo, ref: 'heads/main' });
    await dave.rest.git.createRef({ ...repo, ref: 'refs/heads/fix', sha: main.object.sha });
    await dave.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'fix.md',
      branch: 'fix',
      message: 'fix',
      content: 'Zml4Cg==',
    });
    const { data: pr } = await dave.rest.pulls.create({ ...repo, head: 'fix', base: 'main', title: 'Fix' });
    expect((await dave.rest.pulls.merge({ ...repo, pull_number: pr.number })).data.merged).toBe(true);
  });

  it('the permission endpoint reports role_name, with triage and maintain folded in `permission`', async () => {
    const e = await emulator({
      users: { alice: 'admin', bob: 'read', carol: 'triage', dave: 'write', erin: 'maintain', frank: 'none' },
    });
    const gh = client(e);
    const level = async (username: string) => {
      const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
      return `${data.permission}/${data.role_name}`;
    };
    expect(await level('alice')).toBe('admin/admin');
    expect(await level('erin')).toBe('write/maintain');
    expect(await level('dave')).toBe('write/write');
    expect(await level('carol')).toBe('read/triage');
    expect(await level('bob')).toBe('read/read');
    expect(await level('frank')).toBe('none/none');
    expect(await statusOf(gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'nobody' }))).toBe(404);
  });

  it('UI actions are refused as GitHub refuses them', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    expect(() => e.label({ issue: 1, as: 'bob', add: 'severity:P0' })).toThrow(/triage/);
    expect(() => e.closeIssue({ issue: 1, as: 'bob' })).toThrow(ApiError);
    expect(() => e.openIssue({ as: 'bob', title: 'x', labels: ['incident'] })).toThrow(/triage/);
    // An issue form's labels apply whoever files it.
    const events = e.openIssue({ as: 'bob', title: 'From the form', labels: ['incident'], template: true });
    expect(events.map((ev) => `${ev.name}.${ev.action}`)).toEqual(['issues.opened', 'issues.labeled']);
  });
});

describe('tokens', () => {
  it('an unknown token gets 401 Bad credentials', async () => {
    const e = await emulator();
    const err = await client(e, 'ghp_not-a-real-token')
      .rest.repos.get(repo)
      .catch((error: unknown) => error);
    expect(err).toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });
  });

  it('without a token, a private repository does not exist and a public one is readable', async () => {
    const hidden = await emulator();
    expect(await statusOf(client(hidden, '').rest.repos.get(repo))).toBe(404);
    const open = await emulator({ visibility: 'public' });
    expect((await client(open, '').rest.repos.get(repo)).data.private).toBe(false);
    expect(await statusOf(client(open, '').rest.issues.create({ ...repo, title: 'x' }))).toBe(401);
  });

  it('tokens are stable per login, and the bot token says who it is', async () => {
    const e = await emulator();
    expect(e.tokenFor('alice')).toBe(e.tokenFor('alice'));
    expect(e.tokenFor('github-actions[bot]')).toBe(e.botToken);
    expect(() => e.tokenFor('mallory')).toThrow(/no such user/);
  });
});

describe('the bot (GITHUB_TOKEN)', () => {
  it('writes issues, pull requests and contents but cannot create advisories or touch workflow files', async () => {
    const e = await emulator();
    const bot = client(e);
    const advisory = { ...repo, summary: 's', description: 'd', vulnerabilities: [] };
    const refused = await bot.rest.securityAdvisories
      .createRepositoryAdvisory(advisory)
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    const workflow = bot.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: '.github/workflows/x.yml',
      message: 'x',
      content: 'b246IHB1c2g=',
    });
    expect(await statusOf(workflow)).toBe(403);
    expect((await as(e, 'alice').rest.securityAdvisories.createRepositoryAdvisory(advisory)).status).toBe(201);
    expect(e.advisories).toHaveLength(1);
  });

  it('can be granted more through its workflow permissions', async () => {
    const e = await emulator({ bot: { scopes: { repository_advisories: 'write', issues: 'read' } } });
    const bot = client(e);
    expect(
      (
        await bot.rest.securityAdvisories.createRepositoryAdvisory({
          ...repo,
          summary: 's',
          description: 'd',
          vulnerabilities: [],
        })
      ).status,
    ).toBe(201);
    expect(await statusOf(bot.rest.issues.create({ ...repo, title: 'x' }))).toBe(403);
  });

  it('reaches only its own repository', async () => {
    const e = await emulator({
      repositories: [
        { repository: 'acme/incidents-private', users: { alice: 'admin' } },
        { repository: 'acme/docs', visibility: 'public' },
      ],
    });
    const bot = client(e);
    expect(await statusOf(bot.rest.issues.create({ owner: 'acme', repo: 'incidents-private', title: 'x' }))).toBe(404);
    expect(await statusOf(bot.rest.issues.create({ owner: 'acme', repo: 'docs', title: 'x' }))).toBe(403);
    expect(
      (await as(e, 'alice').rest.issues.create({ owner: 'acme', repo: 'incidents-private', title: 'x' })).status,
    ).toBe(201);
  });
});
