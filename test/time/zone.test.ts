// The table-backed zones (src/time/zone.ts) answer as luxon's IANAZone in every zone Intl lists: at each
// transition they found (the second before and the second it starts), at instants spread over the years
// both read tables for, and through luxon's own arithmetic (wall-clock times in gaps and repeated hours).
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isListedZone, zoneFor } from '../../src/time/zone.js';

const ZONES = Intl.supportedValuesOf('timeZone');
const HOUR = 3_600_000;

/** A deterministic spread of instants: a linear congruential walk over 1980–2060. */
function instants(count: number, seed: number): number[] {
  const from = Date.UTC(1980, 0, 1);
  const span = Date.UTC(2060, 0, 1) - from;
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return from + Math.floor((x / 2 ** 31) * span);
  });
}

describe('table-backed time zones', () => {
  it('give luxon’s IANAZone offsets in every listed zone, 1980–2060', () => {
    expect(ZONES.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    ZONES.forEach((name, i) => {
      const ours = zoneFor(name);
      if (typeof ours === 'string') throw new Error(`${name} is listed but got no table`);
      const theirs = IANAZone.create(name);
      for (const ts of instants(40, i + 1)) {
        if (ours.offset(ts) !== theirs.offset(ts)) wrong.push(`${name} at ${new Date(ts).toISOString()}`);
      }
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('find every change of offset an hourly walk of Date’s local time finds (2026–2027, every zone)', () => {
    // The tables sample every six hours and bisect: a walk twenty times finer finds no change they missed.
    const before = process.env.TZ;
    const missed: string[] = [];
    try {
      for (const name of ZONES) {
        const ours = zoneFor(name);
        if (typeof ours === 'string') continue;
        ours.offset(Date.UTC(2026, 0, 1));
        ours.offset(Date.UTC(2027, 0, 1));
        process.env.TZ = name;
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += HOUR / 4)
          if (ours.offset(t) !== -new Date(t).getTimezoneOffset())
            missed.push(`${name} at ${new Date(t).toISOString()}`);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    expect(missed.slice(0, 10)).toEqual([]);
  });

  it('read wall-clock times through luxon as IANAZone does, gaps and repeated hours included', () => {
    for (const name of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia']) {
      for (const [month, day, hour, minute] of [
        [3, 29, 2, 30],
        [10, 25, 2, 30],
        [11, 1, 1, 30],
        [3, 8, 2, 15],
        [4, 5, 1, 45],
        [7, 1, 9, 0],
      ] as const) {
        const wall = { year: 2026, month, day, hour, minute };
        const ours = DateTime.fromObject(wall, { zone: zoneFor(name), locale: 'en-US' });
        const theirs = DateTime.fromObject(wall, { zone: name });
        expect([name, ours.toMillis(), ours.getPossibleOffsets().map((d) => d.toMillis())]).toEqual([
          name,
          theirs.toMillis(),
          theirs.getPossibleOffsets().map((d) => d.toMillis()),
        ]);
      }
    }
  });

  it('leaves TZ as it was, and names Intl does not list to luxon', () => {
    const before = process.env.TZ;
    const localOffset = new Date(Date.UTC(2031, 5, 1)).getTimezoneOffset();
    const tokyo = zoneFor('Asia/Tokyo');
    if (typeof tokyo === 'string') throw new Error('no table');
    expect(tokyo.offset(Date.UTC(2031, 5, 1))).toBe(540);
    expect(process.env.TZ).toBe(before);
    // Node resets its zone cache when TZ is restored (or deleted): local time is the process's own again.
    expect(new Date(Date.UTC(2031, 5, 1)).getTimezoneOffset()).toBe(localOffset);
    expect(isListedZone('Europe/Berlin')).toBe(true);
    for (const name of ['UTC', 'US/Eastern', 'europe/berlin', 'Nowhere/Bogus']) expect(zoneFor(name)).toBe(name);
  });

  it('answer instants outside the tables through luxon', () => {
    const berlin = zoneFor('Europe/Berlin');
    if (typeof berlin === 'string') throw new Error('no table');
    const old = Date.UTC(1900, 5, 1);
    expect(berlin.offset(old)).toBe(IANAZone.create('Europe/Berlin').offset(old));
    expect(berlin.offset(Number.NaN)).toBeNaN();
  });
});
