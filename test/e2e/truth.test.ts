// Every message tells the truth: what Firebreak writes at 3 a.m. is what the playbook and the incident's
// own history say — the severity and every rule that shaped it, who acknowledged, what stops the
// escalation, every step's contacts, real due times, clocks that start when the severity is raised,
// metrics that survive a reopen, times to the second.
import { describe, expect, it } from 'vitest';
import { decodeRecords, recordEvents } from '../../src/domain/incident/marker.js';
import { bots, escalatedSteps, fileIncident, HEADER, issue, ON_CALL_YAML, run } from './kit.js';

type Result = Awaited<ReturnType<typeof run>>;
const read = (body: string | undefined) => (body ?? '').replace(/\u200b/g, '');
const kind = (result: Result, name: string) =>
  bots(result)
    .filter((c) => c.body.includes(`"kind":"${name}"`))
    .map((c) => read(c.body));
const green = (result: Result) =>
  expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);

describe('classification', () => {
  it('a plain issue labelled security that says "Data breach confirmed" is a P0 confirmed breach, with its deadline from the first comment', async () => {
    const result = await run(`${HEADER}
steps:
  - at: "10:00"
    open-issue: { as: alice, title: "Data breach confirmed", body: "Data breach confirmed: the customer table was dumped to a paste site.", labels: [security] }
`);
    green(result);
    expect(issue(result)?.labels).toContain('severity:P0');
    const alert = kind(result, 'alert')[0] ?? '';
    expect(alert).toContain('**Breach notification due:** 2026-03-05 10:00 UTC, 3d after detection');
    expect(kind(result, 'summary')[0]).toContain('**Breach notification due:** 2026-03-05 10:00 UTC');
  });

  it('a capped severity names every rule that shaped it, in order', async () => {
    const result = await run(`${HEADER}
steps:
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Search is slow
      fields: { what-happened: "Major functionality is impacted: search times out.", severity: "Not sure", workaround: "Yes" }
`);
    green(result);
    expect(issue(result)?.labels).toContain('severity:P2');
    expect(kind(result, 'alert')[0]).toMatch(
      /P1 from rule "major-functionality": [^\n]*, capped to P2 by rule "workaround-available"/,
    );
  });
});

describe('escalation texts', () => {
  it('a P0 acknowledged by alice keeps escalating, and the page says so truthfully', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P0')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:16", sweep: {} }
`);
    green(result);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager']);
    const page = kind(result, 'escalation')[0] ?? '';
    expect(page).toContain(
      'Acknowledged by alice at 2026-03-02 10:05 UTC, but the P0 policy escalates until the incident is mitigated',
    );
    expect(page).toContain('Escalation continues until the incident is mitigated');
    expect(page).not.toContain('Not acknowledged');
    expect(page).not.toContain('to stop further escalation');
  });

  it("the first page folds into the alert with the on-call step's contact number", async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
`);
    expect(kind(result, 'alert')[0]).toContain('**Paged — On-call Engineer:** @alice · Primary +1-555-0101');
  });

  it('a step whose targets are users mentions each of them, with the contacts of its other targets', async () => {
    const result = await run(`${HEADER}    policies:
      default:
        steps:
          - {id: on-call, name: On-call Engineer, after: 0m, severities: [P0, P1], targets: [{oncall: primary}]}
          - {id: leads, name: Service leads, after: 15m, severities: [P0, P1], targets: [{user: bob}, {user: dave}, {contact: secondary}]}
steps:${fileIncident('P1')}
  - { at: "10:16", sweep: {} }
`);
    green(result);
    expect(escalatedSteps(result)).toEqual(['on-call', 'leads']);
    const page = kind(result, 'escalation')[0] ?? '';
    expect(page).toMatch(/Service leads[^\n]*@bob[^\n]*@dave/);
    expect(page).toContain('+1-555-0102');
  });

  it('an update reminder states when the update was really due and how late it is', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P0')}
  - { at: "10:02", comment: { issue: 1, as: alice, body: "/status mitigating" } }
  - { at: "10:40", comment: { issue: 1, as: alice, body: "/update rolled back the deploy" } }
  - { at: "12:10", sweep: {} }
`);
    green(result);
    const reminder = kind(result, 'reminder').at(-1) ?? '';
    expect(reminder).toContain(
      'The last one was at 2026-03-02 10:40 UTC; the next was due at 2026-03-02 11:10 UTC, 1h ago.',
    );
  });

  it('/escalate after an acknowledgement pages the next step not paged yet', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:03", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/escalate need the database team" } }
`);
    green(result);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager']);
    expect(kind(result, 'reply').at(-1)).toContain('escalated to Engineering Manager');
  });
});

describe('clocks', () => {
  it('raising P2 → P0 starts the P0 response clock at the raise: nobody is blamed for the time before', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2', '14:00')}
  - { at: "14:10", comment: { issue: 1, as: alice, body: "/severity P0 the whole EU is down" } }
  - { at: "14:12", sweep: {} }
  - { at: "14:14", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "14:20", sweep: {} }
`);
    green(result);
    expect(kind(result, 'breach')).toHaveLength(0);
    expect(issue(result)?.labels).not.toContain('sla:breached');
  });

  it('after a reopen the metrics still come from the first acknowledgement and mitigation; the reopen is shown apart', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: "/ack" } }
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/status mitigating" } }
  - { at: "10:20", comment: { issue: 1, as: alice, body: "/resolve" } }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/reopen" } }
  - { at: "10:50", comment: { issue: 1, as: alice, body: "/resolve again" } }
`);
    green(result);
    const second =
      kind(result, 'reply')
        .filter((r) => r.includes('### Resolved'))
        .at(-1) ?? '';
    expect(second).toMatch(/\| 2026-03-02 10:00 UTC \| 5m \| 10m \| 20m \|/);
    expect(second).toContain(
      'Reopened once, last at 2026-03-02 10:30 UTC; resolved again 20m later, at 2026-03-02 10:50 UTC.',
    );
  });

  it('every time Firebreak records is to the second', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:16", sweep: {} }
`);
    const times = bots(result)
      .flatMap((c) => decodeRecords(c.body))
      .flatMap((r) => recordEvents(r))
      .flatMap((e) => [e.at, ...('due' in e ? [e.due] : [])]);
    expect(times.length).toBeGreaterThan(3);
    for (const t of times) expect(t).not.toMatch(/\.\d{3}Z$/);
  });
});

describe('security in a public repository', () => {
  it('the notice says GitHub keeps earlier titles in the timeline, and how the reporter removes them', async () => {
    const result = await run(`
visibility: public
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:
  .github/firebreak.yml: |
${ON_CALL_YAML}
steps:
  - at: "10:00"
    file-incident:
      form: security-incident.yml
      as: carol
      title: Admin password leaked in repo
      fields: { type: Data breach, confirmed: Suspected, data-at-risk: admin credentials, systems: admin panel, detection: found it }
`);
    green(result);
    const body = issue(result)?.body ?? '';
    expect(body).toContain('**The original title is still shown too.**');
    expect(body).toContain("GitHub lists every earlier title in the issue's timeline");
    expect(body).toContain('ask a repository admin to delete this issue');
  });
});
