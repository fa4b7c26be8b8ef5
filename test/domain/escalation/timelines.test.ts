// The escalation matrix of the playbook, severity by severity: on-call engineer at once, engineering
// manager at 15 minutes, CTO at 30, CEO after an hour for P0/P1; a P0 keeps paging until mitigated,
// everything else stops at the first acknowledgement.
import { describe, expect, it } from 'vitest';
import { firedAtFiling, nextEscalation } from '../../../src/domain/escalation/index.js';
import { playbook, playbookPolicy } from './fixtures.js';
import { Incident, hhmm, iso, summarizeAll } from './timeline.js';

const escalations = (lines: string[]) =>
  lines.filter((line) => !line.startsWith('breach') && !line.startsWith('reminder'));

describe('a P1 (response within 1 hour, hourly updates)', () => {
  it('pages the on-call engineer the moment it is filed', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1', pageAtFiling: false });
    expect(summarizeAll(firedAtFiling(incident.state, incident.route))).toEqual(['on-call due 10:00, 0 min late']);
    expect(firedAtFiling(incident.state, incident.route)[0]?.key).toBe('escalation:0:on-call');
  });

  it('not acknowledged within 15 minutes pages the engineering manager', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    expect(incident.sweepReport('10:14')).toEqual([]);
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
  });

  it('never acknowledged: CTO at 10:30, then CEO, the response breach and the first update reminder at 11:00', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.sweep('10:15');
    expect(incident.sweepReport('10:30')).toEqual(['cto due 10:30, 0 min late']);
    expect(incident.sweepReport('10:59')).toEqual([]);
    expect(incident.sweepReport('11:00')).toEqual([
      'ceo due 11:00, 0 min late',
      'breach due 11:00, 0 min late',
      'reminder due 11:00, 0 min late',
    ]);
    expect(incident.sweepReport('11:05')).toEqual([]);
    // The ladder is done; only the hourly update reminders remain.
    expect(incident.nextDue('11:05')).toBe(iso('12:00'));
  });

  it('shows the next step and when it is due for the summary', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    const next = nextEscalation(incident.state, incident.route);
    expect(next?.step.id).toBe('engineering-manager');
    expect(next && hhmm(next.due)).toBe('10:15');
    expect(next?.key).toBe('escalation:0:engineering-manager');
    incident.ack('10:05');
    expect(nextEscalation(incident.state, incident.route)).toBeNull();
  });
});

describe('acknowledging a P1 stops the escalation at the level it reached', () => {
  const sweepsAfter = (ackAt: string) => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    const fired: string[] = [];
    for (const time of ['10:15', '10:30', '11:00', '11:30']) {
      if (time > ackAt && !incident.state.acknowledgedAt) incident.ack(ackAt);
      fired.push(...incident.sweepReport(time));
    }
    return fired;
  };

  it('before the engineering manager: nobody else is paged and the response target is met', () => {
    expect(escalations(sweepsAfter('10:10'))).toEqual([]);
    expect(sweepsAfter('10:10').some((line) => line.startsWith('breach'))).toBe(false);
  });

  it('between the engineering manager and the CTO: the CTO is not paged', () => {
    expect(escalations(sweepsAfter('10:20'))).toEqual(['engineering-manager due 10:15, 0 min late']);
  });

  it('between the CTO and the CEO: the CEO is not paged and the response target is met', () => {
    const fired = sweepsAfter('10:45');
    expect(escalations(fired)).toEqual(['engineering-manager due 10:15, 0 min late', 'cto due 10:30, 0 min late']);
    expect(fired.some((line) => line.startsWith('breach'))).toBe(false);
  });

  it('after the CEO: the whole ladder fired, and the response target was breached', () => {
    const fired = sweepsAfter('11:10');
    expect(escalations(fired)).toEqual([
      'engineering-manager due 10:15, 0 min late',
      'cto due 10:30, 0 min late',
      'ceo due 11:00, 0 min late',
    ]);
    expect(fired).toContain('breach due 11:00, 0 min late');
  });

  it('a late acknowledgement still records the breach the sweep missed, but stops the CEO page it had not sent', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.sweep('10:15');
    incident.sweep('10:30');
    incident.ack('11:10');
    expect(incident.sweepReport('11:12')).toEqual(['breach due 11:00, 12 min late', 'reminder due 11:00, 12 min late']);
  });

  it('moving the incident along (a status change) counts as an acknowledgement', () => {
    const incident = new Incident({ at: '10:00', severity: 'P1' });
    incident.status('10:10', 'identified');
    expect(incident.sweepReport('10:30')).toEqual([]);
  });
});

describe('a P0 (response immediate = 5 minutes, updates every 30 minutes)', () => {
  it('never acknowledged: breach at 10:05, manager at 10:15, CTO and a reminder at 10:30, CEO at 11:00', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    expect(incident.sweepReport('10:05')).toEqual(['breach due 10:05, 0 min late']);
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
    expect(incident.sweepReport('10:30')).toEqual(['cto due 10:30, 0 min late', 'reminder due 10:30, 0 min late']);
    expect(incident.sweepReport('11:00')).toEqual(['ceo due 11:00, 0 min late', 'reminder due 11:00, 0 min late']);
  });

  it('keeps escalating after acknowledgement until it is mitigated', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.ack('10:03');
    expect(incident.sweepReport('10:05')).toEqual([]); // acknowledged in time
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
    incident.status('10:20', 'mitigating');
    expect(incident.sweepReport('10:30')).toEqual([]);
    expect(incident.sweepReport('10:45')).toEqual([]);
    // Only the update cadence is left; the status change was an update, so it runs from 10:20.
    expect(incident.nextDue('10:45')).toBe(iso('10:50'));
  });
});

describe('a P2 (response within 4 hours)', () => {
  it('pages the on-call and the engineering manager only; the CTO and CEO are for P0/P1', () => {
    const incident = new Incident({ at: '10:00', severity: 'P2' });
    expect(incident.fired.map((action) => action.key)).toEqual(['escalation:0:on-call']);
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
    expect(incident.sweepReport('11:00')).toEqual([]);
    expect(incident.nextDue('11:00')).toBe(iso('14:00'));
    expect(incident.sweepReport('14:00')).toEqual(['breach due 14:00, 0 min late', 'reminder due 14:00, 0 min late']);
  });

  it('acknowledged within 4 hours: no breach, only the 4-hourly update reminder', () => {
    const incident = new Incident({ at: '10:00', severity: 'P2' });
    incident.ack('12:00');
    expect(incident.sweepReport('14:00')).toEqual(['reminder due 14:00, 0 min late']);
  });
});

describe('P3 and P4', () => {
  it('a P3 pages the on-call only, has a 24-hour response target and no update reminders', () => {
    const incident = new Incident({ at: '10:00', severity: 'P3' });
    expect(incident.fired.map((action) => action.key)).toEqual(['escalation:0:on-call']);
    expect(incident.sweepReport('18:00')).toEqual([]);
    expect(incident.nextDue('18:00')).toBe(iso('+1d 10:00'));
    expect(incident.sweepReport('+1d 10:00')).toEqual(['breach due 10:00, 0 min late']);
    expect(incident.nextDue('+1d 10:00')).toBeNull();
  });

  it('a P4 is informational: nobody is paged, nothing is ever due', () => {
    const incident = new Incident({ at: '10:00', severity: 'P4' });
    expect(incident.fired).toEqual([]);
    expect(incident.nextDue('10:00')).toBeNull();
    expect(incident.sweepReport('+3d 10:00')).toEqual([]);
  });
});

describe('resolution', () => {
  it('a resolved incident never escalates, breaches or reminds', () => {
    const incident = new Incident({ at: '10:00', severity: 'P0' });
    incident.resolve('10:02');
    expect(incident.sweepReport('12:00')).toEqual([]);
    expect(incident.nextDue('10:02')).toBeNull();
  });

  it('under a policy whose P0 stops only on resolution, mitigation does not stop the paging', () => {
    const strict = { ...playbookPolicy, stopOn: { ...playbookPolicy.stopOn, P0: 'resolved' as const } };
    const incident = new Incident({ at: '10:00', severity: 'P0' }, { ...playbook, policies: { default: strict } });
    incident.ack('10:02');
    incident.status('10:03', 'mitigating');
    expect(incident.sweepReport('10:15')).toEqual(['engineering-manager due 10:15, 0 min late']);
    incident.resolve('10:20');
    expect(incident.sweepReport('10:30')).toEqual([]);
  });
});
