// Owned sections: what Firebreak wrote is rewritten in place when the incident changes, what people wrote
// is never touched, and an owned section someone edited is kept and reported as a conflict (once: its id
// holds still until the conflict is resolved).
import { describe, expect, test } from 'vitest';
import { buildPostmortem } from '../../src/domain/postmortem/build.js';
import { editedOwned, mergeOwned } from '../../src/domain/postmortem/merge-owned.js';
import { parsePostmortem } from '../../src/domain/postmortem/parse.js';
import { findRegions, splitFile } from '../../src/domain/postmortem/owned.js';
import { context, incident, p1ResolvedAtTwoHours } from './incident.js';
import { lintPostmortem } from '../../src/domain/postmortem/lint.js';

const first = buildPostmortem(p1ResolvedAtTwoHours(), context()).content;
/** The same incident after a reopen at 12:30 and a second resolution at 13:00, raised to P0 on the way. */
function later(): string {
  const base = p1ResolvedAtTwoHours();
  const more = incident(42, [
    ...base.events.map((e) => ({ ...e, at: e.at.slice(11, 16) }) as never),
    { at: '12:30', by: 'carol', type: 'reopened' },
    {
      at: '12:40',
      by: 'bob',
      type: 'severity',
      from: 'P1',
      to: 'P0',
      reason: 'errors are back for everyone',
      source: 'command',
    },
    { at: '13:00', by: 'alice', type: 'resolved', summary: 'rolled back again' },
  ]);
  return buildPostmortem(more, context()).content;
}

const region = (text: string, name: string): string =>
  findRegions(splitFile(text).body).get(name)?.inner.join('\n') ?? '';
const replace = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe('mergeOwned', () => {
  test('an untouched file becomes the new generation exactly', () => {
    const merged = mergeOwned(first, later());
    expect(merged.content).toBe(later());
    expect(merged.kept).toEqual([]);
    expect(merged.regenerated.map((p) => p.name)).toEqual([
      'severity',
      'resolved',
      'reopened',
      'header',
      'metrics',
      'timeline',
    ]);
  });

  test('the people’s sections survive a regeneration, and the facts move on', () => {
    const edited = replace(
      first,
      '_TODO: in two or three sentences, what happened, who was affected and how it was resolved._',
      'A provider outage broke EU checkouts.',
    );
    const merged = mergeOwned(edited, later());
    expect(merged.content).toContain('A provider outage broke EU checkouts.');
    expect(merged.content).toContain('| 2026-03-02 12:30 UTC | carol | Reopened |');
    expect(parsePostmortem(merged.content).frontMatter).toMatchObject({
      severity: 'P0',
      reopened: 1,
      resolved: '2026-03-02T13:00:00.000Z',
    });
    expect(
      lintPostmortem(
        merged.content,
        'docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md',
        context().config,
      ).filter((p) => p.message.includes('front matter')),
    ).toEqual([]);
    // And again: what was merged is recognised as Firebreak's.
    expect(mergeOwned(merged.content, later())).toMatchObject({ changed: false, kept: [] });
    expect(editedOwned(merged.content)).toEqual([]);
  });

  test('an edited timeline is kept and reported with an id that holds until it is resolved', () => {
    const edited = replace(
      first,
      '| 2026-03-02 11:00 UTC | bob | Update: error rate back under 1%, watching |',
      '| 2026-03-02 11:00 UTC | bob | Error rate under 1% (dashboards lagged 5 minutes) |',
    );
    const merged = mergeOwned(edited, later());
    expect(region(merged.content, 'timeline')).toBe(region(edited, 'timeline'));
    expect(merged.kept).toEqual([
      {
        kind: 'region',
        name: 'timeline',
        label: 'the timeline',
        id: expect.stringMatching(/^region:timeline:[0-9a-f]{12}$/),
      },
    ]);
    expect(merged.regenerated.map((p) => p.name)).toContain('header');
    const again = mergeOwned(merged.content, later());
    expect(again.kept.map((k) => k.id)).toEqual(merged.kept.map((k) => k.id));
    expect(editedOwned(merged.content)).toEqual(merged.kept.map((k) => k.id));
  });

  test('emptying an owned region hands it back; removing its markers takes it over', () => {
    const emptied = first.replace(region(first, 'timeline'), '');
    expect(region(mergeOwned(emptied, later()).content, 'timeline')).toBe(region(later(), 'timeline'));
    const taken = first
      .replace('<!-- firebreak:owned timeline -->\n', '')
      .replace(/\n<!-- \/firebreak:owned -->\n\n## Root causes/, '\n\n## Root causes');
    const merged = mergeOwned(taken, later());
    expect(merged.released).toEqual(['timeline']);
    expect(merged.content).not.toContain('Reopened');
    expect(merged.kept).toEqual([]);
  });

  test('a front matter value someone corrected is kept; its line deleted, it is written again; unlisted, it is theirs', () => {
    const corrected = replace(first, 'started: 2026-03-02T09:52:00.000Z', 'started: 2026-03-02T09:30:00.000Z');
    const merged = mergeOwned(corrected, later());
    expect(parsePostmortem(merged.content).frontMatter).toMatchObject({
      started: '2026-03-02T09:30:00.000Z',
      severity: 'P0',
    });
    expect(merged.kept.map((k) => k.label)).toEqual(['the front matter key `started`']);

    const deleted = first.replace('severity: P1\n', '');
    expect(parsePostmortem(mergeOwned(deleted, later()).content).frontMatter?.severity).toBe('P0');
    const unlisted = replace(first, ' severity services', ' services').replace('severity: P1', 'severity: P2');
    const ours = mergeOwned(unlisted, later());
    expect(parsePostmortem(ours.content).frontMatter?.severity).toBe('P2');
    expect(ours.kept).toEqual([]);
  });

  test('a front matter that no longer reads is left alone and reported; the body still moves on', () => {
    const broken = replace(first, 'severity: P1', 'severity: [P1');
    const merged = mergeOwned(broken, later());
    expect(merged.kept.map((k) => k.kind)).toEqual(['front-matter']);
    expect(merged.content).toContain('severity: [P1');
    expect(merged.content).toContain('Reopened');
  });

  test('extra keys and comments people add to the front matter stay', () => {
    const extra = replace(first, 'action-items: []', 'action-items: []\nx-tags: [payments, eu] # ours');
    const merged = mergeOwned(extra, later());
    expect(merged.content).toContain('x-tags: [ payments, eu ] # ours');
    expect(merged.content).toContain('# firebreak:owned incident url');
  });
});
