// Playbook: merging a postmortem adds it to the learnings database — docs/postmortems/README.md (date,
// incident, severity, title, durations, services) and docs/postmortems/index.json, newest first.
import { describe, expect, test } from 'vitest';
import { indexEntry, readIndex, renderIndex, type IndexEntry } from '../../src/domain/postmortem/learnings.js';
import { parsePostmortem, PostmortemFormatError } from '../../src/domain/postmortem/parse.js';
import { fixture, golden } from './golden.js';
import { learnings } from './learnings-fixture.js';

function entryOf(content: string, path: string): IndexEntry {
  return indexEntry(parsePostmortem(content), path);
}

describe('one index entry per postmortem', () => {
  test('the facts from the front matter, the action items from the body, and the issues filed for them', () => {
    expect(learnings()[0]).toEqual({
      date: '2026-03-02',
      incident: 42,
      url: 'https://github.com/acme/shop/issues/42',
      severity: 'P1',
      title: 'Checkout fails for EU customers',
      services: ['checkout', 'payments'],
      started: '2026-03-02T09:52:00.000Z',
      detected: '2026-03-02T10:00:00.000Z',
      acknowledged: '2026-03-02T10:09:00.000Z',
      mitigated: '2026-03-02T10:41:00.000Z',
      resolved: '2026-03-02T12:00:00.000Z',
      timeToAcknowledge: 9,
      timeToMitigate: 41,
      timeToResolve: 120,
      security: false,
      responseBreach: false,
      path: 'docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md',
      file: '2026-03-02-checkout-fails-for-eu-customers.md',
      actionItems: [
        { text: 'Alert on checkout 5xx rate per region', owner: 'alice', done: false, issue: 57 },
        {
          text: 'Add a timeout budget for payment provider calls — @bob will pair with payments',
          owner: 'bob',
          done: false,
          issue: 'https://github.com/acme/shop/issues/58',
        },
        { text: 'Document the payment provider failover', owner: 'carol', done: true, issue: null },
      ],
    });
  });

  test('a postmortem whose front matter is invalid cannot enter the index', () => {
    expect(() => entryOf(fixture('bad-front-matter.md'), 'docs/postmortems/2026-03-02-x.md')).toThrow(
      PostmortemFormatError,
    );
    expect(() => entryOf('# no front matter\n', 'docs/postmortems/2026-03-02-x.md')).toThrow(/no front matter/);
  });
});

describe('the README and index.json', () => {
  test('match their golden files: newest first, then the higher incident number', () => {
    const { readme, json } = renderIndex(learnings());
    golden('README.md', readme);
    golden('index.json', json);
    expect((JSON.parse(json) as { postmortems: IndexEntry[] }).postmortems.map((e) => e.incident)).toEqual([
      51, 43, 42, 12,
    ]);
  });

  test('the order of the input does not matter, so regenerating changes nothing', () => {
    const entries = learnings();
    const once = renderIndex(entries);
    expect(renderIndex([...entries].reverse())).toEqual(once);
    expect(renderIndex(readIndex(once.json))).toEqual(once);
  });

  test('a title cannot break the table or notify anyone', () => {
    const [entry] = learnings();
    const { readme } = renderIndex([{ ...entry!, title: 'a | b @alice <!-- x -->\nnext line' }]);
    const row = readme.split('\n').find((l) => l.startsWith('| 2026'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(11);
    expect(row).not.toContain('@alice');
    expect(row).not.toContain('<!--');
  });

  test('with no postmortems yet, the README says so and the index is empty', () => {
    const { readme, json } = renderIndex([]);
    expect(readme).toContain('No postmortems yet.');
    expect(JSON.parse(json)).toEqual({ version: 1, postmortems: [] });
  });

  test('an index.json that is not ours is refused', () => {
    expect(() => readIndex('[1, 2]')).toThrow(/not a Firebreak postmortem index/);
  });
});
