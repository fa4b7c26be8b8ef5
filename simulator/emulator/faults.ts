// Fault injection: make GitHub misbehave on purpose, one rule at a time or at a seeded random rate.
// By default only requests made with the bot's token (the action under test) are affected, so a
// scenario's own setup and UI steps never see them.
import type { Principal } from './access.js';

export type FaultKind =
  | 'status5xx'
  | 'rate429'
  | 'secondary403'
  | 'primaryLimit'
  | 'latency'
  | 'timeout'
  | 'dropAfterWrite';

export const FAULT_KINDS: readonly FaultKind[] = [
  'status5xx',
  'rate429',
  'secondary403',
  'primaryLimit',
  'latency',
  'timeout',
  'dropAfterWrite',
];

export interface FaultSpec {
  kind: FaultKind;
  /**
   * Which requests: "METHOD /openapi/path/template" (METHOD may be "*"), a template alone (any
   * method), or "*" / omitted for every route.
   */
  route?: string;
  /** How many matching requests fail (default 1; Infinity for all). */
  times?: number;
  /** Let this many matching requests through before failing (default 0). */
  after?: number;
  /** status5xx: the status (default 500). */
  status?: number;
  /** rate429 and secondary403: the retry-after header in seconds (default 1). */
  retryAfter?: number;
  /** primaryLimit: seconds until x-ratelimit-reset (default 1). */
  resetAfter?: number;
  /** latency: delay before answering; timeout: how long to hold the socket before dropping it (default: until the client gives up). */
  ms?: number;
  /** Whose requests: "bot" (default: GITHUB_TOKEN), "any", or a login. */
  who?: string;
}

export interface RandomFaults {
  seed: number;
  /** Probability (0..1) that an eligible request fails. */
  rate: number;
  kinds?: FaultKind[];
  route?: string;
  who?: string;
  /** Only these methods (default: all). */
  methods?: string[];
}

export interface FaultDecision {
  kind: FaultKind;
  status: number;
  retryAfter: number;
  resetAfter: number;
  ms: number | undefined;
}

export interface InjectedFault {
  at: string;
  method: string;
  route: string;
  kind: FaultKind;
}

interface Rule {
  spec: FaultSpec;
  seen: number;
  fired: number;
}

export interface RequestInfo {
  method: string;
  route: string;
  actor: Principal;
  /** The request's own path and query (e.g. /repos/acme/shop/issues/1/comments?per_page=100). */
  path?: string;
}

function routeMatches(pattern: string | undefined, method: string, route: string): boolean {
  if (pattern === undefined || pattern === '*') return true;
  const space = pattern.indexOf(' ');
  if (space < 0) return pattern === route;
  const [m, path] = [pattern.slice(0, space), pattern.slice(space + 1)];
  return (m === '*' || m.toUpperCase() === method) && (path === '*' || path === route);
}

function whoMatches(who: string | undefined, actor: Principal): boolean {
  if (who === undefined || who === 'bot') return actor.kind === 'integration';
  if (who === 'any') return true;
  return actor.account.login.toLowerCase() === who.toLowerCase();
}

/** mulberry32: small, fast and good enough to make fault runs reproducible from a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a with MurmurHash3's finaliser: a well-mixed 32-bit seed from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Faults {
  private rules: Rule[] = [];
  private randomMode: (RandomFaults & { made: Map<string, number> }) | null = null;
  /** Every fault injected so far, in order. */
  readonly log: InjectedFault[] = [];

  constructor(private readonly now: () => string) {}

  add(spec: FaultSpec): void {
    if (!(FAULT_KINDS as readonly string[]).includes(spec.kind))
      throw new Error(`faults.add: unknown kind ${spec.kind}`);
    this.rules.push({ spec, seen: 0, fired: 0 });
  }

  random(options: RandomFaults): void {
    if (!(options.rate >= 0 && options.rate <= 1)) throw new RangeError('faults.random: rate must be between 0 and 1');
    this.randomMode = { ...options, made: new Map() };
  }

  clear(): void {
    this.rules = [];
    this.randomMode = null;
  }

  /** Rules that have not fired as often as asked. */
  get pending(): FaultSpec[] {
    return this.rules.filter((r) => r.fired < (r.spec.times ?? 1)).map((r) => r.spec);
  }

  /** The fault to inject for this request, if any (and records it). */
  pick(request: RequestInfo): FaultDecision | null {
    const decision = this.fromRules(request) ?? this.fromRandom(request);
    if (decision) this.log.push({ at: this.now(), method: request.method, route: request.route, kind: decision.kind });
    return decision;
  }

  private fromRules({ method, route, actor }: RequestInfo): FaultDecision | null {
    for (const rule of this.rules) {
      const { spec } = rule;
      if (rule.fired >= (spec.times ?? 1)) continue;
      if (!routeMatches(spec.route, method, route) || !whoMatches(spec.who, actor)) continue;
      rule.seen++;
      if (rule.seen <= (spec.after ?? 0)) continue;
      rule.fired++;
      return decide(spec);
    }
    return null;
  }

  /**
   * A random fault is drawn from the seed, the request itself (method, path and query) and how many times
   * that request was made before, not from one stream shared by all requests: requests a run sends in
   * parallel reach the emulator in an order that depends on timing, and must fail the same way in
   * either order for a seed to replay the same run.
   */
  private fromRandom({ method, route, actor, path }: RequestInfo): FaultDecision | null {
    const mode = this.randomMode;
    if (!mode || !routeMatches(mode.route, method, route) || !whoMatches(mode.who, actor)) return null;
    if (mode.methods && !mode.methods.map((m) => m.toUpperCase()).includes(method)) return null;
    const request = `${method} ${path ?? route}`;
    const nth = mode.made.get(request) ?? 0;
    mode.made.set(request, nth + 1);
    const next = prng(hash(`${mode.seed} ${nth} ${request}`));
    if (next() >= mode.rate) return null;
    const kinds = mode.kinds && mode.kinds.length > 0 ? mode.kinds : FAULT_KINDS;
    const kind = kinds[Math.floor(next() * kinds.length)] as FaultKind;
    // A random timeout holds the socket for a second rather than forever, so runs always finish.
    return decide({ kind, ms: kind === 'timeout' ? 1000 : kind === 'latency' ? 50 : undefined });
  }
}

const decide = (spec: FaultSpec): FaultDecision => ({
  kind: spec.kind,
  status: spec.status ?? 500,
  retryAfter: spec.retryAfter ?? 1,
  resetAfter: spec.resetAfter ?? 1,
  ms: spec.ms ?? (spec.kind === 'latency' ? 200 : undefined),
});
