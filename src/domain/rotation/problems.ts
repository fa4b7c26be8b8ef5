// What is wrong with a rotation, in words a user can act on (for `firebreak validate` and the loader).
import type { Rotation, RotationLayer } from '../../config/types.js';
import { WEEKDAYS } from '../../config/types.js';
import { isTimeZone, parseClockTime, parseInstant, parseLocalDate } from './instants.js';
import { targetLayer } from './layer-plan.js';
import { handoffClock } from './shifts.js';

/**
 * Every problem found; empty when the rotation can be evaluated. The other rotation functions throw a
 * `RotationError` on the errors listed here (bad zone, hand-off, start, shift length or instant); the
 * rest (unknown layers, empty members, overrides that cover nothing, swaps that change nothing) are
 * reported here and otherwise ignored.
 */
export function rotationProblems(rotation: Rotation): string[] {
  const where = `rotation "${rotation.id}"`;
  const problems: string[] = [];
  const zoneOk = isTimeZone(rotation.timeZone);
  if (!zoneOk)
    problems.push(`${where}: time zone "${rotation.timeZone}" is not an IANA time zone (e.g. "Europe/Berlin")`);
  if (rotation.layers.length === 0) problems.push(`${where} has no layers: nobody is ever on call`);

  const names = new Set<string>();
  for (const layer of rotation.layers) {
    if (names.has(layer.name)) problems.push(`${where}: layer "${layer.name}" is defined twice`);
    names.add(layer.name);
    problems.push(...layerProblems(`${where}, layer "${layer.name}"`, layer));
  }
  const layerOk = (name: string | undefined): boolean => name !== undefined && names.has(name);

  rotation.overrides.forEach((o, i) => {
    const at = `${where}, override ${i + 1}`;
    const start = parseInstant(o.start, zoneOk ? rotation.timeZone : 'UTC');
    const end = parseInstant(o.end, zoneOk ? rotation.timeZone : 'UTC');
    if (start === null) problems.push(`${at}: start "${o.start}" is not an ISO 8601 time`);
    if (end === null) problems.push(`${at}: end "${o.end}" is not an ISO 8601 time`);
    if (start !== null && end !== null && end <= start)
      problems.push(`${at}: end "${o.end}" is not after start "${o.start}"`);
    if (o.member.trim() === '') problems.push(`${at}: no member given`);
    if (!layerOk(targetLayer(rotation, o.layer))) problems.push(`${at}: no layer "${o.layer ?? ''}" in this rotation`);
  });

  rotation.swaps.forEach((s, i) => {
    const at = `${where}, swap ${i + 1}`;
    const layerName = targetLayer(rotation, s.layer);
    const layer = rotation.layers.find((l) => l.name === layerName);
    if (!layer) {
      problems.push(`${at}: no layer "${s.layer ?? ''}" in this rotation`);
      return;
    }
    const a = parseInstant(s.a, zoneOk ? rotation.timeZone : 'UTC');
    const b = parseInstant(s.b, zoneOk ? rotation.timeZone : 'UTC');
    if (a === null) problems.push(`${at}: a "${s.a}" is not an ISO 8601 time`);
    if (b === null) problems.push(`${at}: b "${s.b}" is not an ISO 8601 time`);
    if (a === null || b === null || !zoneOk || layerProblems('', layer).length > 0) return;
    const clock = handoffClock(layer, rotation.timeZone);
    const [ka, kb] = [clock.indexAt(a), clock.indexAt(b)];
    if (ka === null || kb === null)
      problems.push(`${at}: an instant falls before the layer's first hand-off; the swap changes nothing`);
    else if (ka === kb) problems.push(`${at}: both instants fall in the same shift; the swap changes nothing`);
  });
  return problems;
}

function layerProblems(at: string, layer: RotationLayer): string[] {
  const problems: string[] = [];
  if (layer.name.trim() === '') problems.push(`${at}: a layer needs a name`);
  if (layer.members.length === 0) problems.push(`${at} has no members: nobody is on call there`);
  if (!parseClockTime(layer.handoff)) problems.push(`${at}: hand-off "${layer.handoff}" is not a time of day "HH:MM"`);
  if (!parseLocalDate(layer.start)) problems.push(`${at}: start "${layer.start}" is not a date "YYYY-MM-DD"`);
  if (layer.shift.kind === 'weekly' && !WEEKDAYS.includes(layer.handoffDay ?? 'monday')) {
    problems.push(`${at}: hand-off day "${layer.handoffDay}" is not one of ${WEEKDAYS.join(', ')}`);
  }
  if (layer.shift.kind === 'custom' && !(Number.isFinite(layer.shift.hours) && layer.shift.hours > 0)) {
    problems.push(`${at}: custom shifts need a positive number of hours, not ${layer.shift.hours}`);
  }
  return problems;
}
