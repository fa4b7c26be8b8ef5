// The published on-call calendar (src/handlers/oncall-calendar.ts, written by src/executor/calendar.ts) on the emulator: written beside the
// status site only when on; the same files the CLI prints; a second write with the same schedule writes
// nothing (DTSTAMP aside); turning it off empties what was published, once; the default branch is refused.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { publishedCalendars } from '../../src/domain/rotation/calendar.js';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { readStamp, writeCalendar } from '../../src/executor/calendar.js';
import { calendarWithSite, wantedCalendar } from '../../src/handlers/oncall-calendar.js';
import {
  CALENDAR_STAMP,
  calendarDigest,
  parseStamp,
  stampFor,
  upToDate,
  withoutStamps,
} from '../../src/state/calendar-stamp.js';
import { INDEX_BRANCH } from '../../src/state/schedule-index.js';
import { startEmulator } from '../../simulator/emulator/index.js';

function teamConfig(oncallCalendar: boolean, members = ['alice', 'bob']): Config {
  const config = defaultConfig();
  config.rotations['on-call'] = {
    id: 'on-call',
    timeZone: 'UTC',
    layers: [
      {
        name: 'primary',
        members,
        shift: { kind: 'daily' },
        handoff: '09:00',
        handoffDay: 'monday',
        start: '2026-03-02',
      },
    ],
    overrides: [],
    swaps: [],
  };
  config.statusPage = { ...config.statusPage, oncallCalendar };
  return config;
}

const NOW = new Date('2026-03-02T10:00:00Z');

describe('calendar digests and stamps', () => {
  it('ignores DTSTAMP, and only DTSTAMP', () => {
    const files = publishedCalendars(teamConfig(true), NOW);
    const later = publishedCalendars(teamConfig(true), new Date('2026-03-02T10:05:00Z'));
    expect(files['oncall.ics']).not.toBe(later['oncall.ics']);
    expect(withoutStamps(files['oncall.ics'] ?? '')).toBe(withoutStamps(later['oncall.ics'] ?? ''));
    expect(calendarDigest(files)).toBe(calendarDigest(later));
    const changed = publishedCalendars(teamConfig(true, ['alice', 'carol']), NOW);
    expect(calendarDigest(changed)).not.toBe(calendarDigest(files));
  });

  it('reads a stamp back, and a damaged one as none', () => {
    const stamp = { v: 1, branch: 'gh-pages', digest: 'd', written: '2026-03-02T10:00:00.000Z', files: ['oncall.ics'] };
    expect(parseStamp(JSON.stringify(stamp))).toEqual(stamp);
    expect(parseStamp('{')).toBeNull();
    expect(parseStamp(JSON.stringify({ ...stamp, written: 'yesterday' }))).toBeNull();
    expect(parseStamp(JSON.stringify({ ...stamp, files: [1] }))).toBeNull();
  });

  it('wants nothing while off and nothing was published; empties what was, once off', async () => {
    expect(await wantedCalendar(teamConfig(false), null, NOW)).toBeNull();
    const on = await wantedCalendar(teamConfig(true), null, NOW);
    expect(Object.keys(on?.files ?? {})).toEqual(['oncall.ics', 'oncall/alice.ics', 'oncall/bob.ics']);
    const stamp = {
      v: 1 as const,
      branch: 'gh-pages',
      digest: on?.digest ?? '',
      written: NOW.toISOString(),
      files: on?.published ?? [],
    };
    expect(on && upToDate(stamp, on)).toBe(true);
    const off = await wantedCalendar(teamConfig(false), stamp, NOW);
    expect(off?.published).toEqual([]);
    for (const text of Object.values(off?.files ?? {})) expect(text).not.toContain('BEGIN:VEVENT');
    // Published on another branch: not this branch's to empty.
    expect(await wantedCalendar(teamConfig(false), { ...stamp, branch: 'status' }, NOW)).toBeNull();
    // bob leaves the rotation: his file is emptied, not left with old shifts.
    const without = await wantedCalendar(teamConfig(true, ['alice']), stamp, NOW);
    expect(without?.published).toEqual(['oncall.ics', 'oncall/alice.ics']);
    expect(without?.files['oncall/bob.ics']).not.toContain('BEGIN:VEVENT');
  });
});

describe('writing the calendar', () => {
  it('writes with the site only when on, each file once, and refuses the default branch', async () => {
    const e = await startEmulator({ start: '2026-03-02T10:00:00Z', users: { alice: 'write' } });
    try {
      const gh = new OctokitGateway(
        createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none', timeoutMs: 5000 }),
        { owner: 'acme', repo: 'shop' },
      );
      const main = async () => 'main';
      expect(await calendarWithSite(gh, teamConfig(false), main, NOW)).toBe('');
      expect((await readStamp(gh)).stamp).toBeNull();

      expect(await calendarWithSite(gh, teamConfig(true), main, NOW)).toBe(
        'on-call calendar: 3 file(s) written to gh-pages (oncall.ics and 2 personal calendar(s))',
      );
      const wanted = publishedCalendars(teamConfig(true), NOW);
      for (const [path, text] of Object.entries(wanted))
        expect((await gh.getFile(path, 'gh-pages'))?.content).toBe(text);
      const { stamp } = await readStamp(gh);
      expect(stamp).toMatchObject({ branch: 'gh-pages', written: NOW.toISOString(), digest: calendarDigest(wanted) });
      expect(await gh.getFile(CALENDAR_STAMP, INDEX_BRANCH)).not.toBeNull();

      // Five minutes on, the same schedule: the stamp says so, nothing is read or written.
      expect(await calendarWithSite(gh, teamConfig(true), main, new Date('2026-03-02T10:05:00Z'))).toBe(
        'on-call calendar up to date',
      );
      // A stamp lost: the files are compared, DTSTAMP aside, and none is written again.
      const stampSha = (await readStamp(gh)).sha;
      const later = new Date('2026-03-02T10:06:00Z');
      const again = (await wantedCalendar(teamConfig(true), null, later))!;
      expect(await writeCalendar(gh, { wanted: again, stamp: stampFor(again, later), stampSha, base: 'main' })).toBe(
        'on-call calendar: 0 file(s) written to gh-pages (oncall.ics and 2 personal calendar(s))',
      );

      // Turned off: the published files are emptied once, and the stamp says nothing is published.
      const loaded = await readStamp(gh);
      const off = (await wantedCalendar(teamConfig(false), loaded.stamp, NOW))!;
      expect(
        await writeCalendar(gh, { wanted: off, stamp: stampFor(off, NOW), stampSha: loaded.sha, base: 'main' }),
      ).toBe(
        'on-call calendar: 3 file(s) written to gh-pages (status-page.oncall-calendar is off: 3 published calendar(s) emptied)',
      );
      expect((await gh.getFile('oncall/alice.ics', 'gh-pages'))?.content).not.toContain('BEGIN:VEVENT');
      expect(await wantedCalendar(teamConfig(false), (await readStamp(gh)).stamp, NOW)).toBeNull();

      const onMain = teamConfig(true);
      onMain.statusPage.branch = 'main';
      await expect(calendarWithSite(gh, onMain, main, NOW)).rejects.toThrow(
        "status-page.branch `main` is the repository's default branch",
      );
    } finally {
      await e.close();
    }
  });
});
