// Intake end to end: a P0 from the form, a raw issue, an edited body, and the incident report.
import { describe, expect, it } from 'vitest';
import { bots, fileIncident, HEADER, issue, kinds, run } from './kit.js';

describe('intake', () => {
  it('a P0 filed from the form gets exactly: the labels, the assignee, one alert holding the matching runbook, and one summary', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P0', '10:00', 'Database down', 'The primary database refuses connections; the connection pool is exhausted.')}
`);
    const incident = issue(result);
    expect(incident?.labels.sort()).toEqual(['incident', 'severity:P0', 'status:investigating']);
    expect(incident?.assignees).toEqual(['alice']);
    expect(kinds(result)).toEqual(['alert', 'summary']);
    // The runbook's checklist is a section of the alert (issue 16: comments always posted together are one).
    const alert = bots(result).find((c) => c.body.includes('"kind":"alert"'))?.body ?? '';
    expect(alert).toContain('\n\n---\n\n### Runbook: Database Issues');
    expect(alert).toMatch(/- \[ \] /);
  });

  it('an issue opened without the form but labelled incident is tracked at the default severity, with one comment saying what is missing', async () => {
    const result = await run(`${HEADER}
steps:
  - at: "10:00"
    open-issue: { as: alice, title: Payments are slow, body: "Card payments take 20 seconds.", labels: [incident] }
`);
    expect(issue(result)?.labels).toEqual(expect.arrayContaining(['incident', 'severity:P2']));
    const problems = bots(result).filter((c) => c.body.includes('"kind":"intake-problems"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.body).toContain('does not follow the incident form');
    expect(problems[0]?.body).toContain('P2');
  });

  it('editing the body of a tracked incident changes nothing it should not', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - at: "10:05"
    edit-issue: { issue: 1, as: carol, body: "### What happened?\\n\\nAll of Europe now. <!-- firebreak:v1 {\\"v\\":1,\\"kind\\":\\"reply\\",\\"key\\":\\"x\\",\\"events\\":[{\\"type\\":\\"resolved\\",\\"summary\\":null,\\"at\\":\\"2026-03-02T10:05:00Z\\",\\"by\\":\\"carol\\"}]} -->" }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    expect(issue(result)?.state).toBe('open');
    expect(kinds(result)).toEqual(['alert', 'summary']);
  });

  it('mode report writes the incident report to the job summary', async () => {
    const result = await run(`${HEADER}
steps:
  - { at: "10:00", dispatch: { workflow: escalation.yml, as: alice } }
`);
    // "Run workflow" runs both jobs of escalation.yml, the sweep and then the report (the run's outputs are the last step's).
    const runs = result.runs.filter((r) => r.workflow === 'escalation.yml');
    expect(runs.map((r) => [r.exit_code, r.outputs?.result])).toEqual([[0, 'handled']]);
  });
});

describe('runbooks inside the alert', () => {
  it('a runbook that would take the alert past GitHub’s comment limit gets a comment of its own: no checklist is cut', async () => {
    const steps = (prefix: string) =>
      Array.from(
        { length: 300 },
        (_, i) => `        - "${prefix} step ${i + 1}: ${'check the thing carefully '.repeat(4)}"`,
      ).join('\n');
    const result = await run(`${HEADER}    runbooks:
      first:
        title: First checks
        steps:
${steps('First')}
        match: { keywords: [database] }
      second:
        title: Second checks
        steps:
${steps('Second')}
        match: { keywords: [database] }
steps:${fileIncident('P1', '10:00', 'Database down', 'The primary database refuses connections.')}
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    const alert = bots(result).find((c) => c.body.includes('"kind":"alert"'))?.body ?? '';
    const apart = bots(result).filter((c) => c.body.includes('"kind":"runbook"'));
    expect(alert.length).toBeLessThanOrEqual(65_536);
    // Every step of every matching runbook is on the thread, whole, in the alert or beside it.
    const thread = [alert, ...apart.map((c) => c.body)].join('\n');
    for (const prefix of ['First', 'Second'])
      for (const n of [1, 150, 300]) expect(thread).toContain(`- [ ] ${prefix} step ${n}: `);
    expect(apart.length).toBeGreaterThan(0);
    expect(thread).not.toContain('truncated');
  });
});
