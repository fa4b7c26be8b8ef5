// Channel types by name, as release-please looks up release types: adding a service is one adapter and
// one line here. The registry is a value (not module state) so a test can add a type without leaking it.
import { pagerDutyAdapter } from './pagerduty.js';
import { slackAdapter } from './slack.js';
import { teamsAdapter } from './teams.js';
import type { ChannelAdapter } from './types.js';
import { webhookAdapter } from './webhook.js';

export class UnknownChannelTypeError extends Error {
  constructor(
    readonly type: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown channel type "${type}". Known channel types: ${known.join(', ')}.`);
    this.name = 'UnknownChannelTypeError';
  }
}

export class ChannelRegistry {
  private constructor(private readonly adapters: ReadonlyMap<string, ChannelAdapter>) {}

  /** slack, teams, webhook and pagerduty. */
  static defaults(): ChannelRegistry {
    return new ChannelRegistry(
      new Map([slackAdapter, teamsAdapter, webhookAdapter, pagerDutyAdapter].map((a) => [a.type, a])),
    );
  }

  /** A registry with `adapter` added (or replacing the one of the same type). */
  with(adapter: ChannelAdapter): ChannelRegistry {
    return new ChannelRegistry(new Map([...this.adapters, [adapter.type, adapter]]));
  }

  has(type: string): boolean {
    return this.adapters.has(type);
  }

  /** The adapter for `type`; an unknown type throws UnknownChannelTypeError listing the known ones. */
  get(type: string): ChannelAdapter {
    const adapter = this.adapters.get(type);
    if (!adapter) throw new UnknownChannelTypeError(type, this.types());
    return adapter;
  }

  /** Known types, sorted. */
  types(): string[] {
    return [...this.adapters.keys()].sort();
  }
}

export const defaultChannels = ChannelRegistry.defaults();
