// Whatever people paste, escalation goes on: a 52 KB HTML table in "Who is affected?" or an /update of
// sixteen long lines used to make the action's hidden records pass GitHub's 65,536-character limit, so
// every later run failed and nobody was paged. Records now hold bounded values (the full text stays in
// the issue body or the person's comment), and visible comments are cut to fit with a pointer.
import { describe, expect, it } from 'vitest';
import { bots, escalatedSteps, HEADER, run } from './kit.js';

const TABLE = `<table>${Array.from({ length: 2_600 }, (_, i) => `<tr><td>c${i}</td></tr>`).join('')}</table>`;
const LONG_UPDATE = Array.from(
  { length: 16 },
  (_, i) => `/update ${String.fromCharCode(65 + i)}${'x'.repeat(3_990)}`,
).join('\n');

const P1 = 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident';

function filing(affected: string): string {
  return `
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Checkout fails
      fields:
        what-happened: Checkout returns errors.
        severity: "${P1}"
        who-is-affected: ${JSON.stringify(affected)}
        workaround: "No"
`;
}

const RECORD = /<!-- firebreak:v1 \{[^<>]*\} -->/;

function expectBounded(result: Awaited<ReturnType<typeof run>>): void {
  for (const comment of bots(result)) {
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(RECORD.exec(comment.body)?.[0].length ?? 0).toBeLessThanOrEqual(24_000);
  }
}

describe('bounded state', () => {
  it('a 52 KB HTML table in "Who is affected?" still triages, pages every step on time and takes /ack', async () => {
    expect(TABLE.length).toBeGreaterThan(52_000);
    const result = await run(`${HEADER}
steps:${filing(TABLE)}
  - { at: "10:16", sweep: {} }
  - { at: "10:31", sweep: {} }
  - { at: "10:40", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "11:01", sweep: {} }
`);
    expect(result.runs.filter((r) => !r.cancelled).map((r) => r.exit_code)).not.toContain(1);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto']);
    const alert = bots(result).find((c) => c.body.includes('"kind":"alert"'))?.body ?? '';
    // The record keeps the start of the answer, marked as cut, with the SHA-256 of the whole of it.
    expect(alert).toMatch(/"impact":"\\u003ctable\\u003e[^"]*…"/);
    expect(alert).toMatch(/"cut":\{"impact":"[0-9a-f]{64}"\}/);
    // The /ack is recorded in the live summary (a fact-only command gets no reply of its own).
    const summary = bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';
    expect(summary).toContain('| 2026-03-02 10:40 UTC | bob | Acknowledged |');
    expectBounded(result);
  });

  it('an /update of sixteen long lines (64,000 characters) is answered, and the CTO and CEO are still paged', async () => {
    expect(LONG_UPDATE.length).toBeGreaterThan(63_000);
    const result = await run(`${HEADER}
steps:${filing('everyone in the EU')}
  - { at: "10:05", comment: { issue: 1, as: alice, body: ${JSON.stringify(LONG_UPDATE)} } }
  - { at: "10:16", sweep: {} }
  - { at: "10:31", sweep: {} }
  - { at: "11:01", sweep: {} }
`);
    expect(result.runs.filter((r) => !r.cancelled).map((r) => r.exit_code)).not.toContain(1);
    expect(escalatedSteps(result)).toEqual(['on-call', 'engineering-manager', 'cto', 'ceo']);
    const reply = bots(result).find((c) => c.body.includes('"kind":"reply"'))?.body ?? '';
    expect(reply).toMatch(
      /see \[the comment\]\(https:\/\/github\.com\/acme\/shop\/issues\/1#issuecomment-\d+\) for the full text/,
    );
    expectBounded(result);
  });
});
