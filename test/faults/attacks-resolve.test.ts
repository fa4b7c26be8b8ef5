// Attacks on /resolve's two decisions (f293558): the first defers the summary when it wrote the
// postmortem, the second announces it on the comments the first left in memory. A fact-only command in
// the same comment, a person's command at the same moment, a tight operations budget: every fact and
// event is recorded once, and the summary names the postmortem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { fileIncident, HEADER } from '../e2e/kit.js';
import { duplicateKeys, eventsOf, issue, kindsOf, play, root, run } from './kit.js';

const summaryOf = (result: Awaited<ReturnType<typeof run>>) =>
  issue(result)?.comments.find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';

describe('attacks: /resolve with other commands', () => {
  for (const body of ['/timeline paged the database team\\n/resolve rolled back', '/eta 30m\\n/resolve rolled back'])
    it(`"${body}" in one comment: the other command's fact is recorded once, the incident resolved once`, async () => {
      const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "${body}" } }
`);
      expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
      expect(eventsOf(result, 'resolved')).toHaveLength(1);
      if (body.startsWith('/timeline')) {
        expect(eventsOf(result, 'note')).toHaveLength(1);
        expect(summaryOf(result)).toContain('paged the database team');
      } else expect(summaryOf(result)).toMatch(/ETA|eta/);
      expect(kindsOf(result, 'postmortem')).toHaveLength(1);
      expect(summaryOf(result)).toMatch(/\*\*Postmortem:\*\* \[pull request\]/);
      expect(duplicateKeys(result)).toEqual([]);
    });

  it("a person's note posted at the same moment as /resolve is recorded, and the summary still names the postmortem", async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - at: "10:30"
    concurrent:
      - comment: { issue: 1, as: alice, body: "/resolve rolled back" }
      - comment: { issue: 1, as: bob, body: "/timeline the load balancer is healthy again" }
`);
    expect(result.runs.filter((r) => r.concurrent).map((r) => r.exit_code)).toEqual([0, 0]);
    expect(eventsOf(result, 'resolved')).toHaveLength(1);
    expect(eventsOf(result, 'note')).toHaveLength(1);
    expect(summaryOf(result)).toContain('the load balancer is healthy again');
    expect(summaryOf(result)).toMatch(/\*\*Postmortem:\*\* \[pull request\]/);
    expect(kindsOf(result, 'postmortem')).toHaveLength(1);
    expect(duplicateKeys(result)).toEqual([]);
  });
});

describe('attacks: /resolve under a tight operations budget', () => {
  const workflow = readFileSync(`${root}examples/workflows/incident.yml`, 'utf8');
  for (const budget of [2, 3, 4, 5, 6])
    it(`operations-budget ${budget}: what does not fit is done by the next runs, the note and the postmortem included`, async () => {
      const scenario = parseScenario(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/timeline paged the database team\\n/resolve rolled back" } }
  - { at: "10:40", comment: { issue: 1, as: bob, body: "Thanks all." } }
  - { at: "10:50", comment: { issue: 1, as: bob, body: "Closing the bridge." } }
  - { at: "11:00", comment: { issue: 1, as: bob, body: "Writing it up." } }
  - { at: "11:10", comment: { issue: 1, as: bob, body: "Done." } }
  - { at: "11:20", comment: { issue: 1, as: bob, body: "Really done." } }
  - { at: "11:30", comment: { issue: 1, as: bob, body: "Bye." } }
`);
      scenario.files['.github/workflows/incident.yml'] = workflow.replace(
        "watch-minutes: '65'",
        `watch-minutes: '65'\n          operations-budget: '${budget}'`,
      );
      const { result, failed } = await play(scenario);
      expect(failed).toEqual([]);
      // The budget bites: some run left writes to the next.
      expect(result.runs.some((r) => Number(r.outputs?.left ?? 0) > 0)).toBe(true);
      expect(issue(result)?.state).toBe('closed');
      expect(eventsOf(result, 'resolved')).toHaveLength(1);
      expect(eventsOf(result, 'note')).toHaveLength(1);
      expect(summaryOf(result)).toContain('paged the database team');
      expect(kindsOf(result, 'postmortem')).toHaveLength(1);
      expect(result.pulls).toHaveLength(1);
      expect(summaryOf(result)).toMatch(/\*\*Postmortem:\*\* \[pull request\]/);
      expect(duplicateKeys(result)).toEqual([]);
    });
});

describe('attacks: /resolve with faults on the postmortem writes', () => {
  for (const route of [
    'PUT /repos/{owner}/{repo}/contents/{path}',
    'POST /repos/{owner}/{repo}/git/refs',
    'POST /repos/{owner}/{repo}/pulls',
  ])
    it(`a lost answer of ${route} leaves one postmortem file, one pull request, one announcement`, async () => {
      const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - fault: { api: { kind: dropAfterWrite, route: "${route}" } }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/timeline paged the database team\\n/resolve rolled back" } }
  - fault: { clear: true }
  - { at: "10:40", comment: { issue: 1, as: bob, body: "Thanks all." } }
`);
      expect(result.pulls).toHaveLength(1);
      expect(Object.keys(result.pulls[0]?.files ?? {})).toHaveLength(1);
      expect(Object.keys(result.pulls[0]?.files ?? {})[0]).not.toMatch(/-incident-1\.md$/);
      expect(kindsOf(result, 'postmortem')).toHaveLength(1);
      expect(eventsOf(result, 'note')).toHaveLength(1);
      expect(summaryOf(result)).toMatch(/\*\*Postmortem:\*\* \[pull request\]/);
      expect(duplicateKeys(result)).toEqual([]);
    });
});
