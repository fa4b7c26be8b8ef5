// What the notification channels are told, and when a failed delivery is tried again. Deliveries are
// idempotent per (event key, channel): a success is never repeated; a failure is retried by later runs
// (each run's delivery itself retries transient errors) up to MAX_RUNS, then reported as given up.
import { shouldNotify } from '../../channels/filter.js';
import type { Notification, NotificationKind } from '../../channels/types.js';
import type { Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { deliveryKey, type IncidentState } from './state.js';
import type { Thread } from './thread.js';

/** Runs that try one delivery before Firebreak gives up and says so in the summary. */
export const MAX_RUNS = 5;

export function notificationFor(
  draft: Draft,
  kind: NotificationKind,
  key: string,
  headline: string,
  text: string,
  mentions: string[] = [],
): Notification {
  const s = draft.state;
  return {
    key,
    kind,
    incident: {
      number: s.number,
      title: s.title,
      url: draft.issue.htmlUrl,
      severity: s.severity,
      status: s.status,
      acknowledged: s.acknowledgedAt !== null,
    },
    headline,
    text,
    mentions: mentions.map((m) => m.replace(/^@/, '')),
    // A restricted security incident's state already holds only generic wording; the channels add nothing.
    redacted: s.restricted !== null,
  };
}

/** Queue `notification` for the given channels (all configured ones when omitted), skipping what was delivered. */
export function notify(
  draft: Draft,
  claimKey: string,
  notification: Notification,
  channelIds?: readonly string[],
): void {
  const ids = channelIds ?? Object.keys(draft.config.channels);
  for (const id of new Set(ids)) {
    const channel = draft.config.channels[id];
    if (!channel) continue;
    if (channelIds === undefined && !shouldNotify(channel, notification)) continue;
    if (draft.state.deliveries[deliveryKey(notification.key, id)]) continue;
    draft.writes.push({
      kind: 'notify',
      claimKey,
      channel: id,
      notification,
      retry: false,
      describe: `notify ${id} (${notification.kind} ${notification.key})`,
    });
  }
}

const KIND_OF: Partial<Record<IncidentEvent['type'], NotificationKind>> = {
  opened: 'alert',
  escalated: 'escalation',
  resolved: 'resolved',
  severity: 'severity',
  breach: 'breach',
};

/** Failed deliveries of earlier runs, queued again with the comment that holds their event as the claim. */
export function retryFailedDeliveries(draft: Draft, thread: Thread): void {
  for (const record of Object.values(draft.state.deliveries)) {
    if (record.ok || record.attempts >= MAX_RUNS || !draft.config.channels[record.channel]) continue;
    const event = draft.state.events.find((e) => e.key === record.ref);
    const kind = event ? KIND_OF[event.type] : undefined;
    const claim = thread.trusted.find((t) => t.record.events.some((e) => e.key === record.ref));
    if (!event || !kind || !claim) continue;
    const n = notificationFor(
      draft,
      kind,
      record.ref,
      headlineOf(draft.state, event),
      `Retry of an earlier delivery that failed: ${record.error ?? 'unknown error'}.`,
    );
    draft.writes.push({
      kind: 'notify',
      claimKey: claim.record.key,
      channel: record.channel,
      notification: n,
      retry: true,
      describe: `retry notify ${record.channel} (${kind} ${record.ref}, attempt ${record.attempts + 1})`,
    });
  }
}

/** Lines for the summary: deliveries that failed (and will be retried) or were given up. */
export function deliveryProblems(state: IncidentState): string[] {
  return Object.values(state.deliveries)
    .filter((d) => !d.ok)
    .map((d) =>
      d.attempts >= MAX_RUNS
        ? `Notification to ${d.channel} (${d.ref}) failed ${d.attempts} times and was given up: ${d.error ?? 'unknown error'}. Notify by hand.`
        : `Notification to ${d.channel} (${d.ref}) failed: ${d.error ?? 'unknown error'}. The next run retries it.`,
    );
}

/** One line; the channels add the severity, number and title themselves. */
export function headlineOf(_state: IncidentState, event: IncidentEvent): string {
  switch (event.type) {
    case 'opened':
      return 'New incident';
    case 'escalated':
      return `Escalated to ${event.name}`;
    case 'resolved':
      return 'Resolved';
    case 'severity':
      return `Severity ${event.from} → ${event.to}`;
    case 'breach':
      return 'Response target missed';
    default:
      return 'Incident update';
  }
}
