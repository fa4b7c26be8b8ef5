// The alert normalisers and rules on the sample payloads of each tool (test/fixtures/alerts), in process.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { alertAction } from '../../../src/domain/alerts/lifecycle.js';
import { normalise, recognise } from '../../../src/domain/alerts/recognise.js';
import { alertBody, readAlertRecord } from '../../../src/domain/alerts/record.js';
import { classifyAlert } from '../../../src/domain/alerts/rules.js';
import { shapeDispatches, MAX_PAYLOAD_BYTES } from '../../../src/relay/shape.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/alerts/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const alerts = DEFAULT_CONFIG.alerts;
const NOW = new Date('2026-03-02T10:00:00Z');

describe('recognising and normalising alert payloads', () => {
  it.each([
    ['alertmanager-firing', 'alertmanager', 'firing', 'High request error rate on api', 'P1', ['api']],
    ['alertmanager-resolved', 'alertmanager', 'resolved', 'High request error rate on api', 'P1', ['api']],
    ['grafana-firing', 'grafana', 'firing', 'p99 checkout latency above 2s', 'P3', ['payments']],
    ['datadog-triggered', 'datadog', 'firing', '[Triggered] Queue depth high on worker', 'P1', ['worker']],
    ['pagerduty-trigger', 'pagerduty', 'firing', 'HTTP latency above 3s on srv01', 'P1', ['api']],
    ['generic-firing', 'generic', 'firing', 'Nightly export failed', 'P2', ['exports']],
  ])('%s: %s, %s, "%s", %s', (name, source, status, title, severity, services) => {
    const payload = fixture(name);
    expect(recognise(payload)).toBe(source);
    const read = normalise(payload);
    if (!read.ok) throw new Error(read.error);
    const [alert] = read.alerts;
    expect([read.source, alert?.status, alert?.title]).toEqual([source, status, title]);
    const classified = classifyAlert(alert!, alerts);
    expect([classified.severity, classified.services]).toEqual([severity, services]);
    expect(classified.key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the firing and the resolved Alertmanager alert share one key; the envelope {source, payload} reads the same', () => {
    const key = (p: unknown) => {
      const read = normalise(p);
      return read.ok ? classifyAlert(read.alerts[0]!, alerts).key : read.error;
    };
    expect(key(fixture('alertmanager-firing'))).toBe(key(fixture('alertmanager-resolved')));
    expect(key({ source: 'alertmanager', payload: fixture('alertmanager-firing') })).toBe(
      key(fixture('alertmanager-firing')),
    );
    expect(key(JSON.stringify(fixture('alertmanager-firing')))).toBe(key(fixture('alertmanager-firing')));
  });

  it('a key rule on labels merges alerts across instances; the first matching rule beats the severity map', () => {
    const read = normalise(fixture('alertmanager-group'));
    if (!read.ok) throw new Error(read.error);
    expect(read.alerts).toHaveLength(2);
    const byDefault = read.alerts.map((a) => classifyAlert(a, alerts).key);
    expect(new Set(byDefault).size).toBe(2);
    const rule = {
      ...alerts,
      key: ['alertname', 'service'],
      rules: [{ match: { alertname: '/^Disk/' }, severity: 'P2' as const }],
    };
    const keyed = read.alerts.map((a) => classifyAlert(a, rule));
    expect(new Set(keyed.map((k) => k.key)).size).toBe(1);
    expect(keyed[0]?.severity).toBe('P2');
    expect(keyed[0]?.services).toEqual(['db']);
  });

  it.each([
    [{}, /none of the alert shapes/],
    [{ hello: 'world' }, /its keys: hello/],
    ['not json', /not JSON/],
    [[1, 2], /not a JSON object/],
    [{ alerts: [] }, /no `alerts` list/],
    [{ event_action: 'explode', dedup_key: 'x' }, /trigger, acknowledge or resolve/],
    [{ event_action: 'resolve' }, /needs a dedup_key/],
    [{ source: 'nagios', payload: { title: 'x' } }, /unknown alert source "nagios"/],
    [{ title: 'x', status: 'weird' }, /status "weird"/],
  ])('%j is refused with a clear error', (payload, error) => {
    const read = normalise(payload);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
  });

  it('huge values are bounded: 10,000 alerts read as 50, a 1 MB description as 2,000 characters', () => {
    const one = (fixture('alertmanager-firing').alerts as unknown[])[0] as Record<string, unknown>;
    const many = {
      ...fixture('alertmanager-firing'),
      alerts: Array.from({ length: 10_000 }, (_, i) => ({ ...one, fingerprint: `f${i}` })),
    };
    const read = normalise(many);
    expect(read.ok && read.alerts.length).toBe(50);
    const huge = normalise({ title: 'x'.repeat(5000), description: 'y'.repeat(1_000_000) });
    expect(huge.ok && [huge.alerts[0]?.title.length, huge.alerts[0]?.description.length]).toEqual([200, 2000]);
  });
});

describe('the lifecycle of one alert key', () => {
  const read = normalise(fixture('alertmanager-firing'));
  const alert = read.ok ? read.alerts[0]! : (undefined as never);
  const at = (m: number) => new Date(NOW.getTime() + m * 60_000);
  const opened = alertAction(alert, 'k', null, alerts, NOW);

  it('opens, counts repeats, clears, folds a flap, reopens after the flap window, opens anew per config', () => {
    expect(opened.kind).toBe('open');
    if (opened.kind !== 'open') return;
    const holder = { number: 1, open: true, record: opened.record, closedAt: null };
    const repeat = alertAction(alert, 'k', holder, alerts, at(5));
    expect(repeat.kind === 'update' && [repeat.record.count, repeat.cleared]).toEqual([2, false]);
    const clear = alertAction({ ...alert, status: 'resolved' }, 'k', holder, alerts, at(10));
    expect(clear.kind === 'update' && clear.cleared).toBe(true);
    if (clear.kind !== 'update') return;
    const resolved = { ...clear.record, resolvedByAlert: true };
    const closed = { number: 1, open: false, record: resolved, closedAt: at(10).toISOString() };
    expect(alertAction({ ...alert, status: 'resolved' }, 'k', closed, alerts, at(11)).kind).toBe('none');
    const flap = alertAction(alert, 'k', closed, alerts, at(20));
    expect(flap.kind === 'update' && [flap.reopen, flap.record.flaps]).toEqual([true, 1]);
    const later = alertAction(alert, 'k', closed, alerts, at(120));
    expect(later.kind === 'update' && [later.reopen, later.record.flaps]).toEqual([true, 0]);
    expect(alertAction(alert, 'k', closed, { ...alerts, refire: 'open' }, at(120)).kind).toBe('open');
    expect(alertAction(alert, 'k', closed, alerts, at(3 * 24 * 60)).kind).toBe('open');
  });

  it('a clear with no incident does nothing; the record survives the description round trip', () => {
    expect(alertAction({ ...alert, status: 'resolved' }, 'k', null, alerts, NOW).kind).toBe('none');
    if (opened.kind !== 'open') return;
    const body = alertBody(alert, classifyAlert(alert, alerts), opened.record);
    expect(readAlertRecord(body)).toEqual(opened.record);
    expect(body).toContain('| fired | 1 time |');
  });
});

describe('the relay shaping', () => {
  it('splits a group into one dispatch per alert, each with 4 keys and the default dedup key', () => {
    const shaped = shapeDispatches(fixture('alertmanager-group'), 'alertmanager');
    if (!shaped.ok) throw new Error(shaped.error);
    expect(shaped.dispatches).toHaveLength(2);
    for (const d of shaped.dispatches) {
      expect(Object.keys(d.clientPayload)).toEqual(['source', 'key', 'status', 'payload']);
      const read = normalise(d.clientPayload);
      expect(read.ok && classifyAlert(read.alerts[0]!, alerts).key).toBe(d.key);
      expect(read.ok && read.alerts[0]?.labels.severity).toBe('warning');
    }
  });

  it('trims an alert with a 500 KB annotation under GitHub’s size limit', () => {
    const big = fixture('alertmanager-firing');
    const one = (big.alerts as Array<Record<string, unknown>>)[0]!;
    one.annotations = { summary: 'big', description: 'z'.repeat(500_000) };
    const shaped = shapeDispatches(big, 'auto');
    if (!shaped.ok) throw new Error(shaped.error);
    expect(Buffer.byteLength(JSON.stringify(shaped.dispatches[0]?.clientPayload))).toBeLessThan(MAX_PAYLOAD_BYTES);
  });
});
