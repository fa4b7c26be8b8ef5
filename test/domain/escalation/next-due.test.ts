// nextDueAt lets the scheduled sweep skip incidents with nothing due without reading them: it is the
// earliest instant something becomes due if nothing else happens, and never hides unfired work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Severity, Status } from '../../../src/config/types.js';
import { SEVERITIES } from '../../../src/config/types.js';
import { dueActions, nextDueAt } from '../../../src/domain/escalation/index.js';
import { Incident, iso } from './timeline.js';

describe('nextDueAt', () => {
  it('a fresh P1 waits for the engineering manager at 10:15, then the CTO, then the CEO with breach and reminder', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(incident.nextDue('10:00')).toBe(iso('10:15'));
    incident.sweep('10:15');
    expect(incident.nextDue('10:15')).toBe(iso('10:30'));
    incident.sweep('10:30');
    expect(incident.nextDue('10:30')).toBe(iso('11:00'));
  });

  it('an acknowledged P1 is next due for its update reminder only', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('10:05');
    expect(incident.nextDue('10:05')).toBe(iso('11:00'));
  });

  it('is null when nothing will ever be due: resolved, a P4, or a P3 whose steps and breach all fired', () => {
    const resolved = new Incident({ at: '10:00', severity: 'P0' });
    resolved.resolve('10:01');
    expect(resolved.nextDue('10:01')).toBeNull();
    expect(new Incident({ at: '10:00', severity: 'P4' }).nextDue('10:00')).toBeNull();
    const acknowledged = new Incident({ at: '10:00', severity: 'P3' });
    acknowledged.ack('10:30');
    expect(acknowledged.nextDue('10:30')).toBeNull();
  });

  it('is strictly after now once the due actions are recorded', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.sweep('10:30');
    expect(incident.nextDue('10:30')).toBe(iso('11:00'));
  });

  it('is at or before now while something due is unrecorded (an operations budget ran out)', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1', pageAtFiling: false });
    expect(incident.nextDue('10:20')).toBe(iso('10:00'));
  });

  it('a malformed timestamp is an error, not a page that silently never fires', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    const broken = { ...incident.state, cycleStart: 'yesterday-ish' };
    expect(() => nextDueAt(broken, incident.config, incident.route, new Date(iso('10:20')))).toThrow(
      'not a valid instant: yesterday-ish',
    );
    expect(() => dueActions(incident.state, incident.config, incident.route, new Date(Number.NaN))).toThrow(
      'not a valid instant',
    );
  });
});

// Random incidents: responders act at random minutes, sweeps run at random minutes.
type Act =
  | { at: number; kind: 'ack' | 'update' | 'resolve' | 'reopen' | 'sweep' }
  | { at: number; kind: 'status'; to: Status }
  | { at: number; kind: 'severity'; to: Severity };

const minute = fc.integer({ min: 0, max: 600 });
const act: fc.Arbitrary<Act> = fc.oneof(
  fc.record({ at: minute, kind: fc.constantFrom('ack', 'update', 'resolve', 'reopen') }),
  fc.record({ at: minute, kind: fc.constant('sweep' as const) }),
  fc.record({ at: minute, kind: fc.constant('sweep' as const) }),
  fc.record({
    at: minute,
    kind: fc.constant('status' as const),
    to: fc.constantFrom<Status>('identified', 'mitigating', 'monitoring'),
  }),
  fc.record({ at: minute, kind: fc.constant('severity' as const), to: fc.constantFrom(...SEVERITIES) }),
);

const clock = (m: number) => new Date(Date.parse(iso('10:00')) + m * 60_000).toISOString();

function play(severity: Severity, acts: Act[], check: (incident: Incident, now: string) => void): Incident {
  const incident = new Incident({ at: clock(0), severity });
  for (const a of [...acts].sort((x, y) => x.at - y.at)) {
    const now = clock(a.at);
    const state = incident.state;
    switch (a.kind) {
      case 'ack':
        incident.ack(now);
        break;
      case 'update':
        incident.update(now);
        break;
      case 'resolve':
        if (state.resolvedAt === null) incident.resolve(now);
        break;
      case 'reopen':
        if (state.resolvedAt !== null) incident.reopen(now);
        break;
      case 'status':
        if (state.resolvedAt === null) incident.status(now, a.to);
        break;
      case 'severity':
        if (a.to !== state.severity) incident.severity(now, a.to);
        break;
      case 'sweep':
        incident.sweep(now);
        check(incident, now);
        break;
    }
  }
  return incident;
}

describe('nextDueAt and dueActions agree (property)', () => {
  it('after a sweep, nothing is due before nextDueAt and something is due at it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEVERITIES),
        fc.array(act, { maxLength: 25 }),
        fc.integer({ min: 1, max: 600 }),
        (severity, acts, probe) => {
          play(severity, acts, (incident, now) => {
            const { state, config, route } = incident;
            const next = nextDueAt(state, config, route, new Date(now));
            if (next === null) {
              expect(dueActions(state, config, route, new Date(Date.parse(now) + probe * 60_000 * 24))).toEqual([]);
              return;
            }
            expect(next.getTime()).toBeGreaterThan(Date.parse(now));
            expect(dueActions(state, config, route, new Date(next.getTime() - 1))).toEqual([]);
            expect(dueActions(state, config, route, next).length).toBeGreaterThan(0);
          });
        },
      ),
      { seed: 20260302, numRuns: 300 },
    );
  });

  it('every action fires at most once, however the sweeps fall', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEVERITIES), fc.array(act, { maxLength: 30 }), (severity, acts) => {
        const incident = play(severity, acts, () => undefined);
        const keys = incident.fired.map((action) => action.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const action of incident.fired) expect(action.lateMinutes).toBeGreaterThanOrEqual(0);
      }),
      { seed: 20260302, numRuns: 300 },
    );
  });
});
