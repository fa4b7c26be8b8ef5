// Pacing that fits an incident. plugin-throttling's default groups space every write 1 s apart and every
// content-creating request (comments, issues, pull requests) 3 s apart, so a triage run's third comment
// waits 6 s before it is sent. GitHub's documented secondary limits are budgets, not gaps: at most 80
// content-creating requests a minute and 500 an hour per token, and 900 points a minute (a GET costs 1,
// any other method 5). These limiters let requests go at once while the budgets in the trailing
// windows have room, and wait only as long as it takes for the oldest request to leave the window.
// They plug into plugin-throttling's group seam, so its handling of `retry-after`, `x-ratelimit-reset`
// and secondary-limit answers (client.ts: limitHandler) is unchanged.
//
// https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits

export interface PacingClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPacingClock: PacingClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface Budget {
  /** The most cost the window holds. */
  limit: number;
  windowMs: number;
}

/** GitHub's secondary limits, per token. */
export const CONTENT_PER_MINUTE: Budget = { limit: 80, windowMs: 60_000 };
export const CONTENT_PER_HOUR: Budget = { limit: 500, windowMs: 3_600_000 };
export const POINTS_PER_MINUTE: Budget = { limit: 900, windowMs: 60_000 };

/** Points a request costs against the per-minute budget. */
export const pointsOf = (method: string): number => (method === 'GET' || method === 'HEAD' ? 1 : 5);

/**
 * Trailing windows over one series of requests: `take(cost)` resolves when every window has room for
 * `cost` more, and records it. Requests are admitted in the order they asked.
 */
export class SlidingWindows {
  private readonly taken: Array<{ at: number; cost: number }> = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly budgets: readonly Budget[],
    private readonly clock: PacingClock = realPacingClock,
  ) {}

  take(cost: number): Promise<void> {
    const turn = this.queue.then(() => this.admit(cost));
    this.queue = turn.catch(() => {});
    return turn;
  }

  /** How long a request of `cost` would wait now (0: at once). */
  waitFor(cost: number): number {
    const now = this.clock.now();
    let wait = 0;
    for (const budget of this.budgets) {
      const inWindow = this.taken.filter((t) => t.at > now - budget.windowMs);
      let used = inWindow.reduce((sum, t) => sum + t.cost, 0);
      // Wait until enough of the oldest requests leave this window.
      for (const t of inWindow) {
        if (used + cost <= budget.limit) break;
        used -= t.cost;
        wait = Math.max(wait, t.at + budget.windowMs - now);
      }
    }
    return wait;
  }

  private async admit(cost: number): Promise<void> {
    for (let wait = this.waitFor(cost); wait > 0; wait = this.waitFor(cost)) await this.clock.sleep(wait);
    const now = this.clock.now();
    this.taken.push({ at: now, cost });
    const longest = Math.max(...this.budgets.map((b) => b.windowMs));
    while (this.taken.length > 0 && (this.taken[0]?.at ?? now) <= now - longest) this.taken.shift();
  }
}

type Task = (...args: unknown[]) => Promise<unknown>;

/** A Bottleneck.Group-shaped limiter: `key(id).schedule([options], task, ...args)`, as plugin-throttling calls it. */
function group(before: (args: unknown[]) => Promise<void>): object {
  const limiter = {
    async schedule(first: unknown, ...rest: unknown[]): Promise<unknown> {
      const [task, args] = typeof first === 'function' ? [first as Task, rest] : [rest[0] as Task, rest.slice(1)];
      await before(args);
      return task(...args);
    },
  };
  return { key: () => limiter };
}

/**
 * The groups for plugin-throttling's options: every request is charged its points (the global and auth
 * groups see the request's options, with its method); content-creating requests (plugin-throttling's
 * `notifications` group, which it asks for comments, issues and pull requests) share the 80-a-minute and
 * 500-an-hour budgets. Writes are no longer spaced apart on their own.
 */
export function pacedLimiters(clock: PacingClock = realPacingClock): Record<string, object> {
  const points = new SlidingWindows([POINTS_PER_MINUTE], clock);
  const content = new SlidingWindows([CONTENT_PER_MINUTE, CONTENT_PER_HOUR], clock);
  const charged = group(async (args) => {
    const options = args[0] as { method?: string } | undefined;
    await points.take(pointsOf(String(options?.method ?? 'GET').toUpperCase()));
  });
  const free = group(async () => {});
  return {
    global: charged,
    auth: charged,
    search: free,
    write: free,
    notifications: group(() => content.take(1)),
  };
}
