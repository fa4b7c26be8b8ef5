// Notification channels end to end: deliveries land on the emulator's loopback receiver exactly once,
// and a failed delivery shows in the summary, ends its run red and is retried by the next run.
import { describe, expect, it } from 'vitest';
import { bots, CHANNELS, fileIncident, run } from './kit.js';

const CONFIG = CHANNELS;

describe('channels', () => {
  it('a P1 alerts Slack and PagerDuty once, pages PagerDuty for the on-call step and Slack for the EM step, and resolves PagerDuty', async () => {
    const result = await run(`${CONFIG}
steps:${fileIncident('P1')}
  - redeliver: { step: 1 }
  - { at: "10:20", sweep: {} }
  - { at: "10:25", sweep: {} }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/resolve fixed" } }
`);
    expect(result.runs.every((r) => r.cancelled || r.exit_code === 0)).toBe(true);
    const summary = result.deliveries.map((d) => {
      const p = d.payload as { event_action?: string; dedup_key?: string; text?: string };
      return `${d.channel}:${p.event_action ?? 'message'}`;
    });
    // The alert goes to both (PagerDuty's dedup key collapses the on-call page into the same alert).
    expect(summary.filter((s) => s.startsWith('ops:'))).toHaveLength(3); // alert, EM escalation, resolved
    expect(summary.filter((s) => s === 'pagerduty:trigger')).toHaveLength(2); // alert + on-call step
    expect(summary.filter((s) => s === 'pagerduty:resolve')).toHaveLength(1);
    const alert = bots(result).find((c) => c.body.includes('"kind":"alert"'));
    expect(alert?.body).toContain('Notifications:');
    // Secrets reach the services, never GitHub.
    const thread = JSON.stringify(result.issues);
    expect(thread).not.toContain('simulated-routing-key-pd');
    expect(thread).not.toContain('/hooks/ops');
  });

  it('a failed delivery shows in the summary and the job keeps going, then ends red; the next run delivers it once', async () => {
    const result = await run(`${CONFIG}
steps:
  - { at: "09:59", fault: { deliveries: 3 } }${fileIncident('P2')}
  - { at: "10:05", sweep: {} }
  - { at: "10:10", sweep: {} }
`);
    // The run whose delivery failed did everything else (the alert, the summary) and ended red.
    expect(result.runs.map((r) => r.exit_code)).toEqual([1, 0, 0, 0]);
    expect(result.runs[0]?.outputs?.result).toBe('failed');
    const ops = result.deliveries.filter((d) => d.channel === 'ops');
    expect(ops).toHaveLength(1); // the three failed attempts are not recorded as deliveries
    const alert = bots(result).find((c) => c.body.includes('"kind":"alert"'))?.body ?? '';
    // The record keeps the latest outcome per channel and notification, counting the attempts.
    expect(alert).not.toContain('"channel":"ops","ref":"opened","ok":false');
    expect(alert).toMatch(/"channel":"ops","ref":"opened","ok":true,[^}]*"attempt":2/);
    expect(alert).toContain('Notifications: ops ✓');
  });
});
