// Slack incoming webhooks: `text` (the notification and fallback) plus Block Kit `blocks`. Slack parses
// `<…>` in text as links and mentions (`<!channel>`, `<!here>`, `<@U123>`, `<!subteam^…>`) and `&` as the
// start of an entity, so every user-supplied string is escaped as Slack documents (&amp; &lt; &gt;).
// Bare "@here"/"@channel"/"@everyone" are broken with a word joiner as well, in case a workspace or a
// future payload option turns on name linking: an incident title must never page a whole channel.
import { truncate } from './truncate.js';
import type { ChannelAdapter, Notification } from './types.js';

/** Slack's limit for a section block's text. */
const SECTION_MAX = 3000;
const WORD_JOINER = '\u2060';

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export type SlackBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] };

/** Text that Slack shows as written: control characters escaped, broadcast mentions neutralised. */
export function escapeSlack(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=(?:here|channel|everyone)\b)/gi, `@${WORD_JOINER}`);
}

export function buildSlackMessage(n: Notification): SlackMessage {
  const { incident } = n;
  const headline = `*${escapeSlack(`[${incident.severity}] ${n.headline}`)}*`;
  const link = `<${escapeSlack(incident.url)}|${escapeSlack(`#${incident.number} ${incident.title}`)}>`;
  const facts = `${link} · ${incident.severity} · ${escapeSlack(incident.status)}`;
  const paging =
    n.mentions && n.mentions.length > 0
      ? `Paging: ${escapeSlack(n.mentions.map((m) => `@${m}`).join(', '))} (GitHub)`
      : '';
  const blocks: SlackBlock[] = [section(headline), section(`${facts}${n.text ? `\n${escapeSlack(n.text)}` : ''}`)];
  if (paging) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cut(paging) }] });
  return { text: cut([headline, facts, paging].filter(Boolean).join('\n')), blocks };
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text) } };
}

/** Truncate escaped text without leaving half an entity ("&am…") behind. */
function cut(text: string): string {
  if (text.length <= SECTION_MAX) return text;
  const cutText = truncate(text, SECTION_MAX);
  return cutText.replace(/&[a-z]{0,3}…$/, '…');
}

export const slackAdapter: ChannelAdapter = {
  type: 'slack',
  secret: { field: 'urlFrom', key: 'url-from', holds: 'url' },
  request: (n, ctx) => ({ url: ctx.secret, body: buildSlackMessage(n) }),
};
