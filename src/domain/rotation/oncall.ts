// Who is on call at one instant.
import type { Rotation } from '../../config/types.js';
import { instantOf } from './instants.js';
import { type OnCallReason, findLayer, planLayer, shiftPieces } from './layer-plan.js';

export interface OnCall {
  member: string;
  layer: string;
  /**
   * The stretch during which `member` is on call for this `reason`: the shift itself, cut short where an
   * override takes over; for an override, the override (or the part of it no later override covers).
   * Equal to the `schedule` entry containing the instant.
   */
  shiftStart: Date;
  shiftEnd: Date;
  reason: OnCallReason;
}

/**
 * Who is on call on a layer (default: the first) at `at`. Overrides beat swaps, swaps beat the plain
 * rotation. An override applies even before the first hand-off or on a layer without members; apart
 * from that, nobody is on call (null) before the first hand-off, on a layer without members, or in a
 * rotation without layers. An unknown layer name is an error naming the layers there are.
 */
export function onCallAt(rotation: Rotation, at: Date, layerName?: string): OnCall | null {
  const ms = instantOf(at);
  const layer = findLayer(rotation, layerName);
  if (!layer) return null;
  const plan = planLayer(rotation, layer);
  let piece = plan.overrides.find((p) => p.start <= ms && ms < p.end);
  if (!piece && layer.members.length > 0) {
    const k = plan.clock.indexAt(ms);
    if (k !== null) piece = shiftPieces(plan, k).find((p) => p.start <= ms && ms < p.end);
  }
  if (!piece) return null;
  return {
    member: piece.member,
    layer: layer.name,
    shiftStart: new Date(piece.start),
    shiftEnd: new Date(piece.end),
    reason: piece.reason,
  };
}
