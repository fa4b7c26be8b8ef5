// `firebreak oncall --ics` (src/cli/oncall-ics.ts): the calendar is written with ical-generator and read
// back here with a second library, ical.js, which checks it is RFC 5545 and that each shift keeps its true
// instants across a DST change, with overrides applied.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runOncallCommand } from '../../src/cli/oncall.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config, Rotation } from '../../src/config/types.js';

// Berlin moves its clocks forward on Sunday 2026-03-29 at 02:00: the daily shift from Saturday 09:00 to
// Sunday 09:00 lasts 23 hours, the weekly one across it 167.
const berlin: Rotation = {
  id: 'platform',
  timeZone: 'Europe/Berlin',
  layers: [
    {
      name: 'primary',
      members: ['alice', 'bob'],
      shift: { kind: 'daily' },
      handoff: '09:00',
      handoffDay: 'monday',
      start: '2026-03-26',
    },
    {
      name: 'secondary',
      members: ['dave', 'erin'],
      shift: { kind: 'weekly' },
      handoff: '09:00',
      handoffDay: 'monday',
      start: '2026-03-23',
    },
  ],
  overrides: [{ start: '2026-03-28T12:00', end: '2026-03-28T18:00', member: 'zoe' }],
  swaps: [],
};

const payments: Rotation = {
  id: 'payments',
  timeZone: 'America/New_York',
  layers: [
    {
      name: 'primary',
      members: ['pat'],
      shift: { kind: 'daily' },
      handoff: '08:00',
      handoffDay: 'monday',
      start: '2026-03-26',
    },
  ],
  overrides: [],
  swaps: [],
};

function config(): Config {
  return { ...defaultConfig(), rotations: { platform: berlin, payments }, defaultRotation: 'platform' };
}

const NOW = new Date('2026-03-26T10:00:00Z');

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runOncallCommand(argv, {
    config: config(),
    now: NOW,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

interface Parsed {
  summary: string;
  start: string;
  end: string;
  hours: number;
  uid: string;
}

function parse(text: string): { calendar: ICAL.Component; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const start = event.startDate.toJSDate();
    const end = event.endDate.toJSDate();
    return {
      summary: event.summary,
      start: start.toISOString(),
      end: end.toISOString(),
      hours: (end.getTime() - start.getTime()) / 3_600_000,
      uid: event.uid,
    };
  });
  return { calendar, events };
}

describe('firebreak oncall --ics', () => {
  it('writes RFC 5545 that a second library parses: CRLF lines, VERSION 2.0, PRODID, METHOD, DTSTAMP', () => {
    const zoe = run('--ics', '--days', '7', '--person', 'zoe').out;
    // Lines fold at 75 octets, not characters: the name holds a three-octet dash.
    expect(zoe.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(parse(zoe).calendar.getFirstPropertyValue('x-wr-calname')).toBe('On call — @zoe (platform, payments)');
    const { code, out, err } = run('--ics', '--days', '7');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(out.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    const { calendar, events } = parse(out);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('firebreak');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    for (const v of calendar.getAllSubcomponents('vevent')) {
      expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-26T10:00:00Z');
    }
    // The whole team: both rotations, every layer.
    expect(new Set(events.map((e) => e.summary.replace(/^On call: @\w+ /, '')))).toEqual(
      new Set(['(platform primary)', '(platform secondary)', '(payments primary)']),
    );
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('keeps the true instants across the DST change, with the override cutting its shift', () => {
    const { events } = parse(run('--ics', '--rotation', 'platform', '--days', '7').out);
    const primary = events.filter((e) => e.summary.includes('platform primary'));
    // Sat 28 09:00 CET (08:00Z) → Sun 29 09:00 CEST (07:00Z): 23 hours, cut by zoe's override 12:00–18:00.
    expect(primary.filter((e) => e.start >= '2026-03-28T08:00' && e.start < '2026-03-29T07:00')).toEqual([
      expect.objectContaining({
        summary: 'On call: @alice (platform primary)',
        start: '2026-03-28T08:00:00.000Z',
        end: '2026-03-28T11:00:00.000Z',
      }),
      expect.objectContaining({
        summary: 'On call: @zoe (platform primary)',
        start: '2026-03-28T11:00:00.000Z',
        end: '2026-03-28T17:00:00.000Z',
      }),
      expect.objectContaining({
        summary: 'On call: @alice (platform primary)',
        start: '2026-03-28T17:00:00.000Z',
        end: '2026-03-29T07:00:00.000Z',
      }),
    ]);
    expect(
      primary
        .filter((e) => e.start >= '2026-03-28T08:00' && e.end <= '2026-03-29T07:00:00.000Z')
        .reduce((h, e) => h + e.hours, 0),
    ).toBe(23);
    // After the change the hand-off is 09:00 CEST = 07:00Z, each shift 24 hours again.
    expect(primary.find((e) => e.start === '2026-03-29T07:00:00.000Z')?.hours).toBe(24);
    const secondary = events.filter((e) => e.summary.includes('platform secondary'));
    expect(secondary.map((e) => [e.start, e.hours])).toContainEqual(['2026-03-23T08:00:00.000Z', 167]);
  });

  it('--person keeps one person’s shifts; the same shift keeps its UID between runs', () => {
    const all = parse(run('--ics', '--days', '7').out).events;
    const bob = parse(run('--ics', '--person', '@Bob', '--days', '7').out).events;
    expect(bob.length).toBeGreaterThan(0);
    expect(bob.every((e) => e.summary.startsWith('On call: @bob '))).toBe(true);
    expect(bob.map((e) => e.uid).every((uid) => all.some((e) => e.uid === uid))).toBe(true);
    expect(run('--ics', '--person', 'nobody-here', '--days', '7').out).not.toContain('BEGIN:VEVENT');
  });

  it('refuses combinations that make no sense, with usage exit 2', () => {
    expect(run('--ics', '--json').code).toBe(2);
    expect(run('--ics', '--schedule').code).toBe(2);
    expect(run('--person', 'bob').err).toContain('--person goes with --ics');
    expect(run('--ics', '--person', 'not a login').code).toBe(2);
    expect(run('--ics', '--rotation', 'nope').code).toBe(1);
  });
});
