// The contract between the domain and the notification channels. The domain decides *what* to say (a
// Notification, keyed for idempotency); a channel only decides *how* its service wants it said.
import type { Channel, ChannelType, Severity, Status } from '../config/types.js';

export const NOTIFICATION_KINDS = [
  'alert',
  'escalation',
  'breach',
  'reminder',
  'severity',
  'status',
  'resolved',
  'reopened',
  'security',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationIncident {
  number: number;
  title: string;
  /** The html_url. */
  url: string;
  severity: Severity;
  status: Status;
  /**
   * Someone acknowledged the incident (`/ack`, or moved its status on). Optional: when absent, any status
   * past `investigating` counts, as it does in the incident state.
   */
  acknowledged?: boolean;
}

export interface Notification {
  /** Idempotency key, e.g. "escalation:0:cto"; the same key is never delivered twice to a channel. */
  key: string;
  kind: NotificationKind;
  incident: NotificationIncident;
  /** One line. */
  headline: string;
  /** A few lines of plain text (never markup: every channel escapes it for its own format). */
  text: string;
  /** GitHub logins to page, without "@". */
  mentions?: string[];
  /** The title and text are already generic (a restricted security incident): builders never add details. */
  redacted: boolean;
}

export interface DeliveryResult {
  /** The channel id. */
  channel: string;
  ok: boolean;
  /** The last HTTP status, or null when no answer came (missing secret, network error, timeout). */
  status: number | null;
  attempts: number;
  /** Why it failed, safe to log and show: never a URL, routing key or other secret. */
  error?: string;
}

export interface DeliveryDeps {
  /** Where the secrets named by `url-from` / `routing-key-from` are read. Never logged. */
  env: Record<string, string | undefined>;
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  /** Default https://events.pagerduty.com/v2/enqueue. */
  pagerDutyUrl?: string;
  /** "owner/name". */
  repo: string;
  /** For `sentAt` and PagerDuty's timestamp, and to read an HTTP-date Retry-After. Default: the system clock. */
  now?: () => Date;
  /** Per-attempt timeout. Default 10 s. */
  timeoutMs?: number;
}

/** One HTTP request a channel wants sent. */
export interface ChannelRequest {
  url: string;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RequestContext {
  /** The value of the channel's secret variable (a webhook URL or a routing key). */
  secret: string;
  repo: string;
  /** ISO instant. */
  sentAt: string;
  pagerDutyUrl: string;
}

/** A channel type: where its secret comes from and how a notification becomes a request. */
export interface ChannelAdapter {
  type: ChannelType;
  /** The Channel field naming the secret's environment variable, and its spelling in the configuration file. */
  secret: { field: 'urlFrom' | 'routingKeyFrom'; key: 'url-from' | 'routing-key-from'; holds: 'url' | 'routing key' };
  request(notification: Notification, context: RequestContext): ChannelRequest;
}

export type { Channel, ChannelType };
