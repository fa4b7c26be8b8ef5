// The "GitHub UI": people act, and each action returns the events GitHub would deliver, in order.
import { describe, expect, it } from 'vitest';
import type { WebhookEvent } from '../../simulator/emulator/index.js';
import { client, emulator, repo } from './support.js';

const names = (events: readonly WebhookEvent[]) => events.map((e) => `${e.name}.${e.action ?? ''}`);

describe('GitHub UI', () => {
  it('filing from a form with labels sends opened, then one labeled per label, each with every label', async () => {
    const e = await emulator();
    const events = e.openIssue({
      as: 'bob',
      title: 'Checkout fails',
      body: 'EU',
      labels: ['incident', 'severity:P1'],
      template: true,
    });
    expect(names(events)).toEqual(['issues.opened', 'issues.labeled', 'issues.labeled']);
    expect(events.map((ev) => (ev.payload.label as { name?: string } | undefined)?.name)).toEqual([
      undefined,
      'incident',
      'severity:P1',
    ]);
    const labels = (ev: WebhookEvent | undefined) =>
      (ev?.payload.issue as { labels: { name: string }[] }).labels.map((l) => l.name);
    expect(labels(events[0])).toEqual(['incident', 'severity:P1']);
    expect(events.every((ev) => ev.triggersWorkflows && ev.sender === 'bob')).toBe(true);
  });

  it('edits report what changed; closing and reopening follow', async () => {
    const e = await emulator();
    e.openIssue({ as: 'bob', title: 'Checkout fails', body: 'v1' });
    const [edited] = e.editIssue({ issue: 1, as: 'bob', body: 'v2' });
    expect(edited?.payload.changes).toEqual({ body: { from: 'v1' } });
    expect(names(e.closeIssue({ issue: 1, as: 'carol', reason: 'not_planned' }))).toEqual(['issues.closed']);
    expect(e.snapshot().issues[0]?.state).toBe('closed');
    const [reopened] = e.reopenIssue({ issue: 1, as: 'carol' });
    expect(reopened?.payload.issue).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(e.editIssue({ issue: 1, as: 'bob', body: 'v2' })).toEqual([]);
  });

  it('comment edits carry the previous body; label changes are one event each', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails', labels: ['severity:P2'] });
    const [created] = e.comment({ issue: 1, as: 'bob', body: '/ack' });
    const id = (created?.payload.comment as { id: number }).id;
    const [edited] = e.editComment({ comment: id, as: 'bob', body: '/ack now' });
    expect(edited).toMatchObject({
      name: 'issue_comment',
      action: 'edited',
      payload: { changes: { body: { from: '/ack' } }, comment: { body: '/ack now' } },
    });
    expect(names(e.label({ issue: 1, as: 'carol', add: ['severity:P0', 'security'], remove: 'severity:P2' }))).toEqual([
      'issues.unlabeled',
      'issues.labeled',
      'issues.labeled',
    ]);
    expect(names(e.assign({ issue: 1, as: 'carol', add: 'alice' }))).toEqual(['issues.assigned']);
    expect(() => e.assign({ issue: 1, as: 'carol', add: 'bot-or-stranger' })).toThrow(/Cannot assign/);
  });

  it('changes the action makes with its token are events that start no workflow runs', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    await client(e).rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['incident'] });
    expect(e.webhooks.at(-1)).toMatchObject({
      name: 'issues',
      action: 'labeled',
      sender: 'github-actions[bot]',
      triggersWorkflows: false,
    });
    expect((e.webhooks.at(-1)?.payload.sender as { type: string }).type).toBe('Bot');
  });

  it('bodies over 65,536 characters and label names over 50 are refused as GitHub refuses them', async () => {
    const e = await emulator();
    expect(() => e.openIssue({ as: 'alice', title: 'x', body: 'y'.repeat(65_537) })).toThrow(
      /body is too long \(maximum is 65536 characters\)/,
    );
    e.openIssue({ as: 'alice', title: 'x', body: 'y'.repeat(65_536) });
    expect(() => e.comment({ issue: 1, as: 'alice', body: 'z'.repeat(65_537) })).toThrow(/too long/);
    expect(() => e.label({ issue: 1, as: 'alice', add: 'l'.repeat(51) })).toThrow(
      /name is too long \(maximum is 50 characters\)/,
    );
    const err = await client(e)
      .rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['l'.repeat(51)] })
      .catch((error: unknown) => error);
    expect(err).toMatchObject({
      status: 422,
      response: {
        data: { message: 'Validation Failed', errors: [{ resource: 'Label', field: 'name', code: 'custom' }] },
      },
    });
  });

  it('removing a label the issue does not carry is a 404, as on GitHub', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'x' });
    const err = await client(e)
      .rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'incident' })
      .catch((error: unknown) => error);
    expect(err).toMatchObject({ status: 404, response: { data: { message: 'Label does not exist' } } });
  });

  it('renaming a label renames it on every issue', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'x', labels: ['sev1'] });
    await client(e).rest.issues.updateLabel({ ...repo, name: 'sev1', new_name: 'severity:P1' });
    expect(e.snapshot().issues[0]?.labels).toEqual(['severity:P1']);
  });

  it('issue events and the timeline record who did what, in order', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'x', labels: ['incident'] });
    e.clock.advance(60_000);
    e.comment({ issue: 1, as: 'bob', body: '/ack' });
    e.closeIssue({ issue: 1, as: 'alice' });
    const gh = client(e);
    const { data: events } = await gh.rest.issues.listEvents({ ...repo, issue_number: 1 });
    expect(events.map((ev) => `${ev.event} ${ev.actor?.login} ${ev.created_at}`)).toEqual([
      'labeled alice 2026-03-02T10:00:00Z',
      'closed alice 2026-03-02T10:01:00Z',
    ]);
    const { data: timeline } = await gh.rest.issues.listEventsForTimeline({ ...repo, issue_number: 1 });
    expect(timeline.map((t) => t.event)).toEqual(['labeled', 'commented', 'closed']);
  });
});
