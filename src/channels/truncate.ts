// Services cap field lengths (PagerDuty's summary 1,024 characters, Slack's section text 3,000) and reject
// or silently cut what is longer; cutting ourselves keeps the message valid and marks the cut.

const ELLIPSIS = '…';

/** `text` cut to at most `max` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}
