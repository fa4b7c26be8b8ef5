// The one Octokit factory: REST client with retry and throttling, a per-attempt timeout, honouring
// GITHUB_API_URL (GitHub Enterprise Server, or the emulator).
//
// Why the retry, and on the emulator the scheduling, are our own code: plugin-retry and
// plugin-throttling queue every request through Bottleneck, whose local datastore yields with
// setTimeout(0) four times per job (submit, register, run, free), each clamped by Node to ≥ 1 ms. One
// limiter costs ~4.5 ms; a GET went through three (retry, throttling's retry limiter, its global group)
// and a comment through five (+ the write and notification groups): ~15 ms and ~24 ms per request on
// the emulator, where plain Octokit takes ~1 ms. So throttling gets groups of our own: on GitHub the
// sliding-window budgets of pacing.ts (the first writes go at once, GitHub's secondary limits hold),
// with pacing 'none' limiters that call straight through. Retry has no such seam (plugin-retry builds a Bottleneck per request), so it
// is the small plugin below, with plugin-retry's rules, in both modes.
import { Octokit } from '@octokit/rest';
import type { Octokit as OctokitCore, OctokitOptions } from '@octokit/core';
import { throttling } from '@octokit/plugin-throttling';
import { pacedLimiters } from './pacing.js';
import { nodeFetch } from './transport.js';

export interface ClientOptions {
  token: string;
  baseUrl: string;
  userAgent?: string;
  /** 'github' stays within GitHub's secondary limits (pacing.ts); 'none' is for the emulator. */
  pacing: 'github' | 'none';
  /** Abort an attempt that has not answered after this many milliseconds (each retry gets its own). */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** plugin-retry's rules: these statuses are answers, not accidents; anything else ≥ 400 is retried. */
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 451]);
const RETRIES = 3;

interface RetryOptions {
  /** Milliseconds per second of backoff or `retry-after`: 1000 on GitHub, 10 on the emulator. */
  retryAfterBaseValue?: number;
}

/**
 * Retries a failed request (5xx, 429, network errors and timeouts, which Octokit reports as 500) up
 * to three times: after `retry-after` seconds when GitHub says, else after 1, 4 and 9 s (plugin-retry's
 * (n+1)² backoff). Registered before throttling, so throttling's rate-limit handling wraps it.
 */
function retry(octokit: OctokitCore, options: OctokitOptions): void {
  const base = (options.retry as RetryOptions | undefined)?.retryAfterBaseValue ?? 1000;
  octokit.hook.wrap('request', async (request, endpoint) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (error) {
        if (attempt >= RETRIES || !retryable(error)) throw error;
        const header = Number(error.response?.headers['retry-after'] ?? NaN);
        const seconds = Number.isFinite(header) && header >= 0 ? header : (attempt + 1) ** 2;
        await sleep(seconds * base);
      }
    }
  });
}

interface FailedRequest {
  status: number;
  request: unknown;
  response?: { headers: Record<string, string | number | undefined> };
}

/** A request that failed in a way worth repeating (a request the caller aborted has no `request`). */
function retryable(error: unknown): error is FailedRequest {
  if (typeof error !== 'object' || error === null || !('request' in error)) return false;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && !DO_NOT_RETRY.has(status);
}

const ThrottledOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof ThrottledOctokit>;

export function createClient(options: ClientOptions): Client {
  const log = options.log ?? (() => {});
  const fast = options.pacing === 'none';
  const limitHandler =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      log(
        `GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (attempt ${retryCount + 1})`,
      );
      return retryCount < 3;
    };
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'firebreak',
    // The timeout lives in fetch itself: a signal added in a `request` hook never reached fetch (a hung
    // request waited until the server dropped it), and one signal for the whole call would abort the
    // retries too. Here every attempt, retries and rate-limit waits aside, gets its own.
    request: { fetch: fetchWithTimeout(timeoutMs) },
    retry: { retryAfterBaseValue: fast ? 10 : 1000 } satisfies RetryOptions,
    throttle: {
      onRateLimit: limitHandler('rate limit'),
      onSecondaryRateLimit: limitHandler('secondary rate limit'),
      ...(fast ? { retryAfterBaseValue: 10, ...directLimiters() } : pacedLimiters()),
    },
  });
}

/** The transport (node:http, not the global fetch: transport.ts) with a timeout on each attempt. */
function fetchWithTimeout(timeoutMs: number): typeof nodeFetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return nodeFetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Task = (...args: unknown[]) => Promise<unknown>;
type FailedHandler = (
  error: unknown,
  info: { args: unknown[]; retryCount: number },
) => Promise<number | undefined | void> | number | undefined | void;

/**
 * The part of Bottleneck plugin-throttling uses, without the queue: groups that run a job at once, and
 * a retry limiter that asks the plugin's `failed` handler (rate limits) whether and when to run it
 * again. The plugin reads them from its options (its types list only some, hence `object`); they
 * replace its module-global Bottleneck groups for this client only.
 */
function directLimiters(): object {
  const direct = {
    schedule: (first: unknown, ...rest: unknown[]) =>
      typeof first === 'function' ? (first as Task)(...rest) : (rest[0] as Task)(...rest.slice(1)),
  };
  const group = { key: () => direct };
  let onFailed: FailedHandler | null = null;
  const retryLimiter = {
    on(event: string, handler: FailedHandler) {
      if (event === 'failed') onFailed = handler;
      return retryLimiter;
    },
    async schedule(task: Task, ...args: unknown[]): Promise<unknown> {
      // The handler bounds retries (limitHandler: 3); the cap only guards against a handler that never says no.
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await task(...args);
        } catch (error) {
          const wait = retryCount < 10 && onFailed ? await onFailed(error, { args, retryCount }) : undefined;
          if (typeof wait !== 'number') throw error;
          await sleep(wait);
        }
      }
    },
  };
  return { global: group, auth: group, search: group, write: group, notifications: group, retryLimiter };
}
