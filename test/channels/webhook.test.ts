// The generic JSON webhook: Firebreak's own versioned shape.
import { describe, expect, it } from 'vitest';
import { buildWebhookPayload, webhookAdapter } from '../../src/channels/index.js';
import { notification, REPO } from './support.js';

const context = {
  secret: 'https://hooks.example.com/x',
  repo: REPO,
  sentAt: '2026-03-02T10:15:00.000Z',
  pagerDutyUrl: 'unused',
};

describe('generic webhook payload', () => {
  it('is { firebreak: 1, key, kind, incident, headline, text, mentions, redacted, sentAt }', () => {
    expect(buildWebhookPayload(notification(), '2026-03-02T10:15:00.000Z')).toEqual({
      firebreak: 1,
      key: 'escalation:0:engineering-manager',
      kind: 'escalation',
      incident: {
        number: 12,
        title: 'Checkout down',
        url: 'https://github.com/acme/shop/issues/12',
        severity: 'P1',
        status: 'investigating',
      },
      headline: 'Engineering Manager paged: not acknowledged after 15 minutes',
      text: 'Checkout returns 502 for all users.\nOn call: @alice',
      mentions: ['heidi'],
      redacted: false,
      sentAt: '2026-03-02T10:15:00.000Z',
    });
  });

  it('sends the idempotency key as an Idempotency-Key header too, when it is header-safe', () => {
    expect(webhookAdapter.request(notification(), context)).toMatchObject({
      url: 'https://hooks.example.com/x',
      headers: { 'idempotency-key': 'escalation:0:engineering-manager' },
    });
    expect(webhookAdapter.request(notification({ key: 'alert:café' }), context).headers).toBeUndefined();
  });

  it('a redacted notification says so and carries nothing it was not given', () => {
    const payload = buildWebhookPayload(
      notification({ redacted: true, text: 'Restricted.', mentions: undefined }),
      'now',
    );
    expect(payload).toMatchObject({ redacted: true, text: 'Restricted.', mentions: [] });
  });
});
