// Routing: which escalation policy and which commander rotation an incident uses, from the services it
// affects (as PagerDuty maps services to escalation policies).
//
// Strictest policy, precisely. For one severity, a policy's *ladder* is the ascending list of the
// `after` minutes of its steps that apply to that severity. Policy A is stricter than B for a severity
// when, comparing the ladders rung by rung, A pages sooner at the first rung where they differ; when one
// ladder is the other plus more rungs, the longer one is stricter (it keeps paging); when the ladders are
// equal, the one that stops later is stricter (resolved > mitigated > acknowledged). Severities are
// compared in this order: the incident's own severity first (when given), then P0, P1, … P4; the first
// severity that tells the policies apart decides. A complete tie goes to the service listed first.
import type { Config, EscalationPolicy, Rotation, Severity, StopCondition } from '../../config/types.js';
import { SEVERITIES } from '../../config/types.js';

export interface IncidentRoute {
  policy: EscalationPolicy;
  /** The commander rotation, which `{ kind: 'oncall' }` targets page; null when none is configured. */
  rotation: Rotation | null;
  /** The service whose policy won; null when the default policy applies because no known service was named. */
  service: string | null;
  /** How the route was chosen, in words, for the summary and the job log. */
  why: string;
}

export type RoutingConfig = Pick<Config, 'services' | 'policies' | 'defaultPolicy' | 'rotations' | 'defaultRotation'>;

const STOP_RANK: Record<StopCondition, number> = { acknowledged: 0, mitigated: 1, resolved: 2 };

/** The `after` minutes of the policy's steps for one severity, ascending. */
export function ladder(policy: EscalationPolicy, severity: Severity): number[] {
  return policy.steps
    .filter((step) => step.severities.includes(severity))
    .map((step) => step.after)
    .sort((a, b) => a - b);
}

/** Negative when `a` is stricter than `b` for `severity`, positive when laxer, 0 when equally strict. */
function compareFor(a: EscalationPolicy, b: EscalationPolicy, severity: Severity): number {
  const la = ladder(a, severity);
  const lb = ladder(b, severity);
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const ra = la[i];
    const rb = lb[i];
    if (ra === undefined) return 1; // b keeps paging after a has stopped
    if (rb === undefined) return -1;
    if (ra !== rb) return ra - rb;
  }
  return STOP_RANK[b.stopOn[severity]] - STOP_RANK[a.stopOn[severity]];
}

/** Negative when `a` is the stricter policy (see the file comment), positive when `b` is, 0 on a tie. */
export function comparePolicies(a: EscalationPolicy, b: EscalationPolicy, severity?: Severity): number {
  const order = severity ? [severity, ...SEVERITIES.filter((s) => s !== severity)] : [...SEVERITIES];
  for (const s of order) {
    const c = compareFor(a, b, s);
    if (c !== 0) return c;
  }
  return 0;
}

interface Candidate {
  service: string;
  policy: EscalationPolicy;
}

function quoteList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

/**
 * The route of an incident affecting `services` (service ids, in the order the incident lists them).
 * Policy: the strictest of the affected services' policies (a service without one uses the default
 * policy), else the default policy. Rotation: the winning service's rotation, else the first affected
 * service that names one, else the default rotation. Unknown service, policy or rotation ids are skipped
 * and reported in `why`. Throws only when the default policy itself is missing (a configuration error
 * the loader rejects first).
 */
export function routeIncident(config: RoutingConfig, services: readonly string[], severity?: Severity): IncidentRoute {
  const fallback = config.policies[config.defaultPolicy];
  if (!fallback) throw new Error(`default policy "${config.defaultPolicy}" is not defined in policies`);
  const notes: string[] = [];

  const known: string[] = [];
  const unknown: string[] = [];
  for (const id of services) {
    if (known.includes(id) || unknown.includes(id)) continue;
    (config.services[id] ? known : unknown).push(id);
  }

  const candidates: Candidate[] = known.map((service) => {
    const wanted = config.services[service]?.policy;
    const policy = wanted === undefined ? undefined : config.policies[wanted];
    if (wanted !== undefined && !policy) {
      notes.push(`service "${service}" names unknown policy "${wanted}", so it uses the default policy`);
    }
    return { service, policy: policy ?? fallback };
  });

  let winner: Candidate | null = null;
  for (const candidate of candidates) {
    if (!winner || comparePolicies(candidate.policy, winner.policy, severity) < 0) winner = candidate;
  }

  const parts: string[] = [];
  if (!winner) {
    parts.push(
      `default policy "${fallback.id}" (${known.length === 0 && unknown.length === 0 ? 'no service named' : 'no known service'})`,
    );
  } else if (new Set(candidates.map((c) => c.policy.id)).size > 1) {
    const of = candidates.map((c) => `${c.service} → ${c.policy.id}`).join(', ');
    parts.push(
      `policy "${winner.policy.id}" of service "${winner.service}", the strictest${severity ? ` for ${severity}` : ''} of ${of}`,
    );
  } else {
    const from = candidates.length > 1 ? `services ${quoteList(known)}` : `service "${winner.service}"`;
    parts.push(`policy "${winner.policy.id}" of ${from}`);
  }

  const rotation = pickRotation(config, known, winner?.service ?? null, notes);
  parts.push(rotation.text);
  if (unknown.length > 0) notes.push(`unknown services ignored: ${quoteList(unknown)}`);

  return {
    policy: winner?.policy ?? fallback,
    rotation: rotation.rotation,
    service: winner?.service ?? null,
    why: [...parts, ...notes].join('; '),
  };
}

function pickRotation(
  config: RoutingConfig,
  known: readonly string[],
  winner: string | null,
  notes: string[],
): { rotation: Rotation | null; text: string } {
  // The winning service's owners command; failing that, the owners of another affected service beat
  // the catch-all default rotation.
  const order = winner ? [winner, ...known.filter((id) => id !== winner)] : known;
  for (const service of order) {
    const id = config.services[service]?.rotation;
    if (id === undefined) continue;
    const rotation = config.rotations[id];
    if (rotation) return { rotation, text: `rotation "${id}" of service "${service}"` };
    notes.push(`service "${service}" names unknown rotation "${id}"`);
  }
  const rotation = config.rotations[config.defaultRotation];
  if (rotation) return { rotation, text: `default rotation "${config.defaultRotation}"` };
  return { rotation: null, text: `no rotation (default rotation "${config.defaultRotation}" is not defined)` };
}
