// The shipped incident.yml's job-level `if:`: GitHub evaluates it from the event alone, so what is not an
// incident starts no runner. Replayed with the simulator's expression evaluator, which follows GitHub's
// rules (case-insensitive comparisons, `.*` filters, contains/startsWith/join).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { condition, evaluate } from '../../simulator/harness/expressions.js';
import { parseWorkflow, startedJobs } from '../../simulator/harness/workflows.js';

const workflow = parseWorkflow(
  'incident.yml',
  readFileSync(new URL('../../examples/workflows/incident.yml', import.meta.url), 'utf8'),
);
const labels = (...names: string[]) => names.map((name) => ({ name }));
const starts = (eventName: string, event: Record<string, unknown>) =>
  startedJobs(workflow, { github: { event, event_name: eventName }, secrets: {}, inputs: {}, env: {}, vars: {} })
    .length > 0;

describe("incident.yml's job-level if:", () => {
  it.each([
    ['an issue filed with the incident form', 'issues', { action: 'opened', issue: { labels: labels('incident') } }],
    ['a security incident', 'issues', { action: 'opened', issue: { labels: labels('Security') } }],
    [
      'an issue labelled with a severity only',
      'issues',
      { action: 'edited', issue: { labels: labels('severity:P2') } },
    ],
    [
      'a severity label added to a plain issue',
      'issues',
      { action: 'labeled', label: { name: 'severity:P1' }, issue: { labels: labels('bug', 'severity:P1') } },
    ],
    [
      'the incident label removed (Firebreak restores it)',
      'issues',
      { action: 'unlabeled', label: { name: 'incident' }, issue: { labels: [] } },
    ],
    ['an incident closed', 'issues', { action: 'closed', issue: { labels: labels('incident', 'service:api') } }],
    [
      'a command on an incident',
      'issue_comment',
      { action: 'created', comment: { user: { type: 'User' } }, issue: { labels: labels('incident') } },
    ],
  ])('starts a runner for %s', (_, eventName, event) => {
    expect(starts(eventName, event)).toBe(true);
  });

  it.each([
    ['a bug report', 'issues', { action: 'opened', issue: { labels: labels('bug') } }],
    ['an issue without labels', 'issues', { action: 'opened', issue: { labels: [] } }],
    [
      'another label on a plain issue',
      'issues',
      { action: 'labeled', label: { name: 'enhancement' }, issue: { labels: labels('enhancement') } },
    ],
    [
      'a comment on a plain issue, even one that looks like a command',
      'issue_comment',
      { action: 'created', comment: { body: '/resolve', user: { type: 'User' } }, issue: { labels: labels('bug') } },
    ],
    [
      'a pull-request comment',
      'issue_comment',
      {
        action: 'created',
        comment: { user: { type: 'User' } },
        issue: { pull_request: { url: 'x' }, labels: labels('incident') },
      },
    ],
    [
      "a bot's comment on an incident",
      'issue_comment',
      { action: 'created', comment: { user: { type: 'Bot' } }, issue: { labels: labels('incident') } },
    ],
  ])('starts no runner for %s', (_, eventName, event) => {
    expect(starts(eventName, event)).toBe(false);
  });
});

describe('the expression functions', () => {
  const ctx = { github: { event: { issue: { labels: labels('Incident', 'severity:P1') } } } };
  it('filter, join and compare as GitHub does', () => {
    expect(evaluate('github.event.issue.labels.*.name', ctx)).toEqual(['Incident', 'severity:P1']);
    expect(evaluate("join(github.event.issue.labels.*.name, '+')", ctx)).toBe('Incident+severity:P1');
    expect(condition("contains(github.event.issue.labels.*.name, 'incident')", ctx)).toBe(true);
    expect(condition("contains(github.event.issue.labels.*.name, 'incid')", ctx)).toBe(false);
    expect(condition("contains('Hello world', 'WORLD')", ctx)).toBe(true);
    expect(condition("startsWith('severity:P1', 'Severity:')", ctx)).toBe(true);
    expect(condition("endsWith('severity:P1', 'p2')", ctx)).toBe(false);
    expect(condition("contains(github.event.missing.*.name, 'x')", ctx)).toBe(false);
    expect(() => condition('contains(github.event.issue.labels.*.name, ', ctx)).toThrow(/unexpected end/);
  });
});
