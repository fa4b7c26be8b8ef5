// Channel secrets: read from the environment variable the configuration names, and kept out of every
// message. A webhook URL *is* the credential (Slack's path, a Teams Workflows `sig=` query, a generic
// receiver's token), so an error may show neither the URL nor any distinctive part of it.
import type { Channel, ChannelAdapter } from './types.js';

export type SecretRead = { ok: true; value: string } | { ok: false; error: string };

const MASK = '***';

/** The secret of `channel`, or an error that names the variable (never its value) and how to fix it. */
export function readSecret(
  channel: Channel,
  adapter: ChannelAdapter,
  env: Record<string, string | undefined>,
): SecretRead {
  const { field, key, holds } = adapter.secret;
  const name = channel[field];
  if (!name)
    return {
      ok: false,
      error: `channel ${channel.id} (${channel.type}) names no \`${key}\`: say which environment variable holds its ${holds}`,
    };
  const value = env[name]?.trim() ?? '';
  if (value === '') {
    // An unset repository secret interpolates to "" in a workflow, so empty and missing look the same to us.
    return {
      ok: false,
      error: `channel ${channel.id} (${channel.type}): environment variable ${name} is not set or empty; set it from a secret in the workflow step's env (${name}: \${{ secrets.${name} }})`,
    };
  }
  if (holds === 'url' && !isHttpUrl(value)) {
    return {
      ok: false,
      error: `channel ${channel.id} (${channel.type}): environment variable ${name} does not hold an http(s) URL`,
    };
  }
  return { ok: true, value };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The strings a message must not contain: the secret itself and, for a URL, each part that could identify it. */
export function secretFragments(value: string): string[] {
  const fragments = new Set([value, value.trim(), safeEncode(value)]);
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
    const add = (part: string, min: number): void => {
      for (const p of [part, safeDecode(part)]) if (p.length >= min) fragments.add(p);
    };
    add(url.href, 1);
    add(`${url.host}${url.pathname}`, 1);
    add(url.pathname, 2);
    add(url.search, 2);
    add(url.hash, 2);
    add(url.host, 4);
    add(url.hostname, 4);
    add(url.username, 3);
    add(url.password, 3);
    for (const segment of url.pathname.split('/')) add(segment, 6);
    for (const [, v] of url.searchParams) add(v, 4);
    for (const raw of url.search.slice(1).split('&')) add(raw.slice(raw.indexOf('=') + 1), 4);
  }
  return [...fragments].filter((f) => f.length > 0);
}

/** `text` with every fragment replaced by "***", longest first so a URL goes before its parts. */
export function scrub(text: string, fragments: readonly string[]): string {
  let out = text;
  for (const f of [...fragments].sort((a, b) => b.length - a.length)) out = out.split(f).join(MASK);
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function safeEncode(text: string): string {
  return encodeURIComponent(text);
}
