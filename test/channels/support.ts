// Shared fixtures for the channel tests: a P1 escalation, channels of each type, and deps that record sleeps.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Channel } from '../../src/config/types.js';
import type { DeliveryDeps, Notification } from '../../src/channels/index.js';

export const REPO = 'acme/shop';
export const NOW = new Date('2026-03-02T10:15:00Z');

export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    key: 'escalation:0:engineering-manager',
    kind: 'escalation',
    incident: {
      number: 12,
      title: 'Checkout down',
      url: 'https://github.com/acme/shop/issues/12',
      severity: 'P1',
      status: 'investigating',
    },
    headline: 'Engineering Manager paged: not acknowledged after 15 minutes',
    text: 'Checkout returns 502 for all users.\nOn call: @alice',
    mentions: ['heidi'],
    redacted: false,
    ...overrides,
  };
}

export function channel(overrides: Partial<Channel> & Pick<Channel, 'type'>): Channel {
  const secretKey = overrides.type === 'pagerduty' ? { routingKeyFrom: 'PD_KEY' } : { urlFrom: 'HOOK_URL' };
  return { id: `ops-${overrides.type}`, severities: ['P0', 'P1', 'P2', 'P3', 'P4'], ...secretKey, ...overrides };
}

export interface RecordingDeps extends DeliveryDeps {
  sleeps: number[];
}

export function deps(env: Record<string, string | undefined>, overrides: Partial<DeliveryDeps> = {}): RecordingDeps {
  const sleeps: number[] = [];
  return {
    env,
    fetch: globalThis.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    repo: REPO,
    now: () => NOW,
    ...overrides,
    sleeps,
  };
}

export interface Scripted {
  url: string;
  /** Every request the server saw: path, headers and parsed body. */
  requests: { path: string; headers: IncomingMessage['headers']; body: unknown }[];
  close(): Promise<void>;
}

/** A loopback server answering each request with the next scripted handler (the last one repeats). */
export async function scripted(...handlers: ((res: ServerResponse) => void)[]): Promise<Scripted> {
  const requests: Scripted['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({ path: req.url ?? '', headers: req.headers, body: text ? (JSON.parse(text) as unknown) : null });
      const handler = handlers[Math.min(requests.length - 1, handlers.length - 1)];
      handler?.(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (opened, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
