// A channel's `severities` decides which internal alerts it gets; escalation steps naming it always go.
import { describe, expect, it } from 'vitest';
import { shouldNotify, type NotificationKind } from '../../src/channels/index.js';
import { channel, notification } from './support.js';

const p0p1 = channel({ type: 'slack', severities: ['P0', 'P1'] });
const p2 = (kind: NotificationKind) => notification({ kind, incident: { ...notification().incident, severity: 'P2' } });

describe('severity filter', () => {
  it('a P1 alert reaches a channel for P0 and P1; a P2 alert does not', () => {
    expect(shouldNotify(p0p1, notification({ kind: 'alert' }))).toBe(true);
    expect(shouldNotify(p0p1, p2('alert'))).toBe(false);
  });

  it('a channel with every severity (the default) gets everything', () => {
    expect(shouldNotify(channel({ type: 'webhook' }), p2('alert'))).toBe(true);
  });

  it('an escalation step that names the channel is always delivered', () => {
    expect(shouldNotify(p0p1, p2('escalation'))).toBe(true);
  });

  it('follow-ups follow the filter on chat channels', () => {
    expect(shouldNotify(p0p1, p2('resolved'))).toBe(false);
    expect(shouldNotify(p0p1, p2('severity'))).toBe(false);
  });

  it('PagerDuty always gets resolve and acknowledge, so a downgrade never strands an open alert', () => {
    const pagerduty = channel({ type: 'pagerduty', severities: ['P0', 'P1'] });
    expect(shouldNotify(pagerduty, p2('resolved'))).toBe(true);
    expect(
      shouldNotify(
        pagerduty,
        notification({
          kind: 'status',
          incident: { ...notification().incident, severity: 'P3', status: 'mitigating' },
        }),
      ),
    ).toBe(true);
    expect(shouldNotify(pagerduty, p2('alert'))).toBe(false);
  });
});
