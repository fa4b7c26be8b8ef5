// A severity change re-evaluates the escalation at once: an upgrade fires every step already due for
// the new severity, a downgrade stops the steps that no longer apply.
import { describe, expect, it } from 'vitest';
import { Incident, iso } from './timeline.js';

describe('severity upgrade mid-incident', () => {
  it('P2 → P1 at 10:40 pages the CTO at once (due 10:30 on the P1 ladder), then the CEO at 11:00', () => {
    const incident = new Incident({ at: '10:00', severity: 'P2' });
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
    expect(incident.sweepReport('10:35')).toEqual([]);
    incident.severity('10:40', 'P1');
    expect(incident.sweepReport('10:40')).toEqual(['cto due 10:30, 10 min late']);
    expect(incident.nextDue('10:40')).toBe(iso('11:00'));
    // The P1's 1-hour response clock starts at the raise (10:40), not at the filing: due 11:40.
    expect(incident.sweepReport('11:00')).toEqual(['ceo due 11:00, 0 min late', 'reminder due 11:00, 0 min late']);
    expect(incident.sweepReport('11:40')).toEqual(['breach due 11:40, 0 min late']);
  });

  it('P2 → P1 before the 30-minute mark waits for the CTO step on time', () => {
    const incident = new Incident({ at: '10:00', severity: 'P2' });
    incident.sweep('10:15');
    incident.severity('10:20', 'P1');
    expect(incident.sweepReport('10:20')).toEqual([]);
    expect(incident.nextDue('10:20')).toBe(iso('10:30'));
  });

  it('P3 → P0 at 10:45 fires the manager and the CTO at once, in the order they were due; the P0 target runs from the raise', () => {
    const incident = new Incident({ at: '10:00', severity: 'P3' });
    incident.severity('10:45', 'P0');
    expect(incident.sweepReport('10:45')).toEqual([
      'engineering-manager due 10:15, 30 min late',
      'cto due 10:30, 15 min late',
      'reminder due 10:30, 15 min late',
    ]);
    // Nobody is blamed for the time before anyone knew it was a P0: immediate (5 minutes) from 10:45.
    expect(incident.sweepReport('10:50')).toEqual(['breach due 10:50, 0 min late']);
  });

  it('an acknowledged P1 upgraded to P0 resumes escalating: a P0 stops only when mitigated', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('10:10');
    expect(incident.sweepReport('10:15')).toEqual([]);
    incident.severity('10:20', 'P0');
    // The P0 target runs from the raise (due 10:25): the acknowledgement at 10:10 met it.
    expect(incident.sweepReport('10:20')).toEqual(['engineering-manager due 10:15, 5 min late']);
    expect(incident.sweepReport('10:30')).toEqual(['cto due 10:30, 0 min late', 'reminder due 10:30, 0 min late']);
  });
});

describe('severity downgrade mid-incident', () => {
  it('P1 → P2 at 10:20 stops the CTO and CEO steps (P0/P1 only)', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.sweep('10:15');
    incident.severity('10:20', 'P2');
    expect(incident.sweepReport('10:30')).toEqual([]);
    expect(incident.sweepReport('11:00')).toEqual([]); // nor the P1's 1-hour breach and hourly reminder
    expect(incident.nextDue('11:00')).toBe(iso('14:00'));
    expect(incident.fired.map((action) => action.key)).toEqual([
      'escalation:0:on-call',
      'escalation:0:engineering-manager',
    ]);
  });

  it('an acknowledged P0 downgraded to P1 stops paging (a P1 stops at acknowledgement)', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.ack('10:02');
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
    incident.severity('10:20', 'P1');
    expect(incident.sweepReport('10:30')).toEqual([]);
    expect(incident.sweepReport('11:00')).toEqual(['reminder due 11:00, 0 min late']);
  });

  it('P1 → P4 stops everything that is not fired yet', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.severity('10:05', 'P4');
    expect(incident.sweepReport('12:00')).toEqual([]);
    expect(incident.nextDue('12:00')).toBeNull();
  });

  it('a step fired before a downgrade is not fired again after an upgrade back', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.sweep('10:30');
    incident.severity('10:35', 'P2');
    incident.severity('10:40', 'P1');
    expect(incident.sweepReport('10:40')).toEqual([]);
  });
});
