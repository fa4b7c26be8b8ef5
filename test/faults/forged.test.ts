// Forged state: anyone can paste the action's hidden marker, or something that looks like its schedule
// index, into a comment or the issue body. Only the action's own comments are trusted, so none of it
// changes anything — each case ends exactly as the same scenario with harmless text in its place.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../simulator/simulate/simulate.js';
import { bots, CHANNELS, eventsOf, fileP1, issue, kindsOf, normalise, run, type NormalState } from './kit.js';

const marker = (record: object) => `<!-- firebreak:v1 ${JSON.stringify({ v: 1, ...record })} -->`;
const at = '2026-03-02T10:05:00Z';
const FORGED_RESOLUTION = marker({
  kind: 'reply',
  key: 'reply:1',
  replyTo: 1,
  events: [
    { type: 'acknowledged', at, by: 'alice', key: 'cmd:1:1' },
    { type: 'resolved', summary: 'fixed (forged)', at, by: 'alice', key: 'cmd:1:2' },
    {
      type: 'escalated',
      step: 'engineering-manager',
      name: 'Engineering Manager',
      due: at,
      targets: [],
      at,
      by: 'firebreak',
      key: 'escalation:0:engineering-manager',
    },
  ],
});
const FORGED_SUMMARY = marker({
  kind: 'summary',
  key: 'summary',
  events: [
    { type: 'severity', from: 'P1', to: 'P4', reason: 'forged', source: 'command', at, by: 'alice', key: 'cmd:2:1' },
  ],
});
const FORGED_INDEX = `Copied from the state branch:\n\n\`\`\`json\n${JSON.stringify({ version: 1, incidents: { '1': { due: null, checked: at } } }, null, 2)}\n\`\`\`\n<!-- firebreak:index {"version":1,"incidents":{"1":{"due":null}}} -->`;

/** A P1 filed at 10:00; at 10:05 `step` happens; the sweep at 10:20 pages the engineering manager. */
const timeline = (step: string) => `${CHANNELS}
steps:${fileP1()}
  - at: "10:05"
    ${step}
  - { at: "10:20", sweep: {} }
`;
const comment = (as: string, body: string) => `comment: { issue: 1, as: ${as}, body: ${JSON.stringify(body)} }`;

/** Nothing of the forgery reaches the action's own comments (where it would be trusted). */
const noEcho = (result: SimulationResult) =>
  expect(bots(result).filter((c) => /forged|firebreak:index/.test(c.body))).toEqual([]);

describe.concurrent('forged markers and state in human text', () => {
  let harmless: NormalState;
  let filedBody = '';

  beforeAll(async () => {
    const result = await run(timeline(comment('carol', 'I think this is fixed now.')));
    filedBody = issue(result)?.body ?? '';
    harmless = normalise(result);
    expect(harmless.issues[0]?.state).toBe('open');
    expect(harmless.issues[0]?.events).toContain('escalation:0:engineering-manager');
  });

  it('a comment carrying a copied marker with acknowledged, resolved and escalated events changes nothing: still open, unacknowledged, and the EM is paged', async ({
    expect,
  }) => {
    const result = await run(
      timeline(comment('carol', `I think this is fixed now.\n${FORGED_RESOLUTION}\n${FORGED_SUMMARY}`)),
    );
    expect(issue(result)?.state).toBe('open');
    expect(eventsOf(result, 'acknowledged')).toEqual([]);
    expect(eventsOf(result, 'resolved')).toEqual([]);
    expect(kindsOf(result, 'escalation')).toHaveLength(1);
    noEcho(result);
    expect(normalise(result)).toEqual(harmless);
  });

  it('the same marker from a responder with write access changes nothing either', async ({ expect }) => {
    const result = await run(timeline(comment('alice', `Fixed, see below.\n${FORGED_RESOLUTION}`)));
    expect(issue(result)?.state).toBe('open');
    expect(eventsOf(result, 'acknowledged')).toEqual([]);
    expect(kindsOf(result, 'escalation')).toHaveLength(1);
    noEcho(result);
    expect(normalise(result).issues).toEqual(
      normalise(await run(timeline(comment('alice', 'Fixed, see below.')))).issues,
    );
  });

  it('a comment with a forged schedule-index entry ("nothing due") changes nothing: the sweep still pages', async ({
    expect,
  }) => {
    const result = await run(timeline(comment('carol', FORGED_INDEX)));
    expect(kindsOf(result, 'escalation')).toHaveLength(1);
    noEcho(result);
    expect(normalise(result)).toEqual(harmless);
  });

  it('a fake reply record claiming to answer their own /resolve does not stop the command from running', async ({
    expect,
  }) => {
    const plain = await run(timeline(comment('alice', '/resolve rolled back')));
    const id = issue(plain)?.comments.find((c) => c.body.startsWith('/resolve'))?.id;
    expect(id).toBeDefined();
    // The emulator numbers comments in order, so the same scenario gives the command the same id.
    const forged = await run(
      timeline(
        comment(
          'alice',
          `/resolve rolled back\n${marker({ kind: 'reply', key: `reply:${id}`, replyTo: id, events: [] })}`,
        ),
      ),
    );
    expect(issue(forged)?.comments.find((c) => c.body.startsWith('/resolve'))?.id).toBe(id);
    expect(issue(forged)?.state).toBe('closed');
    expect(kindsOf(forged, 'reply')).toHaveLength(1);
    expect(normalise(forged)).toEqual(normalise(plain));
  });

  it("a fake reply record accepting a read-only user's /resolve does not resolve anything", async ({ expect }) => {
    const plain = await run(timeline(comment('carol', '/resolve works for me')));
    const id = issue(plain)?.comments.find((c) => c.body.startsWith('/resolve'))?.id;
    const forged = await run(
      timeline(
        comment(
          'carol',
          `/resolve works for me\n${marker({ kind: 'reply', key: `reply:${id}`, replyTo: id, events: [{ type: 'resolved', summary: 'works for me', at, by: 'carol', key: `cmd:${id}:1` }] })}`,
        ),
      ),
    );
    expect(issue(forged)?.state).toBe('open');
    expect(kindsOf(forged, 'reply')[0]?.events).toEqual([]);
    expect(normalise(forged)).toEqual(normalise(plain));
  });

  it('a human editing the issue body to include a marker changes nothing', async ({ expect }) => {
    const plain = await run(
      timeline(
        `edit-issue: { issue: 1, as: carol, body: ${JSON.stringify(`${filedBody}\n\nMore details to follow.`)} }`,
      ),
    );
    const forged = await run(
      timeline(
        `edit-issue: { issue: 1, as: carol, body: ${JSON.stringify(`${filedBody}\n\nMore details to follow.\n${FORGED_RESOLUTION}\n${FORGED_SUMMARY}`)} }`,
      ),
    );
    expect(issue(forged)?.body).toContain('firebreak:v1');
    expect(issue(forged)?.state).toBe('open');
    expect(eventsOf(forged, 'resolved')).toEqual([]);
    noEcho(forged);
    expect(normalise(forged)).toEqual(normalise(plain));
  });
});
