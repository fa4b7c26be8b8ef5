import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Rotation, RotationLayer } from '../../src/config/types.js';
import { RotationError, onCallAt, shiftAt } from '../../src/domain/rotation/index.js';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

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

/** A wall-clock time in a zone, as the instant it names. */
function wall(iso: string, zone = BERLIN): Date {
  return DateTime.fromISO(iso, { zone }).toJSDate();
}

function localText(date: Date, zone = BERLIN): string {
  return DateTime.fromJSDate(date, { zone }).toFormat('ccc yyyy-MM-dd HH:mm ZZ');
}

function hours(start: Date, end: Date): number {
  return (end.getTime() - start.getTime()) / 3_600_000;
}

describe('a weekly rotation handing off on Monday at 09:00 Europe/Berlin', () => {
  it('starts with the first member at the first Monday 09:00 on or after its start date', () => {
    const r = rotation({ layers: [layer({ start: '2026-03-04' })] }); // a Wednesday
    expect(onCallAt(r, wall('2026-03-09T08:59'))).toBeNull();
    expect(onCallAt(r, wall('2026-03-09T09:00'))).toMatchObject({ member: 'alice', reason: 'rotation' });
  });

  it('begins on the start date itself when that is the hand-off day', () => {
    const s = shiftAt(layer({ start: '2026-03-02' }), BERLIN, wall('2026-03-02T09:00'));
    expect(s).toMatchObject({ index: 0, member: 'alice' });
    expect(localText(s!.start)).toBe('Mon 2026-03-02 09:00 +01:00');
  });

  it('the shift across the March change lasts 167 hours and hands off at 09:00 summer time', () => {
    const s = shiftAt(layer(), BERLIN, wall('2026-03-29T12:00'))!;
    expect(localText(s.start)).toBe('Mon 2026-03-23 09:00 +01:00');
    expect(localText(s.end)).toBe('Mon 2026-03-30 09:00 +02:00');
    expect(hours(s.start, s.end)).toBe(167);
  });

  it('the shift across the October change lasts 169 hours and hands off at 09:00 winter time', () => {
    const s = shiftAt(layer(), BERLIN, wall('2026-10-25T12:00'))!;
    expect(localText(s.start)).toBe('Mon 2026-10-19 09:00 +02:00');
    expect(localText(s.end)).toBe('Mon 2026-10-26 09:00 +01:00');
    expect(hours(s.start, s.end)).toBe(169);
  });

  it('hands off at exactly 09:00 local after the change: 06:59 UTC is still the old shift, 07:00 UTC the new', () => {
    const r = rotation();
    const before = onCallAt(r, new Date('2026-03-30T06:59:59.999Z'))!;
    const after = onCallAt(r, new Date('2026-03-30T07:00:00Z'))!;
    expect(before.member).not.toBe(after.member);
    expect(after.shiftStart.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('wraps the member order: the fourth shift goes back to the first member', () => {
    const weeks = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
    const members = weeks.map((monday) => onCallAt(rotation(), wall(`${monday}T10:00`)));
    expect(members.map((m) => m?.member)).toEqual(['alice', 'bob', 'carol', 'alice', 'bob']);
  });

  it('hands off on another day when configured', () => {
    const r = rotation({ layers: [layer({ handoffDay: 'friday', start: '2026-03-02' })] });
    expect(localText(onCallAt(r, wall('2026-03-06T09:00'))!.shiftEnd)).toBe('Fri 2026-03-13 09:00 +01:00');
    expect(onCallAt(r, wall('2026-03-06T08:00'))).toBeNull();
  });

  it('tells who is on call when and until when', () => {
    expect(onCallAt(rotation(), wall('2026-03-10T15:00'))).toEqual({
      member: 'bob',
      layer: 'primary',
      shiftStart: wall('2026-03-09T09:00'),
      shiftEnd: wall('2026-03-16T09:00'),
      reason: 'rotation',
    });
  });
});

describe('a daily rotation handing off at 09:00 America/New_York', () => {
  const daily = layer({ shift: { kind: 'daily' }, start: '2026-03-01' });

  it('the day before the March change lasts 23 hours', () => {
    const s = shiftAt(daily, NEW_YORK, wall('2026-03-08T08:00', NEW_YORK))!;
    expect(localText(s.start, NEW_YORK)).toBe('Sat 2026-03-07 09:00 -05:00');
    expect(localText(s.end, NEW_YORK)).toBe('Sun 2026-03-08 09:00 -04:00');
    expect(hours(s.start, s.end)).toBe(23);
  });

  it('the day of the November change lasts 25 hours', () => {
    const s = shiftAt(daily, NEW_YORK, wall('2026-11-01T08:00', NEW_YORK))!;
    expect(hours(s.start, s.end)).toBe(25);
    expect(localText(s.end, NEW_YORK)).toBe('Sun 2026-11-01 09:00 -05:00');
  });

  it('keeps handing off at 09:00 local through both changes', () => {
    for (const day of [
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]) {
      const s = shiftAt(daily, NEW_YORK, wall(`${day}T12:00`, NEW_YORK))!;
      expect(DateTime.fromJSDate(s.start, { zone: NEW_YORK }).toFormat('yyyy-MM-dd HH:mm')).toBe(`${day} 09:00`);
    }
  });

  it('a 02:30 hand-off, which the spring-forward day skips, happens at 03:30 that day (as luxon moves it)', () => {
    const night = layer({ shift: { kind: 'daily' }, handoff: '02:30', start: '2026-03-01' });
    const skipped = shiftAt(night, NEW_YORK, wall('2026-03-08T12:00', NEW_YORK))!;
    expect(localText(skipped.start, NEW_YORK)).toBe('Sun 2026-03-08 03:30 -04:00');
    expect(localText(skipped.end, NEW_YORK)).toBe('Mon 2026-03-09 02:30 -04:00');
    expect(hours(skipped.start, skipped.end)).toBe(23);
    const before = shiftAt(night, NEW_YORK, wall('2026-03-08T03:15', NEW_YORK))!;
    expect(before.end).toEqual(skipped.start);
    expect(hours(before.start, before.end)).toBe(24);
  });

  it('a 01:30 hand-off, which the fall-back day repeats, happens at the first 01:30 (still summer time)', () => {
    const night = layer({ shift: { kind: 'daily' }, handoff: '01:30', start: '2026-10-01' });
    const s = shiftAt(night, NEW_YORK, new Date('2026-11-01T12:00:00Z'))!;
    expect(s.start.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(localText(s.start, NEW_YORK)).toBe('Sun 2026-11-01 01:30 -04:00');
    expect(hours(s.start, s.end)).toBe(25);
  });
});

describe('custom 12-hour shifts', () => {
  const twelve = layer({ shift: { kind: 'custom', hours: 12 }, start: '2026-03-27', members: ['alice', 'bob'] });

  it('alternate every 12 elapsed hours from the first hand-off', () => {
    const r = rotation({ layers: [twelve] });
    expect(onCallAt(r, wall('2026-03-27T08:59'))).toBeNull();
    expect(onCallAt(r, wall('2026-03-27T09:00'))?.member).toBe('alice');
    expect(onCallAt(r, wall('2026-03-27T21:00'))?.member).toBe('bob');
    expect(onCallAt(r, wall('2026-03-28T09:00'))?.member).toBe('alice');
  });

  it('keep 12 hours across DST, so the local hand-off moves from 09:00/21:00 to 10:00/22:00', () => {
    const s = shiftAt(twelve, BERLIN, wall('2026-03-29T12:00'))!;
    expect(hours(s.start, s.end)).toBe(12);
    expect(localText(s.start)).toBe('Sun 2026-03-29 10:00 +02:00');
    expect(localText(s.end)).toBe('Sun 2026-03-29 22:00 +02:00');
  });
});

describe('nobody on call', () => {
  it('before a rotation that starts in the future', () => {
    const r = rotation({ layers: [layer({ start: '2026-06-01' })] });
    expect(onCallAt(r, wall('2026-05-31T12:00'))).toBeNull();
    expect(onCallAt(r, wall('2026-06-01T09:00'))?.member).toBe('alice');
  });

  it('on a layer without members', () => {
    expect(onCallAt(rotation({ layers: [layer({ members: [] })] }), wall('2026-04-01T12:00'))).toBeNull();
    expect(shiftAt(layer({ members: [] }), BERLIN, wall('2026-04-01T12:00'))).toBeNull();
  });

  it('in a rotation without layers', () => {
    expect(onCallAt(rotation({ layers: [] }), wall('2026-04-01T12:00'))).toBeNull();
  });
});

describe('a secondary layer', () => {
  const r = rotation({
    layers: [
      layer(),
      layer({ name: 'secondary', members: ['dave', 'erin'], shift: { kind: 'daily' }, handoff: '18:00' }),
    ],
  });

  it('has its own members and hand-offs', () => {
    expect(onCallAt(r, wall('2026-03-03T12:00'), 'secondary')).toMatchObject({
      member: 'dave',
      layer: 'secondary',
      shiftStart: wall('2026-03-02T18:00'),
      shiftEnd: wall('2026-03-03T18:00'),
    });
    expect(onCallAt(r, wall('2026-03-03T18:00'), 'secondary')?.member).toBe('erin');
  });

  it('does not change the primary, which is the default layer', () => {
    expect(onCallAt(r, wall('2026-03-03T12:00'))).toMatchObject({ member: 'alice', layer: 'primary' });
  });

  it('an unknown layer is an error naming the layers there are', () => {
    expect(() => onCallAt(r, wall('2026-03-03T12:00'), 'tertiary')).toThrow(
      /no layer "tertiary" \(layers: "primary", "secondary"\)/,
    );
  });
});

describe('overrides', () => {
  it('an override inside a shift puts its member on call for exactly [start, end)', () => {
    const r = rotation({
      overrides: [{ start: '2026-03-10T12:00:00+01:00', end: '2026-03-10T18:00:00+01:00', member: 'zoe' }],
    });
    expect(onCallAt(r, wall('2026-03-10T11:59'))).toMatchObject({
      member: 'bob',
      reason: 'rotation',
      shiftEnd: wall('2026-03-10T12:00'),
    });
    expect(onCallAt(r, wall('2026-03-10T12:00'))).toEqual({
      member: 'zoe',
      layer: 'primary',
      shiftStart: wall('2026-03-10T12:00'),
      shiftEnd: wall('2026-03-10T18:00'),
      reason: 'override',
    });
    expect(onCallAt(r, wall('2026-03-10T18:00'))).toMatchObject({
      member: 'bob',
      reason: 'rotation',
      shiftStart: wall('2026-03-10T18:00'),
      shiftEnd: wall('2026-03-16T09:00'),
    });
  });

  it('an override spanning a hand-off covers the end of one shift and the start of the next', () => {
    const r = rotation({ overrides: [{ start: '2026-03-15T18:00', end: '2026-03-16T12:00', member: 'zoe' }] });
    expect(onCallAt(r, wall('2026-03-15T17:00'))).toMatchObject({ member: 'bob', shiftEnd: wall('2026-03-15T18:00') });
    expect(onCallAt(r, wall('2026-03-16T10:00'))).toMatchObject({ member: 'zoe', shiftEnd: wall('2026-03-16T12:00') });
    expect(onCallAt(r, wall('2026-03-16T12:00'))).toMatchObject({
      member: 'carol',
      shiftStart: wall('2026-03-16T12:00'),
    });
  });

  it('times without an offset are read in the rotation time zone', () => {
    const r = rotation({ overrides: [{ start: '2026-03-10T12:00', end: '2026-03-10T13:00', member: 'zoe' }] });
    expect(onCallAt(r, new Date('2026-03-10T11:30:00Z'))?.member).toBe('zoe');
  });

  it('where two overrides overlap, the one listed later wins', () => {
    const r = rotation({
      overrides: [
        { start: '2026-03-10T12:00', end: '2026-03-10T18:00', member: 'zoe' },
        { start: '2026-03-10T14:00', end: '2026-03-10T16:00', member: 'yann' },
      ],
    });
    expect(onCallAt(r, wall('2026-03-10T13:00'))).toMatchObject({ member: 'zoe', shiftEnd: wall('2026-03-10T14:00') });
    expect(onCallAt(r, wall('2026-03-10T15:00'))?.member).toBe('yann');
    expect(onCallAt(r, wall('2026-03-10T17:00'))).toMatchObject({
      member: 'zoe',
      shiftStart: wall('2026-03-10T16:00'),
    });
  });

  it('an override covers a time nobody would, even before the first hand-off or on an empty layer', () => {
    const early = rotation({
      layers: [layer({ start: '2026-06-01' })],
      overrides: [{ start: '2026-05-30T00:00', end: '2026-05-31T00:00', member: 'zoe' }],
    });
    expect(onCallAt(early, wall('2026-05-30T12:00'))?.member).toBe('zoe');
    const empty = rotation({ layers: [layer({ members: [] })], overrides: early.overrides });
    expect(onCallAt(empty, wall('2026-05-30T12:00'))?.member).toBe('zoe');
  });

  it('an override naming the secondary layer leaves the primary alone', () => {
    const r = rotation({
      layers: [layer(), layer({ name: 'secondary', members: ['dave'] })],
      overrides: [{ start: '2026-03-10T12:00', end: '2026-03-10T18:00', member: 'zoe', layer: 'secondary' }],
    });
    expect(onCallAt(r, wall('2026-03-10T13:00'))?.member).toBe('bob');
    expect(onCallAt(r, wall('2026-03-10T13:00'), 'secondary')?.member).toBe('zoe');
  });

  it('an override whose end is not after its start covers nothing', () => {
    const r = rotation({ overrides: [{ start: '2026-03-10T18:00', end: '2026-03-10T12:00', member: 'zoe' }] });
    expect(onCallAt(r, wall('2026-03-10T13:00'))?.member).toBe('bob');
  });
});

describe('swaps', () => {
  // Weeks from Monday 2026-03-02: alice, bob, carol, alice, …
  const swapWeeks = { a: '2026-03-03T12:00', b: '2026-03-10T12:00' };

  it('alice and bob trade their weeks; the week after is untouched', () => {
    const r = rotation({ swaps: [swapWeeks] });
    expect(onCallAt(r, wall('2026-03-04T12:00'))).toMatchObject({
      member: 'bob',
      reason: 'swap',
      shiftStart: wall('2026-03-02T09:00'),
      shiftEnd: wall('2026-03-09T09:00'),
    });
    expect(onCallAt(r, wall('2026-03-12T12:00'))).toMatchObject({ member: 'alice', reason: 'swap' });
    expect(onCallAt(r, wall('2026-03-17T12:00'))).toMatchObject({ member: 'carol', reason: 'rotation' });
  });

  it('an override beats a swap', () => {
    const r = rotation({
      swaps: [swapWeeks],
      overrides: [{ start: '2026-03-04T00:00', end: '2026-03-05T00:00', member: 'zoe' }],
    });
    expect(onCallAt(r, wall('2026-03-04T12:00'))).toMatchObject({ member: 'zoe', reason: 'override' });
    expect(onCallAt(r, wall('2026-03-05T12:00'))).toMatchObject({
      member: 'bob',
      reason: 'swap',
      shiftStart: wall('2026-03-05T00:00'),
    });
  });

  it('swaps apply in the order listed', () => {
    // First alice⇄bob (weeks 1 and 2), then week 2 (now alice) ⇄ week 3 (carol).
    const r = rotation({ swaps: [swapWeeks, { a: '2026-03-10T12:00', b: '2026-03-17T12:00' }] });
    const weeks = ['2026-03-03T12:00', '2026-03-10T12:00', '2026-03-17T12:00'].map((t) => onCallAt(r, wall(t))?.member);
    expect(weeks).toEqual(['bob', 'carol', 'alice']);
  });

  it('a swap on the secondary layer leaves the primary alone', () => {
    const r = rotation({
      layers: [layer(), layer({ name: 'secondary', members: ['dave', 'erin'] })],
      swaps: [{ ...swapWeeks, layer: 'secondary' }],
    });
    expect(onCallAt(r, wall('2026-03-04T12:00'))?.member).toBe('alice');
    expect(onCallAt(r, wall('2026-03-04T12:00'), 'secondary')?.member).toBe('erin');
  });

  it('a swap naming a time before the first hand-off changes nothing', () => {
    const r = rotation({ swaps: [{ a: '2026-02-01T12:00', b: '2026-03-03T12:00' }] });
    expect(onCallAt(r, wall('2026-03-04T12:00'))).toMatchObject({ member: 'alice', reason: 'rotation' });
  });
});

describe('bad input', () => {
  it('an unknown time zone is a RotationError', () => {
    expect(() => onCallAt(rotation({ timeZone: 'Mars/Olympus' }), wall('2026-03-04T12:00'))).toThrow(RotationError);
  });

  it('a malformed hand-off time, start date or override time is a RotationError that names it', () => {
    expect(() => onCallAt(rotation({ layers: [layer({ handoff: '9am' })] }), wall('2026-03-04T12:00'))).toThrow(
      /hand-off "9am"/,
    );
    expect(() => onCallAt(rotation({ layers: [layer({ start: '2026-02-30' })] }), wall('2026-03-04T12:00'))).toThrow(
      /start "2026-02-30"/,
    );
    const r = rotation({ overrides: [{ start: 'tomorrow', end: '2026-03-10T12:00', member: 'zoe' }] });
    expect(() => onCallAt(r, wall('2026-03-04T12:00'))).toThrow(/override 1 start "tomorrow"/);
  });

  it('custom shifts of zero hours are a RotationError', () => {
    expect(() => shiftAt(layer({ shift: { kind: 'custom', hours: 0 } }), BERLIN, wall('2026-03-04T12:00'))).toThrow(
      /positive number of hours/,
    );
  });

  it('an invalid Date is a RotationError', () => {
    expect(() => onCallAt(rotation(), new Date('not a date'))).toThrow(RotationError);
  });
});
