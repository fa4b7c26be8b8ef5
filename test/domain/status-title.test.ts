// The status site's title (`status-page.title`) and address (`status-page.url`): the title is the page's
// <title>, heading and feed title, escaped; without it the page is "<name> status" as before; links and
// ids in the feed and the incidents start at the configured address.
import { describe, expect, it } from 'vitest';
import { buildStatusSite, type SiteInput } from '../../src/domain/status/site.js';

const input = (page: SiteInput['page']): SiteInput => ({
  page,
  services: [],
  incidents: [
    {
      number: 3,
      severity: 'P2',
      status: 'investigating',
      security: false,
      services: [],
      openedAt: '2026-03-02T10:00:00Z',
      resolvedAt: null,
      updates: [{ at: '2026-03-02T10:05:00Z', status: 'investigating', text: 'Slow.', key: 'k' }],
    },
  ],
  now: '2026-03-02T10:06:00Z',
});

describe('the status site title and address', () => {
  it('uses the configured title everywhere the name was shown, escaped', () => {
    const site = buildStatusSite(
      input({ id: 'acme/shop', name: 'Acme <status>', title: 'Acme <status>', url: 'https://status.acme.example/' }),
    );
    expect(site['index.html']).toContain('<title>Acme &lt;status&gt;</title>');
    expect(site['index.html']).toContain('<h1>Acme &lt;status&gt;</h1>');
    expect(site['index.html']).not.toContain('Acme &lt;status&gt; status');
    expect(site['feed.atom']).toContain('<title>Acme &lt;status&gt;</title>');
    expect(site['feed.atom']).toContain('<link rel="self" href="https://status.acme.example/feed.atom"/>');
    const summary = JSON.parse(site['summary.json']);
    expect(summary.page).toMatchObject({ name: 'Acme <status>', url: 'https://status.acme.example/' });
    expect(summary.incidents[0].shortlink).toMatch(/^https:\/\/status\.acme\.example\/#/);
  });

  it('without a title: "<name> status"', () => {
    const site = buildStatusSite(input({ id: 'acme/shop', name: 'shop', url: 'https://acme.github.io/shop/' }));
    expect(site['index.html']).toContain('<title>shop status</title>');
    expect(site['index.html']).toContain('<h1>shop status</h1>');
  });
});
