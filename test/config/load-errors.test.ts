// Every problem in .github/firebreak.yml names the key, its line and column, and what is allowed.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { formatProblems, type ConfigProblem } from '../../src/config/problems.js';

const PATH = '.github/firebreak.yml';
const yaml = (lines: string[]): string => `${lines.join('\n')}\n`;
const problems = (lines: string[]): ConfigProblem[] => loadConfig(yaml(lines), PATH).problems;
const only = (lines: string[]): ConfigProblem => {
  const found = problems(lines);
  expect(found, formatProblems(found, PATH)).toHaveLength(1);
  return found[0]!;
};

describe('a typo in a key', () => {
  const file = [
    'rotations:', //                         1
    '  web:', //                             2
    '    time-zone: Europe/Berlin', //       3
    '    layers:', //                        4
    '      - name: primary', //              5
    '        members: [alice, bob]', //      6
    '        handof: "09:00"', //            7
  ];

  it('points at the misspelt key, suggests the nearest key and lists the allowed ones', () => {
    expect(only(file)).toEqual({
      severity: 'error',
      path: 'rotations.web.layers[0].handof',
      line: 7,
      column: 9,
      message:
        'unknown key `handof` (did you mean `handoff`?); allowed keys: name, members, shift, handoff, handoff-day, start',
    });
  });

  it('prints as path:line:col: error: message', () => {
    expect(formatProblems(problems(file), PATH)).toBe(
      '.github/firebreak.yml:7:9: error: rotations.web.layers[0].handof: unknown key `handof` (did you mean `handoff`?); allowed keys: name, members, shift, handoff, handoff-day, start',
    );
  });

  it('rejects the whole file: the caller gets the playbook defaults and the errors', () => {
    const loaded = loadConfig(yaml(file), PATH);
    expect(loaded.usingDefaults).toBe(true);
    expect(loaded.config).toEqual(defaultConfig());
  });

  it('finds a misspelt severity setting', () => {
    expect(only(['severities:', '  P1:', '    respone-target: 30m'])).toMatchObject({
      path: 'severities.P1.respone-target',
      line: 3,
      column: 5,
      message: expect.stringContaining('did you mean `response-target`?'),
    });
  });

  it('finds a misspelt top-level key', () => {
    expect(only(['# settings', 'escalation-policies: {}'])).toMatchObject({
      path: 'escalation-policies',
      line: 2,
      column: 1,
    });
  });

  it('finds an unknown map key such as a severity that does not exist', () => {
    expect(only(['severities:', '  P5: {name: Trivial}'])).toMatchObject({
      path: 'severities.P5',
      line: 2,
      column: 3,
      message: 'unknown key `P5`; allowed keys: P0, P1, P2, P3, P4',
    });
  });

  it('reports an unknown map key and a typo beside it, each once', () => {
    expect(
      problems(['severities:', '  P5: {name: Trivial}', '  P1: {respnse-target: 1h}']).map((p) => [
        p.path,
        p.line,
        p.column,
      ]),
    ).toEqual([
      ['severities.P5', 2, 3],
      ['severities.P1.respnse-target', 3, 8],
    ]);
  });

  it('finds an unknown command', () => {
    expect(only(['commands:', '  acknowledge: triage'])).toMatchObject({
      path: 'commands.acknowledge',
      line: 2,
      column: 3,
      message: expect.stringContaining('allowed keys: ack, status,'),
    });
  });

  it('reports a typo inside a flow mapping at its own column', () => {
    expect(
      only([
        'policies:',
        '  default:',
        '    steps:',
        '      - {id: a, after: 0m, targets: [{contact: primary}], severitys: [P0]}',
      ]),
    ).toMatchObject({
      path: 'policies.default.steps[0].severitys',
      line: 4,
      column: 59,
      message: expect.stringContaining('did you mean `severities`?'),
    });
  });

  it('reports one typo once, not also as a missing key', () => {
    expect(
      only(['rotations:', '  web:', '    layers:', '      - name: primary', '        shift: {hour: 12}']),
    ).toMatchObject({
      path: 'rotations.web.layers[0].shift.hour',
      line: 5,
      column: 17,
      message: expect.stringContaining('did you mean `hours`?'),
    });
  });
});

describe('a wrong value', () => {
  it('points at the value and says what is allowed', () => {
    expect(only(['severities:', '  P1:', '    response-target: 15'])).toEqual({
      severity: 'error',
      path: 'severities.P1.response-target',
      line: 3,
      column: 22,
      message: 'must be a duration such as 15m, 1h, 4h or 1d, `immediate` (5 minutes) or `none`',
    });
  });

  it('suggests the nearest allowed word', () => {
    expect(only(['rotations:', '  web:', '    layers: [{name: primary, shift: dialy}]'])).toMatchObject({
      path: 'rotations.web.layers[0].shift',
      message: 'must be one of: daily, weekly (did you mean `daily`?)',
    });
    expect(only(['default-severity: p1'])).toMatchObject({
      message: 'must be one of: P0, P1, P2, P3, P4 (did you mean `P1`?)',
    });
  });

  it('explains the shapes a shift can take', () => {
    expect(only(['rotations:', '  web:', '    layers: [{name: primary, shift: 12}]'])).toMatchObject({
      message: 'must be daily, weekly or {hours: N}',
    });
  });

  it('checks hand-off times, colours, dates and instants', () => {
    expect(only(['rotations:', '  web:', '    layers: [{name: primary, handoff: "25:00"}]'])).toMatchObject({
      message: 'must be a time of day as HH:MM, e.g. 09:00',
    });
    expect(only(['labels:', '  incident: {color: "#d73a4a"}'])).toMatchObject({
      path: 'labels.incident.color',
      message: 'must be six hex digits without #, e.g. d73a4a',
    });
    expect(only(['rotations:', '  web:', '    layers: [{name: primary, start: 5 January}]'])).toMatchObject({
      message: 'must be a date as YYYY-MM-DD, e.g. 2026-01-05',
    });
    expect(
      only([
        'rotations:',
        '  web:',
        '    layers: [{name: primary}]',
        '    overrides: [{start: 2026-03-02 10:00, end: 2026-03-02T12:00:00Z, member: bob}]',
      ]),
    ).toMatchObject({
      path: 'rotations.web.overrides[0].start',
      message: expect.stringContaining('ISO date-time with an offset'),
    });
  });

  it('asks for quotes when YAML read text as a number', () => {
    expect(only(['runbooks:', '  database:', '    match: {keywords: [db, 502]}'])).toMatchObject({
      path: 'runbooks.database.match.keywords[1]',
      line: 3,
      column: 28,
      message: 'must be text; YAML reads an unquoted 502 as a number: write "502"',
    });
  });

  it('asks for quotes around a colour YAML read as a number', () => {
    expect(only(['labels:', '  security: {color: 5319e7}'])).toMatchObject({
      path: 'labels.security.color',
      message:
        'must be six hex digits without #, e.g. d73a4a; YAML reads an unquoted 5319e7 as a number: write "5319e7"',
    });
  });

  it('keeps label names and descriptions within GitHub limits', () => {
    expect(only(['labels:', `  incident: {name: ${'x'.repeat(51)}}`])).toMatchObject({
      message: 'must be at most 50 characters long (it has 51)',
    });
    expect(only(['labels:', `  incident: {description: ${'x'.repeat(101)}}`])).toMatchObject({
      message: 'must be at most 100 characters long (it has 101)',
    });
  });

  it('never accepts a secret where the name of an environment variable belongs', () => {
    expect(
      only(['channels:', '  ops: {type: slack, url-from: "https://hooks.slack.com/services/T0/B0/X"}']),
    ).toMatchObject({
      path: 'channels.ops.url-from',
      message: expect.stringContaining('name of an environment variable'),
    });
  });

  it('requires what a channel type needs', () => {
    expect(only(['channels:', '  ops: {type: slack}'])).toMatchObject({
      path: 'channels.ops.url-from',
      line: 2,
      column: 3,
      message: 'missing required key `url-from`',
    });
    expect(only(['channels:', '  pd: {type: pagerduty}'])).toMatchObject({
      path: 'channels.pd.routing-key-from',
      message: 'missing required key `routing-key-from`',
    });
  });

  it('requires an escalation target to name exactly one kind of target', () => {
    const target = (t: string) => [
      'policies:',
      '  default:',
      '    steps:',
      `      - {id: a, after: 0m, targets: [${t}]}`,
    ];
    const message =
      'an escalation target names exactly one of: rotation (with optional layer), oncall, user, team, contact, channel';
    expect(only(target('{}'))).toMatchObject({ path: 'policies.default.steps[0].targets[0]', message });
    expect(only(target('{user: alice, team: acme/sre}'))).toMatchObject({ message });
    expect(problems(target('{oncall: primary, layer: secondary}')).map((p) => p.message)).toContain(
      '`layer` is only allowed together with `rotation`',
    );
    expect(only(target('{team: sre}'))).toMatchObject({
      path: 'policies.default.steps[0].targets[0].team',
      message: 'must be a GitHub team as org/team-slug, e.g. acme/sre',
    });
  });

  it('requires a classification rule to do something and to test something', () => {
    expect(only(['classification:', '  - {id: a, description: b, match: {keywords: [x]}}'])).toMatchObject({
      path: 'classification[0]',
      message: 'a classification rule needs at least one of severity, at-most or security',
    });
    expect(only(['classification:', '  - {id: a, description: b, match: {}, severity: P1}'])).toMatchObject({
      path: 'classification[0].match',
      message: 'match needs at least one of keywords, answer or checked',
    });
  });

  it('rejects a bad id as a map key', () => {
    expect(only(['services:', '  "check out": {}'])).toMatchObject({
      path: 'services.check out',
      line: 2,
      column: 3,
      message: expect.stringContaining('must be an id'),
    });
  });

  it('rejects a file that is not a mapping', () => {
    expect(only(['- severities'])).toMatchObject({
      path: '',
      line: 1,
      column: 1,
      message: '.github/firebreak.yml must be a mapping of settings (severities:, rotations:, policies:, …)',
    });
  });

  it('says a list item is repeated', () => {
    expect(
      only([
        'policies:',
        '  default:',
        '    steps:',
        '      - {id: a, after: 0m, severities: [P0, P1, P0], targets: [{contact: primary}]}',
      ]),
    ).toMatchObject({
      path: 'policies.default.steps[0].severities[2]',
      message: 'lists "P0" twice',
    });
  });
});

describe('YAML syntax errors', () => {
  it('report their line and column', () => {
    expect(only(['severities:', '  P1:', '    name: [High', '    summary: x'])).toMatchObject({
      severity: 'error',
      path: '',
      line: 4,
      column: 5,
      message: expect.stringMatching(/^YAML: /),
    });
  });

  it('treat a duplicate key as an error, not "the last one wins"', () => {
    expect(only(['default-severity: P1', 'default-severity: P2'])).toMatchObject({
      line: 2,
      column: 1,
      message: 'YAML: Map keys must be unique',
    });
  });

  it('stop at a tab used for indentation', () => {
    expect(only(['severities:', '\tP1: {}'])).toMatchObject({ line: 2, column: 1 });
  });

  it('refuse more than one document', () => {
    expect(only(['default-severity: P1', '---', 'default-severity: P2'])).toMatchObject({ line: 2 });
  });

  it('refuse an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    expect(only(bomb)).toMatchObject({ severity: 'error', message: expect.stringMatching(/alias/i) });
  });
});

describe('a file that sets nothing', () => {
  it.each([[''], ['# only a comment\n'], ['---\n']])('%j means the playbook defaults', (text) => {
    expect(loadConfig(text, PATH)).toEqual({ config: defaultConfig(), problems: [], usingDefaults: true });
  });
});
