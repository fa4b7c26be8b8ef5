// End to end: scenarios replayed through the built bundle (dist/index.js) on the emulator, exactly as
// `firebreak simulate` does. `npm test` builds first.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bots, escalatedSteps, fileIncident, HEADER, issue, kinds, run } from './kit.js';

describe('a P1 filed at 10:00 and never acknowledged', () => {
  it('pages on-call at 10:00, the EM at 10:15, the CTO at 10:30 and the CEO at 11:00, each once, and says how late', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:03", sweep: {} }
  - { at: "10:03", sweep: {} }
  - { at: "10:22", sweep: {} }
  - { at: "11:40", sweep: {} }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    expect(issue(result)?.assignees).toEqual(['alice']);
    expect(issue(result)?.labels).toEqual(
      expect.arrayContaining(['incident', 'severity:P1', 'status:investigating', 'sla:breached']),
    );
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto', 'ceo']);
    expect(kinds(result).filter((k) => k === 'summary')).toHaveLength(1);
    const late = bots(result).find((c) => c.body.includes('"step":"cto"'));
    expect(late?.created_at).toBe('2026-03-02T11:40:00Z');
    expect(late?.body).toMatch(/CTO[^\n]*2026-03-02 10:30 UTC[^\n]*1h (9|10)m late/);
    expect(late?.body).toMatch(/CEO[^\n]*2026-03-02 11:00 UTC[^\n]*(39|40)m late/);
  });
});

describe('filing from the form', () => {
  it('triages once: labels, commander, one alert holding the matching runbook, one summary; a redelivered event changes nothing', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1', '10:00', 'Checkout fails', 'Checkout returns 502 for everyone in the EU.')}
  - redeliver: { step: 1 }
`);
    expect(kinds(result)).toEqual(['alert', 'summary']);
    // "502" matches the API performance runbook: its checklist is in the alert.
    expect(bots(result).find((c) => c.body.includes('"kind":"alert"'))?.body).toContain(
      '### Runbook: API Performance Issues',
    );
    expect(issue(result)?.assignees).toEqual(['alice']);
  });

  it('a hand-applied severity:P0 on a P2 incident moves it to P0 with one severity-change comment', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2', '10:00', 'Search is slow', 'Search takes 3 seconds.')}
  - at: "10:05"
    label: { issue: 1, as: alice, add: "severity:P0" }
`);
    expect(issue(result)?.labels).toContain('severity:P0');
    expect(issue(result)?.labels).not.toContain('severity:P2');
    expect(kinds(result).filter((k) => k === 'severity')).toHaveLength(1);
    expect(bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body).toContain('P0');
  });
});

describe('the demo scenario', () => {
  it('runs cleanly', async () => {
    const result = await run(await readFile(new URL('../../examples/demo.yml', import.meta.url), 'utf8'));
    expect(result.runs.filter((r) => !r.cancelled && r.exit_code !== 0)).toEqual([]);
    expect(result.runs.filter((r) => r.cancelled)).toHaveLength(1);
    expect(result.issues).toHaveLength(1);
    expect(issue(result)?.state).toBe('closed');
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager']);
  });
});
