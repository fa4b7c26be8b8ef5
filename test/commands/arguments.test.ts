import { describe, expect, it } from 'vitest';
import { parseCommands, type CommandOutcome } from '../../src/commands/index.js';

/** What the one command of a comment parsed to. */
function parse(body: string): CommandOutcome | undefined {
  const { entries } = parseCommands(body);
  expect(entries).toHaveLength(1);
  return entries[0]?.outcome;
}

/** The problem of an invalid command (fails when it was valid). */
function problemOf(body: string): string {
  const outcome = parse(body);
  expect(outcome?.kind).toBe('invalid');
  return outcome?.kind === 'invalid' ? outcome.problem : '';
}

describe('acknowledging', () => {
  it('`/ack` acknowledges; words after it are kept as a note instead of failing the command', () => {
    expect(parse('/ack')).toEqual({ kind: 'ack' });
    expect(parse('/ack on it, checking the load balancer')).toEqual({
      kind: 'ack',
      note: 'on it, checking the load balancer',
    });
  });
});

describe('status', () => {
  it('moves through the lifecycle stages, with an optional note', () => {
    expect(parse('/status investigating')).toEqual({ kind: 'status', status: 'investigating' });
    expect(parse('/status mitigating rolling back the 14:02 deploy')).toEqual({
      kind: 'status',
      status: 'mitigating',
      note: 'rolling back the 14:02 deploy',
    });
  });

  it('reads the stage in any case and tolerates "stage:" or "stage - note"', () => {
    expect(parse('/status Identified: bad config push')).toEqual({
      kind: 'status',
      status: 'identified',
      note: 'bad config push',
    });
    expect(parse('/status monitoring - error rate normal')).toEqual({
      kind: 'status',
      status: 'monitoring',
      note: 'error rate normal',
    });
  });

  it('without a stage, or with a made-up one, explains the stages and suggests the closest', () => {
    expect(problemOf('/status')).toContain('investigating, identified, mitigating, monitoring, resolved');
    expect(problemOf('/status mitigatin')).toContain('Did you mean `mitigating`?');
    expect(problemOf('/status fixed')).not.toContain('Did you mean');
  });
});

describe('free-text commands need their text on the same line', () => {
  it.each([
    ['/update Error rate back under 1%', { kind: 'update', text: 'Error rate back under 1%' }],
    ['/impact EU customers cannot pay by card', { kind: 'impact', text: 'EU customers cannot pay by card' }],
    ['/customer Some card payments are failing.', { kind: 'customer', text: 'Some card payments are failing.' }],
    ['/timeline Rolled back deploy 4711', { kind: 'timeline', note: 'Rolled back deploy 4711' }],
  ])('%s', (body, expected) => {
    expect(parse(body)).toEqual(expected);
  });

  it('`/update` with its text on the next lines is invalid and says only the rest of the line counts', () => {
    const { entries } = parseCommands('/update\nWe rolled back and errors dropped.');
    expect(entries[0]?.outcome).toMatchObject({ kind: 'invalid', name: 'update', usage: '/update <text>' });
    expect(entries[0]?.outcome).toHaveProperty('problem', expect.stringContaining('only the rest of that line counts'));
  });

  it.each(['/impact', '/customer', '/timeline'])('%s without text is invalid', (body) => {
    expect(parse(body)?.kind).toBe('invalid');
  });
});

describe('severity', () => {
  it('P0 to P4 in any case, with an optional reason', () => {
    expect(parse('/severity P1')).toEqual({ kind: 'severity', severity: 'P1' });
    expect(parse('/severity p0 card data may be exposed')).toEqual({
      kind: 'severity',
      severity: 'P0',
      reason: 'card data may be exposed',
    });
    expect(parse('/severity P2, only the admin UI')).toEqual({
      kind: 'severity',
      severity: 'P2',
      reason: 'only the admin UI',
    });
  });

  it('SEV0–SEV4 (also sev-1) mean P0–P4', () => {
    expect(parse('/severity SEV1')).toEqual({ kind: 'severity', severity: 'P1' });
    expect(parse('/severity sev-3 cosmetic')).toEqual({ kind: 'severity', severity: 'P3', reason: 'cosmetic' });
  });

  it.each(['/severity', '/severity P5', '/severity high', '/severity 1', '/severity P1x'])('%s is invalid', (body) => {
    expect(problemOf(body)).toContain('`P0` (most severe) to `P4`');
  });
});

describe('people and roles', () => {
  it('`/ic @alice` names the incident commander', () => {
    expect(parse('/ic @alice')).toEqual({ kind: 'ic', login: 'alice' });
    expect(parse('/ic @Alice-Smith-2.')).toEqual({ kind: 'ic', login: 'Alice-Smith-2' });
  });

  it('a login needs its @, follows GitHub rules, and names exactly one person', () => {
    expect(problemOf('/ic alice')).toContain('leading `@`');
    expect(problemOf('/ic')).toContain('GitHub login');
    expect(problemOf('/ic @-alice')).toContain('not a GitHub login');
    expect(problemOf('/ic @alice--smith')).toContain('not a GitHub login');
    expect(problemOf(`/ic @${'a'.repeat(40)}`)).toContain('not a GitHub login');
    expect(parse(`/ic @${'a'.repeat(39)}`)).toEqual({ kind: 'ic', login: 'a'.repeat(39) });
    expect(problemOf('/ic @alice @bob')).toContain('exactly one');
  });

  it('the incident commander is a person, not a team', () => {
    expect(problemOf('/ic @acme/sre')).toContain('must be a person, not a team');
  });

  it('`/role comms @bob` gives a role, and the other order reads as well', () => {
    expect(parse('/role comms @bob')).toEqual({ kind: 'role', role: 'comms', login: 'bob' });
    expect(parse('/role @bob Scribe')).toEqual({ kind: 'role', role: 'scribe', login: 'bob' });
    expect(parse('/role liaison @carol')).toEqual({ kind: 'role', role: 'liaison', login: 'carol' });
  });

  it('an unknown role or a missing person is invalid', () => {
    expect(problemOf('/role comm @bob')).toContain('Did you mean `comms`?');
    expect(problemOf('/role @bob')).toContain('scribe, comms, liaison');
    expect(problemOf('/role scribe')).toContain('GitHub login');
    expect(problemOf('/role scribe @acme/docs')).toContain('not a team');
  });

  it('`/page` reaches a person or a team', () => {
    expect(parse('/page @dave')).toEqual({ kind: 'page', target: { kind: 'user', login: 'dave' } });
    expect(parse('/page @acme/db_admins')).toEqual({
      kind: 'page',
      target: { kind: 'team', org: 'acme', team: 'db_admins' },
    });
    expect(problemOf('/page')).toContain('whom to page');
    expect(problemOf('/page dave')).toContain('leading `@`');
    expect(problemOf('/page @acme/')).toContain('`@org/team`');
  });
});

describe('ETA', () => {
  it('`/eta 45m` records a duration; clock resolution happens when it is executed', () => {
    expect(parse('/eta 45m')).toEqual({ kind: 'eta', eta: { kind: 'duration', minutes: 45, text: '45m' } });
  });

  it('`/eta soon` is invalid and lists the accepted forms', () => {
    expect(problemOf('/eta soon')).toContain('`30m`');
    expect(problemOf('/eta')).toContain('`14:30`');
  });
});

describe('runbooks', () => {
  it('`/runbook <name>` posts a checklist; the name is the rest of the line', () => {
    expect(parse('/runbook database-issues')).toEqual({ kind: 'runbook', name: 'database-issues' });
    expect(parse('/runbook API Performance Issues')).toEqual({ kind: 'runbook', name: 'API Performance Issues' });
  });

  it('`/runbook run <name>` is the separate command runbook-run (its own permission)', () => {
    expect(parse('/runbook run database-issues')).toEqual({ kind: 'runbook-run', name: 'database-issues' });
    expect(parse('/runbook Run scale-pods')).toEqual({ kind: 'runbook-run', name: 'scale-pods' });
  });

  it('a runbook needs a name', () => {
    expect(parse('/runbook')).toMatchObject({ kind: 'invalid', name: 'runbook', usage: '/runbook <name>' });
    expect(parse('/runbook run')).toMatchObject({ kind: 'invalid', name: 'runbook-run', usage: '/runbook run <name>' });
  });
});

describe('escalate, resolve, reopen', () => {
  it('take an optional reason, summary or note', () => {
    expect(parse('/escalate')).toEqual({ kind: 'escalate' });
    expect(parse('/escalate need a database owner')).toEqual({ kind: 'escalate', reason: 'need a database owner' });
    expect(parse('/resolve')).toEqual({ kind: 'resolve' });
    expect(parse('/resolve Rollback fixed it.')).toEqual({ kind: 'resolve', summary: 'Rollback fixed it.' });
    expect(parse('/reopen')).toEqual({ kind: 'reopen' });
    expect(parse('/reopen errors are back')).toEqual({ kind: 'reopen', note: 'errors are back' });
  });
});

describe('evidence', () => {
  const hash = '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08';

  it('records a description, the last link and a sha256', () => {
    expect(parse(`/evidence nginx access log of web-3 https://files.example.com/web-3.log ${hash}`)).toEqual({
      kind: 'evidence',
      description: 'nginx access log of web-3',
      url: 'https://files.example.com/web-3.log',
      sha256: hash.toLowerCase(),
    });
  });

  it('the hash may come first, carry a sha256: prefix, and the link may be an autolink or end a sentence', () => {
    expect(parse(`/evidence memory dump - sha256:${hash} <https://files.example.com/dump.bin>.`)).toEqual({
      kind: 'evidence',
      description: 'memory dump',
      url: 'https://files.example.com/dump.bin',
      sha256: hash.toLowerCase(),
    });
  });

  it('a description alone is enough', () => {
    expect(parse('/evidence screenshot of the admin panel at 10:42')).toEqual({
      kind: 'evidence',
      description: 'screenshot of the admin panel at 10:42',
    });
  });

  it('a link in the middle stays in the description (the responder’s own words) and is still the url', () => {
    expect(parse('/evidence copied https://a.example/1 and https://b.example/2 to the vault')).toEqual({
      kind: 'evidence',
      description: 'copied https://a.example/1 and https://b.example/2 to the vault',
      url: 'https://b.example/2',
    });
  });

  it('not-quite links and hashes are just description', () => {
    expect(parse(`/evidence ftp://x.example/log ${hash.slice(1)} http:// nope`)).toEqual({
      kind: 'evidence',
      description: `ftp://x.example/log ${hash.slice(1)} http:// nope`,
    });
  });

  it('evidence without a description is invalid', () => {
    expect(problemOf(`/evidence https://files.example.com/x.log ${hash}`)).toContain('Describe the evidence');
    expect(problemOf('/evidence')).toContain('Describe the evidence');
  });
});

describe('help', () => {
  it('`/help` alone asks for the list; `/help status` for one command', () => {
    expect(parse('/help')).toEqual({ kind: 'help' });
    expect(parse('/help status')).toEqual({ kind: 'help', topic: 'status' });
    expect(parse('/help /Severity')).toEqual({ kind: 'help', topic: 'severity' });
    expect(parse('/help runbook  run')).toEqual({ kind: 'help', topic: 'runbook-run' });
    expect(parse('/help runbook-run')).toEqual({ kind: 'help', topic: 'runbook-run' });
  });

  it('help about a command that does not exist suggests the closest one', () => {
    expect(problemOf('/help stauts')).toContain('Did you mean `/status`?');
    expect(problemOf('/help everything please')).not.toContain('Did you mean');
  });
});
