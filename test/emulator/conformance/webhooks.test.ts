// The events the emulator delivers are the payloads GitHub sends: each validates against
// @octokit/webhooks-schemas (closed objects: no missing and no extra properties).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator, WebhookEvent } from '../../../simulator/emulator/index.js';
import { client, emulator, repo } from '../support.js';
import { definitionFor, WebhookChecker } from './webhook-checker.js';
import { WORKFLOW } from './workload.js';

let checker: WebhookChecker;

beforeAll(() => {
  checker = new WebhookChecker();
});

const problems = (events: readonly WebhookEvent[]) =>
  events
    .filter((e) => e.name !== 'schedule')
    .map((e) => ({
      event: `${e.name}.${e.action ?? ''}`,
      errors: checker.check(definitionFor(e.name, e.action), e.payload),
    }))
    .filter((p) => p.errors.length > 0);

async function everyKindOfEvent(e: Emulator): Promise<void> {
  e.openIssue({
    as: 'bob',
    title: 'Checkout fails for EU customers',
    body: '### What happened?\n\nErrors',
    labels: ['incident', 'severity:P1'],
    template: true,
  });
  e.openIssue({ as: 'carol', title: 'Search is slow', labels: ['incident'], assignees: ['dave'] });
  e.comment({ issue: 1, as: 'bob', body: '/ack' });
  const [created] = e.comment({ issue: 1, as: 'alice', body: '/status identified' });
  const commentId = (created?.payload.comment as { id: number }).id;
  e.editComment({ comment: commentId, as: 'alice', body: '/status mitigating' });
  e.label({ issue: 1, as: 'carol', add: 'severity:P0', remove: 'severity:P1' });
  e.assign({ issue: 1, as: 'carol', add: 'alice' });
  e.assign({ issue: 1, as: 'carol', remove: 'alice' });
  e.editIssue({ issue: 1, as: 'bob', title: 'Checkout fails (EU)', body: 'Edited body' });
  e.closeIssue({ issue: 1, as: 'carol', reason: 'completed' });
  e.reopenIssue({ issue: 1, as: 'carol' });
  e.deleteComment({ comment: commentId, as: 'alice' });
  e.commitFiles({
    as: 'dave',
    branch: 'postmortem/incident-1',
    files: { 'docs/postmortems/incident-1.md': '# Postmortem\n' },
  });
  e.openPull({ as: 'dave', head: 'postmortem/incident-1', title: 'Postmortem: checkout' });
  e.comment({ issue: 3, as: 'alice', body: 'Looks right' });
  e.label({ issue: 3, as: 'alice', add: 'postmortem' });
  e.editIssue({ issue: 3, as: 'dave', body: 'Timeline attached' });
  e.mergePull({ pull: 3, as: 'alice' });
  e.workflowDispatch({ workflow: 'escalation.yml', as: 'dave', inputs: { incident: '1' } });
  // Events the action itself causes through the API are recorded too (and start no runs).
  const bot = client(e);
  await bot.rest.issues.createComment({ ...repo, issue_number: 2, body: '<!-- firebreak:summary -->' });
  await bot.rest.issues.addLabels({ ...repo, issue_number: 2, labels: ['status:investigating'] });
  await bot.rest.issues.update({ ...repo, issue_number: 2, state: 'closed', state_reason: 'not_planned' });
  await bot.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'escalation.yml', ref: 'main' });
}

describe('webhook payloads', () => {
  it('every event the emulator generates validates against @octokit/webhooks-schemas', async () => {
    const e = await emulator({ files: { '.github/workflows/escalation.yml': WORKFLOW } });
    await everyKindOfEvent(e);
    const kinds = new Set(e.webhooks.map((w) => `${w.name}.${w.action ?? ''}`));
    expect(kinds).toEqual(
      new Set([
        'issues.opened',
        'issues.labeled',
        'issues.unlabeled',
        'issues.assigned',
        'issues.unassigned',
        'issues.edited',
        'issues.closed',
        'issues.reopened',
        'issue_comment.created',
        'issue_comment.edited',
        'issue_comment.deleted',
        'pull_request.opened',
        'pull_request.labeled',
        'pull_request.edited',
        'pull_request.closed',
        'workflow_dispatch.',
      ]),
    );
    expect(problems(e.webhooks)).toEqual([]);
  });

  it('public repositories owned by a person validate too (no organization object)', async () => {
    const e = await emulator({
      repository: 'alice/status-page',
      visibility: 'public',
      users: { alice: 'admin', bob: 'none' },
    });
    const events = [
      ...e.openIssue({ as: 'bob', title: 'Status page is down' }),
      ...e.comment({ issue: 1, as: 'bob', body: '+1' }),
    ];
    expect(events.every((ev) => !('organization' in ev.payload))).toBe(true);
    expect(problems(events)).toEqual([]);
  });

  it('the schedule event carries the cron and the workflow file', async () => {
    const e = await emulator({ files: { '.github/workflows/escalation.yml': WORKFLOW } });
    const event = e.schedule({ workflow: 'escalation.yml' });
    expect(event.name).toBe('schedule');
    expect(event.payload).toMatchObject({
      schedule: '*/5 * * * *',
      workflow: '.github/workflows/escalation.yml',
      repository: { full_name: 'acme/shop' },
    });
  });

  it('a payload with a missing sender, an extra key, or a wrong action fails the check', async () => {
    const e = await emulator();
    const [opened] = e.openIssue({ as: 'bob', title: 'Checkout fails' });
    if (!opened) throw new Error('no event');
    expect(checker.check('issues$opened', opened.payload)).toEqual([]);
    const { sender: _dropped, ...withoutSender } = opened.payload;
    expect(checker.check('issues$opened', withoutSender).join('\n')).toMatch(/required property 'sender'/);
    const issue = { ...(opened.payload.issue as object), severity: 'P1' };
    expect(checker.check('issues$opened', { ...opened.payload, issue }).join('\n')).toMatch(/additional properties/);
    expect(checker.check('issues$closed', opened.payload)).not.toEqual([]);
  });
});
