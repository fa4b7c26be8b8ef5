// Playbook: `firebreak report [--since 90d]` prints counts by severity, MTTA and MTTR (median and p90),
// response-target breaches and open action items — for the scheduled workflow's job summary.
//
// Definitions under test: median = the middle value (mean of the two middle values for an even count);
// p90 = nearest rank, the ⌈0.9·n⌉-th smallest value.
import { describe, expect, test } from 'vitest';
import type { IndexEntry } from '../../src/domain/postmortem/learnings.js';
import { buildReport, median, percentile, renderReport } from '../../src/domain/postmortem/report.js';
import { golden } from './golden.js';
import { iso } from './incident.js';
import { learnings } from './learnings-fixture.js';

const DAYS = 24 * 60;
const NOW = new Date(iso('+20d 09:00'));

describe('percentiles', () => {
  test('median: the middle value, or the mean of the two middle values', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  test('p90 by nearest rank: the ⌈0.9·n⌉-th smallest, always one of the values', () => {
    const tens = [100, 10, 90, 20, 80, 30, 70, 40, 60, 50];
    expect(percentile(tens, 90)).toBe(90);
    expect(percentile([...tens, 110], 90)).toBe(100);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        90,
      ),
    ).toBe(18);
    expect(percentile([5, 1, 9], 90)).toBe(9);
    expect(percentile([42], 90)).toBe(42);
    expect(percentile([], 90)).toBeNull();
  });

  test('one slow incident among ten moves p90 only when it is the ninth or worse', () => {
    const fast = Array.from({ length: 9 }, () => 10);
    expect(percentile([...fast, 600], 90)).toBe(10);
    expect(percentile([...fast.slice(1), 500, 600], 90)).toBe(500);
  });
});

function entry(over: Partial<IndexEntry>): IndexEntry {
  return {
    date: '2026-03-02',
    incident: 1,
    url: 'https://github.com/acme/shop/issues/1',
    severity: 'P2',
    title: 'Incident',
    services: [],
    started: iso('10:00'),
    detected: iso('10:00'),
    acknowledged: null,
    mitigated: null,
    resolved: null,
    timeToAcknowledge: null,
    timeToMitigate: null,
    timeToResolve: null,
    security: false,
    responseBreach: false,
    path: 'docs/postmortems/2026-03-02-incident.md',
    file: '2026-03-02-incident.md',
    actionItems: [],
    ...over,
  };
}

describe('the report over the learnings index', () => {
  test('counts by severity, MTTA and MTTR, breaches and open action items', () => {
    const report = buildReport(learnings(), { now: NOW, since: 90 * DAYS });
    expect(report.incidents).toBe(4);
    expect(report.bySeverity).toEqual({ P0: 1, P1: 2, P2: 1, P3: 0, P4: 0 });
    // Time to acknowledge 20, 30, 9, 3 → sorted 3, 9, 20, 30.
    expect(report.mtta).toEqual({ median: 14.5, p90: 30, count: 4 });
    // Time to resolve 210, 30, 120, 60 → sorted 30, 60, 120, 210.
    expect(report.mttr).toEqual({ median: 90, p90: 210, count: 4 });
    expect(report.breaches).toEqual([
      {
        incident: 51,
        title: 'All | regions down',
        severity: 'P0',
        url: 'https://github.com/acme/shop/issues/51',
        date: '2026-03-20',
      },
    ]);
    expect(report.openActionItems.map((i) => [i.incident, i.text, i.owner, i.issue])).toEqual([
      [51, 'Regional circuit breakers', 'alice', null],
      [42, 'Alert on checkout 5xx rate per region', 'alice', 57],
      [
        42,
        'Add a timeout budget for payment provider calls — @bob will pair with payments',
        'bob',
        'https://github.com/acme/shop/issues/58',
      ],
    ]);
  });

  test('--since keeps incidents detected in the period; open action items stay, whatever their age', () => {
    const report = buildReport(learnings(), { now: NOW, since: 7 * DAYS });
    expect(report.incidents).toBe(1);
    expect(report.bySeverity.P0).toBe(1);
    expect(report.mtta).toEqual({ median: 20, p90: 20, count: 1 });
    expect(report.openActionItems).toHaveLength(3);
    expect(report.from).toBe(iso('+13d 09:00'));
    expect(report.to).toBe(iso('+20d 09:00'));
  });

  test('an incident never acknowledged counts for its severity but not for MTTA', () => {
    const report = buildReport(
      [entry({ timeToResolve: 40 }), entry({ incident: 2, timeToAcknowledge: 5, timeToResolve: 60 })],
      { now: NOW, since: 90 * DAYS },
    );
    expect(report.incidents).toBe(2);
    expect(report.mtta).toEqual({ median: 5, p90: 5, count: 1 });
    expect(report.mttr).toEqual({ median: 50, p90: 60, count: 2 });
  });

  test('nothing in the period: no medians, no breaches', () => {
    const report = buildReport([], { now: NOW, since: 30 * DAYS });
    expect(report.mtta).toEqual({ median: null, p90: null, count: 0 });
    expect(renderReport(report)).toContain('| Time to acknowledge (MTTA) | — | — | 0 |');
  });

  test('renders as markdown for the job summary (golden)', () => {
    golden('report.md', renderReport(buildReport(learnings(), { now: NOW, since: 90 * DAYS })));
  });

  test('user text in the report notifies nobody', () => {
    const text = renderReport(
      buildReport(
        [
          entry({
            responseBreach: true,
            title: 'cc @acme/oncall',
            actionItems: [{ text: 'ask @alice', owner: 'bob', done: false, issue: null }],
          }),
        ],
        { now: NOW, since: 90 * DAYS },
      ),
    );
    expect(text).not.toMatch(/@(acme|alice|bob)/);
  });
});
