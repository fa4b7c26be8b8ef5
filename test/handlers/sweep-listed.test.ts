// Past 100 open incidents, a sweep that listed them all records `listed`: "every open incident had an
// entry at this instant", which later sweeps trust (open-incidents.ts). A listing sweep that could not
// reconcile an incident without an entry (a triage run that failed before writing its entry, then a
// failed read) must not record it: a later sweep would leave that incident out whenever the count of
// open incidents agrees by coincidence (here: a closed incident's entry kept for its breach deadline).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import type { GitHubGateway, Issue } from '../../src/github/gateway.js';
import type { RecentIncidents } from '../../src/github/read-ahead.js';
import type { RunCache, RunServices } from '../../src/handlers/run-services.js';
import { parseIndex, serializeIndex, type ScheduleIndex } from '../../src/state/schedule-index.js';
import { RunLog } from '../../src/runtime/log.js';

const reconciled: number[] = [];
let failing = new Set<number>();

vi.mock('../../src/handlers/incident.js', () => ({
  NO_TRIGGER: { labelChange: null, issueChange: null },
  reconcileIncident: async (_services: unknown, _cache: unknown, number: number) => {
    reconciled.push(number);
    if (failing.has(number))
      throw new GitHubError('server', 502, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'Bad gateway');
    return {
      number,
      handled: true,
      severity: 'P2',
      status: 'investigating',
      nextDue: null,
      nextUrgent: null,
      openedAt: '',
      result: null,
    };
  },
}));

const { sweep } = await import('../../src/handlers/sweep.js');

const issue = (number: number, state: 'open' | 'closed' = 'open'): Issue => ({
  number,
  title: `#${number}`,
  body: '',
  state,
  labels: ['incident'],
  assignees: [],
  author: 'carol',
  createdAt: '2026-03-01T00:00:00Z',
  closedAt: null,
  htmlUrl: '',
  isPullRequest: false,
});

/** The repository: 101 open incidents, the index on its branch, the read-ahead's answer for the next run. */
function repository(index: ScheduleIndex) {
  let text = serializeIndex(index);
  let sha = 'sha-0';
  let recent: RecentIncidents | null = null;
  const open = Array.from({ length: 101 }, (_, i) => issue(i + 1));
  const gateway = {
    getFile: async () => ({ content: text, sha }),
    putFile: async (input: { content: string }) => {
      text = input.content;
      sha = `${sha}+`;
    },
    recentIncidents: () => recent,
    listOpenIssues: async () => open,
  } as unknown as GitHubGateway;
  return {
    gateway,
    index: () => parseIndex(text),
    setRecent: (r: RecentIncidents | null) => (recent = r),
  };
}

function run(gateway: GitHubGateway, at: string) {
  const log = new RunLog({
    info: () => {},
    warning: () => {},
    error: () => {},
    startGroup: () => {},
    endGroup: () => {},
  });
  const services = {
    gateway,
    log,
    clock: { now: () => new Date(at) },
    inputs: { dryRun: false, escalationWorkflow: '' },
    context: { eventName: 'schedule' },
  } as unknown as RunServices;
  const cache = {
    loadSettings: async () => ({ config: { labels: { incident: { name: 'incident' } } } }),
    configKey: () => null,
    configStamp: () => null,
  } as unknown as RunCache;
  return sweep(services, cache);
}

beforeEach(() => {
  reconciled.length = 0;
  failing = new Set();
});

describe('sweep past 100 open incidents', () => {
  it('records no listing instant while an open incident it listed still has no entry', async () => {
    // #1..#100 have entries; #101's triage run failed before writing its own. #500, closed, keeps its
    // entry until its breach notification deadline in three days.
    const incidents: ScheduleIndex['incidents'] = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [String(i + 1), { due: null }]),
    );
    incidents['500'] = { due: '2026-03-05T12:00:00.000Z' };
    const repo = repository({ version: 1, incidents });
    // 12:00, the listing sweep: #101 has no entry, and reading it fails (502).
    failing = new Set([101]);
    await run(repo.gateway, '2026-03-02T12:00:00Z');
    expect(reconciled).toEqual([101]);
    expect(repo.index().incidents['101']).toBeUndefined();
    // 12:05: GitHub is fine again. #3 was updated an hour ago; nothing changed since.
    failing = new Set();
    reconciled.length = 0;
    repo.setRecent({
      openCount: 101,
      all: false,
      updated: [{ issue: issue(3), updatedAt: '2026-03-02T11:00:00.000Z' }],
    });
    await run(repo.gateway, '2026-03-02T12:05:00Z');
    // #101 must be looked at: it is open, has no entry, and nothing else will ever reconcile it.
    expect(reconciled).toContain(101);
  });
});
