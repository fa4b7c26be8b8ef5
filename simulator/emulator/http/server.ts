// The HTTP side: authenticate, route, count, inject faults, run the handler, and answer in GitHub's
// format. Handlers are synchronous functions of the in-memory state; only faults make anything wait.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authorize, type Principal } from '../access.js';
import { ApiError, DOCS } from '../errors.js';
import type { FaultDecision, Faults } from '../faults.js';
import { rateLimitHeaders, type RateLimits } from '../rate-limits.js';
import { readBody, type Receiver } from '../receiver.js';
import type { RequestCounter } from '../requests.js';
import type { World } from '../world.js';
import type { RouteMatch, RouteResponse, Router } from './router.js';

export interface ResponseRecord {
  method: string;
  route: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  login: string;
}

export interface ServerDeps {
  world: World;
  router: Router;
  faults: Faults;
  requests: RequestCounter;
  receiver: Receiver;
  rateLimits: RateLimits;
  /** Principal for an Authorization header; null for an unknown token. */
  authenticate(header: string | undefined): Principal | null;
  /** The emulator's own routes under /_emulator (not GitHub's, not counted). */
  privateRoute(method: string, pathname: string, body: unknown): RouteResponse | undefined;
  onResponse?: (record: ResponseRecord) => void;
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-github-media-type': 'github.v3; format=json',
};

export function createApiServer(deps: ServerDeps): Server {
  const timers = new Set<NodeJS.Timeout>();
  let serial = 0;
  const server = createServer((req, res) => {
    handle(deps, req, res, { timers, requestId: `EMU0:${++serial}` }).catch((error: unknown) => {
      if (!res.headersSent)
        res
          .writeHead(500, JSON_HEADERS)
          .end(JSON.stringify({ message: `emulator: ${String(error)}`, documentation_url: DOCS }));
    });
  });
  server.on('close', () => {
    for (const t of timers) clearTimeout(t);
  });
  return server;
}

interface Connection {
  timers: Set<NodeJS.Timeout>;
  requestId: string;
}

async function handle(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  { timers, requestId }: Connection,
): Promise<void> {
  const { world } = deps;
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const pathname = url.pathname.replace(/\/{2,}/g, '/');
  const raw = await readBody(req);

  if (deps.receiver.handles(method, pathname)) {
    deps.receiver.handle(pathname, raw, res);
    return;
  }
  const headers: Record<string, string> = {
    ...JSON_HEADERS,
    'x-github-request-id': requestId,
    date: new Date(world.clock.nowMs()).toUTCString(),
  };
  const send = (status: number, body: unknown, extra: Record<string, string> = {}, rawBody?: Buffer): void => {
    const all = { ...headers, ...extra };
    if (status === 204 || status === 304) res.writeHead(status, all).end();
    else if (rawBody) res.writeHead(status, all).end(rawBody);
    else res.writeHead(status, all).end(JSON.stringify(body));
  };

  let body: unknown;
  try {
    body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    if (!pathname.startsWith('/_emulator/')) {
      deps.requests.count(method, deps.router.match(method, pathname)?.route.path ?? pathname);
      send(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      return;
    }
  }

  if (pathname.startsWith('/_emulator/')) {
    const answer = deps.privateRoute(method, pathname, body);
    if (answer) send(answer.status, answer.body, answer.headers, answer.raw);
    else send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return;
  }

  const match = deps.router.match(method, pathname);
  const route = match?.route.path ?? pathname;
  deps.requests.count(method, route);
  const actor = deps.authenticate(req.headers.authorization);
  const finish = (
    status: number,
    payload: unknown,
    extra: Record<string, string> = {},
    rawBody?: Buffer,
    fault?: string,
  ): void => {
    const login = actor?.account.login ?? '';
    deps.requests.record({ at: world.now(), method, route, status, login, ...(fault ? { fault } : {}) });
    deps.onResponse?.({ method, route, status, body: payload, headers: { ...headers, ...extra }, login });
    send(status, payload, extra, rawBody);
  };

  if (!actor) {
    finish(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    return;
  }
  const limit = deps.rateLimits.take(actor);
  Object.assign(headers, limit.headers);
  if (limit.exhausted) {
    finish(403, {
      message: `API rate limit exceeded for ${actor.account.login}.`,
      documentation_url: DOCS,
      status: '403',
    });
    return;
  }
  if (!match) {
    finish(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return;
  }

  const fault = deps.faults.pick({ method, route, actor, path: `${pathname}${url.search}` });
  if (fault && (await injectBefore(fault, res, timers, (s, b, h) => finish(s, b, h, undefined, fault.kind)))) {
    if (fault.kind === 'timeout')
      deps.requests.record({
        at: world.now(),
        method,
        route,
        status: 0,
        login: actor.account.login,
        fault: fault.kind,
      });
    return;
  }

  let response: RouteResponse;
  try {
    response = run(deps, match, { method, pathname, query: url.searchParams, body, actor, req });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    response = { status: error.status, body: error.body, headers: error.headers };
  }
  if (fault?.kind === 'dropAfterWrite') {
    // The write happened; the client never hears about it.
    deps.requests.record({ at: world.now(), method, route, status: 0, login: actor.account.login, fault: fault.kind });
    res.socket?.destroy();
    return;
  }
  const validator = method === 'GET' && response.status === 200 ? etagOf(actor, req, response) : null;
  if (validator && matches(req.headers['if-none-match'], validator)) {
    // As on GitHub: a conditional request answered 304 does not count against the primary rate limit.
    deps.rateLimits.refund(actor);
    deps.requests.notModified(method, route);
    finish(304, undefined, { ...response.headers, etag: validator }, undefined, fault?.kind);
    return;
  }
  finish(
    response.status,
    response.body,
    validator ? { ...response.headers, etag: validator } : response.headers,
    response.raw,
    fault?.kind,
  );
}

/**
 * A GET's validator, as GitHub sends it: a weak ETag that changes with the representation and with who
 * asks (GitHub's varies on Authorization and Accept).
 */
function etagOf(actor: Principal, req: IncomingMessage, response: RouteResponse): string {
  const hash = createHash('sha1')
    .update(`${actor.account.login}\n${req.headers.accept ?? ''}\n`)
    .update(response.raw ?? JSON.stringify(response.body ?? null))
    .digest('hex');
  return `W/"${hash}"`;
}

/** Whether an If-None-Match header names this validator (weak comparison, `*` matches anything). */
function matches(header: string | string[] | undefined, validator: string): boolean {
  if (header === undefined) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim());
  const weak = (t: string): string => t.replace(/^W\//, '');
  return tags.some((t) => t === '*' || weak(t) === weak(validator));
}

interface Incoming {
  method: string;
  pathname: string;
  query: URLSearchParams;
  body: unknown;
  actor: Principal;
  req: IncomingMessage;
}

function run(deps: ServerDeps, match: RouteMatch, incoming: Incoming): RouteResponse {
  const { world } = deps;
  const request = {
    world,
    actor: incoming.actor,
    params: match.params,
    query: incoming.query,
    body: incoming.body,
    headers: incoming.req.headers,
    pathname: incoming.pathname,
  };
  if (match.route.global) return match.route.global(request);
  const { owner, repo: name } = match.params;
  // Every route the emulator serves is under /repos/{owner}/{repo}; seeing the repository is the floor.
  const repo = world.repository(owner ?? '', name ?? '');
  authorize(incoming.actor, repo, 'read');
  return match.route.handler({ ...request, repo });
}

const sleep = (ms: number, timers: Set<NodeJS.Timeout>): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
  });

/** Applies a fault that acts before the handler runs; true when the request is finished with. */
async function injectBefore(
  fault: FaultDecision,
  res: ServerResponse,
  timers: Set<NodeJS.Timeout>,
  finish: (status: number, body: unknown, headers: Record<string, string>) => void,
): Promise<boolean> {
  switch (fault.kind) {
    case 'latency':
      await sleep(fault.ms ?? 0, timers);
      return false;
    case 'dropAfterWrite':
      return false;
    case 'timeout':
      // Hold the socket without answering; drop it after `ms` if the client has not given up by then.
      if (fault.ms !== undefined) {
        await sleep(fault.ms, timers);
        res.socket?.destroy();
      }
      return true;
    case 'status5xx':
      finish(fault.status, { message: 'Server Error', documentation_url: DOCS, status: String(fault.status) }, {});
      return true;
    case 'rate429':
      finish(
        429,
        { message: 'Too Many Requests', documentation_url: DOCS, status: '429' },
        { 'retry-after': String(fault.retryAfter) },
      );
      return true;
    case 'secondary403':
      finish(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID EMU0.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(fault.retryAfter) },
      );
      return true;
    case 'primaryLimit':
      finish(
        403,
        {
          message: 'API rate limit exceeded for installation.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
        rateLimitHeaders(1000, 0, fault.resetAfter * 1000),
      );
      return true;
  }
}
