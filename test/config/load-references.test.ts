// What the schema cannot see: ids that name nothing, impossible times, duplicates.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { formatProblems, type ConfigProblem } from '../../src/config/problems.js';

const PATH = '.github/firebreak.yml';
const problems = (lines: string[]): ConfigProblem[] => loadConfig(`${lines.join('\n')}\n`, PATH).problems;
const only = (lines: string[]): ConfigProblem => {
  const found = problems(lines);
  expect(found, formatProblems(found, PATH)).toHaveLength(1);
  return found[0]!;
};

const WEB = ['rotations:', '  web:', '    layers: [{name: primary, members: [alice]}]'];

describe('references', () => {
  it('an unknown rotation lists the known ones and the nearest', () => {
    expect(only(['default-rotation: webb', ...WEB])).toEqual({
      severity: 'error',
      path: 'default-rotation',
      line: 1,
      column: 19,
      message: 'unknown rotation `webb` (did you mean `web`?); known rotations: on-call, web',
    });
  });

  it('a service path that is not a glob Firebreak can read, at its line', () => {
    expect(only(['services:', '  api:', '    paths: [services/api/**, "src/[z-a]/*.ts"]'])).toMatchObject({
      severity: 'error',
      path: 'services.api.paths[1]',
      line: 3,
      message: '`src/[z-a]/*.ts` is not a glob Firebreak can read (check its [ ] classes)',
    });
  });

  it('an unknown policy', () => {
    expect(only(['default-policy: strict'])).toMatchObject({
      path: 'default-policy',
      message: 'unknown policy `strict`; known policies: default',
    });
  });

  it('an unknown contact, channel or rotation layer in an escalation step', () => {
    const found = problems([
      ...WEB,
      'policies:',
      '  default:',
      '    steps:',
      '      - id: page',
      '        after: 0m',
      '        targets:',
      '          - {contact: primery}',
      '          - {channel: ops}',
      '          - {rotation: web, layer: secondary}',
      '          - {rotation: mobile}',
    ]);
    expect(found.map((p) => [p.path, p.line, p.column, p.message])).toEqual([
      [
        'policies.default.steps[0].targets[0].contact',
        10,
        23,
        'unknown contact `primery` (did you mean `primary`?); known contacts: primary, secondary, escalation',
      ],
      ['policies.default.steps[0].targets[1].channel', 11, 23, 'unknown channel `ops`; no channels are configured'],
      ['policies.default.steps[0].targets[2].layer', 12, 36, 'unknown layer `secondary`; known layers: primary'],
      [
        'policies.default.steps[0].targets[3].rotation',
        13,
        24,
        'unknown rotation `mobile`; known rotations: on-call, web',
      ],
    ]);
  });

  it('warns when no rotation has the on-call layer a step pages', () => {
    expect(
      only(['policies:', '  default:', '    steps: [{id: a, after: 0m, targets: [{oncall: secondary}]}]']),
    ).toMatchObject({
      severity: 'warning',
      path: 'policies.default.steps[0].targets[0].oncall',
      message: 'no rotation has a layer `secondary`, so this target never pages anyone; layers: primary',
    });
  });

  it("a service's rotation, policy and runbooks must exist", () => {
    const found = problems([
      'services:',
      '  checkout: {rotation: payments, policy: payments, runbooks: [database, ledger]}',
    ]);
    expect(found.map((p) => p.path)).toEqual([
      'services.checkout.rotation',
      'services.checkout.policy',
      'services.checkout.runbooks[1]',
    ]);
    expect(found[2]!.message).toBe('unknown runbook `ledger`; known runbooks: database, api-performance, security');
  });

  it("a runbook's services must be in the catalog", () => {
    expect(only(['runbooks:', '  database: {match: {services: [postgres]}}'])).toMatchObject({
      path: 'runbooks.database.match.services[0]',
      message: 'unknown service `postgres`; no services are configured',
    });
  });

  it('removing a default contact that the default policy still names points at the removal', () => {
    const found = problems(['contacts:', '  escalation: ~']);
    expect(found.map((p) => [p.path, p.line, p.column])).toEqual([
      ['policies.default.steps[2].targets[0].contact', 2, 3],
      ['policies.default.steps[3].targets[0].contact', 2, 3],
    ]);
  });

  it('removing the default rotation without naming another one', () => {
    expect(only(['rotations:', '  on-call: ~'])).toMatchObject({
      path: 'default-rotation',
      line: 2,
      column: 3,
      message: 'unknown rotation `on-call`; no rotations are configured',
    });
  });
});

describe('rotations', () => {
  it('need an IANA time zone', () => {
    expect(
      only(['rotations:', '  web:', '    time-zone: Europe/Berln', '    layers: [{name: primary}]']),
    ).toMatchObject({
      path: 'rotations.web.time-zone',
      line: 3,
      column: 16,
      message: '`Europe/Berln` is not an IANA time zone; use a name such as UTC, Europe/Berlin or America/New_York',
    });
  });

  it('accept IANA zones and UTC', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      expect(problems(['rotations:', '  web:', `    time-zone: ${zone}`, '    layers: [{name: primary}]'])).toEqual([]);
    }
  });

  it('need unique layer names', () => {
    expect(only(['rotations:', '  web:', '    layers: [{name: primary}, {name: primary}]'])).toMatchObject({
      path: 'rotations.web.layers[1].name',
      message: 'duplicate layer name `primary` (also at index 0); each must be unique',
    });
  });

  it('refuse an override that ends before it starts', () => {
    expect(
      only([...WEB, '    overrides:', '      - {start: 2026-03-02T10:00:00Z, end: 2026-03-02T09:00:00Z, member: bob}']),
    ).toMatchObject({
      path: 'rotations.web.overrides[0].end',
      line: 5,
      message: 'the override ends (2026-03-02T09:00:00Z) before or when it starts (2026-03-02T10:00:00Z)',
    });
  });

  it('refuse overlapping overrides of one layer, comparing instants across offsets', () => {
    const found = only([
      ...WEB,
      '    overrides:',
      '      - {start: 2026-03-02T10:00:00Z, end: 2026-03-03T10:00:00Z, member: bob}',
      '      - {start: 2026-03-03T10:30:00+01:00, end: 2026-03-04T10:00:00Z, member: carol}',
    ]);
    expect(found).toMatchObject({
      path: 'rotations.web.overrides[1].start',
      line: 6,
      message: 'this override overlaps overrides[0] on layer `primary`: who is on call would be ambiguous',
    });
  });

  it('accept back-to-back overrides and overlaps on different layers', () => {
    expect(
      problems([
        'rotations:',
        '  web:',
        '    layers: [{name: primary}, {name: secondary}]',
        '    overrides:',
        '      - {start: 2026-03-02T10:00:00Z, end: 2026-03-03T10:00:00Z, member: bob}',
        '      - {start: 2026-03-03T10:00:00Z, end: 2026-03-04T10:00:00Z, member: carol}',
        '      - {start: 2026-03-02T12:00:00Z, end: 2026-03-03T12:00:00Z, member: dave, layer: secondary}',
      ]),
    ).toEqual([]);
  });

  it('name existing layers in overrides and swaps', () => {
    const found = problems([
      ...WEB,
      '    overrides: [{start: 2026-03-02T10:00:00Z, end: 2026-03-03T10:00:00Z, member: bob, layer: backup}]',
      '    swaps: [{a: 2026-03-02T10:00:00Z, b: 2026-03-09T10:00:00Z, layer: secondry}]',
    ]);
    expect(found.map((p) => p.message)).toEqual([
      'unknown layer `backup`; known layers: primary',
      'unknown layer `secondry`; known layers: primary',
    ]);
  });

  it('a new rotation needs layers', () => {
    expect(only(['rotations:', '  web: {time-zone: UTC}'])).toMatchObject({
      path: 'rotations.web.layers',
      line: 2,
      column: 3,
      message: 'missing required key `layers` (a new rotation needs at least one layer)',
    });
  });
});

describe('duplicates and impossible values', () => {
  it('duplicate step ids in a policy', () => {
    expect(
      only([
        'policies:',
        '  default:',
        '    steps:',
        '      - {id: page, after: 0m, targets: [{contact: primary}]}',
        '      - {id: page, after: 15m, targets: [{contact: secondary}]}',
      ]),
    ).toMatchObject({
      path: 'policies.default.steps[1].id',
      line: 5,
      column: 14,
      message: 'duplicate step id `page` (also at index 0); each must be unique',
    });
  });

  it('duplicate phase and rule ids; a phase that ends before it starts', () => {
    const found = problems([
      'phases:',
      '  - {id: triage, name: Triage, start: 0m, end: 15m}',
      '  - {id: triage, name: Fix, start: 1h, end: 30m}',
      'classification:',
      '  - {id: down, description: d, match: {keywords: [down]}, severity: P0}',
      '  - {id: down, description: d, match: {keywords: [outage]}, severity: P0}',
    ]);
    expect(found.map((p) => p.path)).toEqual(['phases[1].id', 'phases[1].end', 'classification[1].id']);
    expect(found[1]!.message).toBe('phase `triage` ends (30m) before it starts (60m)');
  });

  it('two labels with one name (GitHub names are case-insensitive)', () => {
    expect(only(['labels:', '  postmortem: {name: Incident}'])).toMatchObject({
      path: 'labels.postmortem.name',
      line: 2,
      column: 22,
      message:
        'label `Incident` is also the incident label; GitHub label names are case-insensitive and each label needs its own',
    });
  });

  it('a service whose label would be longer than 50 characters', () => {
    expect(
      only(['labels: {service-prefix: "affected-service/"}', 'services:', `  ${'a'.repeat(40)}: {}`]),
    ).toMatchObject({ path: `services.${'a'.repeat(40)}`, line: 3, column: 3 });
  });

  it('a new contact without a phone number', () => {
    expect(only(['contacts:', '  security-lead: {name: Security lead}'])).toMatchObject({
      path: 'contacts.security-lead.phone',
      line: 2,
      column: 3,
      message: 'missing required key `phone` (a new contact needs a phone number)',
    });
  });

  it('warnings: a contradictory rule, a reminder after the deadline, a confirmed breach milder than a suspected one', () => {
    const found = problems([
      'classification:',
      '  - {id: r, description: d, match: {keywords: [x]}, severity: P1, at-most: P2}',
      'security:',
      '  reminders: [72h]',
      '  procedures: {ddos: {confirmed: P3}}',
    ]);
    expect(found.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'classification[0].at-most'],
      ['warning', 'security.reminders[0]'],
      ['warning', 'security.procedures.ddos.confirmed'],
    ]);
    expect(loadConfig('security:\n  reminders: [72h]\n', PATH).usingDefaults).toBe(false);
  });

  it('removing a default entry that does not exist is a warning', () => {
    expect(only(['runbooks:', '  kubernetes: ~'])).toMatchObject({
      severity: 'warning',
      path: 'runbooks.kubernetes',
      message: '`~` removes a default entry, but there is no default `kubernetes` in runbooks',
    });
  });
});
