// `firebreak relay`: a small HTTP server for monitoring tools that cannot shape their webhook body for
// GitHub (Alertmanager). POST /alerts/<source> (alertmanager, grafana, datadog, pagerduty, generic or
// auto) with a bearer token or an HMAC signature; each alert becomes one repository_dispatch
// `firebreak-alert` (shape.ts), sent through the gateway and retried with back-off. The answer is 202 only
// once GitHub accepted every alert of the body; otherwise 503, so the tool sends it again (the action's
// dedup key makes a repeat harmless). GET /healthz answers 200. One log line (JSON) per alert.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { GitHubGateway } from '../github/gateway.js';
import { ALERT_SOURCES } from '../domain/alerts/types.js';
import { authorised, type RelayAuth } from './auth.js';
import { EVENT_TYPE, shapeDispatches, type Dispatch } from './shape.js';

export const MAX_BODY_BYTES = 1_000_000;

export interface RelayOptions {
  gateway: GitHubGateway;
  auth: RelayAuth;
  /** Attempts per alert (the gateway's client retries each attempt too). */
  attempts?: number;
  /** Milliseconds before the second attempt; doubles each time. */
  backoffMs?: number;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

export function createRelay(options: RelayOptions): Server {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  return createServer((req, res) => {
    handle(req, res, options, log).catch((error: unknown) => {
      log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      if (!res.headersSent) answer(res, 500, { error: 'internal error' });
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: RelayOptions, log: (line: string) => void) {
  const url = new URL(req.url ?? '/', 'http://relay');
  if (req.method === 'GET' && url.pathname === '/healthz') return answer(res, 200, { ok: true });
  const match = /^\/alerts\/([a-z]+)\/?$/.exec(url.pathname);
  if (!match) return answer(res, 404, { error: 'POST /alerts/<source> or GET /healthz' });
  if (req.method !== 'POST') return answer(res, 405, { error: 'POST only' });
  const source = match[1] ?? '';
  if (source !== 'auto' && !(ALERT_SOURCES as readonly string[]).includes(source))
    return answer(res, 404, { error: `unknown source ${source}; known: auto, ${ALERT_SOURCES.join(', ')}` });
  const body = await readBody(req);
  if (body === null) return answer(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` });
  if (!authorised(options.auth, req.headers, body)) {
    log(JSON.stringify({ at: now(options), source, result: 'unauthorised' }));
    return answer(res, 401, { error: 'a valid bearer token or X-Firebreak-Signature is required' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return answer(res, 400, { error: 'the body is not JSON' });
  }
  const shaped = shapeDispatches(parsed, source);
  if (!shaped.ok) {
    log(JSON.stringify({ at: now(options), source, result: 'rejected', error: shaped.error }));
    return answer(res, 400, { error: shaped.error });
  }
  const results = [];
  for (const dispatch of shaped.dispatches) results.push(await send(dispatch, options, log, shaped.source));
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0)
    return answer(res, 503, {
      error: 'GitHub did not accept every alert; send the body again',
      accepted: results.length - failed.length,
      failed: failed.map((f) => f.error),
    });
  return answer(res, 202, { accepted: results.length, keys: shaped.dispatches.map((d) => d.key) });
}

async function send(
  dispatch: Dispatch,
  options: RelayOptions,
  log: (line: string) => void,
  source: string,
): Promise<{ ok: boolean; error?: string }> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  let delay = options.backoffMs ?? 1000;
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await options.gateway.dispatchRepositoryEvent(EVENT_TYPE, dispatch.clientPayload);
      log(line(options, source, dispatch, 'dispatched', attempt));
      return { ok: true };
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      const status = (e as { status?: number }).status;
      // A refusal (bad token, missing permission, payload GitHub will never take) is not retried.
      if (status !== undefined && [400, 401, 403, 404, 422].includes(status) && !/rate limit/i.test(error)) {
        log(line(options, source, dispatch, 'refused', attempt, error));
        return { ok: false, error };
      }
      if (attempt < attempts) {
        await sleep(delay);
        delay *= 2;
      }
    }
  }
  log(line(options, source, dispatch, 'failed', attempts, error));
  return { ok: false, error };
}

function line(options: RelayOptions, source: string, d: Dispatch, result: string, attempts: number, error?: string) {
  return JSON.stringify({
    at: now(options),
    source,
    key: d.key,
    status: d.status,
    title: d.title.slice(0, 120),
    result,
    attempts,
    ...(error ? { error: error.slice(0, 300) } : {}),
  });
}

function now(options: RelayOptions): string {
  return (options.now?.() ?? new Date()).toISOString();
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify(body)}\n`);
}
