// The notification receiver stands in for Slack, Teams, generic webhooks and PagerDuty on loopback.
import { describe, expect, it } from 'vitest';
import { startReceiver } from '../../simulator/emulator/index.js';
import { emulator } from './support.js';

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('notification receiver', () => {
  it('records deliveries by channel at the emulator time, and answers like the real services', async () => {
    const e = await emulator();
    e.clock.advance(60_000);
    const slack = await post(e.hookUrl('slack-incidents'), { text: 'P1: Checkout fails' });
    expect(slack.status).toBe(200);
    expect(await slack.text()).toBe('ok');
    const pd = await post(e.hookUrl('pagerduty'), {
      routing_key: 'k',
      event_action: 'trigger',
      dedup_key: 'incident-1-step-1',
    });
    expect(pd.status).toBe(202);
    expect(await pd.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'incident-1-step-1' });
    expect(e.deliveries).toEqual([
      { channel: 'slack-incidents', at: '2026-03-02T10:01:00Z', payload: { text: 'P1: Checkout fails' } },
      {
        channel: 'pagerduty',
        at: '2026-03-02T10:01:00Z',
        payload: { routing_key: 'k', event_action: 'trigger', dedup_key: 'incident-1-step-1' },
      },
    ]);
    expect(e.requests).toEqual({});
    expect(e.snapshot().deliveries).toHaveLength(2);
  });

  it('fails the next deliveries when told to, so retries can be tested', async () => {
    const e = await emulator();
    e.receiver.failNext(2);
    expect((await post(e.hookUrl('teams'), { n: 1 })).status).toBe(500);
    expect((await post(e.hookUrl('teams'), { n: 2 })).status).toBe(500);
    expect((await post(e.hookUrl('teams'), { n: 3 })).status).toBe(200);
    expect(e.deliveries.map((d) => d.payload)).toEqual([{ n: 3 }]);
    expect(e.receiver.refused).toHaveLength(2);
  });

  it('runs on its own port too', async () => {
    const standalone = await startReceiver({ now: () => '2026-03-02T10:00:00Z' });
    try {
      await post(`${standalone.url}/hooks/generic`, { ok: true });
      expect((await fetch(`${standalone.url}/nothing`, { method: 'POST' })).status).toBe(404);
      expect(standalone.receiver.deliveries).toEqual([
        { channel: 'generic', at: '2026-03-02T10:00:00Z', payload: { ok: true } },
      ]);
    } finally {
      await standalone.close();
    }
  });
});
