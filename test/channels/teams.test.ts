// Microsoft Teams payloads: an Adaptive Card in the envelope Workflows webhooks (and the remaining
// connectors) accept; incident text is shown verbatim, never as markdown.
import { describe, expect, it } from 'vitest';
import { buildTeamsMessage } from '../../src/channels/index.js';
import { notification } from './support.js';

describe('Teams message', () => {
  it('an escalation is an Adaptive Card 1.4 with headline, incident, facts, text, who is paged and a link', () => {
    expect(buildTeamsMessage(notification())).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            msteams: { width: 'Full' },
            body: [
              {
                type: 'RichTextBlock',
                inlines: [
                  {
                    type: 'TextRun',
                    text: '[P1] Engineering Manager paged: not acknowledged after 15 minutes',
                    weight: 'Bolder',
                    size: 'Medium',
                  },
                ],
              },
              { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '#12 Checkout down' }] },
              {
                type: 'FactSet',
                facts: [
                  { title: 'Severity', value: 'P1' },
                  { title: 'Status', value: 'investigating' },
                ],
              },
              {
                type: 'RichTextBlock',
                inlines: [{ type: 'TextRun', text: 'Checkout returns 502 for all users.\nOn call: @alice' }],
              },
              {
                type: 'RichTextBlock',
                inlines: [{ type: 'TextRun', text: 'Paging: @heidi (GitHub)', isSubtle: true }],
              },
            ],
            actions: [
              { type: 'Action.OpenUrl', title: 'Open incident #12', url: 'https://github.com/acme/shop/issues/12' },
            ],
          },
        },
      ],
    });
  });

  it('user text goes into TextRuns as written (TextRuns are not markdown), with no mention entities', () => {
    const message = buildTeamsMessage(
      notification({ text: '[click me](https://evil.example) **now** @here', mentions: [] }),
    );
    const card = message.attachments[0].content;
    expect(card.body).toContainEqual({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: '[click me](https://evil.example) **now** @here' }],
    });
    expect(JSON.stringify(message)).not.toContain('"TextBlock"');
    expect(JSON.stringify(message)).not.toContain('entities');
  });

  it('very long text is cut so the card stays under Teams’ message size limit', () => {
    const message = buildTeamsMessage(notification({ text: 'x'.repeat(50_000) }));
    expect(JSON.stringify(message).length).toBeLessThan(28_000);
  });
});
