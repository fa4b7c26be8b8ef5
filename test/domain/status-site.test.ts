// The status site (src/domain/status/): summary.json validates against the Statuspage shape documented
// in docs/pages.md (schemas/statuspage-summary.schema.json); only what was published appears; a security
// incident never shows details; the four files agree.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildStatusSite, type PublishedIncident, type SiteInput } from '../../src/domain/status/site.js';
import { SECURITY_TEXT, summaryOf } from '../../src/domain/status/model.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/statuspage-summary.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;
addFormats(ajv);
const validate = ajv.compile(schema);

const checkout: PublishedIncident = {
  number: 1,
  severity: 'P1',
  status: 'identified',
  security: false,
  services: ['payments'],
  openedAt: '2026-03-02T10:00:00Z',
  resolvedAt: null,
  updates: [
    {
      at: '2026-03-02T10:30:00Z',
      status: 'identified',
      text: 'Card payments in the EU fail; we are rolling back.',
      key: 'c1',
    },
  ],
};

function input(incidents: PublishedIncident[]): SiteInput {
  return {
    page: { id: 'acme/shop', name: 'Acme Shop', url: 'https://acme.github.io/shop/' },
    services: [
      { id: 'api', name: 'Public API' },
      { id: 'payments', name: 'Payments' },
    ],
    incidents,
    now: '2026-03-02T10:31:00Z',
  };
}

function summary(incidents: PublishedIncident[]): unknown {
  const parsed: unknown = JSON.parse(buildStatusSite(input(incidents))['summary.json']);
  expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
  return parsed;
}

describe('summary.json', () => {
  it('is all operational with nothing published', () => {
    expect(summary([{ ...checkout, updates: [] }])).toMatchObject({
      status: { indicator: 'none', description: 'All Systems Operational' },
      components: [
        { name: 'Public API', status: 'operational' },
        { name: 'Payments', status: 'operational' },
      ],
      incidents: [],
    });
  });

  it('maps severity to impact and component status, and statuses to Statuspage’s', () => {
    const p0 = { ...checkout, number: 2, severity: 'P0' as const, services: ['api'], status: 'mitigating' as const };
    expect(summary([checkout, p0])).toMatchObject({
      status: { indicator: 'critical', description: 'Major System Outage' },
      components: [
        { id: 'svc-api', status: 'major_outage' },
        { id: 'svc-payments', status: 'partial_outage' },
      ],
      incidents: [
        { id: 'incident-2', impact: 'critical', status: 'identified', name: 'Degraded service: Public API' },
        {
          id: 'incident-1',
          impact: 'major',
          name: 'Degraded service: Payments',
          incident_updates: [{ body: 'Card payments in the EU fail; we are rolling back.', status: 'identified' }],
        },
      ],
    });
    for (const [severity, indicator, component] of [
      ['P2', 'minor', 'degraded_performance'],
      ['P3', 'minor', 'degraded_performance'],
      ['P4', 'none', 'operational'],
    ] as const)
      expect(summary([{ ...checkout, severity }])).toMatchObject({
        status: { indicator },
        components: [{}, { status: component }],
      });
  });

  it('a resolved incident leaves the summary, stays in incidents.json with a resolved update', () => {
    const resolved = { ...checkout, status: 'resolved' as const, resolvedAt: '2026-03-02T12:05:00Z' };
    expect(summary([resolved])).toMatchObject({ status: { indicator: 'none' }, incidents: [] });
    const history = JSON.parse(buildStatusSite(input([resolved]))['incidents.json']);
    expect(history.incidents[0]).toMatchObject({
      status: 'resolved',
      resolved_at: '2026-03-02T12:05:00Z',
      incident_updates: [{ status: 'resolved', body: 'This incident has been resolved.' }, { status: 'identified' }],
    });
    const check = ajv.getSchema(`${schema.$id}#/definitions/incident`)!;
    for (const i of history.incidents) expect(check(i)).toBe(true);
  });

  it('a security incident never shows details: fixed name and text, no components', () => {
    const breach = {
      ...checkout,
      security: true,
      updates: [{ ...checkout.updates[0]!, text: 'S3 bucket acme-pii is public' }],
    };
    const site = buildStatusSite(input([breach]));
    for (const text of Object.values(site)) {
      expect(text).not.toContain('acme-pii');
      expect(text).not.toContain('Payments</span><span style="color:#bc4c00');
    }
    expect(summaryOf(input([breach])).incidents[0]).toMatchObject({
      name: 'Security incident',
      components: [],
      incident_updates: [{ body: SECURITY_TEXT }],
    });
  });
});

describe('the site', () => {
  it('HTML and the Atom feed say what the JSON says, escaped; nothing unpublished leaks', () => {
    const hostile = { ...checkout, updates: [{ ...checkout.updates[0]!, text: '<script>alert(1)</script> & more' }] };
    const site = buildStatusSite(input([hostile]));
    expect(site['index.html']).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(site['index.html']).not.toContain('<script');
    expect(site['index.html']).toContain('Partial System Outage');
    expect(site['feed.atom']).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(site['feed.atom']).toContain('<title>Degraded service: Payments: Identified</title>');
    expect(site['feed.atom']).toContain('<id>https://acme.github.io/shop/#incident-1-update-1</id>');
    expect(Object.keys(site).sort()).toEqual(['feed.atom', 'incidents.json', 'index.html', 'summary.json']);
  });
});
