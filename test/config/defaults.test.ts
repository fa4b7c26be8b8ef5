// With no configuration, Firebreak is the user's playbook (docs/playbook.md, with P3 and P4 from its
// outline). These tests read the playbook itself, so the defaults cannot drift from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { COMMANDS, SECURITY_TYPES, SEVERITIES } from '../../src/config/types.js';

const playbook = readFileSync(new URL('../../docs/playbook.md', import.meta.url), 'utf8');

/** The bullet or numbered lines under a "### heading" of the playbook. */
function itemsUnder(heading: RegExp): string[] {
  const lines = playbook.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  expect(start, `playbook heading ${heading}`).toBeGreaterThanOrEqual(0);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    const item = /^(?:- |\d+\. )(.*)$/.exec(line.trim());
    if (item) items.push(item[1]!.trim());
  }
  return items;
}

describe('the playbook defaults', () => {
  const config = DEFAULT_CONFIG;

  it('has the five severities with the playbook and outline definitions', () => {
    expect(Object.keys(config.severities)).toEqual([...SEVERITIES]);
    expect(SEVERITIES.map((id) => `${id} ${config.severities[id].name}`)).toEqual([
      'P0 Critical',
      'P1 High',
      'P2 Medium',
      'P3 Low',
      'P4 Informational',
    ]);
    expect(config.severities.P3.summary).toBe('Cosmetic issues, no functional impact');
    expect(config.severities.P4.summary).toBe('Observations requiring investigation');
    expect(config.severities.P0.examples).toEqual(itemsUnder(/^### P0 - Critical/));
    expect(config.severities.P1.examples).toEqual(itemsUnder(/^### P1 - High/));
    expect(config.severities.P2.examples).toEqual(itemsUnder(/^### P2 - Medium/));
  });

  it('acknowledges a P0 immediately (5 minutes, the shortest schedule), a P1 within 1 hour, a P2 within 4 hours', () => {
    expect(playbook).toContain('P0 - Critical (Response: Immediate)');
    expect(playbook).toContain('P1 - High (Response: 1 hour)');
    expect(playbook).toContain('P2 - Medium (Response: 4 hours)');
    expect(SEVERITIES.map((id) => config.severities[id].responseTarget)).toEqual([5, 60, 240, 24 * 60, null]);
  });

  it('asks for status updates every 30 minutes on a P0, hourly on a P1, every 4 hours on a P2, never below', () => {
    expect(SEVERITIES.map((id) => config.severities[id].updateEvery)).toEqual([30, 60, 240, null, null]);
  });

  it('opens a postmortem for P0–P2 only', () => {
    expect(SEVERITIES.filter((id) => config.severities[id].postmortem)).toEqual(['P0', 'P1', 'P2']);
  });

  it('treats an unreadable severity as P2', () => {
    expect(config.defaultSeverity).toBe('P2');
  });

  it('has the three response phases with their time targets and steps', () => {
    expect(config.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Detection & Analysis', 0, 15],
      ['Containment', 15, 30],
      ['Recovery', 60, 240],
    ]);
    expect(config.phases[0]!.steps).toEqual(itemsUnder(/^### 1\. Detection & Analysis \(0-15 minutes\)/));
    expect(config.phases[1]!.steps).toEqual(itemsUnder(/^### 2\. Containment \(15-30 minutes\)/));
    expect(config.phases[2]!.steps).toEqual(itemsUnder(/^### 3\. Recovery \(1-4 hours\)/));
  });

  it('has the playbook contacts and phone numbers', () => {
    const numbers = Object.fromEntries(
      itemsUnder(/^### Contact Information/).map((line) => line.split(': ') as [string, string]),
    );
    expect(numbers).toEqual({ Primary: '+1-555-0101', Secondary: '+1-555-0102', Escalation: '+1-555-0103' });
    expect(config.contacts.primary).toMatchObject({ name: 'Primary', phone: numbers.Primary });
    expect(config.contacts.secondary).toMatchObject({ name: 'Secondary', phone: numbers.Secondary });
    expect(config.contacts.escalation).toMatchObject({ name: 'Escalation', phone: numbers.Escalation });
  });

  it('escalates by the matrix: on-call at once, engineering manager at 15 min, CTO at 30 min, CEO after 1 hour for P0/P1', () => {
    expect(itemsUnder(/^### Internal Escalation/)).toEqual([
      'On-call Engineer (0-15 min)',
      'Engineering Manager (15-30 min)',
      'CTO (30-60 min)',
      'CEO (1+ hour for P0/P1)',
    ]);
    const policy = config.policies[config.defaultPolicy]!;
    expect(policy.steps.map((s) => [s.id, s.name, s.after, s.severities])).toEqual([
      ['on-call', 'On-call Engineer', 0, ['P0', 'P1', 'P2', 'P3']],
      ['engineering-manager', 'Engineering Manager', 15, ['P0', 'P1', 'P2']],
      ['cto', 'CTO', 30, ['P0', 'P1']],
      ['ceo', 'CEO', 60, ['P0', 'P1']],
    ]);
    expect(policy.steps.map((s) => s.targets)).toEqual([
      [
        { kind: 'oncall', layer: 'primary' },
        { kind: 'contact', contact: 'primary' },
      ],
      [{ kind: 'contact', contact: 'secondary' }],
      [{ kind: 'contact', contact: 'escalation' }],
      [{ kind: 'contact', contact: 'escalation' }],
    ]);
  });

  it('keeps escalating a P0 until it is mitigated, and stops everything else once acknowledged', () => {
    expect(config.policies.default!.stopOn).toEqual({
      P0: 'mitigated',
      P1: 'acknowledged',
      P2: 'acknowledged',
      P3: 'acknowledged',
      P4: 'acknowledged',
    });
  });

  it('has an on-call rotation waiting for members: one primary layer, daily at 09:00 UTC', () => {
    expect(config.defaultRotation).toBe('on-call');
    expect(config.rotations['on-call']).toEqual({
      id: 'on-call',
      timeZone: 'UTC',
      layers: [
        {
          name: 'primary',
          members: [],
          shift: { kind: 'daily' },
          handoff: '09:00',
          handoffDay: 'monday',
          start: '2024-01-01',
        },
      ],
      overrides: [],
      swaps: [],
    });
  });

  it('has the Database, API performance and Security runbooks with the playbook steps', () => {
    expect(Object.keys(config.runbooks)).toEqual(['database', 'api-performance', 'security']);
    expect(config.runbooks.database!.steps).toEqual(itemsUnder(/^### Database Issues/));
    expect(config.runbooks['api-performance']!.steps).toEqual(itemsUnder(/^### API Performance Issues/));
    expect(config.runbooks.security!.steps).toEqual(itemsUnder(/^### Security Incidents/));
    expect(config.runbooks.database!.match.keywords).toContain('database');
    expect(config.runbooks['api-performance']!.match.keywords).toContain('api');
    expect(config.runbooks.security!.match.keywords).toContain('breach');
  });

  it('turns the playbook security runbook into procedures for every type of security incident', () => {
    expect(Object.keys(config.security.procedures)).toEqual([...SECURITY_TYPES]);
    const floors = Object.fromEntries(
      SECURITY_TYPES.map((type) => [
        type,
        [config.security.procedures[type].confirmed, config.security.procedures[type].suspected],
      ]),
    );
    expect(floors).toEqual({
      'data-breach': ['P0', 'P1'],
      'unauthorized-access': ['P0', 'P1'],
      ddos: ['P1', 'P2'],
      vulnerability: ['P1', 'P2'],
      malware: ['P0', 'P1'],
      other: ['P1', 'P2'],
    });
    for (const type of SECURITY_TYPES) {
      const steps = config.security.procedures[type].steps.join('\n');
      expect(steps, type).toMatch(/Preserve logs and evidence/);
      expect(steps, type).toMatch(/Notify the security team/);
    }
    expect(config.security.procedures['data-breach'].steps.join('\n')).toMatch(
      /Isolate affected systems immediately[\s\S]*breach notification procedures/,
    );
    expect(config.security).toMatchObject({
      team: [],
      notificationDeadline: 72 * 60,
      reminders: [24 * 60, 4 * 60],
      advisories: false,
    });
  });

  it('needs triage for responder commands, write for the decisive ones, read for help', () => {
    expect(Object.keys(config.commands).sort()).toEqual([...COMMANDS].sort());
    const by = (permission: string) => COMMANDS.filter((c) => config.commands[c] === permission);
    expect(by('read')).toEqual(['help']);
    expect(by('write').sort()).toEqual(['ic', 'notified', 'publish', 'reopen', 'resolve', 'runbook-run', 'severity']);
    expect(by('triage').sort()).toEqual([
      'ack',
      'customer',
      'escalate',
      'eta',
      'evidence',
      'impact',
      'page',
      'role',
      'runbook',
      'status',
      'timeline',
      'update',
    ]);
  });

  it('labels incidents within GitHub limits, each label unique', () => {
    const { labels } = config;
    const all = [
      labels.incident,
      labels.security,
      labels.responseBreach,
      labels.postmortem,
      labels.postmortemAction,
      ...Object.values(labels.severity),
      ...Object.values(labels.status),
    ];
    expect(labels.incident.color).toBe('d73a4a');
    expect(labels.responseBreach.name).toBe('sla:breached');
    expect(SEVERITIES.map((id) => labels.severity[id].name)).toEqual([
      'severity:P0',
      'severity:P1',
      'severity:P2',
      'severity:P3',
      'severity:P4',
    ]);
    expect(labels.status.investigating.name).toBe('status:investigating');
    expect(labels.servicePrefix).toBe('service:');
    for (const label of all) {
      expect(label.name.length, label.name).toBeLessThanOrEqual(50);
      expect(label.description.length, label.name).toBeLessThanOrEqual(100);
      expect(label.color, label.name).toMatch(/^[0-9a-f]{6}$/);
    }
    expect(new Set(all.map((l) => l.name)).size).toBe(all.length);
  });

  it('reads templates from .github/firebreak/templates and writes postmortems to docs/postmortems', () => {
    expect(config.templatesDirectory).toBe('.github/firebreak/templates');
    expect(config.postmortem).toEqual({ directory: 'docs/postmortems', reviewers: [] });
  });

  it('passes its own semantic checks (every reference resolves)', () => {
    expect(loadConfig('default-severity: P2\n', '.github/firebreak.yml').problems).toEqual([]);
  });

  it('is frozen; defaultConfig() hands out an independent copy', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG.severities.P0)).toBe(true);
    const copy = defaultConfig();
    copy.severities.P0.responseTarget = 1;
    expect(DEFAULT_CONFIG.severities.P0.responseTarget).toBe(5);
    expect(defaultConfig()).toEqual(DEFAULT_CONFIG);
  });

  it('is what loadConfig returns when there is no file', () => {
    expect(loadConfig(null, '.github/firebreak.yml')).toEqual({
      config: defaultConfig(),
      problems: [],
      usingDefaults: true,
    });
  });
});
