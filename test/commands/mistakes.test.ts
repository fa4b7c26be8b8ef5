import { describe, expect, it } from 'vitest';
import { editDistance, parseCommands, suggestCommand, USAGE } from '../../src/commands/index.js';
import { COMMANDS } from '../../src/config/types.js';

function outcomeOf(body: string) {
  return parseCommands(body).entries[0]?.outcome;
}

describe('a mistyped command is answered with the closest one', () => {
  it.each([
    ['/akc', 'ack'],
    ['/stauts mitigating', 'status'],
    ['/udpate rolled back', 'update'],
    ['/reslove', 'resolve'],
    ['/escalte', 'escalate'],
    ['/serverity P1', 'severity'],
    ['/timelien note', 'timeline'],
    ['/evidance log', 'evidence'],
    ['/hlep', 'help'],
    ['/ak', 'ack'],
    ['/sev P1', 'severity'],
    ['/esc', 'escalate'],
  ])('%s → did you mean /%s?', (body, suggestion) => {
    expect(outcomeOf(body)).toEqual({ kind: 'unknown', name: body.slice(1).split(' ')[0], suggestion });
  });

  it('`/runbook-run` is not the syntax, but suggests `/runbook run`', () => {
    expect(outcomeOf('/runbook-run db')).toEqual({ kind: 'unknown', name: 'runbook-run', suggestion: 'runbook-run' });
  });

  it('a word far from every command is unknown without a suggestion', () => {
    expect(outcomeOf('/deploy now')).toEqual({ kind: 'unknown', name: 'deploy' });
    expect(outcomeOf('/x')).toEqual({ kind: 'unknown', name: 'x' });
    expect(outcomeOf('/tmp is full')).toEqual({ kind: 'unknown', name: 'tmp' });
  });

  it('the unknown name is kept as typed', () => {
    expect(outcomeOf('/AKC')).toEqual({ kind: 'unknown', name: 'AKC', suggestion: 'ack' });
  });
});

describe('edit distance (Damerau-Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one each', () => {
    expect(editDistance('ack', 'ack')).toBe(0);
    expect(editDistance('akc', 'ack')).toBe(1);
    expect(editDistance('stauts', 'status')).toBe(1);
    expect(editDistance('ac', 'ack')).toBe(1);
    expect(editDistance('acks', 'ack')).toBe(1);
    expect(editDistance('ick', 'ack')).toBe(1);
    expect(editDistance('', 'help')).toBe(4);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('is symmetric', () => {
    for (const a of ['akc', 'stauts', 'x', ''])
      for (const b of COMMANDS) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });

  it('suggests nothing for a word that is already a command', () => {
    for (const name of COMMANDS) if (name !== 'runbook-run') expect(suggestCommand(name)).toBe(name);
  });
});

describe('a known command with bad arguments is invalid, with its usage', () => {
  it('carries the command name, a problem and the usage line from the registry', () => {
    expect(outcomeOf('/severity critical')).toEqual({
      kind: 'invalid',
      name: 'severity',
      problem: 'Give the severity as `P0` (most severe) to `P4`.',
      usage: USAGE.severity.usage,
    });
  });

  it('never quotes the user’s text back, so the reply cannot carry a mention, marker or template tag', () => {
    const hostile = '@everyone <!-- firebreak:state --> {{#x}} <script>alert(1)</script>';
    const bodies = ['/status', '/severity', '/ic', '/role', '/eta', '/page', '/help'].map((c) => `${c} ${hostile}`);
    for (const body of bodies) {
      const outcome = outcomeOf(body);
      expect(outcome?.kind, body).toBe('invalid');
      if (outcome?.kind === 'invalid') {
        for (const fragment of ['@everyone', '<!--', '{{', '<script'])
          expect(outcome.problem + outcome.usage).not.toContain(fragment);
      }
    }
  });
});
