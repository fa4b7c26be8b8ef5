// The upcoming shifts of a rotation, and the times nobody covers.
import { DateTime } from 'luxon';
import type { Rotation } from '../../config/types.js';
import { RotationError, instantOf, zoneOptions } from './instants.js';
import { type OnCallReason, type Piece, findLayer, planLayer, shiftPieces } from './layer-plan.js';

export interface Shift {
  layer: string;
  member: string;
  start: Date;
  end: Date;
  reason: OnCallReason;
}

export interface CoverageGap {
  start: Date;
  end: Date;
  layer: string;
}

/** [from, the same wall-clock time `days` calendar days later in the rotation's zone). */
function window(rotation: Rotation, from: Date, days: number): [number, number] {
  const start = instantOf(from, 'schedule start');
  if (!Number.isInteger(days) || days < 0) {
    throw new RotationError(`a schedule covers a whole number of days (0 or more), not ${days}`);
  }
  return [start, DateTime.fromMillis(start, zoneOptions(rotation.timeZone)).plus({ days }).toMillis()];
}

/** Who is on call on one layer, piece by piece, for every piece overlapping [start, end). */
function layerPieces(rotation: Rotation, layerName: string, start: number, end: number): Piece[] {
  const layer = findLayer(rotation, layerName);
  if (!layer) return [];
  const plan = planLayer(rotation, layer);
  const overlaps = (p: Piece): boolean => p.start < end && p.end > start;
  const pieces = plan.overrides.filter(overlaps);
  if (layer.members.length > 0) {
    for (let k = plan.clock.indexAt(start) ?? 0; plan.clock.handoff(k) < end; k += 1) {
      pieces.push(...shiftPieces(plan, k).filter(overlaps));
    }
  }
  return pieces.sort((a, b) => a.start - b.start);
}

/**
 * Every stretch of on-call time that overlaps the next `days` days from `from` (calendar days in the
 * rotation's zone), for every layer, with overrides and swaps applied: an override cuts the shift it
 * falls in into pieces. Entries keep their true start and end (the running shift began before `from`);
 * sorted by start, then by layer order.
 */
export function schedule(rotation: Rotation, from: Date, days: number): Shift[] {
  const [start, end] = window(rotation, from, days);
  if (start === end) return [];
  const order = new Map(rotation.layers.map((l, i) => [l.name, i]));
  return rotation.layers
    .flatMap((layer) =>
      layerPieces(rotation, layer.name, start, end).map((p) => ({
        layer: layer.name,
        member: p.member,
        start: new Date(p.start),
        end: new Date(p.end),
        reason: p.reason,
      })),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (order.get(a.layer) ?? 0) - (order.get(b.layer) ?? 0));
}

/**
 * The times within the next `days` days from `from` when nobody is on call on a layer (default: the
 * first, the primary): before the first hand-off, on a layer without members, unless an override
 * covers them. Gaps are cut at the window's edges. A rotation without layers is one gap, layer "".
 */
export function coverageGaps(rotation: Rotation, from: Date, days: number, layerName?: string): CoverageGap[] {
  const [start, end] = window(rotation, from, days);
  const layer = findLayer(rotation, layerName);
  const name = layer?.name ?? '';
  const gaps: CoverageGap[] = [];
  let cursor = start;
  for (const p of layer ? layerPieces(rotation, name, start, end) : []) {
    if (p.start > cursor) gaps.push({ start: new Date(cursor), end: new Date(p.start), layer: name });
    cursor = Math.max(cursor, p.end);
  }
  if (cursor < end) gaps.push({ start: new Date(cursor), end: new Date(end), layer: name });
  return gaps;
}
