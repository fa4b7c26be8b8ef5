// Sweeps only while needed (docs/workflows.md): the escalation schedule pauses itself while nothing is due,
// an incident wakes it, and a schedule disabled by GitHub or a person is switched back on while something
// is due — or the job is red. Replayed through the bundle on the emulator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../simulator/simulate/simulate.js';
import { escalatedSteps, fileIncident, HEADER, run } from './kit.js';

const example = readFileSync(new URL('../../examples/sweeps-on-demand.yml', import.meta.url), 'utf8');
const runsOf = (result: SimulationResult) =>
  result.runs.map((r) => `${r.step}:${r.workflow}:${r.event}${r.skipped ? ':skipped' : ''}:${r.exit_code}`);
const index = (result: SimulationResult) =>
  JSON.parse(result.branches['firebreak/state']?.['schedule.json'] ?? '{}') as { paused?: string };

const scenario = (...steps: string[]) => `${HEADER}steps:\n${steps.join('\n')}\n`;

describe('sweeps only while needed', () => {
  it('examples/sweeps-on-demand.yml: paused with nothing due, woken by an incident, paused again after it', async () => {
    const result = await run(example);
    expect(runsOf(result)).toEqual([
      '1:escalation.yml:schedule:0', // pauses escalation.yml: nothing is open
      // step 2 (10:05): the schedule is off, nothing runs
      '3:incident.yml:issues:0',
      '3:incident.yml:repository_dispatch:0', // the wake job switches the schedule back on
      '3:incident.yml:issues:0',
      '4:escalation.yml:schedule:0', // nothing due: the watching triage job paged the Engineering Manager
      '5:incident.yml:issue_comment:0',
      '6:escalation.yml:schedule:0', // nothing due after the resolution: paused again
      // step 7 (10:40): nothing runs
      '8:incident.yml:issues:skipped:0',
      '9:incident.yml:issue_comment:skipped:0',
    ]);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager']);
    expect(index(result).paused).toBe('2026-03-02T10:35:00.000Z');
    // Each started job rounded up to whole minutes; the triage job watched from 10:10 to 10:26 (17).
    expect(result.runs.reduce((sum, r) => sum + (r.minutes ?? 0), 0)).toBe(22);
  });

  it('an incident run finds escalation.yml disabled for inactivity and has the wake job switch it back on', async () => {
    const result = await run(
      scenario(
        '  - { at: "09:59", disable-workflow: { workflow: escalation.yml, reason: disabled_inactivity } }',
        fileIncident('P1'),
        '  - { at: "10:16", sweep: {} }',
        '  - { at: "10:31", sweep: {} }',
      ),
    );
    expect(runsOf(result)).toEqual([
      '2:incident.yml:issues:0', // warns, and sends firebreak-wake
      '2:incident.yml:repository_dispatch:0', // switches escalation.yml back on
      '2:incident.yml:issues:0',
      '3:escalation.yml:schedule:0', // the Engineering Manager at 10:16
      '4:escalation.yml:schedule:0', // the CTO at 10:31
    ]);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto']);
  });

  it('never pauses when nothing could wake it: an incident.yml without the wake job keeps the schedule on', async () => {
    const result = await run(
      scenario(
        '  - { at: "10:01", push: { as: alice, message: "An older incident.yml", replace: { .github/workflows/incident.yml: { "types: [firebreak-wake, firebreak-alert]": "types: [firebreak-alert]" } } } }',
        '  - { at: "10:05", sweep: {} }',
        '  - { at: "10:10", sweep: {} }',
      ),
    );
    expect(runsOf(result)).toEqual(['2:escalation.yml:schedule:0', '3:escalation.yml:schedule:0']);
    expect(index(result).paused).toBeUndefined();
  });

  it('a schedule that cannot be switched back on while something is due makes the wake job red', async () => {
    const result = await run(
      scenario(
        '  - { at: "09:58", fault: { api: { kind: status5xx, status: 502, times: .inf, route: "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable" } } }',
        '  - { at: "09:59", disable-workflow: { workflow: escalation.yml } }',
        fileIncident('P1'),
      ),
    );
    const wake = result.runs.find((r) => r.event === 'repository_dispatch');
    expect(wake?.exit_code).toBe(1);
    expect(wake?.outputs?.result).toBe('failed');
    expect(escalatedSteps(result)).toEqual(['on-call']); // triage itself paged on-call
  });
});
