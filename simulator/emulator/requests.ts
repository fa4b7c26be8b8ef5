// Counts API requests by "METHOD /openapi/path/template" so tests and benchmarks can hold the action to
// an API budget. Private routes (/_emulator, the notification receiver) are not counted.

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
  readonly log: RequestRecord[] = [];

  count(method: string, route: string): void {
    const key = `${method} ${route}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  record(entry: RequestRecord): void {
    this.log.push(entry);
  }

  /** Counts so far, keys sorted for stable output. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  reset(): void {
    this.counts = new Map();
    this.log.length = 0;
  }
}
