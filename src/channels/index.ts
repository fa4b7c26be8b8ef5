// Notification channels: Slack, Microsoft Teams, generic JSON webhooks and PagerDuty Events API v2.
export type {
  ChannelAdapter,
  ChannelRequest,
  DeliveryDeps,
  DeliveryResult,
  Notification,
  NotificationIncident,
  NotificationKind,
  RequestContext,
} from './types.js';
export { NOTIFICATION_KINDS } from './types.js';
export {
  deliver,
  retryAfterMs,
  MAX_ATTEMPTS,
  DEFAULT_TIMEOUT_MS,
  BACKOFF_BASE_MS,
  MAX_RETRY_AFTER_MS,
} from './deliver.js';
export { shouldNotify } from './filter.js';
export { ChannelRegistry, UnknownChannelTypeError, defaultChannels } from './registry.js';
export { buildSlackMessage, escapeSlack, slackAdapter, type SlackMessage, type SlackBlock } from './slack.js';
export { buildTeamsMessage, teamsAdapter, type TeamsMessage, type AdaptiveCard } from './teams.js';
export { buildWebhookPayload, webhookAdapter, type WebhookPayload } from './webhook.js';
export {
  buildPagerDutyEvent,
  pagerDutyAction,
  pagerDutyDedupKey,
  pagerDutyAdapter,
  PAGERDUTY_EVENTS_URL,
  PAGERDUTY_SEVERITY,
  type PagerDutyAction,
  type PagerDutyEvent,
  type PagerDutySeverity,
  type PagerDutyTrigger,
  type PagerDutyUpdate,
} from './pagerduty.js';
export { readSecret, scrub, secretFragments } from './secrets.js';
