// `/evidence <description> [url] [sha256]`. The url is the last http(s) token of the line (trailing
// sentence punctuation and `<…>` autolink brackets removed); the sha256 is the last token of 64 hex digits
// (optionally written `sha256:…`). Both may stand anywhere, but only when they end the line are they cut
// from the description, so the description stays the responder's own words, verbatim: "dump at
// https://x then more" keeps its url in the description and also records it as the url.

import type { Command } from './types.js';

type Evidence = Extract<Command, { kind: 'evidence' }>;
export type EvidenceResult = { ok: true; command: Evidence } | { ok: false; problem: string };

const SHA256 = /^(?:sha256[:=])?([0-9a-f]{64})$/i;

interface Token {
  start: number;
  value: string;
}

export function parseEvidence(text: string): EvidenceResult {
  const tokens: Token[] = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, value: match[0] }));
  const urlToken = lastOf(tokens, (token) => urlIn(token.value) !== undefined);
  const hashToken = lastOf(tokens, (token) => SHA256.test(token.value));

  let end = tokens.length;
  while (end > 0 && (tokens[end - 1] === urlToken || tokens[end - 1] === hashToken)) end--;
  const descriptionEnd = end === tokens.length ? text.length : (tokens[end]?.start ?? text.length);
  const description = text
    .slice(0, descriptionEnd)
    .trimEnd()
    .replace(/\s*[-–—:,]$/, '');
  if (description === '')
    return {
      ok: false,
      problem: 'Describe the evidence before its link and hash, e.g. what it is and where it came from.',
    };

  const command: Evidence = { kind: 'evidence', description };
  const url = urlToken && urlIn(urlToken.value);
  if (url) command.url = url;
  const hash = hashToken && SHA256.exec(hashToken.value)?.[1];
  if (hash) command.sha256 = hash.toLowerCase();
  return { ok: true, command };
}

function lastOf(tokens: Token[], test: (token: Token) => boolean): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token && test(token)) return token;
  }
  return undefined;
}

/** The absolute http(s) URL a token holds, as typed, without autolink brackets or trailing punctuation. */
function urlIn(token: string): string | undefined {
  const candidate = token.replace(/[.,;:!?]+$/, '').replace(/^<(.*)>$/, '$1');
  if (!/^https?:\/\/[^\s<>"]+$/i.test(candidate)) return undefined;
  try {
    return new URL(candidate).host === '' ? undefined : candidate;
  } catch {
    return undefined;
  }
}
