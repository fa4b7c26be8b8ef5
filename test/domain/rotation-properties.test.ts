import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Rotation, RotationLayer, ShiftLength } from '../../src/config/types.js';
import { WEEKDAYS } from '../../src/config/types.js';
import { coverageGaps, onCallAt, schedule, shiftAt } from '../../src/domain/rotation/index.js';

// Zones with the awkward cases: DST at 02:00 (Berlin, New York), southern-hemisphere DST (Sydney,
// Santiago, where the change happens at midnight), a 30-minute DST change (Lord Howe), a 45-minute
// offset with a 02:45 change (Chatham), and none at all (Kolkata, UTC).
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'UTC',
];
const MEMBERS = ['alice', 'bob', 'carol', 'dave'];
const FROM = Date.UTC(2025, 11, 1);
const TO = Date.UTC(2027, 1, 1);
const DAY = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');
const instant = fc.integer({ min: FROM, max: TO });
const shiftLength: fc.Arbitrary<ShiftLength> = fc.oneof(
  fc.constant<ShiftLength>({ kind: 'daily' }),
  fc.constant<ShiftLength>({ kind: 'weekly' }),
  fc.constantFrom(0.75, 1, 8, 12, 24, 36, 168).map<ShiftLength>((hours) => ({ kind: 'custom', hours })),
);

function layerOf(name: string, minHour = 0): fc.Arbitrary<RotationLayer> {
  return fc.record({
    name: fc.constant(name),
    members: fc.array(fc.constantFrom(...MEMBERS), { maxLength: 4 }),
    shift: shiftLength,
    handoff: fc
      .tuple(fc.integer({ min: minHour, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${pad(h)}:${pad(m)}`),
    handoffDay: fc.constantFrom(...WEEKDAYS),
    start: fc.integer({ min: FROM, max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
  });
}

/** An ISO time for a config: UTC with `Z`, or wall-clock time in the rotation zone without an offset. */
function isoOf(ms: number, zone: string, local: boolean): string {
  return local ? DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm") : new Date(ms).toISOString();
}

const rotationArb: fc.Arbitrary<Rotation> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    layers: fc.oneof(
      layerOf('primary').map((l) => [l]),
      fc.tuple(layerOf('primary'), layerOf('secondary')),
    ),
    overrides: fc.array(
      fc.record({
        at: instant,
        hours: fc.integer({ min: 1, max: 240 }),
        member: fc.constantFrom(...MEMBERS, 'zoe'),
        layer: fc.constantFrom(undefined, 'primary', 'secondary'),
        local: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    swaps: fc.array(
      fc.record({
        a: instant,
        b: instant,
        layer: fc.constantFrom(undefined, 'primary', 'secondary'),
        local: fc.boolean(),
      }),
      {
        maxLength: 3,
      },
    ),
  })
  .map(({ timeZone, layers, overrides, swaps }) => ({
    id: 'random',
    timeZone,
    layers,
    overrides: overrides.map((o) => ({
      start: isoOf(o.at, timeZone, o.local),
      end: isoOf(o.at + o.hours * 3_600_000, timeZone, o.local),
      member: o.member,
      ...(o.layer ? { layer: o.layer } : {}),
    })),
    swaps: swaps.map((s) => ({
      a: isoOf(s.a, timeZone, s.local),
      b: isoOf(s.b, timeZone, s.local),
      ...(s.layer ? { layer: s.layer } : {}),
    })),
  }));

describe('properties of every rotation', () => {
  it('for any instant, onCallAt agrees with the schedule entry containing that instant and with the coverage gaps', () => {
    fc.assert(
      fc.property(rotationArb, instant, fc.integer({ min: 0, max: 13 * DAY }), (rotation, t, back) => {
        const shifts = schedule(rotation, new Date(t - back), 14);
        for (const layer of rotation.layers) {
          const entry = shifts.find((s) => s.layer === layer.name && s.start.getTime() <= t && t < s.end.getTime());
          const onCall = onCallAt(rotation, new Date(t), layer.name);
          expect(onCall).toEqual(
            entry
              ? {
                  member: entry.member,
                  layer: entry.layer,
                  shiftStart: entry.start,
                  shiftEnd: entry.end,
                  reason: entry.reason,
                }
              : null,
          );
        }
        // …and the primary layer has a coverage gap exactly when nobody is on call there.
        const inGap = coverageGaps(rotation, new Date(t - back), 14).some(
          (g) => g.start.getTime() <= t && t < g.end.getTime(),
        );
        expect(inGap).toBe(onCallAt(rotation, new Date(t)) === null);
      }),
      { numRuns: 400 },
    );
  });

  it("a layer's schedule entries never overlap, and without overrides they leave no hole after the first hand-off", () => {
    fc.assert(
      fc.property(rotationArb, instant, (rotation, from) => {
        const shifts = schedule(rotation, new Date(from), 14);
        for (const layer of rotation.layers) {
          const own = shifts.filter((s) => s.layer === layer.name);
          for (const [prev, next] of own.slice(1).map((s, i) => [own[i]!, s] as const)) {
            expect(prev.end.getTime()).toBeLessThanOrEqual(next.start.getTime());
            if (rotation.overrides.length === 0) expect(prev.end).toEqual(next.start);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('daily and weekly shifts start and end at the hand-off time, on the hand-off day, whatever DST does', () => {
    // Hand-offs from 04:00 on: every DST change in these zones happens earlier in the night.
    const calendarLayer = layerOf('primary', 4).filter((l) => l.members.length > 0 && l.shift.kind !== 'custom');
    fc.assert(
      fc.property(calendarLayer, fc.constantFrom(...ZONES), instant, (layer, zone, t) => {
        const shift = shiftAt(layer, zone, new Date(t));
        if (!shift) return;
        for (const edge of [shift.start, shift.end]) {
          const local = DateTime.fromJSDate(edge, { zone });
          expect(local.toFormat('HH:mm')).toBe(layer.handoff);
          if (layer.shift.kind === 'weekly') expect(WEEKDAYS[local.weekday - 1]).toBe(layer.handoffDay);
        }
        expect(shift.member).toBe(layer.members[shift.index % layer.members.length]);
      }),
      { numRuns: 300 },
    );
  });

  it('custom shifts last exactly their hours of elapsed time', () => {
    const customLayer = layerOf('primary').filter((l) => l.members.length > 0 && l.shift.kind === 'custom');
    fc.assert(
      fc.property(customLayer, fc.constantFrom(...ZONES), instant, (layer, zone, t) => {
        const shift = shiftAt(layer, zone, new Date(t));
        if (!shift || layer.shift.kind !== 'custom') return;
        expect(shift.end.getTime() - shift.start.getTime()).toBe(layer.shift.hours * 3_600_000);
        expect(shift.start.getTime()).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(shift.end.getTime());
      }),
      { numRuns: 200 },
    );
  });
});
