// GitHub's primary rate limit headers: GITHUB_TOKEN gets 1,000 requests per hour per repository, people
// 5,000, anonymous callers 60. Windows run on the emulator clock; enforcement is opt-in.
import type { Principal } from './access.js';

const LIMITS: Record<Principal['kind'], number> = { integration: 1000, user: 5000, anonymous: 60 };
const HOUR_MS = 3_600_000;

interface Window {
  start: number;
  used: number;
}

export class RateLimits {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly nowMs: () => number,
    private readonly enforce: boolean,
  ) {}

  /** Counts one request; returns the headers to send and whether the budget was already spent. */
  take(actor: Principal): { headers: Record<string, string>; exhausted: boolean } {
    const key = `${actor.kind}:${actor.account.login}`;
    const now = this.nowMs();
    let window = this.windows.get(key);
    if (!window || now - window.start >= HOUR_MS) {
      window = { start: now, used: 0 };
      this.windows.set(key, window);
    }
    const limit = LIMITS[actor.kind];
    const exhausted = this.enforce && window.used >= limit;
    if (!exhausted) window.used++;
    return { headers: rateLimitHeaders(limit, limit - window.used, window.start + HOUR_MS - now), exhausted };
  }

  /** Gives back a request taken for a conditional GET that GitHub answered 304 (not counted). */
  refund(actor: Principal): void {
    const window = this.windows.get(`${actor.kind}:${actor.account.login}`);
    if (window && window.used > 0) window.used--;
  }
}

/**
 * `x-ratelimit-reset` is the one wall-clock value the emulator sends: clients compute how long to wait
 * by comparing it with their own clock, so it must be "now + remaining" in real time.
 */
export function rateLimitHeaders(limit: number, remaining: number, resetInMs: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(remaining, 0)),
    'x-ratelimit-used': String(limit - Math.max(remaining, 0)),
    'x-ratelimit-reset': String(Math.ceil((Date.now() + Math.max(resetInMs, 0)) / 1000)),
    'x-ratelimit-resource': 'core',
  };
}
