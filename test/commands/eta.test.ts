import { describe, expect, it } from 'vitest';
import { parseEta, resolveEta, type Eta } from '../../src/commands/index.js';

function eta(text: string): Eta | string {
  const result = parseEta(text);
  return result.ok ? result.eta : result.problem;
}

describe('`/eta` reads durations', () => {
  it.each([
    ['30m', 30],
    ['2h', 120],
    ['1h30m', 90],
    ['1h30', 90],
    ['1h 30m', 90],
    ['2d', 2880],
    ['1d 2h', 1560],
    ['45 minutes', 45],
    ['2 hours', 120],
    ['1 hour 15 mins', 75],
    ['in 30m', 30],
    ['90M', 90],
  ])('%s is %i minutes from when the command runs', (text, minutes) => {
    expect(eta(text)).toEqual({ kind: 'duration', minutes, text });
  });

  it('a bare number is ambiguous and refused', () => {
    expect(typeof eta('30')).toBe('string');
  });

  it('zero and more than 30 days are refused', () => {
    expect(eta('0m')).toContain('at least one minute');
    expect(eta('31d')).toContain('at most 30 days');
    expect(eta('999999h')).toContain('at most 30 days');
  });

  it('units must go from days to minutes, each once', () => {
    expect(typeof eta('30m 1h')).toBe('string');
    expect(typeof eta('1h 1h')).toBe('string');
  });
});

describe('`/eta` reads UTC clock times', () => {
  it.each([
    ['14:30', 14, 30],
    ['9:05', 9, 5],
    ['00:00', 0, 0],
    ['23:59 UTC', 23, 59],
    ['14:30Z', 14, 30],
  ])('%s', (text, hour, minute) => {
    expect(eta(text)).toEqual({ kind: 'time-of-day', hour, minute, text });
  });

  it('times that do not exist are refused', () => {
    expect(eta('24:00')).toContain('24-hour clock');
    expect(eta('12:60')).toContain('24-hour clock');
    expect(typeof eta('2:30pm')).toBe('string');
  });
});

describe('`/eta` reads ISO instants', () => {
  it.each([
    ['2026-03-02T14:30Z', '2026-03-02T14:30:00.000Z'],
    ['2026-03-02T14:30:15Z', '2026-03-02T14:30:15.000Z'],
    ['2026-03-02 14:30', '2026-03-02T14:30:00.000Z'],
    ['2026-03-02T16:30+02:00', '2026-03-02T14:30:00.000Z'],
    ['2026-03-02T09:30:00.250-0500', '2026-03-02T14:30:00.250Z'],
    ['2026-03-02t14:30 utc', '2026-03-02T14:30:00.000Z'],
  ])('%s is %s', (text, at) => {
    expect(eta(text)).toEqual({ kind: 'instant', at, text });
  });

  it('dates that do not exist are refused', () => {
    expect(eta('2026-02-30T10:00Z')).toContain('does not exist');
    expect(eta('2026-13-01T10:00Z')).toContain('does not exist');
    expect(eta('2026-03-02T10:00+15:00')).toContain('does not exist');
    expect(eta('0099-03-02T10:00Z')).toContain('does not exist');
  });
});

describe('`/eta unknown` withdraws the ETA', () => {
  it.each(['unknown', 'TBD', 'none', 'clear'])('%s', (text) => {
    expect(eta(text)).toEqual({ kind: 'none', text });
  });
});

describe('resolving an ETA when the command is executed', () => {
  const now = new Date('2026-03-02T10:07:30Z');

  it('a duration counts from the moment of execution', () => {
    expect(resolveEta({ kind: 'duration', minutes: 90, text: '1h30m' }, now)).toBe('2026-03-02T11:37:30.000Z');
  });

  it('a clock time later today is today', () => {
    expect(resolveEta({ kind: 'time-of-day', hour: 14, minute: 30, text: '14:30' }, now)).toBe(
      '2026-03-02T14:30:00.000Z',
    );
  });

  it('a clock time that has passed means tomorrow, but the current minute is still today', () => {
    expect(resolveEta({ kind: 'time-of-day', hour: 9, minute: 0, text: '9:00' }, now)).toBe('2026-03-03T09:00:00.000Z');
    expect(resolveEta({ kind: 'time-of-day', hour: 10, minute: 7, text: '10:07' }, now)).toBe(
      '2026-03-02T10:07:00.000Z',
    );
  });

  it('an instant is itself, and a withdrawn ETA is none', () => {
    expect(resolveEta({ kind: 'instant', at: '2026-03-02T14:30:00.000Z', text: '…' }, now)).toBe(
      '2026-03-02T14:30:00.000Z',
    );
    expect(resolveEta({ kind: 'none', text: 'tbd' }, now)).toBeNull();
  });
});
