// The render step between a decision and the executor (src/render/plan.ts): messages become comment
// bodies with their records sealed, optional sections go in while they fit and stand apart when they do
// not, a reply is cut to GitHub's limit, and a live summary that would say nothing new is left out.
import { describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import { message } from '../../src/domain/message.js';
import type { Plan, PlannedWrite } from '../../src/domain/plan.js';
import { renderPlan, say } from '../../src/render/plan.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import { sampleViews } from '../../src/render/samples.js';
import { COMMENT_LIMIT } from '../../src/text/fit.js';

const templates = TemplateRegistry.defaults();
const record = (key: string) => ({ v: 1 as const, kind: 'notice', key, events: [] });
const plan = (...writes: PlannedWrite[]): Plan => ({ incident: 7, writes, notes: ['a note'] });
const notice = (key: string, lines: string[] = ['Something happened.']) =>
  message('notice', { ...sampleViews.notice, lines }, { record: record(key) });
const runbook = (id: string, steps: string[]) =>
  message('runbook', { ...sampleViews.runbook, runbookId: id, title: `Runbook ${id}`, steps });

describe('renderPlan', () => {
  it('words a comment from its message, with the record sealed in the hidden marker', () => {
    const out = renderPlan(
      plan({ kind: 'comment', key: 'n1', text: { messages: [notice('n1')] }, describe: 'a notice' }),
      templates,
    );
    expect(out.notes).toEqual(['a note']);
    const [write] = out.writes;
    if (write?.kind !== 'comment') throw new Error('expected a comment');
    expect(write).toMatchObject({ key: 'n1', describe: 'a notice' });
    expect(write.body).toContain('Something happened.');
    expect(decodeRecords(write.body)).toEqual([
      expect.objectContaining({ kind: 'notice', key: 'n1', digest: expect.any(String) }),
    ]);
    expect(write.body).toBe(say(templates, notice('n1')));
  });

  it('sets the messages of one comment off by rules, in order', () => {
    const text = { messages: [runbook('db', ['Check replication']), notice('reply:5')] };
    const [write] = renderPlan(plan({ kind: 'comment', key: 'reply:5', text, describe: 'reply' }), templates).writes;
    const body = write?.kind === 'comment' ? write.body : '';
    expect(body.indexOf('Check replication')).toBeLessThan(body.indexOf('Something happened.'));
    expect(body).toContain('\n\n---\n\n');
    expect(decodeRecords(body).map((r) => r.key)).toEqual(['reply:5']);
  });

  it('puts optional sections in while they fit and gives the rest a comment of their own', () => {
    const small = runbook('small', ['Restart the worker']);
    const big = runbook(
      'big',
      Array.from({ length: 400 }, (_, i) => `Step ${i} ${'x'.repeat(60)}`),
    );
    const section = (m: ReturnType<typeof runbook>, id: string) => ({
      message: m,
      apart: { key: `runbook:${id}`, describe: `runbook ${id}`, message: { ...m, record: record(`runbook:${id}`) } },
    });
    const write: PlannedWrite = {
      kind: 'comment',
      key: 'alert',
      describe: 'internal alert',
      text: {
        messages: [notice('alert')],
        optional: { room: 10_000, noun: 'runbook', sections: [section(small, 'small'), section(big, 'big')] },
      },
    };
    const out = renderPlan(plan(write), templates).writes;
    expect(out.map((w) => (w.kind === 'comment' ? [w.key, w.describe] : []))).toEqual([
      ['alert', 'internal alert, with 1 runbook(s)'],
      ['runbook:big', 'runbook big'],
    ]);
    const [alert, apart] = out;
    if (alert?.kind !== 'comment' || apart?.kind !== 'comment') throw new Error('expected two comments');
    expect(alert.body.length).toBeLessThanOrEqual(10_000);
    expect(alert.body).toContain('Restart the worker');
    expect(alert.body).not.toContain('Step 0 ');
    expect(decodeRecords(apart.body)[0]?.key).toBe('runbook:big');
  });

  it('cuts a reply to GitHub’s limit and says where the whole text is', () => {
    const long = Array.from({ length: 40 }, () => 'y'.repeat(3_000));
    const sections = Array.from({ length: 3 }, (_, i) =>
      message('notice', { ...sampleViews.notice, lines: long, title: `part ${i}` }),
    );
    const text = {
      messages: [...sections, notice('reply:9')],
      cutPointingTo: '[the comment](https://example.test/c/9)',
    };
    const [write] = renderPlan(plan({ kind: 'comment', key: 'reply:9', text, describe: 'reply' }), templates).writes;
    const body = write?.kind === 'comment' ? write.body : '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('[the comment](https://example.test/c/9)');
    expect(decodeRecords(body).map((r) => r.key)).toEqual(['reply:9']);
  });

  it('leaves the live summary out when, worded at its old time, it is the one on GitHub', () => {
    const summary = { ...sampleViews.summary, updatedAt: '2026-03-02 10:30 UTC' };
    const msg = { template: 'summary' as const, view: summary, record: { ...record('summary'), kind: 'summary' } };
    const before = say(templates, { ...msg, view: { ...summary, updatedAt: '2026-03-02 10:00 UTC' } });
    const write = (body: string | null): PlannedWrite => ({
      kind: 'summary',
      message: msg,
      unchangedFrom: body === null ? null : { body, updatedAt: '2026-03-02 10:00 UTC' },
      describe: 'live summary',
    });
    expect(renderPlan(plan(write(before)), templates).writes).toEqual([]);
    const edited = renderPlan(plan(write(`${before}(edited by hand)\n`)), templates).writes;
    expect(edited).toEqual([{ kind: 'summary', body: say(templates, msg), describe: 'live summary' }]);
    expect(renderPlan(plan(write(null)), templates).writes).toHaveLength(1);
  });

  it('passes every other write through as planned', () => {
    const close: PlannedWrite = { kind: 'issueState', state: 'closed', describe: 'close the issue' };
    expect(renderPlan(plan(close), templates).writes).toEqual([close]);
  });
});
