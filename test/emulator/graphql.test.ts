// POST /graphql on the emulator: the part of GitHub's GraphQL API the read-ahead uses, with GitHub's
// answers — a missing file is null, a folder is a Tree, a bot's login has no "[bot]", a pull request's
// number asked as an issue is a NOT_FOUND error beside the rest of the data, and the read-ahead's own
// query gives what the REST reads give.
import { describe, expect, it } from 'vitest';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { createClient } from '../../src/github/client.js';
import { as, client, emulator, repo } from './support.js';

const FILES = {
  '.github/firebreak.yml': 'rotations: {}\n',
  '.github/firebreak/templates/alert.md': 'Alert {{title}}\n',
  '.github/firebreak/templates/notes.txt': 'not a template\n',
};

describe('POST /graphql', () => {
  it('reads files, folders and labels; a missing file is null', async () => {
    const e = await emulator({ files: FILES });
    const data = await client(e).graphql<{ repository: Record<string, unknown> }>(
      `query($owner: String!, $name: String!, $f: String!, $missing: String!, $d: String!) {
        repository(owner: $owner, name: $name) {
          f: object(expression: $f) { __typename ... on Blob { text oid isTruncated } }
          missing: object(expression: $missing) { __typename }
          d: object(expression: $d) { __typename ... on Tree { entries { name type } } }
          labels(first: 2) { totalCount nodes { name } pageInfo { hasNextPage } }
        }
      }`,
      {
        owner: repo.owner,
        name: repo.repo,
        f: 'HEAD:.github/firebreak.yml',
        missing: 'firebreak/state:schedule.json',
        d: 'HEAD:.github/firebreak/templates',
      },
    );
    const r = data.repository;
    expect(r.f).toMatchObject({ __typename: 'Blob', text: 'rotations: {}\n', isTruncated: false });
    const rest = await client(e).rest.repos.getContent({ ...repo, path: '.github/firebreak.yml' });
    expect((r.f as { oid: string }).oid).toBe((rest.data as { sha: string }).sha);
    expect(r.missing).toBeNull();
    expect(r.d).toEqual({
      __typename: 'Tree',
      entries: [
        { name: 'alert.md', type: 'blob' },
        { name: 'notes.txt', type: 'blob' },
      ],
    });
    expect(r.labels).toMatchObject({ nodes: [{}, {}], pageInfo: { hasNextPage: true } });
  });

  it('an issue with its comments; a bot is named as GraphQL names it; a pull request is NOT_FOUND', async () => {
    const e = await emulator({ files: FILES });
    e.openIssue({ as: 'alice', title: 'Checkout fails', body: 'EU', labels: ['bug'] });
    await client(e).rest.issues.createComment({ ...repo, issue_number: 1, body: 'from the bot' });
    await as(e, 'dave').rest.issues.createComment({ ...repo, issue_number: 1, body: 'from dave' });
    const query = `query($owner: String!, $name: String!, $n: Int!) { repository(owner: $owner, name: $name) {
      issue(number: $n) { number title state labels(first: 10) { nodes { name } }
        comments(first: 10) { totalCount nodes { fullDatabaseId body author { __typename login } } } } } }`;
    const data = await client(e).graphql<{ repository: { issue: Record<string, unknown> } }>(query, {
      owner: repo.owner,
      name: repo.repo,
      n: 1,
    });
    const issue = data.repository.issue as {
      state: string;
      labels: { nodes: Array<{ name: string }> };
      comments: { nodes: Array<{ fullDatabaseId: string; author: { __typename: string; login: string } }> };
    };
    expect(issue.state).toBe('OPEN');
    expect(issue.labels.nodes).toEqual([{ name: 'bug' }]);
    expect(issue.comments.nodes.map((c) => c.author)).toEqual([
      { __typename: 'Bot', login: 'github-actions' },
      { __typename: 'User', login: 'dave' },
    ]);
    const ids = (await client(e).rest.issues.listComments({ ...repo, issue_number: 1 })).data.map((c) => String(c.id));
    expect(issue.comments.nodes.map((c) => c.fullDatabaseId)).toEqual(ids);

    e.push({ as: 'dave', branch: 'fix', files: { 'a.txt': 'a' } });
    e.openPull({ as: 'dave', title: 'Fix', head: 'fix' });
    const error = await client(e)
      .graphql(query, { owner: repo.owner, name: repo.repo, n: 2 })
      .catch((err: unknown) => err as { errors?: Array<{ type?: string }> });
    expect((error as { errors?: Array<{ type?: string }> }).errors?.[0]?.type).toBe('NOT_FOUND');
  });

  it("the gateway's read-ahead answers getFile, listDirectory, listLabels, getIssue, listComments and listOpenIssues once each", async () => {
    const e = await emulator({ files: FILES });
    e.openIssue({ as: 'alice', title: 'Checkout fails', body: 'EU', labels: ['incident'] });
    e.openIssue({ as: 'alice', title: 'Not an incident', body: '' });
    e.openIssue({ as: 'alice', title: 'Search is slow', body: '', labels: ['Incident', 'bug'] });
    await client(e).rest.issues.createComment({ ...repo, issue_number: 1, body: 'from the bot' });
    const gateway = new OctokitGateway(createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none' }), repo);
    const before = e.requestLog.length;
    await gateway.readAhead({
      files: [{ path: '.github/firebreak.yml' }, { path: 'schedule.json', ref: 'firebreak/state' }],
      directories: [{ path: '.github/firebreak/templates' }],
      labels: true,
      issue: 1,
      openWithLabel: 'incident',
    });
    const ahead = {
      config: await gateway.getFile('.github/firebreak.yml'),
      index: await gateway.getFile('schedule.json', 'firebreak/state'),
      templates: await gateway.listDirectory('.github/firebreak/templates'),
      template: await gateway.getFile('.github/firebreak/templates/alert.md'),
      labels: (await gateway.listLabels()).length,
      issue: await gateway.getIssue(1),
      comments: await gateway.listComments(1),
      open: await gateway.listOpenIssues('incident'),
    };
    expect(e.requestLog.slice(before).map((r) => r.route)).toEqual(['/graphql']);
    // The same reads again go to the REST API, and agree.
    const rest = {
      config: await gateway.getFile('.github/firebreak.yml'),
      index: await gateway.getFile('schedule.json', 'firebreak/state'),
      templates: await gateway.listDirectory('.github/firebreak/templates'),
      template: await gateway.getFile('.github/firebreak/templates/alert.md'),
      labels: (await gateway.listLabels()).length,
      issue: await gateway.getIssue(1),
      comments: await gateway.listComments(1),
      open: await gateway.listOpenIssues('incident'),
    };
    expect(e.requestLog.length - before).toBe(9);
    expect(ahead.open.map((i) => i.number)).toEqual([3, 1]);
    expect(ahead).toEqual(rest);
    expect(ahead.comments[0]?.author).toBe('github-actions[bot]');
  });

  it('what changed, read ahead, is what the REST API gives: merged pull requests with files, deployments, releases', async () => {
    const e = await emulator({ files: { ...FILES, 'api/server.ts': 'v1\n' } });
    e.push({ as: 'alice', branch: 'fix', files: { 'api/server.ts': 'v2\n', 'docs/a.md': 'a\n' } });
    e.openPull({ as: 'alice', head: 'fix', title: 'Fix the server' });
    e.mergePull({ as: 'alice', pull: 1 });
    e.push({ as: 'alice', branch: 'open', files: { 'x.txt': 'x\n' } });
    e.openPull({ as: 'alice', head: 'open', title: 'Still open' });
    e.deploy({ as: 'alice', environment: 'staging', ref: 'main' });
    e.deploy({ as: 'alice', environment: 'production', ref: 'main' });
    e.release({ as: 'alice', tag: 'v1.0.0', name: 'One' });
    await as(e, 'alice').rest.repos.createRelease({ ...repo, tag_name: 'v1.1.0', draft: true });
    const gateway = new OctokitGateway(createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none' }), repo, {
      defaultBranch: 'main',
      visibility: 'private',
      htmlUrl: `${e.world.urls.web}/${repo.owner}/${repo.repo}`,
    });
    const since = '2000-01-01T00:00:00Z';
    await gateway.readAhead({ files: [], directories: [], labels: false, changes: true });
    const before = e.requestLog.length;
    const ahead = await gateway.listChanges({ since, files: true });
    expect(e.requestLog.length).toBe(before);
    // Not read ahead any more: one query of its own.
    expect(await gateway.listChanges({ since, files: true })).toEqual(ahead);
    expect(e.requestLog.slice(before).map((r) => r.route)).toEqual(['/graphql']);
    // GraphQL refused (403, not retried): the REST lists, which agree.
    e.faults.add({ kind: 'status5xx', status: 403, route: 'POST /graphql', times: 1 });
    const rest = await gateway.listChanges({ since, files: true });
    expect(e.requestLog.slice(before + 2).map((r) => r.route)).toEqual([
      '/repos/{owner}/{repo}/pulls',
      '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      '/repos/{owner}/{repo}/deployments',
      '/repos/{owner}/{repo}/releases',
    ]);
    expect(ahead).toEqual(rest);
    expect(ahead.pulls.map((p) => [p.number, p.files])).toEqual([[1, ['api/server.ts', 'docs/a.md']]]);
    expect(ahead.deployments.map((d) => d.environment)).toEqual(['production', 'staging']);
    expect(ahead.releases.map((r) => [r.tag, r.publishedAt === null])).toEqual([
      ['v1.1.0', true],
      ['v1.0.0', false],
    ]);
    expect(ahead.completeSince).toEqual({ pulls: null, deployments: null, releases: null });
  });
  it('reads branch heads ahead: the default branch and a branch that exists answer once, a missing one is null', async () => {
    const e = await emulator({ files: FILES });
    const gateway = new OctokitGateway(createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none' }), repo);
    const main = await gateway.getBranchSha('main');
    await gateway.createBranch('postmortem/incident-1', main ?? '');
    const before = e.requestLog.length;
    await gateway.readAhead({
      files: [],
      directories: [],
      labels: false,
      branches: ['postmortem/incident-1', 'postmortem/incident-2'],
    });
    const ahead = {
      main: await gateway.getBranchSha('main'),
      one: await gateway.getBranchSha('postmortem/incident-1'),
      two: await gateway.getBranchSha('postmortem/incident-2'),
    };
    expect(e.requestLog.slice(before).map((r) => r.route)).toEqual(['/graphql']);
    expect(ahead).toEqual({ main, one: main, two: null });
    // Served once: the same reads again go to the REST API, and agree.
    expect(await gateway.getBranchSha('main')).toBe(main);
    expect(await gateway.getBranchSha('postmortem/incident-2')).toBeNull();
    expect(e.requestLog.length - before).toBe(3);
    // A branch this run creates or commits to is not answered from what was read before.
    await gateway.readAhead({ files: [], directories: [], labels: false, branches: ['postmortem/incident-2'] });
    await gateway.createBranch('postmortem/incident-2', main ?? '');
    const counted = e.requestLog.length;
    expect(await gateway.getBranchSha('postmortem/incident-2')).toBe(main);
    expect(e.requestLog.length - counted).toBe(1);
  });
});
