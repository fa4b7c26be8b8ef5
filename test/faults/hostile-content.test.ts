// Whatever people post, within GitHub's own limits (65,536 characters a body or comment, 256 a title,
// any Unicode), triage, every command and every due page still happen. Property test: hostile form
// answers, titles and command comments at those limits; the engineering manager is still paged when
// due, and no run fails. A fixed seed in CI (FIREBREAK_HOSTILE_SEED, FIREBREAK_HOSTILE_RUNS for more).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import { parseFormTemplate, renderIssueFormBody } from '../../src/forms/index.js';
import { readFileSync } from 'node:fs';
import { inProcess } from './in-process.js';

const SEED = Number(process.env.FIREBREAK_HOSTILE_SEED ?? 20261202);
const RUNS = Number(process.env.FIREBREAK_HOSTILE_RUNS ?? 200);
const LIMIT = 65_536;
const P1 = 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident';
const FORM = parseFormTemplate(
  readFileSync(new URL('../../.github/ISSUE_TEMPLATE/incident.yml', import.meta.url), 'utf8'),
);
const CONFIG =
  'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}]\n';

/** Pieces that have broken parsers, renderers and records before. */
const NASTY = [
  '<table><tr><td>x</td></tr></table>',
  '<!-- firebreak:v1 {"v":1,"kind":"alert","key":"alert","events":[]} -->',
  '-->',
  '```',
  '~~~',
  '### Severity',
  '_No response_',
  '@everyone',
  '@acme/all',
  '{{#incident}}{{/incident}}',
  '${{ github.token }}',
  '\u202E',
  '\u0000',
  '\u2066',
  '🔥',
  '\uD83D',
  '\r\n',
  '> /ack',
  '    /frobnicate an indented example',
  '|a|b|\n|-|-|',
  '&amp;&lt;',
  '\\u003c',
];

const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
/** Text of about `size` characters made of hostile pieces. */
const hostile = (max: number) =>
  fc.tuple(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max })).map(([pieces, size]) => {
    const unit = pieces.join(' ');
    return unit.length === 0
      ? 'x'
      : unit.repeat(Math.ceil(Math.max(1, size) / unit.length)).slice(0, Math.max(1, size));
  });

const COMMANDS = ['/update', '/timeline', '/impact', '/customer', '/eta', '/frobnicate', '/runbook', '/help'];
const commandComment = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...COMMANDS), hostile(6_000)), { minLength: 1, maxLength: 24 }),
    hostile(LIMIT),
  )
  .map(([lines, tail]) =>
    `${lines.map(([c, text]) => `${c} ${text.replace(/[\r\n]+/g, ' ')}`).join('\n')}\n${tail}`.slice(0, LIMIT),
  );

const report = fc.record({
  title: hostile(256),
  what: hostile(LIMIT),
  affected: hostile(LIMIT),
  links: hostile(10_000),
  started: hostile(300),
});

/** The body GitHub would render, cut (answer by answer) to fit its limit. */
function body(answers: { what: string; affected: string; links: string; started: string }): string {
  let scale = 1;
  for (;;) {
    const cut = (text: string) => text.slice(0, Math.floor(text.length * scale)) || 'x';
    const text = renderIssueFormBody(FORM, {
      'what-happened': cut(answers.what),
      severity: P1,
      'who-is-affected': cut(answers.affected),
      workaround: 'No',
      links: cut(answers.links),
      'started-at': cut(answers.started).replace(/[\r\n]+/g, ' '),
    });
    if (text.length <= LIMIT) return text;
    scale *= 0.8;
  }
}

describe('hostile content never silences escalation', () => {
  it(`triage, commands and the next due page hold for any report and command comment (${RUNS} cases, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(report, commandComment, async (answers, comment) => {
        const gh = await inProcess(CONFIG, { alice: 'write', carol: 'read' }, '2026-03-02T10:00:00Z');
        try {
          const filed = gh.emulator.openIssue({
            as: 'carol',
            title:
              answers.title
                .replace(/[\r\n]+/g, ' ')
                .slice(0, 256)
                .trim() || 'x',
            body: body(answers),
            labels: ['incident'],
            template: true,
          });
          for (const event of filed) expect((await gh.run(event)).failure, 'triage').toBeNull();
          gh.emulator.clock.set('2026-03-02T10:05:00Z');
          for (const event of gh.emulator.comment({ as: 'alice', issue: 1, body: comment }))
            expect((await gh.run(event)).failure, 'commands').toBeNull();
          gh.emulator.clock.set('2026-03-02T10:16:00Z');
          const sweep = await gh.run({ name: 'schedule' });
          expect(sweep.failure, 'sweep').toBeNull();
          const thread = gh.emulator.snapshot().issues.find((i) => i.number === 1)?.comments ?? [];
          for (const c of thread) expect(c.body.length).toBeLessThanOrEqual(LIMIT);
          const steps = thread
            .flatMap((c) => decodeRecords(c.body))
            .flatMap((r) => r.events)
            .flatMap((e) => (e.type === 'escalated' ? [e.step] : []));
          expect(steps).toContain('on-call');
          expect(steps).toContain('engineering-manager');
          // The command comment was answered: by a reply, or (a fact-only command) in the summary's record.
          const asked = thread.find((c) => c.author === 'alice');
          const answeredIds = thread
            .flatMap((c) => decodeRecords(c.body))
            .flatMap((r) => [r.replyTo, ...(r.facts ?? []).map((f) => f.replyTo)]);
          expect(answeredIds).toContain(asked?.id);
        } finally {
          await gh.close();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);
});
