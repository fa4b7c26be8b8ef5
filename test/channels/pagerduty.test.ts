// PagerDuty Events API v2: one alert per incident (a stable dedup_key), severity mapped from P0–P4,
// acknowledge and resolve as the incident moves on.
import { describe, expect, it } from 'vitest';
import {
  buildPagerDutyEvent,
  pagerDutyAction,
  pagerDutyDedupKey,
  PAGERDUTY_SEVERITY,
  type Notification,
} from '../../src/channels/index.js';
import { notification, REPO } from './support.js';

const options = { routingKey: 'R0UT1NGKEY', repo: REPO, sentAt: '2026-03-02T10:15:00.000Z' };

function withIncident(patch: Partial<Notification['incident']>, rest: Partial<Notification> = {}): Notification {
  return notification({ ...rest, incident: { ...notification().incident, ...patch } });
}

describe('PagerDuty event', () => {
  it('an escalation triggers with summary, source, severity, details and a link back to the issue', () => {
    expect(buildPagerDutyEvent(notification(), options)).toEqual({
      routing_key: 'R0UT1NGKEY',
      event_action: 'trigger',
      dedup_key: 'firebreak/acme/shop#12',
      payload: {
        summary: '[P1] #12 Engineering Manager paged: not acknowledged after 15 minutes',
        source: 'acme/shop',
        severity: 'error',
        timestamp: '2026-03-02T10:15:00.000Z',
        component: '#12',
        class: 'escalation',
        custom_details: {
          incident: 12,
          title: 'Checkout down',
          severity: 'P1',
          status: 'investigating',
          kind: 'escalation',
          key: 'escalation:0:engineering-manager',
          text: 'Checkout returns 502 for all users.\nOn call: @alice',
          paging: ['@heidi'],
        },
      },
      client: 'Firebreak',
      client_url: 'https://github.com/acme/shop/issues/12',
      links: [{ href: 'https://github.com/acme/shop/issues/12', text: 'Incident #12 on GitHub' }],
    });
  });

  it('the dedup_key is the same for every notification of one incident, so retries and duplicates collapse', () => {
    const keys = (
      ['alert', 'escalation', 'breach', 'reminder', 'severity', 'status', 'resolved', 'reopened', 'security'] as const
    ).map((kind) => buildPagerDutyEvent(notification({ kind, key: `${kind}:1` }), options).dedup_key);
    expect(new Set(keys)).toEqual(new Set(['firebreak/acme/shop#12']));
    expect(pagerDutyDedupKey(REPO, 13)).toBe('firebreak/acme/shop#13');
    expect(buildPagerDutyEvent(notification(), options)).toEqual(buildPagerDutyEvent(notification(), options));
  });

  it('maps P0 critical, P1 error, P2 warning, P3 and P4 info', () => {
    expect(PAGERDUTY_SEVERITY).toEqual({ P0: 'critical', P1: 'error', P2: 'warning', P3: 'info', P4: 'info' });
    const p0 = buildPagerDutyEvent(withIncident({ severity: 'P0' }), options);
    expect(p0.event_action === 'trigger' && p0.payload.severity).toBe('critical');
  });

  it('keeps the summary within PagerDuty’s 1,024 characters', () => {
    const event = buildPagerDutyEvent(notification({ headline: 'x'.repeat(5000) }), options);
    expect(event.event_action === 'trigger' && event.payload.summary.length).toBe(1024);
  });

  it('resolving the incident resolves the alert; a status update after acknowledgement acknowledges it', () => {
    expect(buildPagerDutyEvent(withIncident({ status: 'resolved' }, { kind: 'resolved' }), options)).toEqual({
      routing_key: 'R0UT1NGKEY',
      event_action: 'resolve',
      dedup_key: 'firebreak/acme/shop#12',
    });
    expect(buildPagerDutyEvent(withIncident({ acknowledged: true }, { kind: 'status' }), options)).toEqual({
      routing_key: 'R0UT1NGKEY',
      event_action: 'acknowledge',
      dedup_key: 'firebreak/acme/shop#12',
    });
  });

  it('chooses the action from the kind and the incident', () => {
    expect(pagerDutyAction(withIncident({ status: 'mitigating' }, { kind: 'status' }))).toBe('acknowledge');
    expect(pagerDutyAction(withIncident({ status: 'investigating' }, { kind: 'status' }))).toBe('trigger');
    expect(pagerDutyAction(withIncident({ status: 'investigating', acknowledged: true }, { kind: 'status' }))).toBe(
      'acknowledge',
    );
    expect(pagerDutyAction(withIncident({ status: 'resolved' }, { kind: 'status' }))).toBe('resolve');
    expect(pagerDutyAction(withIncident({ status: 'investigating' }, { kind: 'reopened' }))).toBe('trigger');
    expect(pagerDutyAction(withIncident({ status: 'identified', acknowledged: true }, { kind: 'breach' }))).toBe(
      'trigger',
    );
  });

  it('a redacted notification is marked redacted and adds nothing', () => {
    const event = buildPagerDutyEvent(notification({ redacted: true, mentions: [], text: 'Restricted.' }), options);
    expect(event.event_action === 'trigger' && event.payload.custom_details).toEqual({
      incident: 12,
      title: 'Checkout down',
      severity: 'P1',
      status: 'investigating',
      kind: 'escalation',
      key: 'escalation:0:engineering-manager',
      text: 'Restricted.',
      redacted: true,
    });
  });
});
