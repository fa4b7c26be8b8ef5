// The notification receiver: stands in for Slack/Teams/generic webhooks (POST /hooks/<channel>) and
// PagerDuty's Events API v2 (POST /pagerduty/v2/enqueue) on loopback, recording what arrives. It can
// be told to fail the next deliveries so retries can be tested.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  /** The <channel> of /hooks/<channel>, or "pagerduty". */
  channel: string;
  /** Emulator clock time of arrival. */
  at: string;
  payload: unknown;
}

const HOOK = /^\/hooks\/([^/]+)\/?$/;
const PAGERDUTY = '/pagerduty/v2/enqueue';

export class Receiver {
  readonly deliveries: Delivery[] = [];
  /** Deliveries answered with a failure (not recorded in `deliveries`). */
  readonly refused: Delivery[] = [];
  private failures: { remaining: number; status: number } = { remaining: 0, status: 500 };

  constructor(private readonly now: () => string) {}

  /** The next `n` deliveries are answered with `status` (default 500) and not recorded. */
  failNext(n: number, status = 500): void {
    this.failures = { remaining: n, status };
  }

  clear(): void {
    this.deliveries.length = 0;
    this.refused.length = 0;
    this.failures.remaining = 0;
  }

  handles(method: string, pathname: string): boolean {
    return method === 'POST' && (pathname === PAGERDUTY || HOOK.test(pathname));
  }

  handle(pathname: string, body: Buffer, res: ServerResponse): void {
    const channel = pathname === PAGERDUTY ? 'pagerduty' : decodeURIComponent(HOOK.exec(pathname)?.[1] ?? '');
    const delivery: Delivery = { channel, at: this.now(), payload: parse(body) };
    if (this.failures.remaining > 0) {
      this.failures.remaining--;
      this.refused.push(delivery);
      res.writeHead(this.failures.status, { 'content-type': 'text/plain' }).end('receiver: failing on purpose');
      return;
    }
    this.deliveries.push(delivery);
    if (channel === 'pagerduty') {
      const dedupKey = (delivery.payload as { dedup_key?: unknown } | null)?.dedup_key;
      const answer = {
        status: 'success',
        message: 'Event processed',
        dedup_key: typeof dedupKey === 'string' ? dedupKey : `emulator-${this.deliveries.length}`,
      };
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      return;
    }
    // Slack answers a plain "ok"; the other webhook services accept any 2xx.
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }
}

function parse(body: Buffer): unknown {
  const text = body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface StandaloneReceiver {
  url: string;
  receiver: Receiver;
  close(): Promise<void>;
}

/** A receiver on its own loopback port, for tests that want notifications apart from the emulator. */
export async function startReceiver(options: { port?: number; now?: () => string } = {}): Promise<StandaloneReceiver> {
  const receiver = new Receiver(options.now ?? (() => new Date().toISOString()));
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    void readBody(req).then((body) => {
      if (receiver.handles(req.method ?? '', pathname)) receiver.handle(pathname, body, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    receiver,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
