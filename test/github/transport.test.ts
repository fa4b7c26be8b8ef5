// The node:http transport under Octokit answers as fetch does where @octokit/request looks: status,
// headers (iterable and get()), text, redirects followed, an abort rejecting with the signal's reason,
// and a refused connection as a TypeError with its cause.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../src/github/transport.js';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.url === '/moved') return void res.writeHead(301, { location: '/echo' }).end();
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000);
      res.writeHead(201, { 'content-type': 'application/json', 'x-ratelimit-remaining': '42' });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, auth: req.headers.authorization ?? null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('nodeFetch', () => {
  it('sends the method, headers and body; gives the status, headers and text', async () => {
    const response = await nodeFetch(`${base}/echo`, {
      method: 'POST',
      headers: { authorization: 'token t' },
      body: '{"a":"é"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('42');
    expect(Object.fromEntries(response.headers)).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(await response.text())).toEqual({
      method: 'POST',
      url: '/echo',
      body: '{"a":"é"}',
      auth: 'token t',
    });
  });

  it('follows a redirect; a 301 of a POST becomes a GET, as fetch does', async () => {
    const response = await nodeFetch(`${base}/moved`, { method: 'POST', body: 'x' });
    expect(response.url).toBe(`${base}/echo`);
    expect(JSON.parse(await response.text())).toMatchObject({ method: 'GET', body: '' });
  });

  it("rejects with the signal's reason on a timeout, and with a TypeError and its cause when nobody listens", async () => {
    const timedOut = await nodeFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect((timedOut as Error).name).toBe('TimeoutError');
    const refused = await nodeFetch('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect(String((refused as { cause?: Error }).cause?.message)).toMatch(/ECONNREFUSED/);
  });
});
