// Hostile input (issue 9): whatever a comment holds, parsing never throws, never invents text, and never
// runs what a reader sees as code.

import { stripControls } from '../../src/text/controls.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommands, USAGE, type CommandOutcome } from '../../src/commands/index.js';
import { COMMANDS } from '../../src/config/types.js';

/** Every piece of text a parsed command carries from the comment, with whether it may be re-cased. */
function textsOf(outcome: CommandOutcome): { text: string; caseless?: boolean }[] {
  switch (outcome.kind) {
    case 'unknown':
      return [{ text: outcome.name }];
    case 'invalid':
    case 'help':
      return [];
    case 'ic':
    case 'role':
      return [{ text: outcome.login }];
    case 'page':
      return outcome.target.kind === 'user'
        ? [{ text: outcome.target.login }]
        : [{ text: outcome.target.org }, { text: outcome.target.team }];
    case 'eta':
      return [{ text: outcome.eta.text }];
    case 'evidence':
      return [
        { text: outcome.description },
        ...(outcome.url === undefined ? [] : [{ text: outcome.url }]),
        ...(outcome.sha256 === undefined ? [] : [{ text: outcome.sha256, caseless: true }]),
      ];
    case 'ack':
    case 'reopen':
    case 'timeline':
      return 'note' in outcome && outcome.note !== undefined ? [{ text: outcome.note }] : [];
    case 'status':
      return outcome.note === undefined ? [] : [{ text: outcome.note }];
    case 'severity':
      return outcome.reason === undefined ? [] : [{ text: outcome.reason }];
    case 'escalate':
      return outcome.reason === undefined ? [] : [{ text: outcome.reason }];
    case 'resolve':
      return outcome.summary === undefined ? [] : [{ text: outcome.summary }];
    case 'update':
    case 'impact':
    case 'customer':
    case 'publish':
      return [{ text: outcome.text }];
    case 'runbook':
    case 'runbook-run':
      return [{ text: outcome.name }];
    case 'notified':
      return outcome.to === undefined ? [] : [{ text: outcome.to }];
  }
}

const words = [...COMMANDS.filter((name) => name !== 'runbook-run'), 'runbook run', 'akc', 'stauts', 'ACK', 'x'];
const fragments = [
  'P1',
  'sev2',
  'mitigating',
  'resolved',
  'comms',
  '@alice',
  '@acme/sre',
  '@',
  '30m',
  '1h30m',
  '14:30',
  '2026-03-02T14:30Z',
  'https://example.com/a.log',
  'sha256:',
  'a'.repeat(64),
  '```',
  '~~~',
  '>',
  '<!--',
  '-->',
  '`',
  '\t',
  ' ',
  '\u00a0',
  '\u200b',
  '\u0000',
  '\u2028',
  '🔥',
  'é',
  '\r',
  '\n',
  '{{#x}}',
  '<script>',
  '@everyone',
  ':',
  '-',
];
/** Comments that look like what responders write: command lines, fences, quotes and noise mixed. */
const commentLike = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...words),
          fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 6 }),
        )
        .map(([word, parts]) => `/${word} ${parts.join(' ')}`),
      fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.string({ unit: 'binary-ascii', maxLength: 500 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  commentLike,
);

describe('parsing hostile comments', () => {
  it('never throws, whatever the comment holds', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const parsed = parseCommands(body);
        expect(parsed.entries.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on huge comments, and reads at most 65,536 characters of them', () => {
    fc.assert(
      fc.property(
        commentLike,
        fc.integer({ min: 60_000, max: 150_000 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 50 }),
        (comment, size, pad) => {
          const filler = pad.repeat(Math.ceil(size / pad.length)).slice(0, size);
          const body = `${comment}\n${filler}\n${comment}`;
          expect(parseCommands(body).bodyTruncated).toBe(body.length > 65_536);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('every text a command carries is a piece of the comment, verbatim (less control characters)', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const body = raw
          .split(/\r\n|\r|\n/)
          .map(stripControls)
          .join('\n');
        for (const entry of parseCommands(raw).entries) {
          expect(body).toContain(entry.text);
          for (const { text, caseless } of textsOf(entry.outcome)) {
            if (caseless) expect(body.toLowerCase()).toContain(text);
            else expect(body).toContain(text);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('problems never carry a mention, marker, HTML or template tag, and usage lines come from the registry', () => {
    fc.assert(
      fc.property(commentLike, (body) => {
        for (const { outcome } of parseCommands(body).entries) {
          if (outcome.kind !== 'invalid') continue;
          expect(outcome.problem.replace(/`[^`]*`/g, '')).not.toMatch(/[@<>{}]/);
          expect(outcome.usage).toBe(USAGE[outcome.name].usage);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('lines inside code fences never yield commands', () => {
    // Text around the fence must not open or close fences or HTML comments itself.
    const plain = commentLike.map((text) => text.replace(/```|~~~|<!--|`|~/g, ''));
    fc.assert(
      fc.property(
        plain,
        fc.constantFrom('```', '~~~', '````', '~~~~~', '  ```', '- ```', '1. ~~~'),
        fc.string({ unit: 'binary', maxLength: 10 }).map((info) => info.replace(/[`~\r\n\u2028\u2029]/g, '')),
        commentLike.map((text) => text.replace(/`|~/g, '')),
        plain,
        (before, fence, info, inside, after) => {
          const close = fence.replace(/^\s*(?:-|\d\.)?\s*/, '');
          const untilFence = `${before}\n`;
          const untilClose = `${untilFence}${fence}${info}\n${inside}\n`;
          const body = `${untilClose}${close}\n${after}`;
          // Line numbers of the opening and closing fence ("\r" + "\n" is one line break).
          const firstFenced = untilFence.split(/\r\n|\r|\n/).length;
          const lastFenced = untilClose.split(/\r\n|\r|\n/).length;
          for (const entry of parseCommands(body).entries) {
            expect(entry.line < firstFenced || entry.line > lastFenced, `line ${entry.line}`).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
