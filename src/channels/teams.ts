// Microsoft Teams: an Adaptive Card in a "message" envelope. Teams' Office 365 connectors (the old
// "Incoming Webhook", which took MessageCard) are being retired; their replacement, the Workflows app's
// "When a Teams webhook request is received" trigger, accepts only Adaptive Cards. The same envelope is
// also accepted by the connectors that still run, so one format works for old and new webhook URLs.
// User text goes in RichTextBlock TextRuns, which Teams shows verbatim (a TextBlock would render
// markdown, so an incident title could smuggle in a link); Teams mentions need explicit `msteams.entities`,
// which this card never carries, so "@here" in text pages nobody.
import { truncate } from './truncate.js';
import type { ChannelAdapter, Notification } from './types.js';

/** Teams rejects messages over about 28 KB; keep the free text well below it. */
const TEXT_MAX = 4000;

export interface TeamsMessage {
  type: 'message';
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: AdaptiveCard }];
}

export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.4';
  msteams: { width: 'Full' };
  body: unknown[];
  actions: { type: 'Action.OpenUrl'; title: string; url: string }[];
}

export function buildTeamsMessage(n: Notification): TeamsMessage {
  const { incident } = n;
  const body: unknown[] = [
    plain(truncate(`[${incident.severity}] ${n.headline}`, 500), { weight: 'Bolder', size: 'Medium' }),
    plain(truncate(`#${incident.number} ${incident.title}`, 500)),
    {
      type: 'FactSet',
      facts: [
        { title: 'Severity', value: incident.severity },
        { title: 'Status', value: incident.status },
      ],
    },
  ];
  if (n.text) body.push(plain(truncate(n.text, TEXT_MAX)));
  if (n.mentions && n.mentions.length > 0)
    body.push(plain(`Paging: ${n.mentions.map((m) => `@${m}`).join(', ')} (GitHub)`, { isSubtle: true }));
  return {
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
          body,
          actions: [{ type: 'Action.OpenUrl', title: `Open incident #${incident.number}`, url: incident.url }],
        },
      },
    ],
  };
}

/** A RichTextBlock with one TextRun: shown as written, no markdown. */
function plain(text: string, style: Record<string, unknown> = {}): unknown {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...style }] };
}

export const teamsAdapter: ChannelAdapter = {
  type: 'teams',
  secret: { field: 'urlFrom', key: 'url-from', holds: 'url' },
  request: (n, ctx) => ({ url: ctx.secret, body: buildTeamsMessage(n) }),
};
