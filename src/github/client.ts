// The one Octokit factory: REST client with retry and throttling, a per-request timeout, honouring
// GITHUB_API_URL (GitHub Enterprise Server, or the emulator).
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export interface ClientOptions {
  token: string;
  baseUrl: string;
  userAgent?: string;
  /** 'github' keeps GitHub's recommended pacing (content creation 3 s apart); 'none' is for the emulator. */
  pacing: 'github' | 'none';
  /** Abort a request that has not answered after this many milliseconds. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

const ThrottledOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof ThrottledOctokit>;

export function createClient(options: ClientOptions): Client {
  const log = options.log ?? (() => {});
  const fast = options.pacing === 'none';
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  const limitHandler =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      log(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (attempt ${retryCount + 1})`);
      return retryCount < 3;
    };
  const client = new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'firebreak',
    retry: fast ? { retryAfterBaseValue: 10 } : {},
    throttle: {
      onRateLimit: limitHandler('rate limit'),
      onSecondaryRateLimit: limitHandler('secondary rate limit'),
      ...(fast ? { retryAfterBaseValue: 10, write: group(), notifications: group() } : {}),
    },
  });
  const timeoutMs = options.timeoutMs ?? 30_000;
  client.hook.wrap('request', async (request, endpoint) => {
    const signal = AbortSignal.timeout(timeoutMs);
    return request({ ...endpoint, request: { ...endpoint.request, signal } });
  });
  return client;
}
