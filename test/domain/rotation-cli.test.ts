// `firebreak oncall` (src/cli/oncall.ts): formatting and argument handling over the rotation engine.
import { describe, expect, it } from 'vitest';
import { runOncallCommand } from '../../src/cli/oncall.js';
import type { Config, EscalationPolicy, Rotation, RotationLayer } from '../../src/config/types.js';

function layer(fields: Partial<RotationLayer> = {}): RotationLayer {
  return {
    name: 'primary',
    members: ['alice', 'bob', 'carol'],
    shift: { kind: 'weekly' },
    handoff: '09:00',
    handoffDay: 'monday',
    start: '2026-03-02',
    ...fields,
  };
}

const platform: Rotation = {
  id: 'platform',
  timeZone: 'Europe/Berlin',
  layers: [layer(), layer({ name: 'secondary', members: ['dave', 'erin'] })],
  overrides: [{ start: '2026-03-31T12:00', end: '2026-03-31T18:00', member: 'zoe' }],
  swaps: [],
};

const payments: Rotation = {
  id: 'payments',
  timeZone: 'America/New_York',
  layers: [layer({ members: ['pat', 'quinn'], shift: { kind: 'daily' }, start: '2026-04-02' })],
  overrides: [],
  swaps: [],
};

const playbookPolicy: EscalationPolicy = {
  id: 'default',
  stopOn: { P0: 'resolved', P1: 'acknowledged', P2: 'acknowledged', P3: 'acknowledged', P4: 'acknowledged' },
  steps: [
    { id: 'oncall', name: 'On-call engineer', after: 0, severities: ['P0', 'P1', 'P2'], targets: [{ kind: 'oncall' }] },
    {
      id: 'manager',
      name: 'Engineering manager',
      after: 15,
      severities: ['P0', 'P1', 'P2'],
      targets: [
        { kind: 'user', user: 'em-lead' },
        { kind: 'contact', contact: 'escalation' },
      ],
    },
    {
      id: 'cto',
      name: 'CTO',
      after: 30,
      severities: ['P0', 'P1'],
      targets: [{ kind: 'rotation', rotation: 'platform', layer: 'secondary' }],
    },
    {
      id: 'ceo',
      name: 'CEO',
      after: 60,
      severities: ['P0', 'P1'],
      targets: [
        { kind: 'team', team: 'acme/execs' },
        { kind: 'channel', channel: 'slack' },
      ],
    },
  ],
};

// Only the parts of Config that `firebreak oncall` reads.
const config = {
  rotations: { platform, payments },
  defaultRotation: 'platform',
  services: {
    checkout: { id: 'checkout', name: 'Checkout API', team: 'payments', rotation: 'payments', runbooks: [] },
    search: { id: 'search', name: 'search', runbooks: [] },
  },
  policies: { default: playbookPolicy },
  defaultPolicy: 'default',
  contacts: { escalation: { name: 'Escalation', phone: '+1-555-0103' } },
  channels: { slack: { id: 'slack', type: 'slack', severities: [] } },
} as unknown as Config;

/** Tuesday 2026-03-31, 12:30 in Berlin, during zoe's override. */
const NOW = new Date('2026-03-31T10:30:00Z');

function oncall(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runOncallCommand(argv, {
    config,
    now: NOW,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe('firebreak oncall', () => {
  it('shows who is on call now on every layer of the default rotation, until when, in its zone and UTC', () => {
    const { code, out, err } = oncall();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      [
        'On call in rotation "platform" (Europe/Berlin) at Tue 2026-03-31 12:30 +02:00 (2026-03-31 10:30 UTC):',
        '  primary    @zoe   until Tue 2026-03-31 18:00 +02:00 (2026-03-31 16:00 UTC) (override)',
        '  secondary  @dave  until Mon 2026-04-06 09:00 +02:00 (2026-04-06 07:00 UTC)',
        '',
      ].join('\n'),
    );
  });

  it('--at reads a time without offset in the rotation zone, and accepts times relative to now', () => {
    expect(oncall('--at', '2026-03-31T18:00').out).toContain('primary    @bob   until Mon 2026-04-06 09:00 +02:00');
    expect(oncall('--at', '2026-03-31T16:00Z').out).toContain('@bob');
    expect(oncall('--at', '+7d').out).toContain('at Tue 2026-04-07 12:30 +02:00');
    expect(oncall('--at', '-2h').out).toContain('at Tue 2026-03-31 10:30 +02:00');
    expect(oncall('--at=-30m').out).toContain('at Tue 2026-03-31 12:00 +02:00');
  });

  it('--rotation picks another rotation and says who comes next when nobody is on call yet', () => {
    const { code, out } = oncall('--rotation', 'payments');
    expect(code).toBe(0);
    expect(out).toContain('On call in rotation "payments" (America/New_York) at Tue 2026-03-31 06:30 -04:00');
    expect(out).toContain('primary  nobody  next: @pat from Thu 2026-04-02 09:00 -04:00 (2026-04-02 13:00 UTC)');
  });

  it('--service tells who the service would page now and lists its escalation policy', () => {
    const { code, out } = oncall('--service', 'checkout', '--at', '2026-04-03T12:00Z');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Service "checkout" (Checkout API, team payments) pages its rotation "payments".',
        'On call in rotation "payments" (America/New_York) at Fri 2026-04-03 08:00 -04:00 (2026-04-03 12:00 UTC):',
        '  primary  @pat  until Fri 2026-04-03 09:00 -04:00 (2026-04-03 13:00 UTC)',
        '',
        'Escalation policy "default" (stops when: P0 resolved, P1 acknowledged, P2 acknowledged, P3 acknowledged, P4 acknowledged):',
        '  after 0m   On-call engineer     P0 P1 P2  on-call primary of payments (now @pat)',
        '  after 15m  Engineering manager  P0 P1 P2  @em-lead, Escalation +1-555-0103',
        '  after 30m  CTO                  P0 P1     on-call secondary of platform (now @dave)',
        '  after 1h   CEO                  P0 P1     team @acme/execs, channel slack (slack)',
        '',
      ].join('\n'),
    );
  });

  it('a service without its own rotation pages the default rotation', () => {
    expect(oncall('--service', 'search').out).toContain('Service "search" pages the default rotation "platform".');
  });

  it('--schedule lists the next 14 days per layer, with the override splitting a shift, and the coverage gaps', () => {
    const { code, out } = oncall('--schedule');
    expect(code).toBe(0);
    expect(out).toContain('Shifts of rotation "platform" (Europe/Berlin), 14 days from Tue 2026-03-31 12:30 +02:00');
    expect(out).toContain(
      '  Tue 2026-03-31 12:00 +02:00 → Tue 2026-03-31 18:00 +02:00  @zoe    6h    2026-03-31 10:00 UTC → 2026-03-31 16:00 UTC (override)',
    );
    expect(out).toContain('  Tue 2026-03-31 18:00 +02:00 → Mon 2026-04-06 09:00 +02:00  @bob    135h');
    expect(out).toContain('secondary:\n  Mon 2026-03-30 09:00 +02:00 → Mon 2026-04-06 09:00 +02:00  @dave  168h');
    expect(out).toContain('Coverage gaps on primary: none.');
  });

  it('--schedule --days shows the coverage gap before a rotation starts', () => {
    const { out } = oncall('--schedule', '--days', '3', '--rotation', 'payments');
    expect(out).toContain('3 days from');
    expect(out).toContain(
      'Coverage gaps on primary (nobody on call):\n  Tue 2026-03-31 06:30 -04:00 → Thu 2026-04-02 09:00 -04:00  50h30m',
    );
  });

  it('an unknown rotation or service is an error listing the known ones', () => {
    expect(oncall('--rotation', 'nope')).toMatchObject({
      code: 1,
      out: '',
      err: expect.stringContaining('no rotation "nope". Known rotations: platform, payments'),
    });
    expect(oncall('--service', 'nope')).toMatchObject({
      code: 1,
      err: expect.stringContaining('no service "nope". Known services: checkout, search'),
    });
  });

  it('bad arguments are usage errors (exit 2) that point at the usage', () => {
    for (const argv of [
      ['--bogus'],
      ['--days', '3'],
      ['--schedule', '--days', '0'],
      ['--at', 'yesterday'],
      ['--rotation', 'platform', '--service', 'checkout'],
    ]) {
      const { code, err } = oncall(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('firebreak oncall --help');
    }
  });

  it('--help prints the usage', () => {
    expect(oncall('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: firebreak oncall') });
  });

  it('a broken rotation in the configuration is reported, not thrown', () => {
    const broken = { ...config, rotations: { platform: { ...platform, timeZone: 'Mars/Olympus' } } } as Config;
    let err = '';
    const code = runOncallCommand([], {
      config: broken,
      now: NOW,
      stdout: { write: () => undefined },
      stderr: { write: (t: string) => (err += t) },
    });
    expect(code).toBe(1);
    expect(err).toContain('"Mars/Olympus" is not an IANA time zone');
  });
});
