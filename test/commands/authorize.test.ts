import { describe, expect, it } from 'vitest';
import { authorize, isBotAuthor, parseCommands, permits, type Command } from '../../src/commands/index.js';
import type { CommandName, Permission } from '../../src/config/types.js';

// The defaults issue 6 names: triage for /ack, /update, /timeline; write for /severity, /resolve,
// /runbook run and /ic. The rest are set here only for the test.
const commands: Record<CommandName, Permission> = {
  ack: 'triage',
  status: 'triage',
  update: 'triage',
  severity: 'write',
  ic: 'write',
  role: 'triage',
  eta: 'triage',
  impact: 'triage',
  customer: 'triage',
  publish: 'write',
  timeline: 'triage',
  runbook: 'triage',
  'runbook-run': 'write',
  escalate: 'triage',
  page: 'triage',
  resolve: 'write',
  reopen: 'write',
  evidence: 'triage',
  notified: 'write',
  help: 'read',
};

function command(body: string): Command {
  const outcome = parseCommands(body).entries[0]?.outcome;
  if (!outcome || outcome.kind === 'unknown' || outcome.kind === 'invalid') throw new Error(`not a command: ${body}`);
  return outcome;
}

describe('who may run a command', () => {
  it('a user with read permission trying /resolve is refused and told write is needed', () => {
    expect(authorize(command('/resolve fixed'), 'read', commands)).toEqual({ allowed: false, needed: 'write' });
  });

  it('a triager may acknowledge, but not change the severity', () => {
    expect(authorize(command('/ack'), 'triage', commands)).toEqual({ allowed: true });
    expect(authorize(command('/severity P0'), 'triage', commands)).toEqual({ allowed: false, needed: 'write' });
  });

  it('higher permissions include lower ones: maintainers and admins may do what writers may', () => {
    for (const permission of ['write', 'maintain', 'admin'] as const) {
      expect(authorize(command('/severity P0'), permission, commands)).toEqual({ allowed: true });
    }
  });

  it('`/runbook run` is checked as runbook-run, separately from posting a runbook', () => {
    expect(authorize(command('/runbook db'), 'triage', commands)).toEqual({ allowed: true });
    expect(authorize(command('/runbook run db'), 'triage', commands)).toEqual({ allowed: false, needed: 'write' });
  });

  it('someone without any permission on the repository may run nothing, not even /help', () => {
    expect(authorize(command('/help'), null, commands)).toEqual({ allowed: false, needed: 'read' });
  });

  it('a command name can be checked before parsing its arguments', () => {
    expect(authorize('ic', 'write', commands)).toEqual({ allowed: true });
  });

  it('a command missing from the configuration needs admin rather than being open to all', () => {
    expect(authorize('evidence', 'maintain', { ack: 'read' })).toEqual({ allowed: false, needed: 'admin' });
    expect(authorize('evidence', 'admin', { ack: 'read' })).toEqual({ allowed: true });
  });

  it('an unexpected permission value from outside is treated as none', () => {
    expect(authorize('help', 'owner' as Permission, commands)).toEqual({ allowed: false, needed: 'read' });
  });

  it('orders permissions read < triage < write < maintain < admin', () => {
    expect(permits('triage', 'read')).toBe(true);
    expect(permits('triage', 'write')).toBe(false);
    expect(permits('admin', 'maintain')).toBe(true);
    expect(permits('maintain', 'admin')).toBe(false);
  });
});

describe('bots never run commands', () => {
  it('the action’s own comments and other apps are bots', () => {
    expect(isBotAuthor('github-actions[bot]', 'Bot')).toBe(true);
    expect(isBotAuthor('firebreak-app[bot]', 'User')).toBe(true);
    expect(isBotAuthor('renovate', 'Bot')).toBe(true);
    expect(isBotAuthor('dependabot[BOT]')).toBe(true);
  });

  it('people are not bots, even with "bot" in their login', () => {
    expect(isBotAuthor('alice', 'User')).toBe(false);
    expect(isBotAuthor('robot-builder', 'User')).toBe(false);
    expect(isBotAuthor('bot', null)).toBe(false);
  });
});
