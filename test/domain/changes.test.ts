// What changed before an incident: the window, the service paths filter, newest first, the cap.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import {
  changesEvent,
  changesView,
  changesWindow,
  serviceGlobs,
  TITLE_BUDGET,
  whatChanged,
} from '../../src/domain/changes.js';
import type { ChangeLists, MergedPull } from '../../src/domain/github-objects.js';

const FILED = '2026-03-02T10:00:00Z';
const window = { since: '2026-03-01T10:00:00.000Z', until: '2026-03-02T10:00:00.000Z' };

function pull(number: number, mergedAt: string | null, files: string[] | null, extra: Partial<MergedPull> = {}) {
  return {
    number,
    title: `Change ${number}`,
    url: `https://github.com/acme/shop/pull/${number}`,
    author: 'dev',
    mergedAt,
    files,
    filesCut: false,
    ...extra,
  };
}

function lists(partial: Partial<ChangeLists>): ChangeLists {
  return {
    pulls: partial.pulls ?? [],
    deployments: partial.deployments ?? [],
    releases: partial.releases ?? [],
    unread: partial.unread ?? [],
    completeSince: partial.completeSince ?? { pulls: null, deployments: null, releases: null },
  };
}

describe('changesWindow', () => {
  it('ends when the incident was filed and reaches back the configured window', () => {
    const config = defaultConfig();
    expect(changesWindow(config, FILED)).toEqual(window);
    config.changes.window = 90;
    expect(changesWindow(config, FILED).since).toBe('2026-03-02T08:30:00.000Z');
  });
});

describe('serviceGlobs', () => {
  it('joins the paths of the incident’s services, without repeats', () => {
    const config = defaultConfig();
    config.services = {
      api: { id: 'api', name: 'API', runbooks: [], paths: ['services/api/**', 'libs/**'] },
      web: { id: 'web', name: 'Web', runbooks: [], paths: ['libs/**', 'web/*.ts'] },
      docs: { id: 'docs', name: 'Docs', runbooks: [], paths: [] },
    };
    expect(serviceGlobs(config, ['api', 'web', 'unknown'])).toEqual(['services/api/**', 'libs/**', 'web/*.ts']);
    expect(serviceGlobs(config, ['docs'])).toEqual([]);
  });
});

describe('whatChanged', () => {
  const pulls = [
    pull(7, '2026-03-02T09:30:00Z', ['services/api/handler.ts']),
    pull(6, '2026-03-02T08:00:00Z', ['web/index.ts']),
    pull(5, null, ['services/api/x.ts']), // closed without merging
    pull(4, '2026-03-01T09:59:00Z', ['services/api/old.ts']), // before the window
    pull(3, '2026-03-02T10:05:00Z', ['services/api/late.ts']), // after filing
    pull(2, '2026-03-01T12:00:00Z', ['README.md'], { filesCut: true }),
  ];

  it('keeps merged pull requests inside the window that touch the service’s paths, newest first', () => {
    const result = whatChanged(lists({ pulls }), window, ['services/api/**'], 10);
    expect(result.items.map((i) => i.ref)).toEqual(['#7', '#2']);
    expect(result.more).toBe(0);
    expect(result.incomplete).toBe(false);
  });

  it('lists every merged pull request in the window when no service has paths', () => {
    expect(whatChanged(lists({ pulls }), window, [], 10).items.map((i) => i.ref)).toEqual(['#7', '#6', '#2']);
  });

  it('counts a pull request whose files were not read as matching', () => {
    const unread = [pull(9, '2026-03-02T09:00:00Z', null)];
    expect(whatChanged(lists({ pulls: unread }), window, ['nothing/**'], 10).items).toHaveLength(1);
  });

  it('mixes deployments and releases in, unfiltered by paths, and caps the list', () => {
    const result = whatChanged(
      lists({
        pulls,
        deployments: [
          {
            id: 1,
            environment: 'production',
            ref: 'main',
            sha: 'abc',
            creator: 'deployer',
            createdAt: '2026-03-02T09:45:00Z',
            url: 'https://github.com/acme/shop/commit/abc',
          },
          {
            id: 0,
            environment: 'staging',
            ref: 'main',
            sha: 'def',
            creator: 'deployer',
            createdAt: '2026-02-27T09:45:00Z',
            url: 'https://github.com/acme/shop/commit/def',
          },
        ],
        releases: [
          {
            id: 3,
            tag: 'v2.4.0',
            name: '',
            url: 'https://github.com/acme/shop/releases/tag/v2.4.0',
            author: 'rel',
            publishedAt: '2026-03-02T09:30:00Z',
          },
          { id: 2, tag: 'v2.5.0', name: 'Draft', url: 'https://x', author: 'rel', publishedAt: null },
        ],
      }),
      window,
      ['services/api/**'],
      2,
    );
    expect(result.items.map((i) => `${i.kind} ${i.ref} ${i.title}`)).toEqual([
      'deployment production main',
      'release v2.4.0 v2.4.0', // the same minute as #7: the release first
    ]);
    expect(result.more).toBe(2); // #7 and #2
  });

  it('says when a list did not reach back to the start of the window', () => {
    const cut = lists({ pulls, completeSince: { pulls: '2026-03-02T07:00:00Z', deployments: null, releases: null } });
    expect(whatChanged(cut, window, [], 10).incomplete).toBe(true);
    const enough = lists({
      pulls,
      completeSince: { pulls: '2026-03-01T07:00:00Z', deployments: null, releases: null },
    });
    expect(whatChanged(enough, window, [], 10).incomplete).toBe(false);
  });

  it('bounds what people typed: titles are cut, control characters and line breaks removed, bad links dropped', () => {
    const typed = [
      pull(8, '2026-03-02T09:00:00Z', null, {
        title: `Fix\u202e\nthings ${'x'.repeat(500)}`,
        url: 'javascript:alert(1)',
      }),
    ];
    const [only] = whatChanged(lists({ pulls: typed }), window, [], 10).items;
    expect(only?.title.startsWith('Fix things xx')).toBe(true);
    expect(only?.title.endsWith('…')).toBe(true);
    expect(only?.title.length).toBeLessThanOrEqual(TITLE_BUDGET);
    expect(only?.url).toBe('');
  });

  it('matches globs as GitHub path filters do, ignoring a leading ./', () => {
    const files = [pull(1, '2026-03-02T09:00:00Z', ['src/a/b/c.ts'])];
    expect(whatChanged(lists({ pulls: files }), window, ['./src/**/*.ts'], 10).items).toHaveLength(1);
    expect(whatChanged(lists({ pulls: files }), window, ['src/*.ts'], 10).items).toHaveLength(0);
    expect(whatChanged(lists({ pulls: files }), window, ['src/{x,a}/**'], 10).items).toHaveLength(1);
    // A glob that makes no valid pattern matches nothing (and never throws).
    expect(whatChanged(lists({ pulls: files }), window, ['src/[z-a]/**'], 10).items).toHaveLength(0);
    expect(whatChanged(lists({ pulls: files }), window, ['src/[z-a]/**', 'src/**'], 10).items).toHaveLength(1);
  });
});

describe('changesEvent and changesView', () => {
  const config = defaultConfig();
  config.services = { api: { id: 'api', name: 'API', runbooks: [], paths: ['services/api/**'] } };
  const read = lists({
    pulls: [
      pull(7, '2026-03-02T09:30:00Z', ['services/api/handler.ts']),
      pull(6, '2026-03-02T08:00:00Z', ['web/index.ts']),
    ],
  });

  it('records what the incident’s services changed, and the view says so', () => {
    const event = changesEvent({ window, lists: read, error: null }, config, ['api'], FILED);
    expect(event).toMatchObject({ type: 'changes', key: 'changes', more: 0, incomplete: false, error: null });
    expect(event.items.map((i) => i.ref)).toEqual(['#7']);
    const view = changesView(event);
    expect(view).toMatchObject({ window: '24 hours', none: false, error: '', more: 0 });
    expect(view.items[0]).toMatchObject({ at: '2026-03-02 09:30 UTC', kind: 'Pull request', ref: '#7' });
  });

  it('an incident without services lists every merged pull request', () => {
    expect(changesEvent({ window, lists: read, error: null }, config, [], FILED).items).toHaveLength(2);
  });

  it('lists what could be read and names what could not', () => {
    const partial = { ...read, unread: ['deployments: 403 Resource not accessible by integration'] };
    const event = changesEvent({ window, lists: partial, error: null }, config, ['api'], FILED);
    expect(event.items).toHaveLength(1);
    expect(changesView(event).error).toBe('deployments: 403 Resource not accessible by integration');
  });

  it('nothing read: the reason, bounded, and no "nothing changed" line', () => {
    const event = changesEvent({ window, lists: null, error: `boom ${'x'.repeat(1000)}` }, config, ['api'], FILED);
    expect(event.items).toEqual([]);
    expect(event.error?.length).toBeLessThanOrEqual(300);
    expect(changesView(event)).toMatchObject({ none: false, items: [] });
  });

  it('reads a record defensively: items that are not changes are dropped', () => {
    const event = changesEvent({ window, lists: read, error: null }, config, ['api'], FILED);
    const forged = { ...event, items: [...event.items, { kind: 'script', at: 'x' }] as never };
    expect(changesView(forged).items).toHaveLength(1);
    expect(changesView({ ...event, since: '2026-03-02T09:30:00Z' }).window).toBe('30m');
  });
});
