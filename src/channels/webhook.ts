// The generic JSON webhook: Firebreak's own stable shape (versioned by `firebreak: 1`) for receivers we do
// not know — chat bridges, status pages, automation. The idempotency key travels in the body and in an
// `Idempotency-Key` header so a receiver can drop the duplicates a retry may cause.
import type { ChannelAdapter, Notification, NotificationIncident, NotificationKind } from './types.js';

export interface WebhookPayload {
  firebreak: 1;
  key: string;
  kind: NotificationKind;
  incident: NotificationIncident;
  headline: string;
  text: string;
  mentions: string[];
  redacted: boolean;
  /** ISO instant of this delivery. */
  sentAt: string;
}

export function buildWebhookPayload(n: Notification, sentAt: string): WebhookPayload {
  return {
    firebreak: 1,
    key: n.key,
    kind: n.kind,
    incident: { ...n.incident },
    headline: n.headline,
    text: n.text,
    mentions: [...(n.mentions ?? [])],
    redacted: n.redacted,
    sentAt,
  };
}

/** Header values must be visible ASCII; a key that is not is still in the body. */
const HEADER_SAFE = /^[\x21-\x7e]{1,255}$/;

export const webhookAdapter: ChannelAdapter = {
  type: 'webhook',
  secret: { field: 'urlFrom', key: 'url-from', holds: 'url' },
  request: (n, ctx) => ({
    url: ctx.secret,
    body: buildWebhookPayload(n, ctx.sentAt),
    ...(HEADER_SAFE.test(n.key) ? { headers: { 'idempotency-key': n.key } } : {}),
  }),
};
