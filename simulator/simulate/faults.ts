// Scenario-wide random GitHub faults: the `faults:` key of a scenario, the `--seed` / `--fault-rate`
// flags that override it, and applying it to the emulator. The emulator draws every decision from one
// seeded generator, so a scenario whose runs happen one after another fails the same requests on every
// replay with the same seed (concurrent steps interleave requests and give up that guarantee).
import { FAULT_KINDS, type FaultKind } from '../emulator/faults.js';
import type { Emulator } from '../emulator/index.js';

export interface ScenarioFaults {
  seed: number;
  /** Probability (0..1) that one of the bot's requests fails. */
  rate: number;
  kinds: FaultKind[];
  /** Which requests may fail: "METHOD /openapi/path/template", a template, or "*" (default every route). */
  routes?: string[];
  /** Only requests with these methods may fail (default all). */
  methods?: string[];
}

/** What GitHub does on a bad day; primaryLimit is left out because its reset is wall-clock time. */
export const DEFAULT_FAULT_KINDS: readonly FaultKind[] = [
  'status5xx',
  'rate429',
  'secondary403',
  'timeout',
  'dropAfterWrite',
  'latency',
];
export const DEFAULT_FAULT_RATE = 0.1;
export const DEFAULT_FAULT_SEED = 1;

export class FaultsError extends Error {}

/** Reads a `faults:` mapping (the top-level key, or a `fault: { random: … }` step). */
export function parseFaults(raw: unknown, where: string): ScenarioFaults {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new FaultsError(`${where} must be a mapping: { seed, rate, kinds?, routes?, methods? }`);
  const v = raw as Record<string, unknown>;
  const known = ['seed', 'rate', 'kinds', 'routes', 'methods'];
  const unknown = Object.keys(v).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new FaultsError(`${where}: unknown key "${unknown[0]}"; known: ${known.join(', ')}`);
  const seed = checkSeed(v.seed ?? DEFAULT_FAULT_SEED, `${where}.seed`);
  const rate = checkRate(v.rate ?? DEFAULT_FAULT_RATE, `${where}.rate`);
  const kinds = list(v.kinds, `${where}.kinds`) ?? [...DEFAULT_FAULT_KINDS];
  for (const kind of kinds) {
    if (!(FAULT_KINDS as readonly string[]).includes(kind))
      throw new FaultsError(`${where}.kinds: unknown fault "${kind}"; known: ${FAULT_KINDS.join(', ')}`);
  }
  const routes = list(v.routes, `${where}.routes`);
  // The emulator's random faults take one route pattern; a list keeps the format open for more.
  if (routes && routes.length > 1)
    throw new FaultsError(`${where}.routes: random faults apply to one route pattern (or "*"), got ${routes.length}`);
  const methods = list(v.methods, `${where}.methods`)?.map((m) => m.toUpperCase());
  return { seed, rate, kinds: kinds as FaultKind[], ...(routes ? { routes } : {}), ...(methods ? { methods } : {}) };
}

export interface FaultFlags {
  seed?: number;
  rate?: number;
}

/**
 * `--seed N` / `--fault-rate R`: either one turns random faults on for the whole scenario; what a flag
 * does not give comes from the scenario's `faults:` key, else the defaults (seed 1, rate 0.1, the six
 * kinds). `--fault-rate 0` turns them off.
 */
export function withFaultFlags(faults: ScenarioFaults | null, flags: FaultFlags): ScenarioFaults | null {
  if (flags.seed === undefined && flags.rate === undefined) return faults;
  const base = faults ?? { seed: DEFAULT_FAULT_SEED, rate: DEFAULT_FAULT_RATE, kinds: [...DEFAULT_FAULT_KINDS] };
  const next = {
    ...base,
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
    ...(flags.rate !== undefined ? { rate: flags.rate } : {}),
  };
  return next.rate > 0 ? next : null;
}

/** Parses the flag values as given on the command line; throws FaultsError with the flag's name. */
export function parseFaultFlags(values: { seed?: string; 'fault-rate'?: string }): FaultFlags {
  return {
    ...(values.seed !== undefined ? { seed: checkSeed(values.seed, '--seed') } : {}),
    ...(values['fault-rate'] !== undefined ? { rate: checkRate(values['fault-rate'], '--fault-rate') } : {}),
  };
}

/** Starts random faults on the bot's requests (replacing any earlier random faults; rules stay). */
export function applyFaults(emulator: Emulator, faults: ScenarioFaults): void {
  const route = faults.routes?.[0];
  emulator.faults.random({
    seed: faults.seed,
    rate: faults.rate,
    kinds: faults.kinds,
    ...(route !== undefined ? { route } : {}),
    ...(faults.methods ? { methods: faults.methods } : {}),
  });
}

export function describeFaults(faults: ScenarioFaults): string {
  return `seed ${faults.seed}, rate ${faults.rate}, ${faults.kinds.join(' ')}${faults.routes ? ` on ${faults.routes.join(', ')}` : ''}${faults.methods ? ` (${faults.methods.join(', ')})` : ''}`;
}

function checkSeed(value: unknown, what: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff)
    throw new FaultsError(`${what} must be a whole number from 0 to 4294967295, got ${JSON.stringify(value)}`);
  return n;
}

function checkRate(value: unknown, what: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !(n >= 0 && n <= 1))
    throw new FaultsError(`${what} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
  return n;
}

function list(value: unknown, what: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value : [value];
  if (items.some((item) => typeof item !== 'string' || item === ''))
    throw new FaultsError(`${what} must be a list of names`);
  return items as string[];
}
