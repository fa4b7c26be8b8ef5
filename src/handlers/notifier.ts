// Delivers notifications to the configured channels, with secrets from the run's environment.
import { deliver } from '../channels/deliver.js';
import type { DeliveryResult, Notification } from '../channels/types.js';
import type { Config } from '../config/types.js';
import type { RunServices } from './run-services.js';

export type Notifier = (channel: string, notification: Notification) => Promise<DeliveryResult>;

export function channelNotifier(config: Config, services: RunServices): Notifier {
  const { clock, context, secrets, pagerDutyUrl } = services;
  return async (id, notification) => {
    const channel = config.channels[id];
    if (!channel)
      return { channel: id, ok: false, status: null, attempts: 0, error: `no channel "${id}" in the configuration` };
    return deliver(channel, notification, {
      env: secrets,
      fetch: globalThis.fetch,
      sleep: (ms) => clock.sleep(ms),
      ...(pagerDutyUrl ? { pagerDutyUrl } : {}),
      repo: `${context.repo.owner}/${context.repo.repo}`,
      now: () => clock.now(),
    });
  };
}
