// The broken-configuration notice (a pure step of the incident decision) and the words every report of
// a broken configuration uses: which commit is in use, the broken version's errors with their lines,
// one notice per broken version, and the playbook defaults said plainly when nothing validates.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/index.js';
import {
  brokenFailure,
  brokenKey,
  commitTime,
  describeInUse,
  errorLines,
  type BrokenConfig,
} from '../../../src/config/last-good.js';
import { routeIncident } from '../../../src/domain/escalation/index.js';
import { noticeBrokenConfig } from '../../../src/domain/incident/config-notice.js';
import type { Draft } from '../../../src/domain/incident/draft.js';
import { decodeRecords } from '../../../src/domain/incident/marker.js';
import { applyEvent, type IncidentState } from '../../../src/domain/incident/state.js';
import type { Issue } from '../../../src/github/gateway.js';
import { TemplateRegistry } from '../../../src/render/registry.js';
import { rendered } from './plan-text.js';

const BROKEN: BrokenConfig = {
  path: '.github/firebreak.yml',
  commit: {
    sha: '5c1a9e6e6382b557ad89c15e7d8a976d62f501ac',
    date: '2026-03-02T10:05:00Z',
    subject: 'Tighten the EM step',
  },
  blobSha: 'b'.repeat(40),
  errors: [
    {
      severity: 'error',
      path: 'policies.default.steps[1].after',
      line: 13,
      column: 69,
      message: 'must be a duration such as 0m, 15m, 1h',
    },
    { severity: 'error', path: '', line: 20, column: 1, message: 'YAML: Unexpected end' },
  ],
  inUse: { sha: '92da16c0000000000000000000000000000000aa', date: '2026-03-01T09:00:00Z', subject: 'Add PagerDuty' },
  searched: 2,
};

function draft(): Draft {
  const config = defaultConfig();
  const issue: Issue = {
    number: 7,
    title: 'Checkout down',
    body: '',
    state: 'open',
    labels: ['incident'],
    assignees: [],
    author: 'carol',
    createdAt: '2026-03-02T10:00:00Z',
    closedAt: null,
    htmlUrl: 'https://github.com/acme/shop/issues/7',
    isPullRequest: false,
  };
  const state = applyEvent(
    null,
    {
      type: 'opened',
      title: issue.title,
      severity: 'P0',
      reported: 'P0',
      reason: 'reported',
      services: [],
      security: false,
      commander: null,
      startedAt: issue.createdAt,
      impact: null,
      at: issue.createdAt,
      by: 'carol',
      key: 'opened',
    },
    issue.number,
  ) as IncidentState;
  return {
    issue,
    config,
    now: new Date('2026-03-02T10:20:00Z'),
    templates: TemplateRegistry.defaults(),
    onCall: () => null,
    route: routeIncident(config, [], 'P0'),
    state,
    writes: [],
    notes: [],
    problems: [],
  } as unknown as Draft;
}

describe('the broken-configuration notice', () => {
  it('is one keyed comment naming the broken commit, each error with its line, and the commit in use', () => {
    const d = draft();
    noticeBrokenConfig(d, BROKEN);
    expect(d.writes).toHaveLength(1);
    const write = rendered(d.writes)[0];
    if (write?.kind !== 'comment') throw new Error('expected a comment');
    expect(write.key).toBe('config-broken:5c1a9e6e6382b557ad89c15e7d8a976d62f501ac');
    expect(decodeRecords(write.body)[0]).toMatchObject({ kind: 'notice', key: write.key, events: [] });
    expect(write.body).toContain('### ⚠️ The configuration has errors — incident #7');
    expect(write.body).toContain(
      '.github/firebreak.yml as of commit 5c1a9e6 (2026-03-02 10:05 UTC, "Tighten the EM step") has 2 errors, so Firebreak does not use it.',
    );
    expect(write.body).toContain('Error: line 13, column 69: policies.default.steps[1].after: must be a duration');
    expect(write.body).toContain('Error: line 20, column 1: YAML: Unexpected end');
    expect(write.body).toContain(
      'In use instead: the last version that validated, commit 92da16c (2026-03-01 09:00 UTC, "Add PagerDuty")',
    );
  });

  it('says nothing when the configuration loaded', () => {
    const d = draft();
    noticeBrokenConfig(d, null);
    noticeBrokenConfig(d, undefined);
    expect(d.writes).toEqual([]);
  });

  it('says plainly when the playbook defaults are in use, and lists at most ten errors', () => {
    const d = draft();
    const errors = Array.from({ length: 13 }, (_, i) => ({
      severity: 'error' as const,
      path: `runbooks.r${i}`,
      line: i + 1,
      column: 1,
      message: 'unknown key',
    }));
    noticeBrokenConfig(d, { ...BROKEN, errors, inUse: null, searched: 20 });
    const write = rendered(d.writes)[0];
    const body = write?.kind === 'comment' ? write.body : '';
    expect(body).toContain(
      'In use instead: the playbook defaults (none of the last 20 commits of .github/firebreak.yml validates)',
    );
    expect(body.match(/Error: line/g)).toHaveLength(10);
    expect(body).toContain('… and 3 more (the job log lists them all).');
  });

  it('is keyed by the blob when no commit names the broken version', () => {
    expect(brokenKey({ ...BROKEN, commit: null })).toBe(`config-broken:${'b'.repeat(40)}`);
  });
});

describe('the words for a broken configuration', () => {
  it('name the version in use, the errors and why the job is red', () => {
    expect(describeInUse(BROKEN)).toBe(
      'the last version that validated, commit 92da16c (2026-03-01 09:00 UTC, "Add PagerDuty")',
    );
    expect(errorLines(BROKEN)).toEqual([
      'line 13, column 69: policies.default.steps[1].after: must be a duration such as 0m, 15m, 1h',
      'line 20, column 1: YAML: Unexpected end',
    ]);
    expect(brokenFailure(BROKEN)).toBe(
      '.github/firebreak.yml at commit 5c1a9e6 (2026-03-02 10:05 UTC, "Tighten the EM step") has 2 error(s) and is not used: Firebreak ran with the last version that validated, commit 92da16c (2026-03-01 09:00 UTC, "Add PagerDuty"). Fix the file (firebreak validate shows the errors); runs stay red until then.',
    );
    expect(commitTime('not a date')).toBe('not a date');
  });
});
