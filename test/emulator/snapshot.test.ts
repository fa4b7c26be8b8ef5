// The snapshot is the state part of `firebreak simulate --json` (SCENARIOS.md).
import { describe, expect, it } from 'vitest';
import { client, emulator, repo } from './support.js';

describe('snapshot', () => {
  it('reports issues with comments, pull requests with files, branches, requests and deliveries', async () => {
    const e = await emulator({ files: { 'README.md': '# shop\n' } });
    e.openIssue({
      as: 'alice',
      title: 'Checkout fails',
      body: 'EU',
      labels: ['severity:P1', 'incident'],
      assignees: ['alice'],
    });
    const gh = client(e);
    e.clock.advance(60_000);
    const { data: c } = await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'summary v1' });
    e.clock.advance(60_000);
    await gh.rest.issues.updateComment({ ...repo, comment_id: c.id, body: 'summary v2' });
    e.commitFiles({
      as: 'dave',
      branch: 'postmortem/incident-1',
      files: { 'docs/postmortems/incident-1.md': '# PM\n' },
    });
    await gh.rest.pulls.create({ ...repo, title: 'Postmortem', head: 'postmortem/incident-1', base: 'main' });
    await gh.rest.pulls.requestReviewers({ ...repo, pull_number: 2, reviewers: ['alice'] });
    await fetch(e.hookUrl('slack'), { method: 'POST', body: '{"text":"P1"}' });

    expect(e.snapshot()).toEqual({
      repository: 'acme/shop',
      now: '2026-03-02T10:02:00Z',
      issues: [
        {
          number: 1,
          title: 'Checkout fails',
          state: 'open',
          labels: ['incident', 'severity:P1'],
          assignees: ['alice'],
          body: 'EU',
          comments: [
            {
              id: c.id,
              author: 'github-actions[bot]',
              created_at: '2026-03-02T10:01:00Z',
              updated_at: '2026-03-02T10:02:00Z',
              body: 'summary v2',
            },
          ],
          author: 'alice',
          created_at: '2026-03-02T10:00:00Z',
          events: [
            {
              event: 'labeled',
              actor: 'alice',
              created_at: '2026-03-02T10:00:00Z',
              label: { name: 'severity:P1', color: 'ededed' },
            },
            {
              event: 'labeled',
              actor: 'alice',
              created_at: '2026-03-02T10:00:00Z',
              label: { name: 'incident', color: 'ededed' },
            },
            { event: 'assigned', actor: 'alice', created_at: '2026-03-02T10:00:00Z', assignee: 'alice' },
          ],
        },
      ],
      pulls: [
        {
          number: 2,
          title: 'Postmortem',
          state: 'open',
          merged: false,
          head: 'postmortem/incident-1',
          base: 'main',
          requested_reviewers: ['alice'],
          files: { 'docs/postmortems/incident-1.md': '# PM\n' },
          body: '',
          labels: [],
          comments: [],
          checks: [],
        },
      ],
      branches: {
        main: { 'README.md': '# shop\n' },
        'postmortem/incident-1': { 'README.md': '# shop\n', 'docs/postmortems/incident-1.md': '# PM\n' },
      },
      requests: {
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': 1,
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 1,
        'POST /repos/{owner}/{repo}/pulls': 1,
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': 1,
      },
      deliveries: [{ channel: 'slack', at: '2026-03-02T10:02:00Z', payload: { text: 'P1' } }],
    });
    const served = await (await fetch(`${e.url}/_emulator/snapshot`)).json();
    expect(served).toEqual(JSON.parse(JSON.stringify(e.snapshot())));
  });
});
