// PagerDuty Events API v2. One PagerDuty alert per incident: every event carries the same dedup_key
// (`firebreak/<repo>#<number>`), so retries, duplicate sweeps and later escalation steps collapse into the
// alert PagerDuty already has, and acknowledge/resolve find it. acknowledge and resolve carry only the
// routing key, action and dedup_key, which is all PagerDuty reads for them.
import type { Severity } from '../config/types.js';
import { truncate } from './truncate.js';
import type { ChannelAdapter, Notification } from './types.js';

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/** PagerDuty's limits: summary 1,024 characters, dedup_key 255. */
const SUMMARY_MAX = 1024;
const DEDUP_MAX = 255;
const DETAILS_TEXT_MAX = 8000;

export type PagerDutyAction = 'trigger' | 'acknowledge' | 'resolve';
export type PagerDutySeverity = 'critical' | 'error' | 'warning' | 'info';

/** P0 pages as critical and P1 as error (both high urgency under PagerDuty's default rules); P3 and P4 are info. */
export const PAGERDUTY_SEVERITY: Record<Severity, PagerDutySeverity> = {
  P0: 'critical',
  P1: 'error',
  P2: 'warning',
  P3: 'info',
  P4: 'info',
};

export interface PagerDutyTrigger {
  routing_key: string;
  event_action: 'trigger';
  dedup_key: string;
  payload: {
    summary: string;
    source: string;
    severity: PagerDutySeverity;
    timestamp: string;
    component: string;
    class: string;
    custom_details: Record<string, unknown>;
  };
  client: 'Firebreak';
  client_url: string;
  links: { href: string; text: string }[];
}

export interface PagerDutyUpdate {
  routing_key: string;
  event_action: 'acknowledge' | 'resolve';
  dedup_key: string;
}

export type PagerDutyEvent = PagerDutyTrigger | PagerDutyUpdate;

export function pagerDutyDedupKey(repo: string, incident: number): string {
  return truncate(`firebreak/${repo}#${incident}`, DEDUP_MAX);
}

/**
 * resolved → resolve; a status update once someone has acknowledged → acknowledge (stops PagerDuty's own
 * escalation); everything else → trigger, which PagerDuty merges into the open alert of the same dedup_key.
 */
export function pagerDutyAction(n: Notification): PagerDutyAction {
  if (n.kind === 'resolved') return 'resolve';
  if (n.kind !== 'status') return 'trigger';
  if (n.incident.status === 'resolved') return 'resolve';
  const acknowledged = n.incident.acknowledged ?? n.incident.status !== 'investigating';
  return acknowledged ? 'acknowledge' : 'trigger';
}

export function buildPagerDutyEvent(
  n: Notification,
  options: { routingKey: string; repo: string; sentAt: string },
): PagerDutyEvent {
  const dedupKey = pagerDutyDedupKey(options.repo, n.incident.number);
  const action = pagerDutyAction(n);
  if (action !== 'trigger') return { routing_key: options.routingKey, event_action: action, dedup_key: dedupKey };
  const { incident } = n;
  return {
    routing_key: options.routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: {
      summary: truncate(`[${incident.severity}] #${incident.number} ${n.headline}`, SUMMARY_MAX),
      source: options.repo,
      severity: PAGERDUTY_SEVERITY[incident.severity],
      timestamp: options.sentAt,
      component: `#${incident.number}`,
      class: n.kind,
      custom_details: {
        incident: incident.number,
        title: incident.title,
        severity: incident.severity,
        status: incident.status,
        kind: n.kind,
        key: n.key,
        text: truncate(n.text, DETAILS_TEXT_MAX),
        ...(n.mentions && n.mentions.length > 0 ? { paging: n.mentions.map((m) => `@${m}`) } : {}),
        ...(n.redacted ? { redacted: true } : {}),
      },
    },
    client: 'Firebreak',
    client_url: incident.url,
    links: [{ href: incident.url, text: `Incident #${incident.number} on GitHub` }],
  };
}

export const pagerDutyAdapter: ChannelAdapter = {
  type: 'pagerduty',
  secret: { field: 'routingKeyFrom', key: 'routing-key-from', holds: 'routing key' },
  request: (n, ctx) => ({
    url: ctx.pagerDutyUrl,
    body: buildPagerDutyEvent(n, { routingKey: ctx.secret, repo: ctx.repo, sentAt: ctx.sentAt }),
  }),
};
