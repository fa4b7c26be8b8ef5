// Delivering to real HTTP endpoints on loopback: the emulator's notification receiver and scripted servers.
// A page that cannot be delivered comes back as a failed result saying why — never a thrown error, and
// never with the webhook URL or routing key in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliver, retryAfterMs, type DeliveryResult } from '../../src/channels/index.js';
import { startReceiver, type StandaloneReceiver } from '../../simulator/emulator/index.js';
import { channel, closedPort, deps, notification, scripted, type Scripted } from './support.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function receiver(): Promise<StandaloneReceiver> {
  const r = await startReceiver({ now: () => '2026-03-02T10:15:00Z' });
  open.push(r);
  return r;
}

async function server(...handlers: Parameters<typeof scripted>): Promise<Scripted> {
  const s = await scripted(...handlers);
  open.push(s);
  return s;
}

const slack = channel({ type: 'slack', id: 'ops-slack', urlFrom: 'SLACK_OPS_WEBHOOK' });
const pagerduty = channel({ type: 'pagerduty', id: 'pd', routingKeyFrom: 'PAGERDUTY_ROUTING_KEY' });

describe('delivery to each channel type', () => {
  it('Slack, Teams and a generic webhook each receive their payload at their own URL', async () => {
    const r = await receiver();
    const env = {
      SLACK_URL: `${r.url}/hooks/ops-slack`,
      TEAMS_URL: `${r.url}/hooks/ops-teams`,
      HOOK_URL: `${r.url}/hooks/ops-webhook`,
    };
    const results = await Promise.all([
      deliver(channel({ type: 'slack', urlFrom: 'SLACK_URL' }), notification(), deps(env)),
      deliver(channel({ type: 'teams', urlFrom: 'TEAMS_URL' }), notification(), deps(env)),
      deliver(channel({ type: 'webhook', urlFrom: 'HOOK_URL' }), notification(), deps(env)),
    ]);
    expect(results).toEqual<DeliveryResult[]>([
      { channel: 'ops-slack', ok: true, status: 200, attempts: 1 },
      { channel: 'ops-teams', ok: true, status: 200, attempts: 1 },
      { channel: 'ops-webhook', ok: true, status: 200, attempts: 1 },
    ]);
    const byChannel = Object.fromEntries(r.receiver.deliveries.map((d) => [d.channel, d.payload]));
    expect(byChannel['ops-slack']).toMatchObject({
      text: expect.stringContaining('*[P1] Engineering Manager paged'),
      blocks: expect.any(Array),
    });
    expect(byChannel['ops-teams']).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
    expect(byChannel['ops-webhook']).toMatchObject({
      firebreak: 1,
      key: 'escalation:0:engineering-manager',
      sentAt: '2026-03-02T10:15:00.000Z',
    });
  });

  it('PagerDuty gets a trigger with the routing key and the incident’s dedup_key', async () => {
    const r = await receiver();
    const result = await deliver(
      pagerduty,
      notification(),
      deps({ PAGERDUTY_ROUTING_KEY: 'R0UT1NGKEY' }, { pagerDutyUrl: `${r.url}/pagerduty/v2/enqueue` }),
    );
    expect(result).toEqual({ channel: 'pd', ok: true, status: 202, attempts: 1 });
    expect(r.receiver.deliveries[0]).toMatchObject({
      channel: 'pagerduty',
      payload: { routing_key: 'R0UT1NGKEY', event_action: 'trigger', dedup_key: 'firebreak/acme/shop#12' },
    });
  });

  it('PagerDuty defaults to events.pagerduty.com (checked without the network)', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response('{"status":"success"}', { status: 202 });
    };
    const result = await deliver(
      pagerduty,
      notification(),
      deps({ PAGERDUTY_ROUTING_KEY: 'R0UT1NGKEY' }, { fetch: fakeFetch }),
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual(['https://events.pagerduty.com/v2/enqueue']);
  });

  it('sends JSON with the idempotency key header to generic webhooks, and user:password as Basic auth', async () => {
    const s = await server((res) => res.writeHead(204).end());
    const url = s.url.replace('http://', 'http://bot:pa%24%24word@');
    const result = await deliver(channel({ type: 'webhook' }), notification(), deps({ HOOK_URL: `${url}/in` }));
    expect(result).toEqual({ channel: 'ops-webhook', ok: true, status: 204, attempts: 1 });
    expect(s.requests[0]?.path).toBe('/in');
    expect(s.requests[0]?.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'idempotency-key': 'escalation:0:engineering-manager',
      authorization: `Basic ${Buffer.from('bot:pa$$word').toString('base64')}`,
    });
  });
});

describe('retries', () => {
  it('a 500 is retried after 1 s and the second attempt succeeds', async () => {
    const r = await receiver();
    r.receiver.failNext(1, 500);
    const d = deps({ SLACK_OPS_WEBHOOK: `${r.url}/hooks/ops-slack` });
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: true,
      status: 200,
      attempts: 2,
    });
    expect(d.sleeps).toEqual([1000]);
    expect(r.receiver.refused).toHaveLength(1);
    expect(r.receiver.deliveries).toHaveLength(1);
  });

  it('three 5xx answers give up after 3 attempts with exponential backoff, and say so', async () => {
    const r = await receiver();
    r.receiver.failNext(5, 503);
    const d = deps({ SLACK_OPS_WEBHOOK: `${r.url}/hooks/ops-slack` });
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: 503,
      attempts: 3,
      error: 'ops-slack (slack): HTTP 503: receiver: failing on purpose (3 attempts)',
    });
    expect(d.sleeps).toEqual([1000, 2000]);
  });

  it('a 429 waits as long as Retry-After says', async () => {
    const s = await server(
      (res) => res.writeHead(429, { 'retry-after': '7' }).end('rate_limited'),
      (res) => res.writeHead(200).end('ok'),
    );
    const d = deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/ops-slack` });
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: true,
      status: 200,
      attempts: 2,
    });
    expect(d.sleeps).toEqual([7000]);
  });

  it('a 429 with an HTTP-date Retry-After waits until then; without Retry-After it backs off', async () => {
    const s = await server(
      (res) => res.writeHead(429, { 'retry-after': 'Mon, 02 Mar 2026 10:15:12 GMT' }).end(),
      (res) => res.writeHead(429).end(),
      (res) => res.writeHead(200).end('ok'),
    );
    const d = deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/ops-slack` });
    expect(await deliver(slack, notification(), d)).toMatchObject({ ok: true, attempts: 3 });
    expect(d.sleeps).toEqual([12_000, 2000]);
  });

  it('a 429 asking for more than 30 s is not waited for: the delivery fails and says why', async () => {
    const s = await server((res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const d = deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/ops-slack` });
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: 429,
      attempts: 1,
      error:
        'ops-slack (slack): HTTP 429; asked to retry after 120 s, more than the 30 s a run waits (1 attempt, not retried)',
    });
    expect(d.sleeps).toEqual([]);
  });

  it('a 400 is final: no retry, and Slack’s reason is shown', async () => {
    const s = await server((res) => res.writeHead(400).end('invalid_payload'));
    const d = deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/ops-slack` });
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: 400,
      attempts: 1,
      error: 'ops-slack (slack): HTTP 400: invalid_payload (1 attempt, not retried)',
    });
    expect(s.requests).toHaveLength(1);
    expect(d.sleeps).toEqual([]);
  });

  it('a redirect is not followed (the secret URL is not sent anywhere else)', async () => {
    const s = await server((res) => res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end());
    const result = await deliver(slack, notification(), deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/ops-slack` }));
    expect(result).toMatchObject({ ok: false, status: 302, attempts: 1 });
    expect(result.error).toContain('redirects are not followed');
  });

  it('an endpoint that never answers times out on every attempt', async () => {
    const s = await server(() => undefined);
    const d = deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/ops-slack` }, { timeoutMs: 150 });
    const started = Date.now();
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: null,
      attempts: 3,
      error: 'ops-slack (slack): no answer within 0.15 s (3 attempts)',
    });
    expect(s.requests).toHaveLength(3);
    expect(d.sleeps).toEqual([1000, 2000]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('the timeout defaults to 10 s per attempt', async () => {
    const timeout = vi.spyOn(AbortSignal, 'timeout');
    const fakeFetch: typeof fetch = async () => new Response('ok');
    await deliver(
      slack,
      notification(),
      deps({ SLACK_OPS_WEBHOOK: 'https://hooks.slack.com/services/T/B/x' }, { fetch: fakeFetch }),
    );
    expect(timeout.mock.calls).toEqual([[10_000]]);
    timeout.mockRestore();
  });

  it('a request fetch refuses to build (a bare TypeError) is final: retrying cannot fix it', async () => {
    const refusing: typeof fetch = async () => {
      throw new TypeError('Headers.append: invalid header value');
    };
    const d = deps({ SLACK_OPS_WEBHOOK: 'https://hooks.slack.com/services/T/B/x' }, { fetch: refusing });
    expect(await deliver(slack, notification(), d)).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: null,
      attempts: 1,
      error:
        'ops-slack (slack): request refused before sending: Headers.append: invalid header value (1 attempt, not retried)',
    });
    expect(d.sleeps).toEqual([]);
  });

  it('reads Retry-After as seconds or an HTTP-date', () => {
    const now = () => new Date('2026-03-02T10:15:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Mon, 02 Mar 2026 10:15:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 10:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

describe('secrets', () => {
  it('a missing variable fails without a request and names the variable', async () => {
    let calls = 0;
    const counting: typeof fetch = async () => {
      calls++;
      return new Response('ok');
    };
    expect(await deliver(slack, notification(), deps({}, { fetch: counting }))).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: null,
      attempts: 0,
      error:
        "channel ops-slack (slack): environment variable SLACK_OPS_WEBHOOK is not set or empty; set it from a secret in the workflow step's env (SLACK_OPS_WEBHOOK: ${{ secrets.SLACK_OPS_WEBHOOK }})",
    });
    expect(
      (await deliver(pagerduty, notification(), deps({ PAGERDUTY_ROUTING_KEY: '  ' }, { fetch: counting }))).error,
    ).toContain('PAGERDUTY_ROUTING_KEY is not set or empty');
    expect(calls).toBe(0);
  });

  it('a channel that names no variable, or a variable that holds no URL, is reported without the value', async () => {
    const noVariable = await deliver(channel({ type: 'teams', urlFrom: undefined }), notification(), deps({}));
    expect(noVariable.error).toBe(
      'channel ops-teams (teams) names no `url-from`: say which environment variable holds its url',
    );
    const notUrl = await deliver(slack, notification(), deps({ SLACK_OPS_WEBHOOK: 'xoxb-SECRET-TOKEN-123' }));
    expect(notUrl).toEqual({
      channel: 'ops-slack',
      ok: false,
      status: null,
      attempts: 0,
      error: 'channel ops-slack (slack): environment variable SLACK_OPS_WEBHOOK does not hold an http(s) URL',
    });
    const ftp = await deliver(slack, notification(), deps({ SLACK_OPS_WEBHOOK: 'ftp://files.example/SECRET' }));
    expect(ftp.error).not.toContain('SECRET');
  });

  it('a URL with a token in it that fails to connect is never echoed, nor any part of it', async () => {
    const port = await closedPort();
    const secretUrl = `http://hookuser:hunter2pass@127.0.0.1:${port}/services/T0SECRET1/B0SECRET2/tok3nXYZsecretvalue?sig=SIGsecret987`;
    const d = deps({ SLACK_OPS_WEBHOOK: secretUrl });
    const result = await deliver(slack, notification(), d);
    expect(result).toMatchObject({ channel: 'ops-slack', ok: false, status: null, attempts: 3 });
    expect(result.error).toMatch(/^ops-slack \(slack\): network error: connection refused \(/);
    assertNoSecret(result, [
      secretUrl,
      'hunter2pass',
      'hookuser',
      'T0SECRET1',
      'B0SECRET2',
      'tok3nXYZsecretvalue',
      'SIGsecret987',
      `127.0.0.1:${port}/services`,
    ]);
  });

  it('a transport error that quotes the URL (as some do) is scrubbed', async () => {
    const secretUrl = 'https://hooks.slack.com/services/T0AAA/B0BBB/tok3nXYZsecretvalue';
    const quoting: typeof fetch = async (input) => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(
          new Error(
            `getaddrinfo ENOTFOUND while posting to ${String(input)} (path /services/T0AAA/B0BBB/tok3nXYZsecretvalue)`,
          ),
          { code: 'ENOTFOUND' },
        ),
      });
    };
    const result = await deliver(slack, notification(), deps({ SLACK_OPS_WEBHOOK: secretUrl }, { fetch: quoting }));
    expect(result.error).toContain('network error: host not found');
    assertNoSecret(result, [secretUrl, 'tok3nXYZsecretvalue', 'hooks.slack.com/services']);
  });

  it('an error body that echoes the URL or the routing key is scrubbed', async () => {
    const s = await server((res) => res.writeHead(400).end(`bad request to ${s.url}/hooks/tok3nXYZsecretvalue`));
    const hook = await deliver(
      slack,
      notification(),
      deps({ SLACK_OPS_WEBHOOK: `${s.url}/hooks/tok3nXYZsecretvalue` }),
    );
    assertNoSecret(hook, ['tok3nXYZsecretvalue', `${s.url}/hooks`]);
    expect(hook.error).toBe('ops-slack (slack): HTTP 400: bad request to *** (1 attempt, not retried)');

    const pd = await server((res) =>
      res
        .writeHead(400)
        .end(
          '{"status":"invalid event","message":"Event object is invalid","errors":["routing_key R0UT1NGKEYsecret is unknown"]}',
        ),
    );
    const paged = await deliver(
      pagerduty,
      notification(),
      deps({ PAGERDUTY_ROUTING_KEY: 'R0UT1NGKEYsecret' }, { pagerDutyUrl: `${pd.url}/pagerduty/v2/enqueue` }),
    );
    expect(paged).toMatchObject({ ok: false, status: 400, attempts: 1 });
    assertNoSecret(paged, ['R0UT1NGKEYsecret']);
    expect(paged.error).toContain('routing_key *** is unknown');
  });
});

function assertNoSecret(result: DeliveryResult, secrets: string[]): void {
  const text = JSON.stringify(result);
  for (const secret of secrets) expect(text).not.toContain(secret);
}
