// A workload that calls every route the emulator serves, through @octokit/rest, with the successes and
// the refusals GitHub documents — so the conformance test sees every response shape at least once.
import type { Octokit } from '@octokit/rest';
import type { Emulator } from '../../../simulator/emulator/index.js';
import { requireStatusChecks } from '../../../simulator/emulator/repo/checks.js';
import { as, client, repo, statusOf } from '../support.js';

export const WORKFLOW = `name: Escalation
on:
  schedule:
    - cron: '*/5 * * * *'
  workflow_dispatch:
    inputs:
      incident:
        required: false
`;

export async function runWorkload(e: Emulator): Promise<void> {
  const bot = client(e);
  const alice = as(e, 'alice');
  await repository(bot, alice);
  await contents(bot);
  await issues(bot, alice);
  await comments(bot);
  await labels(bot);
  await git(bot);
  await pulls(bot, alice);
  await actions(bot, alice);
  await checks(e, bot, alice);
  await deployments(bot, alice);
}

async function repository(bot: Octokit, alice: Octokit): Promise<void> {
  await bot.rest.repos.get(repo);
  await alice.rest.repos.listCollaborators(repo);
  await bot.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'carol' });
  await statusOf(bot.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'nobody-here' }));
  await bot.rest.issues.listAssignees(repo);
}

async function contents(bot: Octokit): Promise<void> {
  const put = (path: string, text: string, sha?: string) =>
    bot.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      message: `write ${path}`,
      content: Buffer.from(text).toString('base64'),
      ...(sha ? { sha } : {}),
    });
  const created = await put('docs/runbook.md', '# Runbook\n');
  await put('docs/runbook.md', '# Runbook v2\n', created.data.content?.sha);
  await statusOf(put('docs/runbook.md', 'no sha'));
  await statusOf(put('docs/runbook.md', 'stale', created.data.content?.sha));
  await bot.rest.repos.getContent({ ...repo, path: 'docs/runbook.md' });
  await bot.rest.repos.getContent({ ...repo, path: 'docs' });
  await statusOf(bot.rest.repos.getContent({ ...repo, path: 'missing.md' }));
  await put('docs/old.md', 'old\n');
  const old = await bot.rest.repos.getContent({ ...repo, path: 'docs/old.md' });
  await bot.rest.repos.deleteFile({
    ...repo,
    path: 'docs/old.md',
    message: 'remove',
    sha: (old.data as { sha: string }).sha,
  });
  await bot.rest.repos.listCommits({ ...repo, sha: 'main', path: 'docs/runbook.md' });
  await bot.rest.repos.listBranches(repo);
  await bot.rest.repos.getBranch({ ...repo, branch: 'main' });
}

async function issues(bot: Octokit, alice: Octokit): Promise<void> {
  const { data: issue } = await bot.rest.issues.create({
    ...repo,
    title: 'Checkout fails',
    body: 'EU customers',
    labels: ['incident', 'severity:P1'],
    assignees: ['dave'],
  });
  const n = issue.number;
  await statusOf(bot.rest.issues.create({ ...repo, title: '' }));
  await bot.rest.issues.get({ ...repo, issue_number: n });
  await bot.rest.issues.update({ ...repo, issue_number: n, title: 'Checkout fails for EU customers' });
  await bot.rest.issues.listForRepo({ ...repo, labels: 'incident', state: 'all', per_page: 1 });
  await bot.rest.issues.addLabels({ ...repo, issue_number: n, labels: ['status:investigating'] });
  await bot.rest.issues.setLabels({
    ...repo,
    issue_number: n,
    labels: ['incident', 'severity:P1', 'status:identified'],
  });
  await bot.rest.issues.listLabelsOnIssue({ ...repo, issue_number: n });
  await bot.rest.issues.removeLabel({ ...repo, issue_number: n, name: 'status:identified' });
  await statusOf(bot.rest.issues.removeLabel({ ...repo, issue_number: n, name: 'status:identified' }));
  await bot.rest.issues.addAssignees({ ...repo, issue_number: n, assignees: ['alice'] });
  await bot.rest.issues.removeAssignees({ ...repo, issue_number: n, assignees: ['dave'] });
  await bot.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'alice' });
  await statusOf(bot.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'github-actions[bot]' }));
  await alice.rest.issues.update({ ...repo, issue_number: n, state: 'closed', state_reason: 'completed' });
  await alice.rest.issues.update({ ...repo, issue_number: n, state: 'open' });
  await bot.rest.issues.listEvents({ ...repo, issue_number: n });
  await bot.rest.issues.createComment({ ...repo, issue_number: n, body: 'timeline entry' });
  await bot.rest.issues.listEventsForTimeline({ ...repo, issue_number: n });
  const { data: scratch } = await bot.rest.issues.create({ ...repo, title: 'scratch', labels: ['tmp'] });
  await bot.rest.issues.removeAllLabels({ ...repo, issue_number: scratch.number });
}

async function comments(bot: Octokit): Promise<void> {
  const { data: comment } = await bot.rest.issues.createComment({
    ...repo,
    issue_number: 1,
    body: '<!-- firebreak:summary -->\nSummary',
  });
  await statusOf(bot.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65_537) }));
  await bot.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 1 });
  await bot.rest.issues.listCommentsForRepo(repo);
  await bot.rest.issues.getComment({ ...repo, comment_id: comment.id });
  await bot.rest.issues.updateComment({
    ...repo,
    comment_id: comment.id,
    body: '<!-- firebreak:summary -->\nSummary v2',
  });
  const { data: reaction } = await bot.rest.reactions.createForIssueComment({
    ...repo,
    comment_id: comment.id,
    content: 'eyes',
  });
  await bot.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'eyes' });
  await bot.rest.reactions.listForIssueComment({ ...repo, comment_id: comment.id });
  await bot.rest.reactions.deleteForIssueComment({ ...repo, comment_id: comment.id, reaction_id: reaction.id });
  const { data: doomed } = await bot.rest.issues.createComment({ ...repo, issue_number: 1, body: 'temporary' });
  await bot.rest.issues.deleteComment({ ...repo, comment_id: doomed.id });
}

async function labels(bot: Octokit): Promise<void> {
  await bot.rest.issues.listLabelsForRepo({ ...repo, per_page: 100 });
  await bot.rest.issues.createLabel({ ...repo, name: 'severity:P0', color: 'b60205', description: 'Critical' });
  await statusOf(bot.rest.issues.createLabel({ ...repo, name: 'x'.repeat(51), color: 'ffffff' }));
  await statusOf(bot.rest.issues.createLabel({ ...repo, name: 'severity:P0', color: 'b60205' }));
  await bot.rest.issues.getLabel({ ...repo, name: 'severity:P0' });
  await bot.rest.issues.updateLabel({ ...repo, name: 'severity:P0', description: 'Critical — all hands' });
  await bot.rest.issues.deleteLabel({ ...repo, name: 'tmp' });
}

async function git(bot: Octokit): Promise<void> {
  const { data: main } = await bot.rest.git.getRef({ ...repo, ref: 'heads/main' });
  await bot.rest.git.listMatchingRefs({ ...repo, ref: 'heads/' });
  const { data: blob } = await bot.rest.git.createBlob({ ...repo, content: 'evidence\n', encoding: 'utf-8' });
  await bot.rest.git.getBlob({ ...repo, file_sha: blob.sha });
  const { data: base } = await bot.rest.git.getCommit({ ...repo, commit_sha: main.object.sha });
  const { data: tree } = await bot.rest.git.createTree({
    ...repo,
    base_tree: base.tree.sha,
    tree: [{ path: 'evidence/1.md', mode: '100644', type: 'blob', sha: blob.sha }],
  });
  await bot.rest.git.getTree({ ...repo, tree_sha: tree.sha, recursive: 'true' });
  const { data: commit } = await bot.rest.git.createCommit({
    ...repo,
    message: 'Evidence #1',
    tree: tree.sha,
    parents: [main.object.sha],
  });
  await bot.rest.git.createRef({ ...repo, ref: 'refs/heads/incident-evidence/1', sha: commit.sha });
  await statusOf(bot.rest.git.createRef({ ...repo, ref: 'refs/heads/incident-evidence/1', sha: commit.sha }));
  const { data: next } = await bot.rest.git.createCommit({
    ...repo,
    message: 'Evidence #2',
    tree: tree.sha,
    parents: [commit.sha],
  });
  await bot.rest.git.updateRef({ ...repo, ref: 'heads/incident-evidence/1', sha: next.sha });
  await statusOf(bot.rest.git.updateRef({ ...repo, ref: 'heads/incident-evidence/1', sha: main.object.sha }));
  await statusOf(bot.rest.git.getRef({ ...repo, ref: 'heads/nope' }));
  await bot.rest.git.createRef({ ...repo, ref: 'refs/heads/scratch', sha: main.object.sha });
  await bot.rest.git.deleteRef({ ...repo, ref: 'heads/scratch' });
}

async function pulls(bot: Octokit, alice: Octokit): Promise<void> {
  const { data: main } = await bot.rest.git.getRef({ ...repo, ref: 'heads/main' });
  await bot.rest.git.createRef({ ...repo, ref: 'refs/heads/postmortem/incident-1', sha: main.object.sha });
  await bot.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: 'docs/postmortems/incident-1.md',
    branch: 'postmortem/incident-1',
    message: 'Postmortem for #1',
    content: Buffer.from('# Postmortem\n\n## Timeline\n').toString('base64'),
  });
  const { data: pr } = await bot.rest.pulls.create({
    ...repo,
    title: 'Postmortem: #1',
    head: 'postmortem/incident-1',
    base: 'main',
    body: 'Closes nothing',
  });
  await statusOf(bot.rest.pulls.create({ ...repo, title: 'again', head: 'postmortem/incident-1', base: 'main' }));
  await bot.rest.pulls.list({ ...repo, head: 'acme:postmortem/incident-1', state: 'all' });
  await bot.rest.pulls.get({ ...repo, pull_number: pr.number });
  await bot.rest.pulls.update({ ...repo, pull_number: pr.number, body: 'Timeline attached' });
  await bot.rest.pulls.listFiles({ ...repo, pull_number: pr.number });
  await bot.rest.pulls.requestReviewers({ ...repo, pull_number: pr.number, reviewers: ['alice', 'dave'] });
  await statusOf(bot.rest.pulls.requestReviewers({ ...repo, pull_number: pr.number, reviewers: ['stranger'] }));
  await bot.rest.pulls.removeRequestedReviewers({ ...repo, pull_number: pr.number, reviewers: ['dave'] });
  await bot.rest.pulls.listRequestedReviewers({ ...repo, pull_number: pr.number });
  await alice.rest.pulls.createReview({ ...repo, pull_number: pr.number, event: 'APPROVE', body: 'LGTM' });
  await statusOf(bot.rest.pulls.createReview({ ...repo, pull_number: pr.number, event: 'APPROVE' }));
  await bot.rest.pulls.listReviews({ ...repo, pull_number: pr.number });
  await bot.rest.issues.createComment({ ...repo, issue_number: pr.number, body: 'comment on a pull request' });
  await statusOf(bot.rest.pulls.checkIfMerged({ ...repo, pull_number: pr.number }));
  await statusOf(bot.rest.pulls.merge({ ...repo, pull_number: pr.number, sha: main.object.sha }));
  await bot.rest.pulls.merge({ ...repo, pull_number: pr.number, merge_method: 'squash' });
  await bot.rest.pulls.checkIfMerged({ ...repo, pull_number: pr.number });
  await statusOf(bot.rest.pulls.merge({ ...repo, pull_number: pr.number }));
  await bot.rest.issues.listEventsForTimeline({ ...repo, issue_number: pr.number });
}

async function actions(bot: Octokit, alice: Octokit): Promise<void> {
  await bot.rest.actions.listRepoWorkflows(repo);
  const { data: workflow } = await bot.rest.actions.getWorkflow({ ...repo, workflow_id: 'escalation.yml' });
  await bot.rest.actions.getWorkflow({ ...repo, workflow_id: workflow.id });
  await statusOf(bot.rest.actions.getWorkflow({ ...repo, workflow_id: 'nope.yml' }));
  await bot.rest.actions.createWorkflowDispatch({
    ...repo,
    workflow_id: 'escalation.yml',
    ref: 'main',
    inputs: { incident: '1' },
  });
  await statusOf(
    bot.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'escalation.yml',
      ref: 'main',
      inputs: { bogus: 'x' },
    }),
  );
  await bot.rest.actions.disableWorkflow({ ...repo, workflow_id: 'escalation.yml' });
  await bot.rest.actions.enableWorkflow({ ...repo, workflow_id: 'escalation.yml' });
  await bot.rest.repos.createDispatchEvent({ ...repo, event_type: 'firebreak-wake', client_payload: { incident: 1 } });
  await statusOf(bot.rest.repos.createDispatchEvent({ ...repo, event_type: 'x'.repeat(101) }));
  const advisory = {
    ...repo,
    summary: 'Token leak in checkout logs',
    description: 'Access tokens were written to logs.',
    severity: 'high' as const,
    vulnerabilities: [
      { package: { ecosystem: 'npm' as const, name: 'shop-checkout' }, vulnerable_version_range: '< 2.3.1' },
    ],
  };
  await statusOf(bot.rest.securityAdvisories.createRepositoryAdvisory(advisory));
  await alice.rest.securityAdvisories.createRepositoryAdvisory(advisory);
}

async function checks(e: Emulator, bot: Octokit, alice: Octokit): Promise<void> {
  const { data: main } = await bot.rest.git.getRef({ ...repo, ref: 'heads/main' });
  const sha = main.object.sha;
  const annotation = {
    path: 'README.md',
    start_line: 1,
    end_line: 1,
    start_column: 1,
    end_column: 3,
    annotation_level: 'failure' as const,
    message: 'still a placeholder',
    title: 'Postmortem lint',
  };
  const output = { title: '1 problem', summary: 'Fix it.', annotations: [annotation] };
  const { data: run } = await bot.rest.checks.create({
    ...repo,
    name: 'Firebreak postmortem',
    head_sha: sha,
    status: 'completed',
    conclusion: 'failure',
    output,
  });
  await statusOf(
    alice.rest.checks.create({ ...repo, name: 'Firebreak postmortem', head_sha: sha, conclusion: 'success' }),
  );
  await statusOf(
    bot.rest.checks.create({ ...repo, name: 'Firebreak postmortem', head_sha: '0'.repeat(40), conclusion: 'success' }),
  );
  await bot.rest.checks.update({
    ...repo,
    check_run_id: run.id,
    output: { ...output, annotations: [{ ...annotation, start_line: 2, end_line: 2 }] },
  });
  await bot.rest.checks.get({ ...repo, check_run_id: run.id });
  await alice.rest.checks.listAnnotations({ ...repo, check_run_id: run.id });
  await alice.rest.checks.listForRef({ ...repo, ref: 'main', check_name: 'Firebreak postmortem' });
  await statusOf(alice.rest.repos.getBranchProtection({ ...repo, branch: 'main' }));
  await statusOf(bot.rest.repos.getBranchProtection({ ...repo, branch: 'main' }));
  requireStatusChecks(e.world.repository('acme', 'shop'), 'main', ['Firebreak postmortem']);
  requireStatusChecks(e.world.repository('acme', 'shop'), 'main', ['Firebreak postmortem'], 'ruleset');
  await alice.rest.repos.getBranchProtection({ ...repo, branch: 'main' });
  await bot.rest.repos.getBranchRules({ ...repo, branch: 'main' });
}

async function deployments(bot: Octokit, alice: Octokit): Promise<void> {
  await alice.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'production', auto_merge: false });
  await statusOf(alice.rest.repos.createDeployment({ ...repo, ref: 'no-such-branch' }));
  await bot.rest.repos.listDeployments({ ...repo, per_page: 50 });
  await alice.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0', name: 'First' });
  await statusOf(alice.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' }));
  await bot.rest.repos.listReleases({ ...repo, per_page: 50 });
}
