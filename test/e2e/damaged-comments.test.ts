// Firebreak's comments are its only trusted state, and people can edit them. An edited or blanked
// comment is recognised (its record carries a digest of itself); the run continues from the copy of the
// state in the live summary, so the damage neither repeats a page nor drops one, and it says so once.
import { describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import { hasControls } from '../../src/text/controls.js';
import { BOT, bots, CHANNELS, fileIncident, HEADER, run } from './kit.js';

type Result = Awaited<ReturnType<typeof run>>;

/** Escalation steps recorded by intact records (an edited record proves nothing). */
const pagedSteps = (result: Result) =>
  bots(result)
    .flatMap((c) => decodeRecords(c.body))
    .flatMap((r) => r.events)
    .flatMap((e) => (e.type === 'escalated' ? [e.step] : []));

const notices = (result: Result) => bots(result).filter((c) => c.body.includes('"kind":"notice"'));

describe("a person edits one of Firebreak's comments", () => {
  it('an edited escalation record neither pages the engineering manager again nor stops the CTO page', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P1')}
  - { at: "10:16", sweep: {} }
  - { at: "10:20", edit-comment: { issue: 1, as: alice, comment: { author: "${BOT}", contains: '"kind":"escalation"' }, replace: { "engineering-manager": "engineering-manag3r" } } }
  - { at: "10:31", sweep: {} }
  - { at: "10:45", sweep: {} }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    // The edited comment proves nothing any more; the summary's copy still knows the EM was paged.
    expect(pagedSteps(result)).toEqual(['on-call', 'cto']);
    expect(
      bots(result).filter((c) => c.body.includes('### Escalation') || c.body.includes('"kind":"escalation"')),
    ).toHaveLength(2);
    expect(notices(result)).toHaveLength(1);
    expect(notices(result)[0]?.body).toContain("Someone edited [a comment of Firebreak's]");
    expect(notices(result)[0]?.body).toContain(
      "continues from the copy of the incident's state kept in the live summary",
    );
  });

  it('a blanked internal alert is not posted again, and the channels hear "opened" once', async () => {
    const result = await run(`${CHANNELS}
steps:${fileIncident('P1')}
  - { at: "10:02", edit-comment: { issue: 1, as: alice, comment: { author: "${BOT}", contains: '"kind":"alert"' }, body: "." } }
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/ack" } }
  - { at: "10:16", sweep: {} }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    expect(bots(result).filter((c) => c.body.includes('"key":"alert"'))).toHaveLength(0);
    expect(bots(result).filter((c) => c.body === '.')).toHaveLength(1);
    const opened = result.deliveries.filter(
      (d) => d.channel === 'ops' && JSON.stringify(d.payload).includes('New incident'),
    );
    expect(opened).toHaveLength(1);
    // The acknowledgement counts (the P1 stops escalating), and the damage is said once.
    const summary = bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body ?? '';
    expect(summary).toContain('| 2026-03-02 10:05 UTC | bob | Acknowledged |');
    expect(pagedSteps(result)).not.toContain('engineering-manager');
    expect(notices(result)).toHaveLength(1);
    expect(notices(result)[0]?.body).toContain("Someone blanked or rewrote [a comment of Firebreak's]");
  });

  it('an edited summary is rewritten in place, not posted again', async () => {
    const result = await run(`${HEADER}
steps:${fileIncident('P2')}
  - { at: "10:02", edit-comment: { issue: 1, as: alice, comment: { author: "${BOT}", contains: '"kind":"summary"' }, replace: { "P2": "P4" } } }
  - { at: "10:05", comment: { issue: 1, as: bob, body: "/ack" } }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    const summaries = bots(result).filter((c) => c.body.includes('"key":"summary"'));
    expect(summaries).toHaveLength(1);
    expect(decodeRecords(summaries[0]?.body ?? '')).toHaveLength(1);
    expect(summaries[0]?.body).toContain('P2');
  });
});

describe('control and bidirectional-override characters', () => {
  it('never reach a comment, a title, the postmortem or a channel payload', async () => {
    const result = await run(`${CHANNELS}
steps:${fileIncident('P1', '10:00', '"Checkout \\u202Efails\\u0007 for EU"')}
  - { at: "10:20", sweep: {} }
  - { at: "10:30", comment: { issue: 1, as: alice, body: "/resolve fixed \\u202Eit\\u2066" } }
`);
    expect(result.runs.filter((r) => !r.cancelled).every((r) => r.exit_code === 0)).toBe(true);
    const bad = { test: (text: string) => hasControls(text) };
    for (const comment of bots(result)) expect(bad.test(comment.body)).toBe(false);
    for (const pull of result.pulls) {
      expect(bad.test(pull.title)).toBe(false);
      for (const text of Object.values(pull.files)) expect(bad.test(text ?? '')).toBe(false);
    }
    expect(result.pulls.length).toBeGreaterThan(0);
    expect(result.deliveries.length).toBeGreaterThan(0);
    // A payload's JSON may spell a control character as an escape (\u0007): the text it decodes to counts.
    for (const delivery of result.deliveries)
      expect(
        bad.test(JSON.stringify(delivery.payload)) ||
          /\\u(00[01]|202[a-e]|206[6-9])/i.test(JSON.stringify(delivery.payload)),
      ).toBe(false);
  });
});
