// Channel types are looked up by name; an unknown name lists the known ones.
import { describe, expect, it } from 'vitest';
import {
  ChannelRegistry,
  defaultChannels,
  deliver,
  UnknownChannelTypeError,
  type ChannelAdapter,
} from '../../src/channels/index.js';
import type { ChannelType } from '../../src/config/types.js';
import { channel, deps, notification } from './support.js';

describe('channel registry', () => {
  it('knows slack, teams, webhook and pagerduty', () => {
    expect(defaultChannels.types()).toEqual(['pagerduty', 'slack', 'teams', 'webhook']);
    expect(defaultChannels.get('pagerduty').secret).toEqual({
      field: 'routingKeyFrom',
      key: 'routing-key-from',
      holds: 'routing key',
    });
    expect(defaultChannels.get('slack').secret.field).toBe('urlFrom');
  });

  it('an unknown type is an error that lists the known ones', () => {
    expect(() => defaultChannels.get('discord')).toThrow(UnknownChannelTypeError);
    expect(() => defaultChannels.get('discord')).toThrow(
      'Unknown channel type "discord". Known channel types: pagerduty, slack, teams, webhook.',
    );
  });

  it('a delivery to an unknown type fails with that message instead of throwing', async () => {
    const result = await deliver(
      channel({ type: 'discord' as ChannelType }),
      notification(),
      deps({ HOOK_URL: 'http://127.0.0.1:9/x' }),
    );
    expect(result).toEqual({
      channel: 'ops-discord',
      ok: false,
      status: null,
      attempts: 0,
      error:
        'channel ops-discord: Unknown channel type "discord". Known channel types: pagerduty, slack, teams, webhook.',
    });
  });

  it('a type can be added without touching the defaults', () => {
    const discord = {
      type: 'discord' as ChannelType,
      secret: { field: 'urlFrom', key: 'url-from', holds: 'url' },
      request: (n, ctx) => ({ url: ctx.secret, body: { content: n.headline } }),
    } satisfies ChannelAdapter;
    const registry = ChannelRegistry.defaults().with(discord);
    expect(registry.types()).toContain('discord');
    expect(defaultChannels.has('discord')).toBe(false);
  });
});
