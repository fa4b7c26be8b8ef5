import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatTarget,
  IMMEDIATE_MINUTES,
  parseDuration,
  parseTarget,
} from '../../src/config/duration.js';

describe('durations', () => {
  it.each([
    ['0m', 0],
    ['15m', 15],
    ['1h', 60],
    ['4h', 240],
    ['1d', 1440],
    ['1w', 10080],
    ['90m', 90],
    ['1h 30m', 90],
    ['1h30m', 90],
    ['1d12h', 2160],
    [' 72h ', 4320],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', '15', 'm', '1.5h', '1 h', '-5m', '1y', 'immediate', 'none', '15 minutes', '1h  30m'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it('reads "immediate" as 5 minutes, the shortest GitHub schedule', () => {
    expect(IMMEDIATE_MINUTES).toBe(5);
    expect(parseTarget('immediate')).toBe(5);
  });

  it('reads "none" and an empty YAML value as no target', () => {
    expect(parseTarget('none')).toBeNull();
    expect(parseTarget(null)).toBeNull();
    expect(parseTarget('4h')).toBe(240);
    expect(parseTarget('soon')).toBeUndefined();
  });

  it('writes minutes back in the shortest form it reads', () => {
    expect([0, 5, 30, 60, 90, 240, 1440, 2160, 4320].map(formatDuration)).toEqual([
      '0m',
      '5m',
      '30m',
      '1h',
      '1h 30m',
      '4h',
      '1d',
      '1d 12h',
      '3d',
    ]);
    for (const minutes of [0, 1, 59, 61, 1439, 1441, 10_000])
      expect(parseDuration(formatDuration(minutes))).toBe(minutes);
  });

  it('describes targets for people', () => {
    expect([5, 60, null].map(formatTarget)).toEqual(['immediate (5m)', '1h', 'none']);
  });
});
