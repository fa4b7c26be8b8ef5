// The HTTP transport under Octokit: a `fetch` for @octokit/request built on node:http and node:https
// with keep-alive agents. Node's global `fetch` is undici, which a run would load on its first request
// (about 40 MiB of memory and tens of milliseconds of CPU on every run); Octokit needs only a small part
// of fetch: send a method, headers and a string body; get the status, the headers, the body as text or
// bytes; abort on a signal. Errors look like fetch's: an abort rejects with the signal's reason, a
// network failure is a `TypeError` whose `cause` says what happened (@octokit/request reads both).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 10 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 10 });
const MAX_REDIRECTS = 5;

/** The part of a fetch Response @octokit/request reads. */
export interface TransportResponse {
  status: number;
  statusText: string;
  url: string;
  headers: ResponseHeaders;
  body: null;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface TransportInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

/** Lower-cased response headers: iterable as [name, value] and readable with get(), as fetch's Headers. */
export class ResponseHeaders implements Iterable<[string, string]> {
  private readonly values = new Map<string, string>();

  constructor(raw: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      this.values.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.values.entries();
  }
}

/** A fetch for Octokit's `request.fetch` option. */
export async function nodeFetch(input: string | URL, init: TransportInit = {}): Promise<TransportResponse> {
  let url = new URL(String(input));
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body ?? null;
  for (let hop = 0; ; hop++) {
    const response = await send(url, method, init.headers ?? {}, body, init.signal ?? null);
    const location = response.headers.get('location');
    const redirect = [301, 302, 303, 307, 308].includes(response.status) && location && init.redirect !== 'manual';
    if (!redirect || hop >= MAX_REDIRECTS) return response;
    if (init.redirect === 'error') throw networkError(`redirected to ${location}`);
    url = new URL(location, url);
    // 303, and 301/302 of a POST, turn into a GET without a body (as fetch does).
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = null;
    }
  }
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | null,
  signal: AbortSignal | null,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const secure = url.protocol === 'https:';
    const payload = body === null ? null : typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    const request = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method,
        agent: secure ? httpsAgent : httpAgent,
        headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(networkError(error.message, error)));
        res.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            url: url.toString(),
            headers: new ResponseHeaders(res.headers),
            body: null,
            text: async () => bytes.toString('utf8'),
            arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
          });
        });
      },
    );
    const onAbort = () => {
      request.destroy();
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? abortError(signal) : networkError(error.message, error));
    });
    request.end(payload ?? undefined);
  });
}

/**
 * What fetch rejects with when its signal aborts: the signal's reason — a TimeoutError for
 * AbortSignal.timeout (which @octokit/request reports as a retryable 500), an AbortError for abort().
 */
function abortError(signal: AbortSignal | null): unknown {
  if (signal?.reason !== undefined) return signal.reason;
  const error = new Error('This operation was aborted');
  error.name = 'AbortError';
  return error;
}

/** What fetch throws when the network fails: "fetch failed", with the cause. */
function networkError(message: string, cause?: Error): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause: cause ?? new Error(message) });
}
