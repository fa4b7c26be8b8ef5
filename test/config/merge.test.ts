// How a file combines with the playbook: mappings merge key by key, lists replace, `~` removes a default
// entry, and new entries get sensible defaults of their own.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { formatProblems } from '../../src/config/problems.js';
import type { Config } from '../../src/config/types.js';

function load(lines: string[]): Config {
  const loaded = loadConfig(`${lines.join('\n')}\n`, '.github/firebreak.yml');
  expect(loaded.problems, formatProblems(loaded.problems, '.github/firebreak.yml')).toEqual([]);
  expect(loaded.usingDefaults).toBe(false);
  return loaded.config;
}

describe('mappings merge key by key', () => {
  it('changing one P1 setting keeps the rest of P1 and every other severity', () => {
    const config = load(['severities:', '  P1:', '    response-target: 30m']);
    expect(config.severities.P1).toEqual({ ...DEFAULT_CONFIG.severities.P1, responseTarget: 30 });
    expect(config.severities.P0).toEqual(DEFAULT_CONFIG.severities.P0);
    expect(config.phases).toEqual(DEFAULT_CONFIG.phases);
  });

  it('"none", "~" and "immediate" as targets', () => {
    const config = load([
      'severities:',
      '  P2: {response-target: immediate, update-every: none}',
      '  P3: {response-target: ~}',
    ]);
    expect(config.severities.P2).toMatchObject({ responseTarget: 5, updateEvery: null });
    expect(config.severities.P3.responseTarget).toBeNull();
  });

  it('a label keeps what is not given; colours are stored in lower case', () => {
    const config = load(['labels:', '  incident: {color: FF0000}', '  severity:', '    P0: {name: "sev:0"}']);
    expect(config.labels.incident).toEqual({ ...DEFAULT_CONFIG.labels.incident, color: 'ff0000' });
    expect(config.labels.severity.P0).toEqual({ ...DEFAULT_CONFIG.labels.severity.P0, name: 'sev:0' });
    expect(config.labels.severity.P1).toEqual(DEFAULT_CONFIG.labels.severity.P1);
  });

  it('a default contact keeps its name when only the phone changes', () => {
    const config = load(['contacts:', '  primary: {phone: "+44 20 7946 0000"}']);
    expect(config.contacts.primary).toEqual({ ...DEFAULT_CONFIG.contacts.primary, phone: '+44 20 7946 0000' });
    expect(Object.keys(config.contacts)).toEqual(['primary', 'secondary', 'escalation']);
  });

  it("the default policy's stop conditions change per severity", () => {
    const config = load(['policies:', '  default:', '    stop-on: {P1: mitigated}']);
    expect(config.policies.default!.stopOn).toEqual({ ...DEFAULT_CONFIG.policies.default!.stopOn, P1: 'mitigated' });
    expect(config.policies.default!.steps).toEqual(DEFAULT_CONFIG.policies.default!.steps);
  });

  it('one stop condition for every severity', () => {
    expect(load(['policies:', '  default: {stop-on: resolved}']).policies.default!.stopOn).toEqual({
      P0: 'resolved',
      P1: 'resolved',
      P2: 'resolved',
      P3: 'resolved',
      P4: 'resolved',
    });
  });

  it('commands and security procedures merge per key', () => {
    const config = load([
      'commands: {resolve: maintain}',
      'security:',
      '  team: ["@acme/security"]',
      '  procedures:',
      '    ddos: {confirmed: P0}',
    ]);
    expect(config.commands).toEqual({ ...DEFAULT_CONFIG.commands, resolve: 'maintain' });
    expect(config.security.team).toEqual(['acme/security']);
    expect(config.security.procedures.ddos).toEqual({ ...DEFAULT_CONFIG.security.procedures.ddos, confirmed: 'P0' });
    expect(config.security.procedures.malware).toEqual(DEFAULT_CONFIG.security.procedures.malware);
  });

  it('a runbook can gain a workflow and keep the playbook checklist', () => {
    const config = load(['runbooks:', '  database: {workflow: restart-db-pool.yml}']);
    expect(config.runbooks.database).toEqual({ ...DEFAULT_CONFIG.runbooks.database, workflow: 'restart-db-pool.yml' });
  });
});

describe('lists replace', () => {
  it('phases', () => {
    const config = load(['phases:', '  - {id: triage, name: Triage, start: 0m, end: 10m}']);
    expect(config.phases).toEqual([{ id: 'triage', name: 'Triage', start: 0, end: 10, steps: [] }]);
  });

  it('the steps of a policy', () => {
    const config = load(['policies:', '  default:', '    steps: [{id: page, after: 0m, targets: [{user: alice}]}]']);
    expect(config.policies.default!.steps).toEqual([
      {
        id: 'page',
        name: 'Page',
        after: 0,
        severities: ['P0', 'P1', 'P2', 'P3', 'P4'],
        targets: [{ kind: 'user', user: 'alice' }],
      },
    ]);
  });

  it('classification rules, keywords of a runbook, reminders', () => {
    const config = load([
      'classification: [{id: down, description: Down, match: {answer: {field: severity, equals: "P0"}}, severity: P0}]',
      'runbooks: {database: {match: {keywords: [postgres]}}}',
      'security: {reminders: [1h]}',
    ]);
    expect(config.classification).toEqual([
      { id: 'down', description: 'Down', match: { answer: { field: 'severity', equals: ['P0'] } }, severity: 'P0' },
    ]);
    expect(config.runbooks.database!.match).toEqual({ services: [], keywords: ['postgres'] });
    expect(config.security.reminders).toEqual([60]);
  });
});

describe('maps keyed by id', () => {
  it('add new entries beside the defaults', () => {
    const config = load(['rotations:', '  web:', '    layers: [{name: primary, members: [alice]}]']);
    expect(Object.keys(config.rotations)).toEqual(['on-call', 'web']);
  });

  it('remove a default entry with ~', () => {
    const config = load(['runbooks:', '  security: ~']);
    expect(Object.keys(config.runbooks)).toEqual(['database', 'api-performance']);
  });
});

describe('new entries get defaults of their own', () => {
  it('a rotation: UTC, daily hand-off at 09:00 from the fixed start, no overrides', () => {
    const config = load(['rotations:', '  web:', '    layers: [{name: primary, members: ["@alice", bob]}]']);
    expect(config.rotations.web).toEqual({
      id: 'web',
      timeZone: 'UTC',
      layers: [
        {
          name: 'primary',
          members: ['alice', 'bob'],
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

  it('a layer: weekly and custom shifts, a hand-off written without its leading zero', () => {
    const config = load([
      'rotations:',
      '  web:',
      '    layers:',
      '      - {name: primary, shift: weekly, handoff: "9:30", handoff-day: friday, start: 2026-01-09}',
      '      - {name: secondary, shift: {hours: 12}}',
    ]);
    expect(config.rotations.web!.layers.map((l) => [l.shift, l.handoff, l.handoffDay, l.start])).toEqual([
      [{ kind: 'weekly' }, '09:30', 'friday', '2026-01-09'],
      [{ kind: 'custom', hours: 12 }, '09:00', 'monday', '2024-01-01'],
    ]);
  });

  it('a policy stops like the playbook; a step applies to every severity and is named after its id', () => {
    const config = load([
      'policies:',
      '  payments:',
      '    steps: [{id: engineering-manager, after: 15m, targets: [{team: "@acme/payments"}]}]',
    ]);
    expect(config.policies.payments).toEqual({
      id: 'payments',
      steps: [
        {
          id: 'engineering-manager',
          name: 'Engineering manager',
          after: 15,
          severities: ['P0', 'P1', 'P2', 'P3', 'P4'],
          targets: [{ kind: 'team', team: 'acme/payments' }],
        },
      ],
      stopOn: DEFAULT_CONFIG.policies.default!.stopOn,
    });
  });

  it('escalation targets in every shape', () => {
    const config = load([
      'rotations: {web: {layers: [{name: primary}, {name: secondary}]}}',
      'channels: {ops: {type: webhook, url-from: OPS_HOOK}}',
      'policies:',
      '  default:',
      '    steps:',
      '      - id: all',
      '        after: 0m',
      '        targets: [{rotation: web, layer: secondary}, {rotation: web}, {oncall: primary}, {user: alice}, {team: acme/sre}, {contact: primary}, {channel: ops}]',
    ]);
    expect(config.policies.default!.steps[0]!.targets).toEqual([
      { kind: 'rotation', rotation: 'web', layer: 'secondary' },
      { kind: 'rotation', rotation: 'web' },
      { kind: 'oncall', layer: 'primary' },
      { kind: 'user', user: 'alice' },
      { kind: 'team', team: 'acme/sre' },
      { kind: 'contact', contact: 'primary' },
      { kind: 'channel', channel: 'ops' },
    ]);
  });

  it('a service, a channel, a contact and a runbook', () => {
    const config = load([
      'services: {checkout: {team: acme/payments}}',
      'channels: {pd: {type: pagerduty, routing-key-from: PD_KEY}}',
      'contacts: {legal: {phone: "+1-555-0142"}}',
      'runbooks: {payments-db: {steps: [Fail over]}}',
    ]);
    expect(config.services.checkout).toEqual({
      id: 'checkout',
      name: 'checkout',
      team: 'acme/payments',
      runbooks: [],
      paths: [],
    });
    expect(config.channels.pd).toEqual({
      id: 'pd',
      type: 'pagerduty',
      routingKeyFrom: 'PD_KEY',
      severities: ['P0', 'P1', 'P2', 'P3', 'P4'],
    });
    expect(config.contacts.legal).toEqual({ name: 'legal', phone: '+1-555-0142' });
    expect(config.runbooks['payments-db']).toEqual({
      id: 'payments-db',
      title: 'Payments db',
      steps: ['Fail over'],
      match: { services: [], keywords: [] },
    });
  });

  it('paths lose a trailing slash; reviewers lose their @', () => {
    const config = load([
      'templates-directory: ops/templates/',
      'postmortem: {directory: incidents/, reviewers: ["@alice", acme/sre]}',
    ]);
    expect(config.templatesDirectory).toBe('ops/templates');
    expect(config.postmortem).toEqual({ directory: 'incidents', reviewers: ['alice', 'acme/sre'] });
  });
});
