// GitHub runs the cron late or not at all. Due actions come from timestamps, so a late sweep fires
// everything that fell due since, once, each with its due time and lateness; a repeated or concurrent
// sweep fires nothing twice.
import { describe, expect, it } from 'vitest';
import { Incident, iso } from './timeline.js';

describe('the acceptance timeline: a P1 filed at 10:00 and never acknowledged', () => {
  it('pages the on-call at filing, the manager at 10:22 (7 min late) and the CTO and CEO at 11:40', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(incident.fired.map((action) => action.key)).toEqual(['escalation:0:on-call']);
    expect(incident.sweepReport('10:03')).toEqual([]);
    expect(incident.sweepReport('10:03')).toEqual([]);
    expect(incident.sweepReport('10:22')).toEqual(['engineering-manager due 10:15, 7 min late']);
    expect(incident.sweepReport('11:40')).toEqual([
      'cto due 10:30, 70 min late',
      'ceo due 11:00, 40 min late',
      'breach due 11:00, 40 min late',
      'reminder due 11:00, 40 min late',
    ]);
    const escalated = incident.state.events.filter((event) => event.type === 'escalated').map((event) => event.key);
    expect(escalated).toEqual([
      'escalation:0:on-call',
      'escalation:0:engineering-manager',
      'escalation:0:cto',
      'escalation:0:ceo',
    ]);
  });
});

describe('a sweep late by 0, 7, 50 or 200 minutes (P1 filed 10:00, never acknowledged, first sweep after 10:15)', () => {
  it.each([
    ['0 minutes', '10:15', ['engineering-manager due 10:15, 0 min late']],
    ['7 minutes', '10:22', ['engineering-manager due 10:15, 7 min late']],
    [
      '50 minutes',
      '11:05',
      [
        'engineering-manager due 10:15, 50 min late',
        'cto due 10:30, 35 min late',
        'ceo due 11:00, 5 min late',
        'breach due 11:00, 5 min late',
        'reminder due 11:00, 5 min late',
      ],
    ],
    [
      '200 minutes',
      '13:35',
      [
        'engineering-manager due 10:15, 200 min late',
        'cto due 10:30, 185 min late',
        'ceo due 11:00, 155 min late',
        'breach due 11:00, 155 min late',
        // One reminder for the latest missed interval, not three.
        'reminder due 13:00, 35 min late',
      ],
    ],
  ])('%s late fires everything due since, once, with its lateness', (_late, time, expected) => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(incident.sweepReport(time)).toEqual(expected);
    expect(incident.sweepReport(time)).toEqual([]);
  });

  it('lateness is whole minutes, rounded down', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(incident.sweepReport('10:22:59')).toEqual(['engineering-manager due 10:15, 7 min late']);
  });

  it('when intake could not page the on-call, the first sweep does, and says how late', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1', pageAtFiling: false });
    expect(incident.sweepReport('10:03')).toEqual(['on-call due 10:00, 3 min late']);
  });
});

describe('duplicate and concurrent sweeps', () => {
  it('a sweep repeated after the keys are recorded finds nothing due', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    expect(incident.sweep('10:35')).toHaveLength(4);
    expect(incident.sweepReport('10:35')).toEqual([]);
    expect(incident.sweepReport('10:36')).toEqual([]);
  });

  it('two sweeps racing on the same state propose the same keys, and the fold counts them once', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    const first = incident.due('10:31');
    const second = incident.due('10:32');
    expect(second.map((action) => action.key)).toEqual(first.map((action) => action.key));
    incident.record(first, '10:31').record(second, '10:32');
    const escalated = incident.state.events.filter((event) => event.type === 'escalated');
    expect(escalated.map((event) => event.key)).toEqual([
      'escalation:0:on-call',
      'escalation:0:engineering-manager',
      'escalation:0:cto',
    ]);
    expect(incident.sweepReport('10:40')).toEqual([]);
  });

  it('a run that could not record its actions leaves them due for the next run', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.due('10:16'); // evaluated, but the writes failed
    expect(incident.nextDue('10:20')).toBe(iso('10:15'));
    expect(incident.sweepReport('10:20')).toEqual(['engineering-manager due 10:15, 5 min late']);
  });
});

describe('a reopened incident starts a new response cycle', () => {
  it('pages the on-call again at the reopen and climbs the ladder from there, with new keys', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.sweep('10:30');
    incident.resolve('10:40');
    expect(incident.nextDue('10:41')).toBeNull();
    incident.reopen('12:00');
    expect(incident.state.cycle).toBe(1);
    expect(incident.fired.at(-1)?.key).toBe('escalation:1:on-call');
    expect(incident.sweepReport('12:14')).toEqual([]);
    expect(incident.sweepReport('12:15')).toEqual(['engineering-manager due 12:15, 0 min late']);
    expect(incident.fired.at(-1)?.key).toBe('escalation:1:engineering-manager');
    expect(incident.sweepReport('13:00')).toEqual([
      'cto due 12:30, 30 min late',
      'ceo due 13:00, 0 min late',
      'breach due 13:00, 0 min late',
      'reminder due 13:00, 0 min late',
    ]);
    expect(incident.fired.at(-2)?.key).toBe('breach:1:response');
  });

  it('an acknowledgement of the previous cycle does not stop the new one', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('10:05').resolve('10:40').reopen('12:00');
    expect(incident.sweepReport('12:15')).toEqual(['engineering-manager due 12:15, 0 min late']);
  });
});
