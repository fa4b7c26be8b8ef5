// One layer with the rotation's overrides and swaps applied: who is on call, piece by piece.
import type { Rotation, RotationLayer } from '../../config/types.js';
import { RotationError, parseInstant } from './instants.js';
import { type HandoffClock, handoffClock, memberOf } from './shifts.js';

export type OnCallReason = 'rotation' | 'override' | 'swap';

/** A stretch of time [start, end) in epoch ms during which one member is on call for one reason. */
export interface Piece {
  start: number;
  end: number;
  member: string;
  reason: OnCallReason;
}

export interface LayerPlan {
  layer: RotationLayer;
  clock: HandoffClock;
  /** Disjoint, sorted by start. */
  overrides: Piece[];
  /** The shift whose base member now holds shift k (k itself when no swap touched it). */
  holderSource(k: number): number;
}

/** The layer an override or swap applies to: the named one, else the first. */
export function targetLayer(rotation: Rotation, named: string | undefined): string | undefined {
  return named ?? rotation.layers[0]?.name;
}

export function findLayer(rotation: Rotation, name: string | undefined): RotationLayer | undefined {
  if (name === undefined) return rotation.layers[0];
  const layer = rotation.layers.find((l) => l.name === name);
  if (!layer) {
    const known = rotation.layers.map((l) => `"${l.name}"`).join(', ') || 'none';
    throw new RotationError(`rotation "${rotation.id}" has no layer "${name}" (layers: ${known})`);
  }
  return layer;
}

export function planLayer(rotation: Rotation, layer: RotationLayer): LayerPlan {
  const clock = handoffClock(layer, rotation.timeZone);
  return {
    layer,
    clock,
    overrides: overridePieces(rotation, layer.name),
    holderSource: swapSources(rotation, layer.name, clock),
  };
}

function instant(rotation: Rotation, text: string, what: string): number {
  const ms = parseInstant(text, rotation.timeZone);
  if (ms === null) throw new RotationError(`rotation "${rotation.id}": ${what} "${text}" is not an ISO 8601 time`);
  return ms;
}

/**
 * Overrides of one layer as disjoint pieces. Where two overrides overlap, the one listed later wins
 * (it is the more recent arrangement); an override whose end is not after its start covers nothing.
 */
function overridePieces(rotation: Rotation, layerName: string): Piece[] {
  let pieces: Piece[] = [];
  rotation.overrides.forEach((o, i) => {
    if (targetLayer(rotation, o.layer) !== layerName) return;
    const start = instant(rotation, o.start, `override ${i + 1} start`);
    const end = instant(rotation, o.end, `override ${i + 1} end`);
    if (end <= start) return;
    pieces = pieces.flatMap((p) => cut(p, start, end));
    pieces.push({ start, end, member: o.member, reason: 'override' });
  });
  return pieces.sort((a, b) => a.start - b.start);
}

/** `piece` without [start, end): zero, one or two pieces. */
export function cut(piece: Piece, start: number, end: number): Piece[] {
  if (end <= piece.start || start >= piece.end) return [piece];
  const left = start > piece.start ? [{ ...piece, end: start }] : [];
  const right = end < piece.end ? [{ ...piece, start: end }] : [];
  return [...left, ...right];
}

/**
 * Swaps as a map from a shift to the shift whose base member now holds it. Swaps apply in the order
 * listed, each trading whoever holds the two shifts at that point; a swap naming an instant before the
 * first hand-off, or two instants in one shift, changes nothing.
 */
function swapSources(rotation: Rotation, layerName: string, clock: HandoffClock): (k: number) => number {
  const pairs: [number, number][] = [];
  rotation.swaps.forEach((s, i) => {
    if (targetLayer(rotation, s.layer) !== layerName) return;
    const a = clock.indexAt(instant(rotation, s.a, `swap ${i + 1} a`));
    const b = clock.indexAt(instant(rotation, s.b, `swap ${i + 1} b`));
    if (a !== null && b !== null && a !== b) pairs.push([a, b]);
  });
  // After swaps t1…tn, shift k holds the base member of t1(t2(…tn(k))): undo them last to first.
  return (k) => pairs.reduceRight((source, [a, b]) => (source === a ? b : source === b ? a : source), k);
}

/** Shift k of the layer, with swaps applied, minus the override pieces. */
export function shiftPieces(plan: LayerPlan, k: number): Piece[] {
  const source = plan.holderSource(k);
  let pieces: Piece[] = [
    {
      start: plan.clock.handoff(k),
      end: plan.clock.handoff(k + 1),
      member: memberOf(plan.layer, source),
      reason: source === k ? 'rotation' : 'swap',
    },
  ];
  for (const o of plan.overrides) pieces = pieces.flatMap((p) => cut(p, o.start, o.end));
  return pieces;
}
