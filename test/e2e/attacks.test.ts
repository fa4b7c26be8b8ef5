// Every scenario in examples/attacks/ parses, passes the scenario check and replays through the built
// bundle on the emulator; each file's top comment states its expected outcome, and the files below
// have that outcome asserted here. Files added later are discovered and replayed too.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../simulator/simulate/check-scenario.js';
import { repositoryFiles } from '../../simulator/simulate/installed.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../simulator/simulate/simulate.js';
import { bots, escalatedSteps, root } from './kit.js';

const folder = new URL('../../examples/attacks/', import.meta.url);
const files = readdirSync(folder)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

const exits = (result: SimulationResult) =>
  result.runs.filter((r) => !r.cancelled).map((r) => `${r.step}:${r.exit_code}`);

/** What each of these scenarios must come to (their top comments say it in words). */
const EXPECTED: Record<string, (result: SimulationResult) => void> = {
  'broken-config.yml': (result) => {
    expect(exits(result)).toEqual(['1:0', '1:0', '2:0', '2:0', '4:1', '5:1', '6:1', '8:0', '9:0']);
    for (const number of [1, 2]) {
      const notices = bots(result, number).filter((c) => c.body.includes('"key":"config-broken:'));
      expect(notices).toHaveLength(1);
      expect(notices[0]?.body).toContain('Error: line 13, column 69: policies.default.steps[1].after');
      expect(notices[0]?.body).toContain('"Initial commit"');
    }
    expect(
      result.deliveries.filter((d) => (d.payload as { event_action?: string }).event_action === 'resolve'),
    ).toHaveLength(1);
    expect(
      result.deliveries.some((d) => d.channel === 'ops' && JSON.stringify(d.payload).includes('Engineering Manager')),
    ).toBe(true);
  },
  'deleted-incident.yml': (result) => {
    expect(result.runs.every((r) => r.cancelled || r.exit_code === 0)).toBe(true);
    expect(result.issues.map((i) => i.number)).toEqual([2]);
    expect(
      Object.keys(JSON.parse(result.branches['firebreak/state']?.['schedule.json'] ?? '{}').incidents ?? {}),
    ).toEqual(['2']);
    expect(escalatedSteps(result, 2)).toEqual(['on-call', 'engineering-manager', 'cto']);
  },
};

describe('examples/attacks', () => {
  it('holds scenarios, among them the ones asserted here', () => {
    expect(files).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });

  for (const file of files) {
    it(`${file} parses, passes the check and replays${EXPECTED[file] ? ' to its stated outcome' : ''}`, async () => {
      const text = readFileSync(new URL(file, folder), 'utf8');
      expect(text.startsWith('#'), `${file} starts with a comment stating the expected outcome`).toBe(true);
      const scenario = parseScenario(text, `examples/attacks/${file}`);
      expect(checkScenario(scenario, text, repositoryFiles(scenario)).filter((p) => p.severity === 'error')).toEqual(
        [],
      );
      const result = await simulate(scenario, { packageRoot: root });
      EXPECTED[file]?.(result);
    });
  }
});
