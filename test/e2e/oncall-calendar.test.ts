// The status page's own branch, address and title, and the published on-call calendar, end to end
// (examples/oncall-status-page.yml): /publish writes the site to `status` with the calendar beside it,
// the files `firebreak oncall --ics [--person]` prints; a rotation change is written by the sweep at most
// once a day; an unchanged calendar costs a sweep nothing. A status branch that is the default branch is
// refused loudly (the run is red, nothing is committed there).
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ActionResult } from '../../simulator/harness/run-action.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { simulate, type RunRecord } from '../../simulator/simulate/simulate.js';
import { runOncallCommand } from '../../src/cli/oncall.js';
import { loadConfig } from '../../src/config/load.js';
import { BOT, bots, fileIncident, root } from './kit.js';

interface Played {
  result: Awaited<ReturnType<typeof simulate>>;
  runs: Array<{ run: RunRecord; result: ActionResult | null; requests: string[] }>;
}

async function play(yaml: string): Promise<Played> {
  const runs: Played['runs'] = [];
  const result = await simulate(parseScenario(yaml), {
    packageRoot: root,
    onRun: (run, outcome, _event, effect) =>
      runs.push({
        run,
        result: outcome,
        requests: (effect?.requests ?? []).filter((r) => r.login === BOT).map((r) => `${r.method} ${r.route}`),
      }),
  });
  return { result, runs };
}

const stdoutOf = (played: Played, step: number): string =>
  played.runs
    .filter((r) => r.run.step === step)
    .map((r) => r.result?.stdout ?? '')
    .join('\n');

/** What `firebreak oncall --ics` prints for this configuration at this instant. */
function cli(configText: string, at: string, person?: string): string {
  const { config, problems } = loadConfig(configText, 'firebreak.yml');
  expect(problems).toEqual([]);
  let out = '';
  const code = runOncallCommand(['--ics', '--at', at, ...(person ? ['--person', person] : [])], {
    config,
    now: new Date(at),
    stdout: { write: (t: string) => void (out += t) },
    stderr: { write: (t: string) => void (out += t) },
  } as Parameters<typeof runOncallCommand>[1]);
  expect(code).toBe(0);
  return out;
}

const noStamp = (text: string | undefined): string => (text ?? '').replace(/^DTSTAMP:[^\r\n]*\r?\n/gm, '');

function events(text: string): Array<{ summary: string; start: string; end: string }> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() };
  });
}

describe('the status page settings and the published on-call calendar', () => {
  it('examples/oncall-status-page.yml: its branch, address and title; the calendar with the site, then at most daily', async () => {
    const scenarioText = readFileSync(`${root}examples/oncall-status-page.yml`, 'utf8');
    const played = await play(scenarioText);
    const { result } = played;
    expect(result.runs.map((r) => `${r.step}:${r.workflow}:${r.exit_code}`)).toEqual([
      '1:incident.yml:0',
      '1:incident.yml:0',
      '2:incident.yml:0',
      '4:escalation.yml:0',
      '5:escalation.yml:0',
      '6:escalation.yml:0',
    ]);
    // The configured address in the reply; the configured branch and title on the site; no gh-pages.
    expect(
      bots(result).some((c) => c.body.includes('published on the status page, https://status.acme.example/.')),
    ).toBe(true);
    expect(result.branches['gh-pages']).toBeUndefined();
    const site = result.branches.status ?? {};
    expect(site['index.html']).toContain('<title>Acme status</title>');
    expect(site['index.html']).toContain('<h1>Acme status</h1>');
    expect(JSON.parse(site['summary.json'] ?? '{}').page).toMatchObject({
      id: 'acme/shop',
      name: 'Acme status',
      url: 'https://status.acme.example/',
    });
    expect(site['feed.atom']).toContain('<id>https://status.acme.example/</id>');

    // With the site at 10:05: the team's calendar and one per person, as the CLI prints them then.
    expect(stdoutOf(played, 2)).toContain('on-call calendar: 3 file(s) written to status (oncall.ics and 2 personal');
    // 11:05: the override changed the calendar, but it was written less than a day ago.
    expect(stdoutOf(played, 4)).toContain(
      'On-call calendar changed; the sweep writes it at most once a day: after 2026-03-03T10:05:00.000Z.',
    );
    // The next day's sweep writes it; the one after has nothing to write, and costs its one request.
    expect(stdoutOf(played, 5)).toMatch(/on-call calendar: 4 file\(s\) written to status \(oncall\.ics and 3 personal/);
    expect(stdoutOf(played, 6)).not.toContain('on-call calendar');
    expect(played.runs.find((r) => r.run.step === 6)?.requests).toEqual(['POST /graphql']);

    const config = result.branches.main?.['.github/firebreak.yml'] ?? '';
    expect(config).toContain('member: carol');
    const at = '2026-03-03T10:10:00Z';
    expect(
      Object.keys(site)
        .filter((p) => p.endsWith('.ics'))
        .sort(),
    ).toEqual(['oncall.ics', 'oncall/alice.ics', 'oncall/bob.ics', 'oncall/carol.ics']);
    expect(noStamp(site['oncall.ics'])).toBe(noStamp(cli(config, at)));
    for (const login of ['alice', 'bob', 'carol'])
      expect(noStamp(site[`oncall/${login}.ics`]), login).toBe(noStamp(cli(config, at, login)));
    // The final schedule: carol's override cuts bob's shift of 5 March.
    expect(events(site['oncall/carol.ics'] ?? '')).toEqual([
      {
        summary: 'On call: @carol (on-call primary)',
        start: '2026-03-05T09:00:00.000Z',
        end: '2026-03-05T21:00:00.000Z',
      },
    ]);
    const bob = events(site['oncall/bob.ics'] ?? '');
    expect(bob).toContainEqual(
      expect.objectContaining({ start: '2026-03-05T21:00:00.000Z', end: '2026-03-06T09:00:00.000Z' }),
    );
    expect(bob.some((e) => e.start === '2026-03-05T09:00:00.000Z')).toBe(false);
    // 90 days ahead of the write: the last shift is the one running on 2026-06-01 at 10:10.
    const team = events(site['oncall.ics'] ?? '');
    expect(team.at(-1)).toMatchObject({ start: '2026-06-01T09:00:00.000Z', end: '2026-06-02T09:00:00.000Z' });
    expect(team[0]).toMatchObject({ start: '2026-03-03T09:00:00.000Z' });

    const stamp = JSON.parse(result.branches['firebreak/state']?.['oncall-calendar.json'] ?? '{}');
    expect(stamp).toMatchObject({
      v: 1,
      branch: 'status',
      written: '2026-03-03T10:10:00.000Z',
      files: ['oncall.ics', 'oncall/alice.ics', 'oncall/bob.ics', 'oncall/carol.ics'],
    });
  });

  it('refuses the default branch as the status branch: /publish is answered "not published" and why; main is untouched', async () => {
    const played = await play(`
repository: acme/shop
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:
  .github/firebreak.yml: |
    rotations:
      on-call:
        time-zone: UTC
        layers:
          - {name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}
    status-page: {branch: main, oncall-calendar: true}
steps:${fileIncident('P2')}
  - at: "10:05"
    comment: { issue: 1, as: alice, body: "/publish Checkout is slow." }
`);
    const publish = played.runs.find((r) => r.run.step === 2);
    expect(publish?.run.exit_code).toBe(0);
    // The reply tells the truth: nothing was published (it used to say "published" while the write failed).
    const reply = played.result.issues[0]?.comments.find((c) => c.body.includes('"kind":"reply"'))?.body ?? '';
    expect(reply).toContain(
      "not published: status-page.branch `main` is the repository's default branch: Firebreak will not commit the status site there",
    );
    expect(reply).not.toMatch(/\*\*done:\*\* published/);
    const main = played.result.branches.main ?? {};
    for (const file of ['index.html', 'summary.json', 'firebreak-status.json', 'oncall.ics'])
      expect(main[file], file).toBeUndefined();
  });
});
