// Status-update cadence: the commander is reminded when the last update is older than the severity's
// interval (P0 every 30 minutes, P1 hourly, P2 every 4 hours, none for P3/P4). A late sweep sends one
// reminder for the latest interval, never a burst.
import { describe, expect, it } from 'vitest';
import { Incident, iso } from './timeline.js';

describe('update reminders', () => {
  it('a P0 is reminded 30 minutes after its last update, and an update restarts the clock', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.ack('10:02');
    const reminders = (time: string) => incident.sweep(time).filter((action) => action.kind === 'reminder');
    expect(reminders('10:29')).toEqual([]);
    const [reminder] = reminders('10:30');
    expect(reminder).toMatchObject({ kind: 'reminder', intervals: 1, lateMinutes: 0 });
    // Recorded times are to the second (no milliseconds), and the key carries the recorded one.
    expect(reminder?.key).toBe(`reminder:0:${iso('10:00').replace('.000Z', 'Z')}:+30m`);
    incident.update('10:40');
    expect(reminders('11:00')).toEqual([]);
    const [next] = reminders('11:10');
    expect(next?.key).toBe(`reminder:0:${iso('10:40').replace('.000Z', 'Z')}:+30m`);
  });

  it('keeps reminding every interval while no update comes', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('10:05');
    expect(incident.sweepReport('11:00')).toEqual(['reminder due 11:00, 0 min late']);
    expect(incident.sweepReport('12:00')).toEqual(['reminder due 12:00, 0 min late']);
    expect(incident.fired.at(-1)).toMatchObject({ intervals: 2 });
  });

  it('a sweep 2½ hours late sends only the latest reminder', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('10:05');
    const late = incident.sweep('13:30');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ kind: 'reminder', intervals: 3, lateMinutes: 30 });
    expect(incident.sweepReport('13:31')).toEqual([]);
    expect(incident.nextDue('13:31')).toBe(iso('14:00'));
  });

  it('a status change counts as an update', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.status('10:50', 'identified');
    expect(incident.sweepReport('11:00')).toEqual([]);
    expect(incident.nextDue('11:00')).toBe(iso('11:50'));
  });

  it('no reminder after resolution, and none for P3 or P4', () => {
    const resolved = new Incident({ at: '10:00', severity: 'P0' });
    resolved.resolve('10:20');
    expect(resolved.sweepReport('12:00')).toEqual([]);
    for (const severity of ['P3', 'P4'] as const) {
      const quiet = new Incident({ at: '10:00', severity });
      quiet.ack('10:01');
      expect(quiet.sweepReport('+2d 10:00')).toEqual([]);
    }
  });

  it('an upgrade that shortens the cadence does not repeat the reminder just sent', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.ack('10:05');
    expect(incident.sweepReport('11:00')).toEqual(['reminder due 11:00, 0 min late']);
    incident.severity('11:10', 'P0');
    // Under the P0 cadence the 11:00 reminder is the 2nd interval: already sent.
    // (The P0 ladder resumes too: a P0 stops only when mitigated. 10:05 met the P0's 5-minute target.)
    expect(incident.sweepReport('11:10')).toEqual([
      'engineering-manager due 10:15, 55 min late',
      'cto due 10:30, 40 min late',
      'ceo due 11:00, 10 min late',
    ]);
    expect(incident.nextDue('11:10')).toBe(iso('11:30'));
    expect(incident.sweepReport('11:30')).toEqual(['reminder due 11:30, 0 min late']);
  });

  it('a downgrade that lengthens the cadence reminds at the new interval, not skipping one', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.ack('10:02').status('10:03', 'mitigating');
    // lastUpdateAt is 10:03 from the status change.
    expect(incident.sweepReport('10:33')).toEqual(['reminder due 10:33, 0 min late']);
    expect(incident.sweepReport('11:03')).toEqual(['reminder due 11:03, 0 min late']);
    incident.severity('11:10', 'P1');
    // Hourly now: 11:03 was both the P0's 2nd and the P1's 1st reminder; the next is 12:03.
    expect(incident.sweepReport('11:10')).toEqual([]);
    expect(incident.nextDue('11:10')).toBe(iso('12:03'));
    expect(incident.sweepReport('12:03')).toEqual(['reminder due 12:03, 0 min late']);
    expect(incident.sweepReport('13:03')).toEqual(['reminder due 13:03, 0 min late']);
  });
});
