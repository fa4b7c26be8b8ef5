// `firebreak relay` end to end on the emulator's HTTP API: the real Alertmanager example payloads go in
// over HTTP with a bearer token or an HMAC signature, come out as repository_dispatch firebreak-alert
// (one per alert, within GitHub's limits), with retries on 5xx that neither lose nor double an alert.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../simulator/emulator/index.js';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { createRelay } from '../../src/relay/server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/alerts/${name}.json`, import.meta.url), 'utf8');
let emulator: Emulator | null = null;
let relay: Server | null = null;

async function start(options: { login?: string; attempts?: number } = {}) {
  emulator = await startEmulator({ start: '2026-03-02T10:00:00Z', users: { alice: 'write', bob: 'read' } });
  const token = options.login ? emulator.tokenFor(options.login) : emulator.botToken;
  const gateway = new OctokitGateway(createClient({ token, baseUrl: emulator.url, pacing: 'none', timeoutMs: 3000 }), {
    owner: 'acme',
    repo: 'shop',
  });
  const lines: string[] = [];
  relay = createRelay({
    gateway,
    auth: { token: 's3cret', hmacSecret: 'hmac-key' },
    attempts: options.attempts ?? 4,
    backoffMs: 1,
    log: (line) => lines.push(line),
  });
  await new Promise<void>((resolve) => relay?.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
  const post = (path: string, body: string, headers: Record<string, string> = { authorization: 'Bearer s3cret' }) =>
    fetch(`${url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const dispatched = () =>
    (emulator?.webhooks ?? [])
      .filter((w) => w.name === 'repository_dispatch')
      .map((w) => w.payload.client_payload as Record<string, unknown>);
  return { url, post, dispatched, lines, e: emulator };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (relay ? relay.close(() => resolve()) : resolve()));
  await emulator?.close();
  relay = null;
  emulator = null;
});

describe('firebreak relay', () => {
  it('answers /healthz; turns an Alertmanager group into one dispatch per alert; logs one line per alert', async () => {
    const r = await start();
    expect((await fetch(`${r.url}/healthz`)).status).toBe(200);
    const res = await r.post('/alerts/alertmanager', fixture('alertmanager-group'));
    expect(res.status).toBe(202);
    const sent = r.dispatched();
    expect(sent).toHaveLength(2);
    for (const p of sent) expect(Object.keys(p)).toEqual(['source', 'key', 'status', 'payload']);
    expect(r.lines.map((l) => (JSON.parse(l) as { result: string }).result)).toEqual(['dispatched', 'dispatched']);
  });

  it('refuses a wrong token, a forged signature, an unknown source and a malformed body, sending nothing', async () => {
    const r = await start();
    const body = fixture('alertmanager-firing');
    expect((await r.post('/alerts/alertmanager', body, { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await r.post('/alerts/alertmanager', body, { 'x-firebreak-signature': 'sha256=00' })).status).toBe(401);
    expect((await r.post('/alerts/alertmanager', body, {})).status).toBe(401);
    expect((await r.post('/alerts/nagios', body)).status).toBe(404);
    expect((await r.post('/alerts/alertmanager', '{not json')).status).toBe(400);
    expect((await r.post('/alerts/auto', '{"hello":"world"}')).status).toBe(400);
    expect((await r.post('/alerts/auto', 'x'.repeat(1_100_000))).status).toBe(413);
    expect(r.dispatched()).toEqual([]);
    const signature = `sha256=${createHmac('sha256', 'hmac-key').update(body).digest('hex')}`;
    expect((await r.post('/alerts/alertmanager', body, { 'x-firebreak-signature': signature })).status).toBe(202);
    expect(r.dispatched()).toHaveLength(1);
  });

  it('a huge annotation is trimmed under GitHub’s size limit', async () => {
    const r = await start();
    const big = JSON.parse(fixture('alertmanager-firing')) as {
      alerts: Array<{ annotations: Record<string, string> }>;
    };
    big.alerts[0]!.annotations.description = 'z'.repeat(600_000);
    expect((await r.post('/alerts/alertmanager', JSON.stringify(big))).status).toBe(202);
    expect(JSON.stringify(r.dispatched()[0]).length).toBeLessThan(64_000);
  });

  it('retries while GitHub answers 5xx: the alert is accepted exactly once', async () => {
    const r = await start();
    r.e.faults.add({ kind: 'status5xx', status: 502, route: 'POST /repos/{owner}/{repo}/dispatches', times: 5 });
    expect((await r.post('/alerts/alertmanager', fixture('alertmanager-firing'))).status).toBe(202);
    expect(r.dispatched()).toHaveLength(1);
  });

  it('answers 503 (so the tool sends again) when GitHub keeps failing, and when the token may not dispatch', async () => {
    const r = await start({ attempts: 2 });
    r.e.faults.add({ kind: 'status5xx', status: 500, route: 'POST /repos/{owner}/{repo}/dispatches', times: 1000 });
    expect((await r.post('/alerts/alertmanager', fixture('alertmanager-firing'))).status).toBe(503);
    expect(r.dispatched()).toEqual([]);
    expect(r.lines.map((l) => (JSON.parse(l) as { result: string }).result)).toEqual(['failed']);
  });

  it('a token below contents: write is refused by GitHub and not retried', async () => {
    const r = await start({ login: 'bob' });
    const res = await r.post('/alerts/alertmanager', fixture('alertmanager-firing'));
    expect(res.status).toBe(503);
    expect(r.dispatched()).toEqual([]);
    expect(r.lines.map((l) => (JSON.parse(l) as { result: string; attempts: number }).attempts)).toEqual([1]);
  });
});
