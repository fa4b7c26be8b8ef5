// Which notifications a channel gets. `severities` filters the internal alert and the other follow-ups;
// escalation steps that name the channel are always delivered (docs/configuration.md). PagerDuty also
// always gets acknowledge/resolve: they only close what is open (PagerDuty ignores an unknown dedup_key),
// and filtering them would strand an alert opened before a downgrade.
import { pagerDutyAction } from './pagerduty.js';
import type { Channel, Notification } from './types.js';

export function shouldNotify(channel: Channel, notification: Notification): boolean {
  if (notification.kind === 'escalation') return true;
  if (channel.type === 'pagerduty' && pagerDutyAction(notification) !== 'trigger') return true;
  return channel.severities.includes(notification.incident.severity);
}
