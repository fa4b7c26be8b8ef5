// End to end: scenarios replayed through the built bundle (dist/index.js) on the emulator, exactly as
// `firebreak simulate` does. `npm test` builds first.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../src/simulate/simulate.js';

const root = new URL('../..', import.meta.url).pathname;

async function run(yaml: string): Promise<SimulationResult> {
  return simulate(parseScenario(yaml), { packageRoot: root });
}

const bots = (result: SimulationResult, number = 1) => result.issues.find((i) => i.number === number)?.comments.filter((c) => c.author === 'github-actions[bot]') ?? [];
const kinds = (result: SimulationResult, number = 1) => bots(result, number).map((c) => /"kind":"([^"]+)"/.exec(c.body)?.[1]);

const ROTATION = `
  .github/firebreak.yml: |
    rotations:
      on-call:
        time-zone: UTC
        layers:
          - name: primary
            members: [alice]
            shift: weekly
            handoff: "09:00"
            start: 2026-03-02
`;

const FILE_P1 = `
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Checkout fails
      fields:
        what-happened: Checkout returns 502 for everyone in the EU.
        severity: "P1 - High: major functionality down for many users, severe slowdown, or potential security incident"
        workaround: "No"
`;

describe('a P1 filed at 10:00 and never acknowledged', () => {
  it('pages on-call at 10:00, the EM at 10:15, the CTO at 10:30 and the CEO at 11:00, each once, and says how late', async () => {
    const result = await run(`
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:${ROTATION}
steps:${FILE_P1}
  - { at: "10:03", sweep: {} }
  - { at: "10:03", sweep: {} }
  - { at: "10:22", sweep: {} }
  - { at: "11:40", sweep: {} }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    const issue = result.issues[0];
    expect(issue?.assignees).toEqual(['alice']);
    expect(issue?.labels).toEqual(expect.arrayContaining(['incident', 'severity:P1', 'status:investigating', 'sla:breached']));
    const escalated = bots(result).flatMap((c) => [...c.body.matchAll(/"type":"escalated","step":"([^"]+)"/g)].map((m) => m[1]));
    expect(escalated).toEqual(['on-call', 'engineering-manager', 'cto', 'ceo']);
    expect(kinds(result).filter((k) => k === 'summary')).toHaveLength(1);
    const late = bots(result).find((c) => c.body.includes('"step":"cto"'));
    expect(late?.created_at).toBe('2026-03-02T11:40:00Z');
    expect(late?.body).toMatch(/CTO[^\n]*2026-03-02 10:30 UTC[^\n]*1h 9m late|CTO[^\n]*2026-03-02 10:30 UTC[^\n]*1h 10m late/);
  });
});

describe('filing from the form', () => {
  it('triages once: labels, commander, one alert, the matching runbook, one summary; a redelivered event changes nothing', async () => {
    const result = await run(`
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:${ROTATION}
steps:${FILE_P1}
  - redeliver: { step: 1 }
`);
    expect(kinds(result)).toEqual(['alert', 'runbook', 'summary']); // "502" matches the API performance runbook
    expect(result.issues[0]?.assignees).toEqual(['alice']);
  });

  it('a hand-applied severity:P0 on a P2 incident moves it to P0 with one severity-change comment', async () => {
    const result = await run(`
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:${ROTATION}
steps:
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Search is slow
      fields:
        what-happened: Search takes 3 seconds.
        severity: "P2 - Medium: minor functionality or performance degraded, workaround exists, minor security alert"
  - at: "10:05"
    label: { issue: 1, as: alice, add: "severity:P0" }
`);
    const issue = result.issues[0];
    expect(issue?.labels).toContain('severity:P0');
    expect(issue?.labels).not.toContain('severity:P2');
    expect(kinds(result).filter((k) => k === 'severity')).toHaveLength(1);
    expect(bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body).toContain('P0');
  });
});

describe('the demo scenario', () => {
  it('runs cleanly', async () => {
    const result = await run(await readFile(new URL('../../examples/demo.yml', import.meta.url), 'utf8'));
    expect(result.runs.filter((r) => r.exit_code !== 0)).toEqual([]);
    expect(result.issues).toHaveLength(1);
  });
});
