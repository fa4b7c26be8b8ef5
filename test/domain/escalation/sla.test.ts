// The SLA clocks of the live summary: acknowledge within the severity's response target (P0 immediate,
// P1 1 hour, P2 4 hours) and the next status update due.
import { describe, expect, it } from 'vitest';
import { slaState } from '../../../src/domain/escalation/index.js';
import { playbook } from './fixtures.js';
import { Incident, at, iso } from './timeline.js';

const sla = (incident: Incident, time: string) => slaState(incident.state, playbook, at(time));

describe('the response target of a P1 (1 hour)', () => {
  it('is still running before anyone acknowledges', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(sla(incident, '10:30')).toEqual({
      responseTarget: { due: at('11:00'), met: null, breached: false },
      nextUpdateDue: at('11:00'),
    });
  });

  it('is met by an acknowledgement within the hour (exactly on time counts)', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('11:00');
    expect(sla(incident, '12:00').responseTarget).toEqual({ due: at('11:00'), met: true, breached: false });
  });

  it('is breached once the hour passes unacknowledged, and stays breached after a late acknowledgement', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(sla(incident, '11:00').responseTarget).toMatchObject({ met: false, breached: true });
    incident.ack('11:10');
    expect(sla(incident, '11:20').responseTarget).toMatchObject({ met: false, breached: true });
  });

  it('restarts with a reopened incident', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.resolve('10:30').reopen('12:00');
    expect(sla(incident, '12:10').responseTarget).toEqual({ due: at('13:00'), met: null, breached: false });
  });
});

describe('the next status update', () => {
  it('is the last update plus the cadence, even when already overdue', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.update('10:10');
    expect(sla(incident, '11:00').nextUpdateDue?.toISOString()).toBe(iso('10:40'));
  });

  it('is not expected once resolved, nor for severities without a cadence', () => {
    const resolved = new Incident({ at: '10:00', severity: 'P1' });
    resolved.resolve('10:20');
    expect(sla(resolved, '10:30')).toEqual({
      responseTarget: { due: at('11:00'), met: true, breached: false },
      nextUpdateDue: null,
    });
    expect(sla(new Incident({ at: '10:00', severity: 'P3' }), '10:30').nextUpdateDue).toBeNull();
  });

  it('a P4 has no response target at all', () => {
    expect(sla(new Incident({ at: '10:00', severity: 'P4' }), '10:30')).toEqual({
      responseTarget: null,
      nextUpdateDue: null,
    });
  });
});
