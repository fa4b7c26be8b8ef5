// Sending one notification to one channel: read the secret, build the request, POST it with retries.
// Never throws: every failure comes back as a DeliveryResult whose error is safe to log and show, so the
// caller can record it in the summary and the job log instead of losing it.
//
// Retries: up to 3 attempts on network errors, timeouts, 429 and 5xx, with exponential backoff (1 s, 2 s)
// through the injected sleep. A 429's Retry-After is honoured when it asks for at most 30 s; asking for
// more ends the delivery (reported as failed) rather than hammering a rate-limited service early. Other
// 4xx and 3xx are final: the request or the URL is wrong and sending it again will not help.
import { stripControls } from '../text/controls.js';
import { PAGERDUTY_EVENTS_URL } from './pagerduty.js';
import { defaultChannels, type ChannelRegistry } from './registry.js';
import { readSecret, scrub, secretFragments } from './secrets.js';
import type { Channel, ChannelAdapter, ChannelRequest, DeliveryDeps, DeliveryResult, Notification } from './types.js';

export const MAX_ATTEMPTS = 3;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const BACKOFF_BASE_MS = 1_000;
export const MAX_RETRY_AFTER_MS = 30_000;
/** How much of an error response body is shown (Slack answers "invalid_payload", "no_service", …). */
const BODY_SNIPPET = 200;
/** The final message is scrubbed again with the fragments long enough never to match our own words. */
const STRONG_FRAGMENT = 12;

type Outcome =
  | { kind: 'ok'; status: number }
  | { kind: 'retry'; status: number | null; reason: string; waitMs: number | null }
  | { kind: 'final'; status: number | null; reason: string };

export async function deliver(
  channel: Channel,
  notification: Notification,
  deps: DeliveryDeps,
  registry: ChannelRegistry = defaultChannels,
): Promise<DeliveryResult> {
  const label = `${channel.id} (${channel.type})`;
  const failed = (error: string): DeliveryResult => ({
    channel: channel.id,
    ok: false,
    status: null,
    attempts: 0,
    error,
  });

  let adapter: ChannelAdapter;
  try {
    adapter = registry.get(channel.type);
  } catch (error) {
    return failed(`channel ${channel.id}: ${describe(error)}`);
  }
  const secret = readSecret(channel, adapter, deps.env);
  if (!secret.ok) return failed(secret.error);

  const fragments = secretFragments(secret.value);
  const strong = fragments.filter((f) => f.length >= STRONG_FRAGMENT);
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let target: { url: string; headers: Record<string, string> };
  let request: ChannelRequest;
  try {
    request = adapter.request(notification, {
      secret: secret.value,
      repo: deps.repo,
      sentAt: now().toISOString(),
      pagerDutyUrl: deps.pagerDutyUrl ?? PAGERDUTY_EVENTS_URL,
    });
    target = withoutCredentials(request);
  } catch (error) {
    return failed(scrub(`${label}: could not build the request: ${describe(error)}`, fragments));
  }
  const { url, headers } = target;
  const init = {
    method: 'POST',
    redirect: 'manual' as const,
    headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'firebreak', ...headers },
    body: stripControls(JSON.stringify(request.body)),
  };

  let attempts = 0;
  let last: Outcome = { kind: 'final', status: null, reason: 'not sent' };
  while (attempts < MAX_ATTEMPTS) {
    attempts++;
    last = await attempt(deps.fetch, url, init, timeoutMs, now);
    if (last.kind !== 'retry' || attempts === MAX_ATTEMPTS) break;
    const waitMs = last.waitMs ?? BACKOFF_BASE_MS * 2 ** (attempts - 1);
    if (waitMs > MAX_RETRY_AFTER_MS) {
      last = {
        kind: 'final',
        status: last.status,
        reason: `${last.reason}; asked to retry after ${Math.ceil(waitMs / 1000)} s, more than the ${MAX_RETRY_AFTER_MS / 1000} s a run waits`,
      };
      break;
    }
    await deps.sleep(waitMs);
  }
  if (last.kind === 'ok') return { channel: channel.id, ok: true, status: last.status, attempts };
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  const error = scrub(
    `${label}: ${scrub(last.reason, fragments)} (${tries}${last.kind === 'final' && attempts < MAX_ATTEMPTS ? ', not retried' : ''})`,
    strong,
  );
  return { channel: channel.id, ok: false, status: last.status, attempts, error };
}

async function attempt(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  now: () => Date,
): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return networkOutcome(error, timeoutMs);
  }
  // Read the body either way: it frees the connection, and error bodies say what is wrong.
  let body = '';
  try {
    body = await response.text();
  } catch {
    body = '';
  }
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'ok', status };
  const reason = `HTTP ${status}${snippet(body)}`;
  if (status === 429)
    return { kind: 'retry', status, reason, waitMs: retryAfterMs(response.headers.get('retry-after'), now) };
  if (status >= 500) return { kind: 'retry', status, reason, waitMs: null };
  if (status >= 300 && status < 400)
    return { kind: 'final', status, reason: `${reason}: redirects are not followed; configure the final URL` };
  return { kind: 'final', status, reason };
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

function networkOutcome(error: unknown, timeoutMs: number): Outcome {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return { kind: 'retry', status: null, reason: `no answer within ${timeoutMs / 1000} s`, waitMs: null };
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  // fetch rejects with a bare TypeError (no cause) when the request itself is malformed: retrying cannot help.
  if (error instanceof TypeError && cause === undefined)
    return { kind: 'final', status: null, reason: `request refused before sending: ${describe(error)}` };
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const detail = typeof cause?.message === 'string' && cause.message ? cause.message : describe(error);
  return {
    kind: 'retry',
    status: null,
    reason: `network error: ${NETWORK_CODES[code] ?? 'request failed'}${detail ? ` (${detail})` : ''}`,
    waitMs: null,
  };
}

/** Retry-After in milliseconds: delta-seconds or an HTTP-date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: () => Date = () => new Date()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now().getTime());
}

/** fetch refuses URLs with user:password, so they become a Basic Authorization header instead. */
function withoutCredentials(request: ChannelRequest): { url: string; headers: Record<string, string> } {
  const url = new URL(request.url);
  const headers = { ...request.headers };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  return { url: url.href, headers };
}

function snippet(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  return `: ${text.length > BODY_SNIPPET ? `${text.slice(0, BODY_SNIPPET)}…` : text}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
