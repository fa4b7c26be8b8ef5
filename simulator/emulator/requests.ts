// Counts API requests by "METHOD /openapi/path/template" so tests and benchmarks can hold the action to
// an API budget. Private routes (/_emulator, the notification receiver) are not counted, and neither
// are conditional requests answered 304 (as on GitHub): those are counted apart, as `notModified`.

export interface RequestRecord {
  at: string;
  method: string;
  route: string;
  status: number;
  login: string;
  /** The fault injected into this request, if any. */
  fault?: string;
}

export class RequestCounter {
  private counts = new Map<string, number>();
  private unchanged = new Map<string, number>();
  readonly log: RequestRecord[] = [];

  count(method: string, route: string): void {
    const key = `${method} ${route}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** A request counted by `count` was answered 304: it moves to the uncounted side. */
  notModified(method: string, route: string): void {
    const key = `${method} ${route}`;
    const n = this.counts.get(key) ?? 0;
    if (n <= 1) this.counts.delete(key);
    else this.counts.set(key, n - 1);
    this.unchanged.set(key, (this.unchanged.get(key) ?? 0) + 1);
  }

  record(entry: RequestRecord): void {
    this.log.push(entry);
  }

  /** Counts so far, keys sorted for stable output. */
  snapshot(): Record<string, number> {
    return sorted(this.counts);
  }

  /** Conditional requests answered 304 (not counted against the rate limit), keys sorted. */
  notModifiedSnapshot(): Record<string, number> {
    return sorted(this.unchanged);
  }

  total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  reset(): void {
    this.counts = new Map();
    this.unchanged = new Map();
    this.log.length = 0;
  }
}

function sorted(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
