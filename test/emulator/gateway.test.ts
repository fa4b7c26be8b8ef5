// The action's GitHub port (src/github) works against the emulator, through the real client with
// retry and throttling — every method of the port, and a retried failure.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import type { Emulator } from '../../simulator/emulator/index.js';
import { emulator, repo } from './support.js';

const WORKFLOW = 'name: Escalation\non:\n  workflow_dispatch:\n    inputs:\n      incident: {}\n';

const gatewayFor = (e: Emulator) =>
  new OctokitGateway(createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none', timeoutMs: 2000 }), repo);

describe('the GitHub gateway on the emulator', () => {
  it('does everything the port promises', async () => {
    const e = await emulator({
      files: {
        '.github/firebreak.yml': 'severities: {}\n',
        '.github/workflows/escalation.yml': WORKFLOW,
        'docs/postmortems/README.md': '# Postmortems\n',
      },
    });
    const gh = gatewayFor(e);
    expect(await gh.getRepo()).toEqual({
      defaultBranch: 'main',
      visibility: 'private',
      htmlUrl: 'https://github.com/acme/shop',
    });
    expect((await gh.getFile('.github/firebreak.yml'))?.content).toBe('severities: {}\n');
    expect(await gh.getFile('nope.yml')).toBeNull();
    expect(await gh.listDirectory('docs/postmortems')).toEqual(['docs/postmortems/README.md']);

    const issue = await gh.createIssue({
      title: 'Checkout fails',
      body: 'EU',
      labels: ['incident'],
      assignees: ['alice'],
    });
    expect(issue).toMatchObject({
      number: 1,
      labels: ['incident'],
      assignees: ['alice'],
      author: 'github-actions[bot]',
      isPullRequest: false,
    });
    expect(await gh.addLabels(1, ['severity:P1'])).toEqual(['incident', 'severity:P1']);
    await gh.removeLabel(1, 'severity:P1');
    await gh.removeLabel(1, 'severity:P1');
    await gh.addAssignees(1, ['dave']);
    await gh.removeAssignees(1, ['alice']);
    expect((await gh.getIssue(1)).assignees).toEqual(['dave']);
    expect((await gh.listOpenIssues('incident')).map((i) => i.number)).toEqual([1]);
    const comment = await gh.createComment(1, '<!-- firebreak:summary -->');
    expect(comment.authorType).toBe('Bot');
    await gh.updateComment(comment.id, '<!-- firebreak:summary --> v2');
    await gh.addReaction(comment.id, 'eyes');
    const temp = await gh.createComment(1, 'temp');
    await gh.deleteComment(temp.id);
    await gh.deleteComment(temp.id);
    expect((await gh.listComments(1)).map((c) => c.body)).toEqual(['<!-- firebreak:summary --> v2']);
    expect((await gh.listIssueEvents(1)).map((ev) => `${ev.event}${ev.label ? ` ${ev.label}` : ''}`)).toEqual([
      'labeled incident',
      'assigned',
      'labeled severity:P1',
      'unlabeled severity:P1',
      'assigned',
      'unassigned',
    ]);
    expect((await gh.updateIssue(1, { state: 'closed', stateReason: 'completed' })).state).toBe('closed');
    await gh.createLabel({ name: 'severity:P0', color: 'b60205', description: 'Critical' });
    await gh.createLabel({ name: 'severity:P0', color: 'b60205', description: 'Critical' });
    expect((await gh.listLabels()).find((l) => l.name === 'severity:P0')).toEqual({
      name: 'severity:P0',
      color: 'b60205',
      description: 'Critical',
    });

    expect(await gh.getPermission('carol')).toBe('triage');
    expect(await gh.getPermission('erin')).toBe('maintain');
    expect(await gh.getPermission('nobody')).toBeNull();

    const main = await gh.getBranchSha('main');
    expect(await gh.getBranchSha('postmortem/incident-1')).toBeNull();
    await gh.createBranch('postmortem/incident-1', main ?? '');
    const { commitSha } = await gh.putFile({
      path: 'docs/postmortems/incident-1.md',
      branch: 'postmortem/incident-1',
      content: '# PM\n',
      message: 'Postmortem',
    });
    expect(await gh.getBranchSha('postmortem/incident-1')).toBe(commitSha);
    expect((await gh.listCommits('postmortem/incident-1')).map((c) => c.message)).toEqual([
      'Postmortem',
      'Initial commit',
    ]);
    const pull = await gh.createPullRequest({
      title: 'Postmortem: #1',
      body: 'timeline',
      head: 'postmortem/incident-1',
      base: 'main',
    });
    expect(await gh.findPullRequest('postmortem/incident-1')).toEqual(pull);
    await gh.requestReviewers(pull.number, ['alice'], []);
    expect(await gh.listPullRequestFiles(pull.number)).toEqual(['docs/postmortems/incident-1.md']);
    expect((await gh.updatePullRequest(pull.number, { title: 'Postmortem: checkout' })).title).toBe(
      'Postmortem: checkout',
    );

    await gh.dispatchWorkflow('escalation.yml', 'main', { incident: '1' });
    expect(e.dispatches.map((d) => d.inputs)).toEqual([{ incident: '1' }]);
    expect(await gh.getWorkflowState('escalation.yml')).toBe('active');
    expect(await gh.getWorkflowState('missing.yml')).toBeNull();
  });

  it('retries a 5xx and a secondary rate limit, and the write lands once', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    e.faults.add({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      kind: 'status5xx',
      status: 502,
    });
    e.faults.add({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      kind: 'secondary403',
      retryAfter: 1,
    });
    await gatewayFor(e).createComment(1, 'paging the on-call');
    expect(e.snapshot().issues[0]?.comments.map((c) => c.body)).toEqual(['paging the on-call']);
    expect(e.requests['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBe(3);
  });
});
