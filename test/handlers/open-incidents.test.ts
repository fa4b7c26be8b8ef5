// Which incidents are open, past 100 of them, without listing them all every sweep: the schedule index's
// incidents as listed at `listed`, corrected by the incidents updated since (the read-ahead's 100 updated
// last), trusted only when those reach back past `listed` and GitHub's count of open incidents agrees.
import { describe, expect, it } from 'vitest';
import type { GitHubGateway, Issue } from '../../src/github/gateway.js';
import type { RecentIncidents } from '../../src/github/read-ahead.js';
import { openIncidents } from '../../src/handlers/open-incidents.js';
import type { RunServices } from '../../src/handlers/run-services.js';
import type { ScheduleIndex } from '../../src/state/schedule-index.js';
import { RunLog } from '../../src/runtime/log.js';

const NOW = new Date('2026-03-02T12:00:00Z');
const LISTED = '2026-03-02T11:00:00.000Z';

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

/** An index listing incidents 1..n. */
function indexOf(n: number, listed: string | null = LISTED): ScheduleIndex {
  const incidents = Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i + 1), { due: null }]));
  return { version: 1, incidents, ...(listed ? { listed } : {}) };
}

/** `updated`: [number, state, minutes before NOW], newest first. */
function recentOf(openCount: number, updated: Array<[number, 'open' | 'closed', number]>, all = false) {
  return {
    openCount,
    all,
    updated: updated.map(([n, state, ago]) => ({
      issue: issue(n, state),
      updatedAt: new Date(NOW.getTime() - ago * 60_000).toISOString(),
    })),
  } satisfies RecentIncidents;
}

function services(recent: RecentIncidents | null, open: number) {
  let listings = 0;
  const gateway = {
    recentIncidents: () => recent,
    listOpenIssues: async () => {
      listings++;
      return Array.from({ length: open }, (_, i) => issue(i + 1));
    },
  } as unknown as GitHubGateway;
  const log = new RunLog({
    info: () => {},
    warning: () => {},
    error: () => {},
    startGroup: () => {},
    endGroup: () => {},
  });
  return { services: { gateway, log } as unknown as RunServices, listings: () => listings };
}

describe('openIncidents', () => {
  it('past 100, trusts the index plus what changed since it was listed, without listing', async () => {
    // 150 listed; since then #151 was filed (open) and #7 closed; #40 updated before the listing.
    const recent = recentOf(150, [
      [151, 'open', 5],
      [7, 'closed', 20],
      [40, 'open', 90],
    ]);
    const s = services(recent, 150);
    const result = await openIncidents(s.services, 'incident', indexOf(150), NOW);
    expect(s.listings()).toBe(0);
    expect(result.numbers.has(151)).toBe(true);
    expect(result.numbers.has(7)).toBe(false);
    expect(result.numbers.size).toBe(150);
    expect(result.known.get(151)?.number).toBe(151);
    expect(result.listed).toBeUndefined();
  });

  it('lists them all when more than 100 changed since (the 100 updated last are all newer)', async () => {
    const recent = recentOf(
      150,
      Array.from({ length: 100 }, (_, i) => [i + 1, 'open', 1] as [number, 'open', number]),
    );
    const s = services(recent, 150);
    const result = await openIncidents(s.services, 'incident', indexOf(150), NOW);
    expect(s.listings()).toBe(1);
    expect(result.numbers.size).toBe(150);
    // And records a new listing instant, five minutes early for clock skew.
    expect(result.listed).toBe('2026-03-02T11:55:00.000Z');
  });

  it('lists them all when the count GitHub gives disagrees (an entry went missing)', async () => {
    const s = services(recentOf(151, [[40, 'open', 90]]), 151);
    const result = await openIncidents(s.services, 'incident', indexOf(150), NOW);
    expect(s.listings()).toBe(1);
    expect(result.numbers.size).toBe(151);
  });

  it('lists them all when the index was never listed, or without a read-ahead', async () => {
    const first = services(recentOf(150, [[40, 'open', 90]]), 150);
    expect((await openIncidents(first.services, 'incident', indexOf(150, null), NOW)).listed).toBeDefined();
    expect(first.listings()).toBe(1);
    const none = services(null, 150);
    await openIncidents(none.services, 'incident', indexOf(150), NOW);
    expect(none.listings()).toBe(1);
  });

  it('up to 100, takes the complete list (the read-ahead holds it) and records no instant', async () => {
    const s = services(recentOf(80, [[3, 'open', 1]], true), 80);
    const result = await openIncidents(s.services, 'incident', indexOf(80), NOW);
    expect(s.listings()).toBe(1);
    expect(result.numbers.size).toBe(80);
    expect(result.listed).toBeUndefined();
  });
});
