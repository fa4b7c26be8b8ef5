// Alerts end to end: repository_dispatch firebreak-alert on the emulator, through the built action —
// each shape opens an incident, repeats count without comments, a clear resolves, a flap and a re-fire
// reopen, a bad payload writes nothing, and two deliveries at once open one incident.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bots, HEADER, issue, kinds, run } from './kit.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/alerts/${name}.json`, import.meta.url), 'utf8');
const alert = (name: string, at: string, extra = '') => `
  - at: "${at}"
    alert: { ${extra}payload: ${JSON.stringify(fixture(name).replace(/\s+/g, ' '))} }`;

describe('alerts', () => {
  it('Alertmanager: fires (P1 incident, on-call paged), repeats (count only), clears (resolved), flaps back (reopened)', async () => {
    const result = await run(`${HEADER}
steps:${alert('alertmanager-firing', '10:00')}${alert('alertmanager-firing', '10:05')}${alert('alertmanager-resolved', '10:20')}${alert('alertmanager-firing', '10:25')}
`);
    expect(result.runs.map((r) => [r.workflow, r.exit_code])).toEqual(
      Array.from({ length: 4 }, () => ['incident.yml', 0]),
    );
    expect(result.issues).toHaveLength(1);
    const incident = issue(result);
    expect(incident?.title).toBe('Alert: High request error rate on api');
    expect(incident?.labels).toEqual(expect.arrayContaining(['alert', 'incident', 'severity:P1', 'service:api']));
    expect(incident?.assignees).toEqual(['alice']);
    expect(incident?.state).toBe('open');
    expect(incident?.body).toContain('| fired | 3 times (flapped 1×) |');
    // One alert comment from the first delivery; none from the repeat; one per clear and re-fire.
    expect(kinds(result).filter((k) => k === 'alert' || k === 'alert-event')).toEqual([
      'alert',
      'alert-event',
      'alert-event',
    ]);
    expect(bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body).toContain(
      'firing (alertmanager) — fired 3 times, flapped 1×',
    );
    const [cleared, refired] = bots(result).filter((c) => c.body.includes('"kind":"alert-event"'));
    expect(cleared?.body).toContain('Alert cleared');
    expect(cleared?.body).toContain('Firebreak resolved it');
    expect(refired?.body).toContain('incident reopened');
  });

  // Grafana's body has 14 top-level keys (GitHub takes 10): it comes in the {source, payload} envelope (its template, or the relay).
  it.each([
    ['grafana-firing', 'severity:P3', 'service:payments', 'source: grafana, '],
    ['datadog-triggered', 'severity:P1', 'service:worker', ''],
    ['pagerduty-trigger', 'severity:P1', 'service:api', ''],
    ['generic-firing', 'severity:P2', 'service:exports', ''],
  ])('%s opens an incident with %s and %s', async (name, severity, service, extra) => {
    const result = await run(`${HEADER}
steps:${alert(name, '10:00', extra)}
`);
    expect(result.runs.map((r) => r.exit_code)).toEqual([0]);
    expect(issue(result)?.labels).toEqual(expect.arrayContaining(['incident', severity, service]));
    expect(kinds(result)).toContain('alert');
  });

  it('an unknown payload fails the run with the reason and writes nothing; a clear without an incident does nothing', async () => {
    const result = await run(`${HEADER}
steps:
  - at: "10:00"
    alert: { payload: { hello: world } }${alert('alertmanager-resolved', '10:01')}
`);
    expect(result.runs.map((r) => r.exit_code)).toEqual([1, 0]);
    expect(result.issues).toHaveLength(0);
    const writes = Object.entries(result.requests).filter(([route]) => !route.startsWith('GET'));
    expect(writes).toEqual([]);
  });

  it('two deliveries of a new alert at the same moment open one incident', async () => {
    const result = await run(`${HEADER}
steps:
  - at: "10:00"
    concurrent:
      times: 2
      steps:${alert('pagerduty-trigger', '10:00').replace(/\n {2}- at: "10:00"\n {4}alert/, '\n        - alert')}
`);
    expect(result.runs.map((r) => r.exit_code)).toEqual([0, 0]);
    const incidents = result.issues.filter((i) => i.labels.includes('incident'));
    expect(incidents).toHaveLength(1);
    expect(kinds(result, incidents[0]?.number).filter((k) => k === 'alert')).toHaveLength(1);
  });
});

describe('examples/alerts.yml', () => {
  it('Alertmanager through the relay: one incident, repeats counted, the clear resolves it', async () => {
    const result = await run(readFileSync(new URL('../../examples/alerts.yml', import.meta.url), 'utf8'));
    expect(result.runs.map((r) => r.exit_code)).toEqual([0, 0, 0, 0]);
    expect(result.issues.filter((i) => i.labels.includes('incident'))).toHaveLength(1);
    const incident = issue(result);
    expect(incident?.state).toBe('closed');
    expect(incident?.labels).toEqual(expect.arrayContaining(['severity:P1', 'service:api', 'status:resolved']));
    expect(incident?.body).toContain('| fired | 3 times |');
    expect(kinds(result).filter((k) => k === 'alert' || k === 'alert-event')).toEqual(['alert', 'alert-event']);
  });
});
