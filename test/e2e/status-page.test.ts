// The status page end to end (examples/status-page.yml): /publish writes the site to gh-pages through
// the executor, a triage user cannot publish, the resolution rewrites it, and nothing else from the
// thread reaches it. summary.json validates against the documented Statuspage shape.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { bots, eventsOf, root, run } from './kit.js';

const schema = JSON.parse(readFileSync(`${root}schemas/statuspage-summary.schema.json`, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
(formatsPlugin as unknown as typeof formatsPlugin.default)(ajv);
const validate = ajv.compile(schema);

describe('the status page', () => {
  it('publishes what responders publish, only that, and the resolution', async () => {
    const scenario = readFileSync(`${root}examples/status-page.yml`, 'utf8');
    const result = await run(scenario);
    expect(result.runs.every((r) => r.cancelled || r.exit_code === 0)).toBe(true);
    expect(eventsOf(result, 'published')).toHaveLength(3);
    const replies = bots(result).map((c) => c.body);
    expect(
      replies.filter((b) => b.includes('published on the status page, https://acme.github.io/shop/.')),
    ).toHaveLength(3);
    expect(replies.some((b) => b.includes('`/customer publish` — **refused:** needs **write**'))).toBe(true);
    // The customer draft names the status page.
    expect(
      replies.some((b) => b.includes('Updates: on our status page, https://acme.github.io/shop/, at least every')),
    ).toBe(true);
    expect(
      replies.some((b) => b.includes('`/publish bob is not allowed to publish` — **refused:** needs **write**')),
    ).toBe(true);

    const site = result.branches['gh-pages'] ?? {};
    const summary: unknown = JSON.parse(site['summary.json'] ?? 'null');
    expect(validate(summary), ajv.errorsText(validate.errors)).toBe(true);
    expect(summary).toMatchObject({
      status: { indicator: 'none' },
      components: [
        { name: 'Public API', status: 'operational' },
        { name: 'Payments', status: 'operational', description: 'Card payments and checkout' },
      ],
      incidents: [],
    });
    const history = JSON.parse(site['incidents.json'] ?? 'null');
    expect(history.incidents).toHaveLength(1);
    expect(history.incidents[0]).toMatchObject({
      name: 'Degraded service: Payments',
      status: 'resolved',
      impact: 'major',
    });
    expect(
      history.incidents[0].incident_updates.map((u: { status: string; body: string }) => [u.status, u.body]),
    ).toEqual([
      ['resolved', 'This incident has been resolved.'],
      ['monitoring', 'We are currently experiencing intermittent card payment failures in Europe.'],
      ['monitoring', 'We rolled back a change; payments are recovering.'],
      ['investigating', 'Some card payments in Europe fail. We are investigating.'],
    ]);
    for (const file of ['index.html', 'feed.atom', 'summary.json', 'incidents.json', 'firebreak-status.json']) {
      expect(site[file], file).toBeDefined();
      expect(site[file]).not.toMatch(/4711|Internal detail|internal note|bob is not allowed/);
    }
    expect(site['index.html']).toContain('All Systems Operational');
  });
});
