import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Rotation, RotationLayer } from '../../src/config/types.js';
import {
  RotationError,
  type Shift,
  coverageGaps,
  rotationProblems,
  schedule,
} from '../../src/domain/rotation/index.js';

const BERLIN = 'Europe/Berlin';

function layer(fields: Partial<RotationLayer> = {}): RotationLayer {
  return {
    name: 'primary',
    members: ['alice', 'bob', 'carol'],
    shift: { kind: 'weekly' },
    handoff: '09:00',
    handoffDay: 'monday',
    start: '2026-03-02',
    ...fields,
  };
}

function rotation(fields: Partial<Rotation> = {}): Rotation {
  return { id: 'platform', timeZone: BERLIN, layers: [layer()], overrides: [], swaps: [], ...fields };
}

function wall(iso: string, zone = BERLIN): Date {
  return DateTime.fromISO(iso, { zone }).toJSDate();
}

/** "alice Mon 03-23 09:00 → Mon 03-30 09:00" in Berlin time, plus the reason when it is not the plain rotation. */
function line(s: Shift): string {
  const t = (d: Date): string => DateTime.fromJSDate(d, { zone: BERLIN }).toFormat('ccc MM-dd HH:mm');
  return `${s.layer} ${s.member} ${t(s.start)} → ${t(s.end)}${s.reason === 'rotation' ? '' : ` (${s.reason})`}`;
}

describe('the schedule for the next 14 days', () => {
  it('lists the running shift with its true start, then the shifts that follow, across the March change', () => {
    expect(schedule(rotation(), wall('2026-03-25T10:00'), 14).map(line)).toEqual([
      'primary alice Mon 03-23 09:00 → Mon 03-30 09:00',
      'primary bob Mon 03-30 09:00 → Mon 04-06 09:00',
      'primary carol Mon 04-06 09:00 → Mon 04-13 09:00',
    ]);
  });

  it('counts calendar days in the rotation zone, so 14 days end at the same wall-clock time', () => {
    // 2026-03-16 10:00 CET + 14 days = 2026-03-30 10:00 CEST: the shift starting at 09:00 that day is in.
    const shifts = schedule(rotation(), wall('2026-03-16T10:00'), 14);
    expect(shifts.at(-1)?.start).toEqual(wall('2026-03-30T09:00'));
  });

  it('splits a shift into pieces around an override inside it', () => {
    const r = rotation({ overrides: [{ start: '2026-03-31T12:00', end: '2026-03-31T18:00', member: 'zoe' }] });
    expect(schedule(r, wall('2026-03-30T09:00'), 7).map(line)).toEqual([
      'primary bob Mon 03-30 09:00 → Tue 03-31 12:00',
      'primary zoe Tue 03-31 12:00 → Tue 03-31 18:00 (override)',
      'primary bob Tue 03-31 18:00 → Mon 04-06 09:00',
    ]);
  });

  it('trims both shifts around an override spanning a hand-off', () => {
    const r = rotation({ overrides: [{ start: '2026-04-05T18:00', end: '2026-04-06T12:00', member: 'zoe' }] });
    expect(schedule(r, wall('2026-04-01T09:00'), 7).map(line)).toEqual([
      'primary bob Mon 03-30 09:00 → Sun 04-05 18:00',
      'primary zoe Sun 04-05 18:00 → Mon 04-06 12:00 (override)',
      'primary carol Mon 04-06 12:00 → Mon 04-13 09:00',
    ]);
  });

  it('shows swapped shifts with their new members', () => {
    const r = rotation({ swaps: [{ a: '2026-03-31T12:00', b: '2026-04-07T12:00' }] });
    expect(schedule(r, wall('2026-03-30T09:00'), 14).map(line)).toEqual([
      'primary carol Mon 03-30 09:00 → Mon 04-06 09:00 (swap)',
      'primary bob Mon 04-06 09:00 → Mon 04-13 09:00 (swap)',
    ]);
  });

  it('interleaves the layers, sorted by start and then by layer order', () => {
    const r = rotation({
      layers: [
        layer(),
        layer({ name: 'secondary', members: ['dave', 'erin'], shift: { kind: 'daily' }, handoff: '09:00' }),
      ],
    });
    expect(schedule(r, wall('2026-03-30T09:00'), 2).map(line)).toEqual([
      'primary bob Mon 03-30 09:00 → Mon 04-06 09:00',
      'secondary dave Mon 03-30 09:00 → Tue 03-31 09:00',
      'secondary erin Tue 03-31 09:00 → Wed 04-01 09:00',
    ]);
  });

  it('is empty for zero days and refuses a negative or fractional number of days', () => {
    expect(schedule(rotation(), wall('2026-03-30T09:00'), 0)).toEqual([]);
    expect(() => schedule(rotation(), wall('2026-03-30T09:00'), -1)).toThrow(RotationError);
    expect(() => schedule(rotation(), wall('2026-03-30T09:00'), 1.5)).toThrow(RotationError);
  });
});

describe('coverage gaps on the primary layer', () => {
  it('none when the rotation is running', () => {
    expect(coverageGaps(rotation(), wall('2026-03-30T09:00'), 14)).toEqual([]);
  });

  it('from now until the first hand-off of a rotation that starts in the future', () => {
    const r = rotation({ layers: [layer({ start: '2026-04-08' })] });
    expect(coverageGaps(r, wall('2026-04-01T12:00'), 14)).toEqual([
      { start: wall('2026-04-01T12:00'), end: wall('2026-04-13T09:00'), layer: 'primary' },
    ]);
  });

  it('the whole window on a layer without members, except where an override covers it', () => {
    const r = rotation({
      layers: [layer({ members: [] })],
      overrides: [{ start: '2026-04-02T00:00', end: '2026-04-03T00:00', member: 'zoe' }],
    });
    expect(coverageGaps(r, wall('2026-04-01T00:00'), 3)).toEqual([
      { start: wall('2026-04-01T00:00'), end: wall('2026-04-02T00:00'), layer: 'primary' },
      { start: wall('2026-04-03T00:00'), end: wall('2026-04-04T00:00'), layer: 'primary' },
    ]);
  });

  it('on the secondary layer when asked, even when the primary is covered', () => {
    const r = rotation({ layers: [layer(), layer({ name: 'secondary', members: [] })] });
    expect(coverageGaps(r, wall('2026-04-01T00:00'), 1)).toEqual([]);
    expect(coverageGaps(r, wall('2026-04-01T00:00'), 1, 'secondary')).toHaveLength(1);
  });

  it('a rotation without layers is one gap', () => {
    expect(coverageGaps(rotation({ layers: [] }), wall('2026-04-01T00:00'), 1)).toEqual([
      { start: wall('2026-04-01T00:00'), end: wall('2026-04-02T00:00'), layer: '' },
    ]);
  });
});

describe('rotation problems, for firebreak validate', () => {
  it('none for a sound rotation', () => {
    expect(rotationProblems(rotation())).toEqual([]);
  });

  it('names each problem and where it is', () => {
    const r = rotation({
      timeZone: 'Europe/Berln',
      layers: [layer({ members: [], handoff: '25:00' }), layer({ start: '2026-13-01' })],
      overrides: [{ start: '2026-04-02T00:00', end: '2026-04-01T00:00', member: 'zoe', layer: 'tertiary' }],
      swaps: [{ a: 'soon', b: '2026-04-01T00:00' }],
    });
    expect(rotationProblems(r)).toEqual([
      'rotation "platform": time zone "Europe/Berln" is not an IANA time zone (e.g. "Europe/Berlin")',
      'rotation "platform", layer "primary" has no members: nobody is on call there',
      'rotation "platform", layer "primary": hand-off "25:00" is not a time of day "HH:MM"',
      'rotation "platform": layer "primary" is defined twice',
      'rotation "platform", layer "primary": start "2026-13-01" is not a date "YYYY-MM-DD"',
      'rotation "platform", override 1: end "2026-04-01T00:00" is not after start "2026-04-02T00:00"',
      'rotation "platform", override 1: no layer "tertiary" in this rotation',
      'rotation "platform", swap 1: a "soon" is not an ISO 8601 time',
    ]);
  });

  it('reports a rotation without layers, bad shift lengths and hand-off days, and nameless overrides', () => {
    expect(rotationProblems(rotation({ layers: [] }))).toEqual([
      'rotation "platform" has no layers: nobody is ever on call',
    ]);
    const r = rotation({
      layers: [
        layer({ shift: { kind: 'custom', hours: -4 } }),
        layer({ name: 'secondary', handoffDay: 'someday' as never }),
      ],
      overrides: [{ start: '2026-04-01T00:00', end: '2026-04-02T00:00', member: ' ' }],
    });
    expect(rotationProblems(r)).toEqual([
      'rotation "platform", layer "primary": custom shifts need a positive number of hours, not -4',
      'rotation "platform", layer "secondary": hand-off day "someday" is not one of monday, tuesday, wednesday, thursday, friday, saturday, sunday',
      'rotation "platform", override 1: no member given',
    ]);
  });

  it('reports swaps that change nothing', () => {
    const r = rotation({
      swaps: [
        { a: '2026-03-03T12:00', b: '2026-03-04T12:00' },
        { a: '2026-02-03T12:00', b: '2026-03-04T12:00' },
      ],
    });
    expect(rotationProblems(r)).toEqual([
      'rotation "platform", swap 1: both instants fall in the same shift; the swap changes nothing',
      'rotation "platform", swap 2: an instant falls before the layer\'s first hand-off; the swap changes nothing',
    ]);
  });
});
