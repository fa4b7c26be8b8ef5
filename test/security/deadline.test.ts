// A data breach must be notified within 72 hours of detection (playbook: follow breach notification
// procedures). Firebreak reminds 24 hours and 4 hours before, marks a missed deadline once, and stops
// as soon as notification is recorded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY } from '../../src/config/default-security.js';
import { SECURITY_TYPES } from '../../src/config/types.js';
import { notificationDeadline } from '../../src/domain/security/deadline.js';
import { procedureChecklist } from '../../src/domain/security/procedures.js';
import { Breach, DETECTED, when } from './breach-clock.js';

describe('a confirmed data breach detected Monday 10:00 (deadline Thursday 10:00)', () => {
  it('is due for notification 72 hours after detection', () => {
    expect(notificationDeadline(DETECTED, { security: DEFAULT_SECURITY }).toISOString()).toBe(when('Thu 10:00'));
  });

  it('reminds 24 hours and 4 hours before the deadline, once each, then marks the breach once', () => {
    const breach = new Breach();
    expect(breach.sweep('Mon 10:00')).toEqual([]);
    expect(breach.sweep('Wed 09:59')).toEqual([]);
    expect(breach.sweep('Wed 10:05')).toEqual(['reminder 24h due Wed 10:00, 5 min late, 1435 min left']);
    expect(breach.sweep('Wed 10:05')).toEqual([]);
    expect(breach.sweep('Wed 18:00')).toEqual([]);
    expect(breach.sweep('Thu 06:00')).toEqual(['reminder 4h due Thu 06:00, 0 min late, 240 min left']);
    expect(breach.sweep('Thu 09:00')).toEqual([]);
    expect(breach.sweep('Thu 10:12')).toEqual(['breach due Thu 10:00, 12 min late, -12 min left']);
    expect(breach.sweep('Thu 11:00')).toEqual([]);
    expect(breach.sweep('Fri 10:00')).toEqual([]);
    expect(breach.nextDue('Fri 10:00')).toBeNull();
  });

  it('a late sweep fires only the latest reminder, not every one it missed', () => {
    const breach = new Breach();
    expect(breach.sweep('Thu 07:00')).toEqual(['reminder 4h due Thu 06:00, 60 min late, 180 min left']);
    expect(breach.sweep('Thu 08:00')).toEqual([]);
  });

  it('a sweep after the deadline marks the breach and sends no reminder', () => {
    const breach = new Breach();
    expect(breach.sweep('Fri 09:00')).toEqual(['breach due Thu 10:00, 1380 min late, -1380 min left']);
    expect(breach.sweep('Fri 09:30')).toEqual([]);
  });

  it('nothing is due once notification is recorded', () => {
    const breach = new Breach();
    breach.sweep('Wed 10:00');
    breach.notified('Wed 15:00');
    expect(breach.sweep('Thu 06:00')).toEqual([]);
    expect(breach.sweep('Fri 10:00')).toEqual([]);
    expect(breach.nextDue('Wed 15:00')).toBeNull();
  });

  it('notification recorded before the first reminder silences the clock entirely', () => {
    const breach = new Breach();
    breach.notified('Mon 18:00');
    for (const time of ['Wed 10:00', 'Thu 06:00', 'Thu 10:00', 'Fri 10:00']) expect(breach.sweep(time)).toEqual([]);
  });

  it('resolving the incident does not discharge the duty to notify', () => {
    const breach = new Breach();
    breach.resolve('Tue 12:00');
    expect(breach.sweep('Wed 10:00')).toEqual(['reminder 24h due Wed 10:00, 0 min late, 1440 min left']);
  });

  it('the next due instant walks reminder, reminder, deadline, then nothing', () => {
    const breach = new Breach();
    expect(breach.nextDue('Mon 10:00')).toBe(when('Wed 10:00'));
    breach.sweep('Wed 10:00');
    expect(breach.nextDue('Wed 10:00')).toBe(when('Thu 06:00'));
    breach.sweep('Thu 06:00');
    expect(breach.nextDue('Thu 06:00')).toBe(when('Thu 10:00'));
    breach.sweep('Thu 10:00');
    expect(breach.nextDue('Thu 10:00')).toBeNull();
  });

  it('an unrecorded due action keeps the next due instant at or before now', () => {
    expect(new Breach().nextDue('Wed 12:00')).toBe(when('Wed 10:00'));
  });
});

describe('other cases', () => {
  it('a suspected data breach is on the clock too, until it is resolved as ruled out', () => {
    const breach = new Breach({ confirmed: false });
    expect(breach.sweep('Wed 10:00')).toEqual(['reminder 24h due Wed 10:00, 0 min late, 1440 min left']);
    breach.resolve('Wed 12:00');
    expect(breach.sweep('Thu 10:00')).toEqual([]);
    expect(breach.nextDue('Thu 10:00')).toBeNull();
  });

  it.each(SECURITY_TYPES.filter((type) => type !== 'data-breach'))(
    'a %s incident has no notification clock',
    (type) => {
      const breach = new Breach({ type });
      expect(breach.sweep('Fri 10:00')).toEqual([]);
      expect(breach.nextDue('Mon 10:00')).toBeNull();
    },
  );

  it('a reminder longer than the whole window is due at detection', () => {
    const breach = new Breach({ config: { security: { notificationDeadline: 48 * 60, reminders: [72 * 60, 60] } } });
    expect(breach.sweep('Mon 10:01')).toEqual(['reminder 72h due Mon 10:00, 1 min late, 2879 min left']);
    expect(breach.sweep('Wed 09:00')).toEqual(['reminder 1h due Wed 09:00, 0 min late, 60 min left']);
    expect(breach.sweep('Wed 10:00')).toEqual(['breach due Wed 10:00, 0 min late, 0 min left']);
  });

  it('keys name the response cycle, so a reopened breach gets its own clock', () => {
    const breach = new Breach();
    breach.sweep('Wed 10:00');
    breach.notified('Wed 12:00');
    breach.reopen('Thu 10:00');
    const [reminder] = breach.due('2026-03-07T10:00:00Z');
    expect(reminder).toMatchObject({
      kind: 'deadline-reminder',
      key: 'security:deadline:1:reminder:1440',
      minutesBefore: 1440,
    });
    expect(breach.sweep('Thu 10:00')).toEqual([]);
  });

  it('keys are security:deadline:<cycle>:reminder:<minutes before> and security:deadline:<cycle>:breach', () => {
    const breach = new Breach();
    expect(breach.due('Thu 06:00').map((action) => action.key)).toEqual(['security:deadline:0:reminder:240']);
    expect(breach.due('Thu 10:00').map((action) => action.key)).toEqual(['security:deadline:0:breach']);
  });
});

describe('properties of the clock', () => {
  const sweepTimes = fc
    .array(fc.integer({ min: 0, max: 5 * 24 * 60 }), { maxLength: 40 })
    .map((minutes) =>
      [...minutes].sort((a, b) => a - b).map((m) => new Date(Date.parse(DETECTED) + m * 60_000).toISOString()),
    );

  it('however the sweeps fall: nothing fires twice, nothing fires early, the breach is marked once if a sweep comes after the deadline', () => {
    fc.assert(
      fc.property(sweepTimes, fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 })), (times, notifyAfter) => {
        const breach = new Breach();
        const notifiedAt =
          notifyAfter === null ? null : new Date(Date.parse(DETECTED) + notifyAfter * 60_000).toISOString();
        const fired: string[] = [];
        for (const time of times) {
          if (notifiedAt !== null && breach.notifiedAt === null && notifiedAt <= time) breach.notified(notifiedAt);
          const actions = breach.due(time);
          for (const action of actions) expect(action.due.getTime()).toBeLessThanOrEqual(Date.parse(time));
          if (actions.length === 0) {
            const next = breach.nextDue(time);
            if (next !== null) expect(next > time).toBe(true);
          }
          breach.sweep(time);
          fired.push(...actions.map((action) => action.key));
        }
        expect(new Set(fired).size).toBe(fired.length);
        const deadline = when('Thu 10:00');
        // The first sweep at or after the deadline marks it, unless notification came first.
        const firstLate = times.find((time) => time >= deadline);
        const breachExpected = firstLate !== undefined && (notifiedAt === null || notifiedAt > firstLate);
        expect(fired.includes('security:deadline:0:breach')).toBe(breachExpected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('procedures', () => {
  it('every type has the checklist from config; data breaches follow breach notification procedures', () => {
    const config = { security: DEFAULT_SECURITY };
    for (const type of SECURITY_TYPES) {
      const checklist = procedureChecklist(type, config);
      expect(checklist.title).toBe(DEFAULT_SECURITY.procedures[type].title);
      expect(checklist.steps).toContain('Notify the security team');
    }
    const breach = procedureChecklist('data-breach', config);
    expect(breach.title).toBe('Data breach response');
    expect(breach.steps[0]).toBe('Isolate affected systems immediately');
    expect(breach.steps.at(-1)).toMatch(/breach notification procedures/);
  });

  it('the checklist is a copy: ticking it off does not change the config', () => {
    const config = structuredClone({ security: DEFAULT_SECURITY });
    procedureChecklist('ddos', config).steps.push('extra');
    expect(config.security.procedures.ddos.steps).not.toContain('extra');
  });
});
