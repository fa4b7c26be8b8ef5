// Attacks on /resolve's optimistic postmortem write (f293558): the file is created on a new branch
// without a read, and a file already at that path "goes beside". Whose file is at the path decides:
// this incident's own postmortem (merged before, its branch deleted) is brought up to date, another's
// is never merged into — in the first postmortem cycle or in a later one.
import { describe, expect, it } from 'vitest';
import { fileIncident, HEADER } from '../e2e/kit.js';
import { bots, eventsOf, kindsOf, run } from './kit.js';

const PATH = 'docs/postmortems/2026-03-02-incident-checkout-fails.md';
const BESIDE = 'docs/postmortems/2026-03-02-incident-checkout-fails-incident-1.md';
const RESOLVE = `
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "11:00", comment: { issue: 1, as: alice, body: "/resolve rolled back the deploy" } }
`;
const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => (l === '' ? '' : `    ${l}`))
    .join('\n');

describe('attacks: the postmortem path on the default branch', () => {
  it("this incident's own postmortem already on the default branch (merged, its branch deleted) is updated, not duplicated beside it", async () => {
    // First: the postmortem as Firebreak writes it for this incident.
    const first = await run(`${HEADER}\nsteps:${fileIncident('P1')}${RESOLVE}`);
    const own = first.pulls[0]?.files[PATH];
    expect(own).toContain('incident: 1');
    // The same incident, its postmortem merged with the team's notes and the branch deleted (GitHub's
    // "automatically delete head branches"): the state a second cycle finds.
    const notes = `${own ?? ''}\n## Notes from the team\n\nThe health checks were the cause.\n`;
    // Resolved with other words this time: Firebreak's timeline in the file is out of date.
    const again = RESOLVE.replace('rolled back the deploy', 'restarted the load balancer');
    const result = await run(`${HEADER}  ${PATH}: |\n${indent(notes)}\nsteps:${fileIncident('P1')}${again}`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    expect(result.pulls).toHaveLength(1);
    // One postmortem per incident: the file that is already this incident's, with the team's notes kept.
    expect(Object.keys(result.pulls[0]?.files ?? {})).toEqual([PATH]);
    expect(result.pulls[0]?.files[PATH]).toContain('The health checks were the cause.');
    expect(result.pulls[0]?.files[PATH]).toContain('Resolved: restarted the load balancer');
    expect(result.branches['postmortem/incident-1']?.[BESIDE]).toBeUndefined();
  });

  it("after the postmortem went beside another's file and was merged, a second cycle updates it there and leaves the other file alone", async () => {
    const foreign =
      '# Notes written before the incident was resolved\n\nWe think the load balancer lost its health checks.\n';
    const result = await run(`${HEADER}  ${PATH}: |
    # Notes written before the incident was resolved

    We think the load balancer lost its health checks.
steps:${fileIncident('P1')}${RESOLVE}
  - { at: "11:30", merge: { pull: 2, as: alice } }
  - { at: "12:00", comment: { issue: 1, as: alice, body: "/reopen errors are back" } }
  - { at: "12:30", comment: { issue: 1, as: alice, body: "/resolve rolled back again" } }
`);
    expect(result.runs.filter((r) => r.workflow !== 'postmortem.yml').every((r) => r.exit_code === 0)).toBe(true);
    const branch = result.branches['postmortem/incident-1'] ?? {};
    // The person's file is not merged into, in either cycle.
    expect(branch[PATH]).toBe(foreign);
    expect(branch[BESIDE]).toContain('Resolved: rolled back again');
    expect(eventsOf(result, 'postmortem')).toHaveLength(2);
    const announced = bots(result).filter((c) => c.body.includes('"kind":"postmortem"'));
    expect(announced).toHaveLength(2);
    for (const a of announced) expect(a.body).toContain(BESIDE);
    expect(kindsOf(result, 'summary')).toHaveLength(1);
  });
});
