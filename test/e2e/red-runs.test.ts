// Red when it matters: a run that leaves something undone — a failed write, an undelivered notification
// — ends red after doing everything else, and the next run retries it. An incident whose issue is gone
// (deleted, or transferred to another repository) is not: the run says so and exits 0, and the sweep
// drops its schedule entry instead of retrying it for ever.
import { describe, expect, it } from 'vitest';
import type { ActionResult } from '../../simulator/harness/run-action.js';
import { installedFiles } from '../../simulator/simulate/installed.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { simulate, type RunRecord } from '../../simulator/simulate/simulate.js';
import { escalatedSteps, eventsOf, fileIncident, HEADER, root } from './kit.js';

type Played = Awaited<ReturnType<typeof simulate>> & {
  results: Array<{ run: RunRecord; result: ActionResult | null }>;
};

/**
 * Plays a scenario, keeping each run's job summary and log. The installed incident workflow hears
 * deletions and transfers; `goneEvents: false` takes them out (an older install), so only the sweep
 * finds out.
 */
async function play(yaml: string, options: { goneEvents?: boolean } = {}): Promise<Played> {
  const scenario = parseScenario(yaml);
  const incident = installedFiles()['.github/workflows/incident.yml'] ?? '';
  expect(incident).toMatch(/types: \[[^\]]*deleted, transferred\]/);
  if (options.goneEvents === false)
    scenario.files['.github/workflows/incident.yml'] = incident.replace(', deleted, transferred]', ']');
  const results: Played['results'] = [];
  const outcome = await simulate(scenario, {
    packageRoot: root,
    onRun: (run, result) => results.push({ run, result }),
  });
  return { ...outcome, results };
}

const exits = (played: Played) =>
  played.runs.filter((r) => !r.cancelled).map((r) => `${r.step}:${r.workflow}:${r.exit_code}`);
const index = (played: Played) =>
  JSON.parse(played.branches['firebreak/state']?.['schedule.json'] ?? '{"incidents":{}}') as {
    incidents: Record<string, { due: string | null }>;
  };
const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

describe('a run that leaves something undone ends red, and the next run does it', () => {
  it('a sweep whose writes fail ends red; after the fault clears, the next sweep pages once', async () => {
    const played = await play(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:10", fault: { api: { kind: status5xx, status: 502, times: .inf, route: "${COMMENTS}" } } }
  - { at: "10:16", sweep: {} }
  - { at: "10:17", fault: { clear: true } }
  - { at: "10:20", sweep: {} }
  - { at: "10:25", sweep: {} }
`);
    expect(exits(played).slice(2)).toEqual(['3:escalation.yml:1', '5:escalation.yml:0', '6:escalation.yml:0']);
    const red = played.results.find((r) => r.run.step === 3)?.result;
    expect(red?.stdout).toMatch(/::error::.*write\(s\) failed; see the log\. The next run retries them\./);
    expect(red?.summary).toMatch(/\d+ failed/);
    expect(played.runs.find((r) => r.step === 3)?.outputs?.result).toBe('failed');
    // Paged once: the failed sweep posted nothing, the next one did it, the one after had nothing to do.
    expect(escalatedSteps(played)).toEqual(['on-call', 'engineering-manager']);
  });

  it('a run whose incident cannot be read at all ends red and leaves the incident due for the sweep', async () => {
    const played = await play(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", fault: { api: { kind: status5xx, status: 502, times: .inf, route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments" } } }
  - { at: "10:06", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "10:07", fault: { clear: true } }
  - { at: "10:08", sweep: {} }
`);
    expect(exits(played).slice(2)).toEqual(['3:incident.yml:1', '5:escalation.yml:0']);
    // The sweep picked the pending /ack up at once (the failed run marked the incident due).
    expect(eventsOf(played, 'acknowledged')).toHaveLength(1);
  });
});

describe('an incident whose issue is gone', () => {
  it('issues.deleted: the run exits 0, says so, and drops the schedule entry; the sweep is green', async () => {
    const played = await play(
      `${HEADER.replace('dave: read', 'dave: read, olga: admin')}
steps:${fileIncident('P1')}
  - { at: "10:05", delete-issue: { issue: 1, as: olga } }
  - { at: "10:16", sweep: {} }
`,
      { goneEvents: true },
    );
    expect(exits(played)).toEqual(['1:incident.yml:0', '1:incident.yml:0', '2:incident.yml:0', '3:escalation.yml:0']);
    const deleted = played.results.find((r) => r.run.step === 2)?.result;
    expect(played.runs.find((r) => r.step === 2)?.action).toBe('deleted');
    expect(deleted?.stdout).toContain('Issue #1 was deleted by olga');
    expect(deleted?.summary).toContain('Firebreak stops escalating it here; its schedule entry was dropped.');
    expect(index(played).incidents).toEqual({});
    expect(played.issues).toEqual([]);
  });

  it('issues.transferred: the job summary says where the incident went', async () => {
    const played = await play(
      `${HEADER.replace('dave: read', 'dave: read, olga: admin')}
repositories:
  acme/payments: { visibility: private, users: { olga: admin } }
steps:${fileIncident('P1')}
  - { at: "10:05", transfer-issue: { issue: 1, as: olga, to: acme/payments } }
  - { at: "10:16", sweep: {} }
`,
      { goneEvents: true },
    );
    expect(exits(played)).toEqual(['1:incident.yml:0', '1:incident.yml:0', '2:incident.yml:0', '3:escalation.yml:0']);
    const transferred = played.results.find((r) => r.run.step === 2)?.result;
    expect(transferred?.summary).toContain(
      'Issue #1 was transferred to acme/payments#1 (https://github.com/acme/payments/issues/1) by olga',
    );
    expect(index(played).incidents).toEqual({});
    expect(escalatedSteps(played)).toEqual([]);
  });

  it('the sweep drops an entry whose issue no longer exists instead of retrying it for ever', async () => {
    // An older install whose incident workflow does not hear issues.deleted: only the sweep finds out.
    const played = await play(
      `${HEADER.replace('dave: read', 'dave: read, olga: admin')}
steps:${fileIncident('P1')}${fileIncident('P1', '10:01', 'Search down', 'Search returns 500.')}
  - { at: "10:05", delete-issue: { issue: 1, as: olga } }
  - { at: "10:16", sweep: {} }
  - { at: "10:31", sweep: {} }
`,
      { goneEvents: false },
    );
    expect(exits(played).slice(4)).toEqual(['4:escalation.yml:0', '5:escalation.yml:0']);
    const sweep = played.results.find((r) => r.run.step === 4)?.result;
    expect(sweep?.stdout).toMatch(
      /\[#1\] the issue is no longer in this repository \(.*This issue was deleted\); its schedule entry is dropped\./,
    );
    expect(Object.keys(index(played).incidents)).toEqual(['2']);
    expect(escalatedSteps(played, 2)).toEqual(['on-call', 'engineering-manager', 'cto']);
  });
});
