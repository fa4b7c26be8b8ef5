// Slack incoming webhook payloads: what the channel shows, and that incident text can never ping a channel.
import { describe, expect, it } from 'vitest';
import { buildSlackMessage, escapeSlack } from '../../src/channels/index.js';
import { notification } from './support.js';

describe('Slack message', () => {
  it('an escalation shows the headline, a link to the incident, severity, status, the text and who is paged', () => {
    expect(buildSlackMessage(notification())).toEqual({
      text: [
        '*[P1] Engineering Manager paged: not acknowledged after 15 minutes*',
        '<https://github.com/acme/shop/issues/12|#12 Checkout down> · P1 · investigating',
        'Paging: @heidi (GitHub)',
      ].join('\n'),
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*[P1] Engineering Manager paged: not acknowledged after 15 minutes*' },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '<https://github.com/acme/shop/issues/12|#12 Checkout down> · P1 · investigating\nCheckout returns 502 for all users.\nOn call: @alice',
          },
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Paging: @heidi (GitHub)' }] },
      ],
    });
  });

  it('without mentions or text there is no paging line and no empty line', () => {
    const message = buildSlackMessage(notification({ mentions: [], text: '' }));
    expect(message.blocks).toHaveLength(2);
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '<https://github.com/acme/shop/issues/12|#12 Checkout down> · P1 · investigating' },
    });
    expect(message.text).not.toContain('Paging');
  });

  it('a title with <!channel>, <!here>, <@U123> and <!subteam^S1> pings nobody: Slack control characters are escaped', () => {
    const hostile = notification({
      incident: {
        ...notification().incident,
        title: 'Down <!channel> <!here|here> <@U0123ABC> <!subteam^S1> <https://evil.example|click>',
      },
      headline: 'Paging <!everyone>',
      text: 'R&D says: a < b > c',
    });
    const json = JSON.stringify(buildSlackMessage(hostile));
    for (const raw of ['<!channel>', '<!here', '<@U0123ABC>', '<!subteam', '<!everyone>', '<https://evil.example'])
      expect(json).not.toContain(raw);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;@U0123ABC&gt;');
    expect(json).toContain('R&amp;D says: a &lt; b &gt; c');
    // The only link is ours.
    expect(buildSlackMessage(hostile).blocks[1]).toMatchObject({
      text: {
        text: expect.stringMatching(/^<https:\/\/github\.com\/acme\/shop\/issues\/12\|#12 Down &lt;!channel&gt;/),
      },
    });
  });

  it('bare @here, @channel and @everyone in user text are broken with a word joiner', () => {
    expect(escapeSlack('ping @here and @Channel, not @everyone!')).toBe(
      'ping @\u2060here and @\u2060Channel, not @\u2060everyone!',
    );
    expect(escapeSlack('mail ops@heretic.dev or @hereford')).toBe('mail ops@heretic.dev or @hereford');
    const message = buildSlackMessage(notification({ text: 'everyone look @here', mentions: ['here', 'alice'] }));
    expect(JSON.stringify(message)).not.toMatch(/@here/);
    expect(message.blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Paging: @\u2060here, @alice (GitHub)' }],
    });
  });

  it('long text is cut to Slack’s 3,000-character section limit without leaving half an entity', () => {
    const message = buildSlackMessage(notification({ text: '&'.repeat(5000) }));
    const body = message.blocks[1];
    expect(body?.type === 'section' && body.text.text.length).toBeLessThanOrEqual(3000);
    expect(body?.type === 'section' && body.text.text).toMatch(/&amp;…$/);
  });

  it('a redacted notification shows only what it was given', () => {
    const redacted = notification({
      redacted: true,
      incident: { ...notification().incident, title: 'Security incident' },
      headline: 'Security incident reported',
      text: 'Details are restricted to the security team.',
      mentions: [],
    });
    const json = JSON.stringify(buildSlackMessage(redacted));
    expect(json).not.toContain('Checkout');
    expect(json).toContain('Security incident');
  });
});
