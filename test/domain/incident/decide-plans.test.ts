// Golden plans of `decideIncident` on the playbook defaults: triage at each severity P0–P4, what the
// clock makes due (escalation steps due and not yet due, a late run, reminders), acknowledgement and
// mitigation stopping escalation, the issue closed or reopened by hand, and security incidents. Each case
// builds the thread step by step with the real decision (test/domain/incident/plan-world.ts) and compares
// the whole plan of its last step with test/domain/golden/decide/<case>.txt.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/domain/incident/decide-plans.test.ts
import { describe, expect, test } from 'vitest';
import { decideIncident } from '../../../src/domain/incident/decide.js';
import { golden } from '../golden.js';
import { SEVERITY_ANSWER, commentKeys, filed, kinds, p0, p1, securityForm, type DecideCase } from './plan-cases.js';
import { decisionText } from './plan-text.js';
import { PlanWorld, formBody } from './plan-world.js';

const cases: DecideCase[] = [
  {
    file: 'triage/p0-complete-outage.txt',
    title: 'P0: a complete outage for all users, filed with the form; the on-call engineer is paged at once',
    run: () => p0().decide(0),
    check: (d) => {
      expect(d.state?.severity).toBe('P0');
      expect(d.state?.commander).not.toBeNull();
      expect(d.state?.keys.has('escalation:0:on-call')).toBe(true);
      expect(d.nextDue?.toISOString()).toBe('2026-03-02T10:05:00.000Z');
    },
  },
  {
    file: 'triage/p1-major-functionality.txt',
    title: 'P1: major functionality down for a significant share of users',
    run: () => p1().decide(0),
    check: (d) => {
      expect(d.state?.severity).toBe('P1');
      expect(d.nextUrgent?.toISOString()).toBe('2026-03-02T10:15:00.000Z');
    },
  },
  {
    file: 'triage/p2-workaround-caps.txt',
    title: 'P2: the rules read P1 (major functionality) but a workaround exists, which caps them at P2',
    run: () =>
      filed('Invoices cannot be downloaded', {
        'what-happened': 'Major functionality impacted: the invoice download button fails.',
        severity: 'Not sure',
        'who-is-affected': 'Customers downloading invoices',
        workaround: 'Yes',
      }).decide(0),
    check: (d) => {
      expect(d.state?.severity).toBe('P2');
      expect(d.state?.reportedSeverity).toBeNull();
      expect(d.state?.severityReason).toContain('P2');
    },
  },
  {
    file: 'triage/p3-cosmetic.txt',
    title: 'P3: cosmetic, no functional impact; only the on-call step applies',
    run: () =>
      filed('Footer logo is blurry', {
        'what-happened': 'The footer logo renders blurry on retina screens.',
        severity: SEVERITY_ANSWER.P3,
        'who-is-affected': 'Everyone looking at the footer',
        workaround: 'Unknown',
      }).decide(0),
    check: (d) => expect(d.state?.severity).toBe('P3'),
  },
  {
    file: 'triage/p4-observation.txt',
    title: 'P4: an observation; no response target, no escalation step, nothing falls due',
    run: () =>
      filed('Disk usage grows faster than usual', {
        'what-happened': 'Disk usage on the build cache grows about 2% a day more than last month.',
        severity: SEVERITY_ANSWER.P4,
        'who-is-affected': 'Nobody yet',
        workaround: 'Unknown',
      }).decide(0),
    check: (d) => {
      expect(d.state?.severity).toBe('P4');
      expect([...(d.state?.keys ?? [])].some((k) => k.startsWith('escalation:'))).toBe(false);
      expect(d.nextDue).toBeNull();
      expect(d.nextUrgent).toBeNull();
    },
  },
  {
    file: 'triage/labelled-by-hand.txt',
    title: 'An issue labelled `incident` by hand without the form: the default severity and what is missing',
    run: () =>
      new PlanWorld({ title: 'Emails are not being sent', labels: ['incident'], body: 'No emails since noon.' }).decide(
        0,
      ),
    check: (d) => {
      expect(d.state?.severity).toBe('P2');
      expect(commentKeys(d)).toContain('intake-problems');
    },
  },
  {
    file: 'triage/not-an-incident.txt',
    title: 'An issue with no incident, security or severity label: nothing to do',
    run: () => new PlanWorld({ title: 'Add dark mode', labels: ['enhancement'] }).decide(0),
    check: (d) => {
      expect(d.plan.writes).toEqual([]);
      expect(d.state).toBeNull();
    },
  },
  {
    file: 'escalation/p1-manager-not-due.txt',
    title: 'P1 unacknowledged at 14 minutes: the engineering manager is not due yet, nothing is written',
    run: () => {
      const world = p1();
      world.decide(0);
      world.decide(1);
      return world.decide(14);
    },
    check: (d) => {
      expect(commentKeys(d)).toEqual([]);
      expect(kinds(d)).not.toContain('summary');
      expect(d.nextDue?.toISOString()).toBe('2026-03-02T10:15:00.000Z');
    },
  },
  {
    file: 'escalation/p1-manager-due.txt',
    title: 'P1 unacknowledged at 15 minutes: the engineering manager step is due and paged',
    run: () => {
      const world = p1();
      world.decide(0);
      return world.decide(15);
    },
    check: (d) => {
      expect(commentKeys(d)).toEqual(['escalation:0:engineering-manager']);
      expect(d.state?.keys.has('escalation:0:engineering-manager')).toBe(true);
    },
  },
  {
    file: 'escalation/p0-late-run.txt',
    title: 'P0 with no run for 65 minutes: every step that fell due is paged in one comment, each with its lateness',
    run: () => {
      const world = p0();
      world.decide(0);
      return world.decide(65);
    },
    check: (d) => {
      expect(commentKeys(d)).toContain('escalation:0:engineering-manager+escalation:0:cto+escalation:0:ceo');
      expect(commentKeys(d)).toContain('breach:0:response');
      expect(d.nextUrgent).toBeNull();
    },
  },
  {
    file: 'escalation/p1-acknowledged-stops.txt',
    title: 'P1 acknowledged at 5 minutes: at 20 minutes the engineering manager is not paged',
    run: () => {
      const world = p1();
      world.decide(0);
      world.say('erik', 5, '/ack');
      world.decide(5);
      return world.decide(20);
    },
    check: (d) => {
      expect(d.state?.acknowledgedBy).toBe('erik');
      expect(d.state?.keys.has('escalation:0:engineering-manager')).toBe(false);
      expect(commentKeys(d)).toEqual([]);
    },
  },
  {
    file: 'escalation/p0-acknowledged-continues.txt',
    title: 'P0 acknowledged at 3 minutes: escalation goes on until mitigated, the manager is paged at 15',
    run: () => {
      const world = p0();
      world.decide(0);
      world.say('erik', 3, '/ack');
      world.decide(3);
      return world.decide(16);
    },
    check: (d) => {
      expect(d.state?.acknowledgedAt).not.toBeNull();
      expect(d.state?.keys.has('escalation:0:engineering-manager')).toBe(true);
    },
  },
  {
    file: 'escalation/p0-mitigated-stops.txt',
    title: 'P0 mitigating at 10 minutes: at 31 minutes neither the manager nor the CTO is paged',
    run: () => {
      const world = p0();
      world.decide(0);
      world.say('dana', 10, '/status mitigating rolled back the 09:55 deploy');
      world.decide(10);
      return world.decide(31);
    },
    check: (d) => {
      expect(d.state?.status).toBe('mitigating');
      expect(d.state?.keys.has('escalation:0:engineering-manager')).toBe(false);
      expect(d.state?.keys.has('escalation:0:cto')).toBe(false);
    },
  },
  {
    file: 'escalation/p3-no-manager-step.txt',
    title: 'P3 unacknowledged at 16 minutes: the manager step does not apply to P3, nothing is paged',
    run: () => {
      const world = filed('Typo on the pricing page', {
        'what-happened': 'The pricing page says "anual".',
        severity: SEVERITY_ANSWER.P3,
        'who-is-affected': 'Visitors of the pricing page',
        workaround: 'Unknown',
      });
      world.decide(0);
      return world.decide(16);
    },
    check: (d) => {
      expect(d.state?.severity).toBe('P3');
      expect(commentKeys(d)).toEqual([]);
      expect(d.nextDue?.toISOString()).toBe('2026-03-03T10:00:00.000Z');
    },
  },
  {
    file: 'escalation/p1-update-reminder.txt',
    title: 'P1 acknowledged but with no status update for an hour: the update reminder is due',
    run: () => {
      const world = p1();
      world.decide(0);
      world.say('erik', 5, '/ack');
      world.decide(5);
      return world.decide(61);
    },
    check: (d) => expect(commentKeys(d).some((k) => k.startsWith('reminder:'))).toBe(true),
  },
  {
    file: 'lifecycle/closed-by-hand.txt',
    title: 'A P1 issue closed by hand: the incident is resolved by whoever closed it',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('dana', 30, { event: 'closed' });
      return world.decide(30);
    },
    check: (d) => {
      expect(d.state?.status).toBe('resolved');
      expect(d.state?.events.at(-1)).toMatchObject({ type: 'resolved', by: 'dana' });
    },
  },
  {
    file: 'lifecycle/reopened-by-hand.txt',
    title: 'A resolved P1 reopened by hand by a writer: a new response cycle, the on-call engineer is paged again',
    run: () => {
      const world = p1();
      world.decide(0);
      world.say('dana', 20, '/resolve the index was rebuilt');
      world.decide(20);
      world.byHand('dana', 90, { event: 'reopened' });
      return world.decide(90);
    },
    check: (d) => {
      expect(d.state?.status).toBe('investigating');
      expect(d.state?.cycle).toBe(1);
      expect(d.state?.keys.has('escalation:1:on-call')).toBe(true);
    },
  },
  {
    file: 'lifecycle/reopened-without-permission.txt',
    title: 'A resolved P1 reopened by hand by someone with triage (reopening needs write): the issue is closed again',
    run: () => {
      const world = p1();
      world.decide(0);
      world.say('dana', 20, '/resolve the index was rebuilt');
      world.decide(20);
      world.byHand('erik', 90, { event: 'reopened' });
      return world.decide(90);
    },
    check: (d) => {
      expect(d.state?.status).toBe('resolved');
      expect(d.plan.writes[0]).toMatchObject({ kind: 'issueState', state: 'closed' });
    },
  },
  {
    file: 'outside/closed-without-permission.txt',
    title:
      'A P2 issue closed by hand by someone with triage (resolving needs write): it is reopened, the incident stays open',
    run: () => {
      const world = filed('Exports are slow', {
        'what-happened': 'Performance issues: CSV exports take minutes.',
        severity: SEVERITY_ANSWER.P2,
        'who-is-affected': 'Accountants',
        workaround: 'No',
      });
      world.decide(0);
      world.byHand('erik', 12, { event: 'closed' });
      return world.decide(12);
    },
    check: (d) => {
      expect(d.state?.status).toBe('investigating');
      expect(d.plan.writes[0]).toMatchObject({ kind: 'issueState', state: 'open' });
    },
  },
  {
    file: 'outside/severity-label-by-writer.txt',
    title: 'A writer adds the `severity:P0` label to a P1: the incident follows, the P0 clocks apply',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('dana', 8, { event: 'labeled', label: 'severity:P0' });
      return world.decide(8);
    },
    check: (d) => {
      expect(d.state?.severity).toBe('P0');
      expect(d.state?.events.at(-1)).toMatchObject({
        type: 'severity',
        from: 'P1',
        to: 'P0',
        source: 'label',
        by: 'dana',
      });
    },
  },
  {
    file: 'outside/severity-label-by-triage.txt',
    title: 'Someone with triage adds `severity:P3` to a P1 (severity needs write): the label is put back',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('erik', 8, { event: 'labeled', label: 'severity:P3' });
      return world.decide(8);
    },
    check: (d) => {
      expect(d.state?.severity).toBe('P1');
      expect(commentKeys(d).some((k) => k.startsWith('reverted:'))).toBe(true);
    },
  },
  {
    file: 'outside/status-label-by-triage.txt',
    title: 'Someone with triage adds `status:mitigating`: followed as `/status mitigating` would be',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('erik', 9, { event: 'labeled', label: 'status:mitigating' });
      return world.decide(9);
    },
    check: (d) => {
      expect(d.state?.status).toBe('mitigating');
      expect(d.state?.acknowledgedBy).toBe('erik');
    },
  },
  {
    file: 'outside/status-label-resolved.txt',
    title: 'A writer adds `status:resolved`: a label does not resolve an incident, the status label is put back',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('dana', 9, { event: 'labeled', label: 'status:resolved' });
      return world.decide(9);
    },
    check: (d) => {
      expect(d.state?.status).toBe('investigating');
      expect(commentKeys(d).some((k) => k.startsWith('reverted:'))).toBe(true);
    },
  },
  {
    file: 'outside/assigned-by-writer.txt',
    title: 'A writer assigns mona: mona is the new incident commander',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('dana', 7, { event: 'assigned', assignee: 'mona' });
      return world.decide(7);
    },
    check: (d) => {
      expect(d.state?.commander).toBe('mona');
      expect(kinds(d)).toContain('assign');
    },
  },
  {
    file: 'outside/assigned-by-triage.txt',
    title: 'Someone with triage assigns themselves (naming the commander needs write): the commander is put back',
    run: () => {
      const world = p1();
      world.decide(0);
      world.byHand('rita', 7, { event: 'assigned', assignee: 'rita' });
      return world.decide(7);
    },
    check: (d) => {
      expect(d.state?.commander).toBe('erik');
      expect(d.plan.writes).toContainEqual(expect.objectContaining({ kind: 'assign', add: [], remove: ['rita'] }));
    },
  },
  {
    file: 'security/private-repository.txt',
    title: 'A confirmed unauthorized access filed with the security form in a private repository',
    run: () => {
      const answers = {
        type: 'Unauthorized access',
        confirmed: 'Confirmed',
        'data-at-risk': 'Customer emails',
        systems: 'The admin console',
        detection: 'An alert on admin logins from an unknown country',
      };
      return new PlanWorld({
        title: 'Admin console accessed from an unknown location',
        labels: ['security'],
        body: formBody(answers),
        form: securityForm(answers),
      }).decide(0);
    },
    check: (d) => {
      expect(d.state?.security).toBe(true);
      expect(d.state?.securityProfile).toEqual({ type: 'unauthorized-access', confirmed: true });
      expect(kinds(d)).not.toContain('editIssue');
    },
  },
  {
    file: 'security/public-repository.txt',
    title: 'A suspected data breach reported in a public repository: details move to the private repository',
    run: () => {
      const answers = {
        type: 'Data breach',
        confirmed: 'Suspected',
        'data-at-risk': 'Order history of some customers',
        systems: 'orders-db replica',
        detection: 'A researcher emailed us a sample',
      };
      return new PlanWorld({
        title: 'Order history visible to other customers',
        labels: ['security'],
        body: formBody(answers),
        form: securityForm(answers),
        publicRepository: true,
        privateRepository: 'acme/security-incidents',
      }).decide(0);
    },
    check: (d) => {
      expect(d.state?.restricted).not.toBeNull();
      expect(d.state?.title).toBe('Security incident #42');
      expect(kinds(d)).toEqual(expect.arrayContaining(['privateIncident', 'editIssue']));
    },
  },
  {
    file: 'security/breach-deadline.txt',
    title: 'A confirmed data breach, mitigated but not notified: 24 hours before the 72-hour deadline, a reminder',
    run: () => {
      const answers = {
        type: 'Data breach',
        confirmed: 'Confirmed',
        'data-at-risk': 'Customer addresses',
        systems: 'The export job',
        detection: 'A customer found their address in a public bucket',
      };
      const world = new PlanWorld({
        title: 'Customer addresses in a public bucket',
        labels: ['security'],
        body: formBody(answers),
        form: securityForm(answers),
      });
      world.decide(0);
      world.say('dana', 4, '/status mitigating the bucket is private again');
      world.decide(4);
      return world.decide(48 * 60);
    },
    check: (d) => {
      expect(d.state?.securityProfile).toEqual({ type: 'data-breach', confirmed: true });
      expect(d.state?.notifiedAt).toBeNull();
      expect(commentKeys(d).some((k) => k.startsWith('security'))).toBe(true);
    },
  },
];

describe('decideIncident plans match their golden files', () => {
  test.each(cases)('$file', ({ file, title, run, check }) => {
    const decision = run();
    golden(`decide/${file}`, decisionText(title, decision));
    check(decision);
  });
});

describe('the same facts give the same plan', () => {
  test('deciding twice on one thread and clock writes the same text', () => {
    const world = p1();
    world.decide(0);
    world.say('erik', 5, '/ack');
    const once = decisionText('a', decideIncident(world.facts(5)));
    expect(once).toContain('recorded in the summary');
    expect(decisionText('a', decideIncident(world.facts(5)))).toBe(once);
  });
});
