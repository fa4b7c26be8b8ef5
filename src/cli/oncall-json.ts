// `firebreak oncall --json`: the same answers as the text, for scripts. Instants are ISO 8601 in UTC.
import type { Config, EscalationTarget, Rotation, Service } from '../config/types.js';
import { coverageGaps, onCallAt, schedule } from '../domain/rotation/index.js';

/** How far ahead to look for the next on-call when nobody is on call now (as in the text). */
const LOOKAHEAD_DAYS = 28;

export interface OncallJson {
  rotation: string;
  timeZone: string;
  at: string;
  layers: Array<{
    layer: string;
    member: string | null;
    until: string | null;
    reason: string | null;
    next: { member: string; from: string } | null;
  }>;
  service?: {
    id: string;
    name: string;
    team: string | null;
    policy: string;
    steps: Array<{ id: string; name: string; after: number; severities: string[]; targets: EscalationTarget[] }>;
  };
  schedule?: {
    days: number;
    shifts: Array<{ layer: string; member: string; start: string; end: string; reason: string }>;
    gaps: Array<{ start: string; end: string }>;
  };
}

export function oncallJson(
  config: Config,
  rotation: Rotation,
  at: Date,
  service: Service | undefined,
  days: number | null,
): OncallJson {
  const layers = rotation.layers.map((layer) => {
    const onCall = onCallAt(rotation, at, layer.name);
    const next = onCall
      ? undefined
      : schedule(rotation, at, LOOKAHEAD_DAYS).find((s) => s.layer === layer.name && s.start > at);
    return {
      layer: layer.name,
      member: onCall?.member ?? null,
      until: onCall ? onCall.shiftEnd.toISOString() : null,
      reason: onCall?.reason ?? null,
      next: next ? { member: next.member, from: next.start.toISOString() } : null,
    };
  });
  const result: OncallJson = { rotation: rotation.id, timeZone: rotation.timeZone, at: at.toISOString(), layers };
  if (service) {
    const policy = config.policies[service.policy ?? config.defaultPolicy];
    result.service = {
      id: service.id,
      name: service.name,
      team: service.team ?? null,
      policy: policy?.id ?? service.policy ?? config.defaultPolicy,
      steps: [...(policy?.steps ?? [])]
        .sort((a, b) => a.after - b.after)
        .map((step) => ({
          id: step.id,
          name: step.name,
          after: step.after,
          severities: [...step.severities],
          targets: step.targets,
        })),
    };
  }
  if (days !== null) {
    result.schedule = {
      days,
      shifts: schedule(rotation, at, days).map((s) => ({
        layer: s.layer,
        member: s.member,
        start: s.start.toISOString(),
        end: s.end.toISOString(),
        reason: s.reason,
      })),
      gaps: coverageGaps(rotation, at, days).map((g) => ({ start: g.start.toISOString(), end: g.end.toISOString() })),
    };
  }
  return result;
}
