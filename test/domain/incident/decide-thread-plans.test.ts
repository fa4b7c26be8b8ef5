// Golden plans of `decideIncident` around the thread and the outside world: notification channels (a
// page to Slack, a failed delivery retried), incidents opened from monitoring alerts (cleared, refired,
// acknowledged at the source), Firebreak comments a person edited, duplicates left by racing runs,
// facts copied out of the live summary, the public status page, and security reports (keywords only,
// a vulnerability with advisories, a hidden report pasted back). Compared with
// test/domain/golden/decide/<case>.txt; after an intended change:
// UPDATE_GOLDEN=1 npx vitest run test/domain/incident/decide-thread-plans.test.ts
import { describe, expect, test } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { alertBody, type AlertRecord } from '../../../src/domain/alerts/record.js';
import { normalise } from '../../../src/domain/alerts/recognise.js';
import { classifyAlert } from '../../../src/domain/alerts/rules.js';
import type { Alert } from '../../../src/domain/alerts/types.js';
import type { AlertStepFacts } from '../../../src/domain/incident/alert-step.js';
import { golden } from '../golden.js';
import { SEVERITY_ANSWER, commentKeys, filed, kinds, p0, p1, securityForm, type DecideCase } from './plan-cases.js';
import { decisionText } from './plan-text.js';
import { BOT, PlanWorld, formBody, playbook } from './plan-world.js';

/** The playbook with a service catalogue and one Slack channel for P0–P2. */
const withSlack = (config: Config) => {
  config.services.checkout = {
    id: 'checkout',
    name: 'Checkout',
    runbooks: [],
    paths: [],
  };
  config.channels.incidents = {
    id: 'incidents',
    type: 'slack',
    urlFrom: 'SLACK_INCIDENTS',
    severities: ['P0', 'P1', 'P2'],
  };
};

/** A monitoring alert (the generic shape), with its classification and the record of its deliveries. */
function alertFacts(config: Config, record: AlertRecord, more: Partial<AlertStepFacts> = {}): AlertStepFacts {
  const read = normalise({
    title: 'HighErrorRate checkout',
    status: record.status === 'resolved' ? 'resolved' : 'firing',
    key: 'checkout-errors',
    severity: 'critical',
    service: 'checkout',
  });
  if (!read.ok) throw new Error(read.error);
  const alert = read.alerts[0] as Alert;
  const classified = classifyAlert(alert, config.alerts);
  return {
    record,
    render: (r) => alertBody(alert, classified, r),
    cleared: false,
    reopen: false,
    title: alert.title,
    ...more,
  };
}

const firing = (at: string): AlertRecord => ({
  v: 1,
  key: 'checkout-errors',
  source: 'generic',
  status: 'firing',
  count: 1,
  flaps: 0,
  firstAt: at,
  lastAt: at,
  clearedAt: null,
  resolvedByAlert: false,
});

/** An incident Firebreak opened from an alert (its description is the alert's record), triaged at 0. */
function fromAlert(): PlanWorld {
  const world = new PlanWorld({
    title: 'HighErrorRate checkout',
    labels: ['incident', 'alert', 'severity:P1'],
    author: BOT,
  });
  const facts = alertFacts(world.config, firing(world.at(0).toISOString()));
  world.issue.body = facts.render(facts.record);
  world.decide(0, { alert: facts });
  return world;
}

function cleared(world: PlanWorld, minutes: number): AlertStepFacts {
  const at = world.at(minutes).toISOString();
  return alertFacts(
    world.config,
    { ...firing(world.at(0).toISOString()), status: 'resolved', clearedAt: at },
    { cleared: true },
  );
}

/** The `/ack` comment of the facts-copied case. */
let ack = 0;

const cases: DecideCase[] = [
  {
    file: 'channels/p1-service-slack.txt',
    title: 'P1 on a catalogued service with a Slack channel: the page goes to the channel, the service label is set',
    run: () => {
      const world = filed(
        'Checkout payments fail',
        {
          'what-happened': 'Major functionality impacted: card payments fail at checkout.',
          severity: SEVERITY_ANSWER.P1,
          'who-is-affected': 'Everyone paying by card',
          workaround: 'No',
          services: 'Checkout',
          'started-at': '2026-03-02 09:40',
        },
        { config: playbook(withSlack) },
      );
      return world.decide(0);
    },
    check: (d) => {
      expect(d.state?.services).toEqual(['checkout']);
      expect(d.state?.startedAt).toBe('2026-03-02T09:40:00Z');
      expect(kinds(d)).toContain('notify');
    },
  },
  {
    file: 'channels/failed-delivery-retried.txt',
    title: 'The alert to Slack failed: the next run sends it again, and the summary says so',
    run: () => {
      const world = p1({ config: playbook(withSlack) });
      world.decide(0);
      world.deliver('alert', 'opened', 'incidents', 0, 'HTTP 503 from hooks.slack.com');
      return world.decide(3);
    },
    check: (d) => {
      expect(d.plan.writes).toContainEqual(
        expect.objectContaining({ kind: 'notify', channel: 'incidents', retry: true, claimKey: 'alert' }),
      );
      expect(d.state?.deliveries['opened|incidents']).toMatchObject({ ok: false, attempts: 1 });
    },
  },
  {
    file: 'channels/cto-step-to-channel.txt',
    title: 'P0 at 30 minutes where the CTO step also posts to a leadership channel: the channel hears who is paged',
    run: () => {
      const world = p0({
        config: playbook((c) => {
          withSlack(c);
          c.channels.leadership = { id: 'leadership', type: 'slack', urlFrom: 'SLACK_LEADERSHIP', severities: ['P0'] };
          c.policies.default?.steps[2]?.targets.push({ kind: 'channel', channel: 'leadership' });
        }),
      });
      world.decide(0);
      world.decide(16);
      return world.decide(30);
    },
    check: (d) => {
      const page = d.plan.writes.find((w) => w.kind === 'notify' && w.channel === 'leadership');
      expect(page?.kind === 'notify' && page.notification.text).toMatch(/^CTO is paged for incident #42 \(P0\)/);
    },
  },
  {
    file: 'alerts/cleared-unacknowledged.txt',
    title: 'An alert that cleared before anyone acknowledged its incident: the incident is resolved and closed',
    run: () => {
      const world = fromAlert();
      return world.decide(12, { alert: cleared(world, 12) });
    },
    check: (d) => {
      expect(d.state?.status).toBe('resolved');
      expect(d.plan.writes).toContainEqual(expect.objectContaining({ kind: 'issueState', state: 'closed' }));
    },
  },
  {
    file: 'alerts/cleared-acknowledged.txt',
    title: 'An alert that cleared after someone acknowledged: the incident stays open for `/resolve`',
    run: () => {
      const world = fromAlert();
      world.say('erik', 4, '/ack');
      world.decide(4);
      return world.decide(12, { alert: cleared(world, 12) });
    },
    check: (d) => {
      expect(d.state?.status).toBe('investigating');
      expect(commentKeys(d)).toEqual(['alert-cleared:2026-03-02T10:12:00.000Z']);
    },
  },
  {
    file: 'alerts/refired-after-resolution.txt',
    title: 'An alert that fires again after its clearing resolved the incident: the incident is reopened',
    run: () => {
      const world = fromAlert();
      world.decide(12, { alert: cleared(world, 12) });
      const refired = { ...firing(world.at(0).toISOString()), count: 2, lastAt: world.at(30).toISOString() };
      return world.decide(30, { alert: alertFacts(world.config, refired, { reopen: true }) });
    },
    check: (d) => {
      expect(d.state?.cycle).toBe(1);
      expect(d.plan.writes).toContainEqual(expect.objectContaining({ kind: 'issueState', state: 'open' }));
    },
  },
  {
    file: 'alerts/acknowledged-at-source.txt',
    title: 'The alert was acknowledged in the monitoring tool: the incident is acknowledged, escalation stops',
    run: () => {
      const world = fromAlert();
      const acked: AlertRecord = { ...firing(world.at(0).toISOString()), status: 'acknowledged' };
      return world.decide(6, { alert: alertFacts(world.config, acked) });
    },
    check: (d) => expect(d.state?.acknowledgedBy).toBe('generic'),
  },
  {
    file: 'thread/alert-comment-edited.txt',
    title:
      "Someone edited the text of Firebreak's internal alert: a notice, and the state continues from the summary's copy",
    run: () => {
      const world = p1();
      world.decide(0);
      world.decide(1);
      const alert = world.thread().trusted.find((t) => t.record.key === 'alert');
      if (alert) alert.comment.body = alert.comment.body.replace('"severity":"P1"', '"severity":"P4"');
      return world.decide(5);
    },
    check: (d) => {
      expect(commentKeys(d).some((k) => k.startsWith('damaged:'))).toBe(true);
      expect(d.state?.severity).toBe('P1');
    },
  },
  {
    file: 'thread/duplicate-escalation.txt',
    title: 'Two racing runs both posted the manager escalation: the later copy is deleted',
    run: () => {
      const world = p1();
      world.decide(0);
      world.decide(15);
      const escalation = world.thread().trusted.find((t) => t.record.key === 'escalation:0:engineering-manager');
      if (escalation) world.comments.push({ ...escalation.comment, id: 9001 });
      return world.decide(16);
    },
    check: (d) =>
      expect(d.plan.writes).toContainEqual(expect.objectContaining({ kind: 'deleteComment', commentId: 9001 })),
  },
  {
    file: 'thread/facts-copied-to-reply.txt',
    title: "An `/ack` kept in the live summary's record is copied into the next reply Firebreak posts",
    run: () => {
      const world = p1();
      world.decide(0);
      ack = world.say('erik', 4, '/ack');
      world.decide(4);
      world.say('erik', 9, '/update rebuilding the search index');
      return world.decide(9);
    },
    check: (d) => {
      const reply = d.plan.writes.find((w) => w.kind === 'comment' && w.key.startsWith('reply:'));
      const held = reply?.kind === 'comment' ? reply.text.messages.find((m) => m.record)?.record : undefined;
      expect(held?.facts?.map((f) => f.replyTo)).toEqual([ack]);
    },
  },
  {
    file: 'status-page/publish.txt',
    title: '`/publish` by a writer: the status page is written first, then the reply',
    run: () => {
      const world = p0();
      world.decide(0);
      world.say('dana', 10, '/publish We are investigating failed checkouts.');
      return world.decide(10);
    },
    check: (d) => {
      expect(d.plan.writes[0]).toMatchObject({ kind: 'statusPage', branch: 'gh-pages' });
      expect(d.state?.events.find((e) => e.type === 'published')).toMatchObject({
        status: 'investigating',
        by: 'dana',
      });
    },
  },
  {
    file: 'security/keywords-only.txt',
    title: 'A confirmed data breach described in an `incident` issue without the security form: security by its words',
    run: () =>
      filed('Confirmed data breach in the reporting export', {
        'what-happened': 'Data breach confirmed: the reporting export was readable without login.',
        severity: 'Not sure',
        'who-is-affected': 'Customers with reports',
        workaround: 'No',
      }).decide(0),
    check: (d) => {
      expect(d.state?.security).toBe(true);
      expect(d.state?.securityProfile).toEqual({ type: 'data-breach', confirmed: true });
      expect(d.state?.severity).toBe('P0');
    },
  },
  {
    file: 'security/notification-deadline-missed.txt',
    title:
      'A confirmed data breach resolved but never notified: past 72 hours the missed deadline is said and labelled',
    run: () => {
      const answers = { type: 'Data breach', confirmed: 'Confirmed', systems: 'The export job' };
      const world = new PlanWorld({
        title: 'Export job wrote addresses to a public bucket',
        labels: ['security'],
        body: formBody(answers),
        form: securityForm(answers),
      });
      world.decide(0);
      world.say('dana', 30, '/resolve bucket closed, copies deleted');
      world.decide(30);
      return world.decide(72 * 60 + 1);
    },
    check: (d) => {
      expect(d.state?.status).toBe('resolved');
      expect(d.state?.keys.has('security:deadline:0:breach')).toBe(true);
    },
  },
  {
    file: 'security/vulnerability-advisory.txt',
    title: 'A vulnerability report with advisories enabled: a draft security advisory is opened',
    run: () => {
      const answers = {
        type: 'Vulnerability report',
        confirmed: 'Suspected',
        systems: 'The password reset endpoint',
        detection: 'A researcher wrote to security@',
      };
      return new PlanWorld({
        config: playbook((c) => {
          c.security.advisories = true;
        }),
        title: 'Password reset tokens can be guessed',
        labels: ['security'],
        body: formBody(answers),
        form: securityForm(answers),
      }).decide(0);
    },
    check: (d) => {
      expect(d.plan.writes).toContainEqual(expect.objectContaining({ kind: 'advisory', key: 'advisory' }));
      expect(d.state?.securityProfile?.type).toBe('vulnerability');
    },
  },
  {
    file: 'security/report-pasted-back.txt',
    title: 'The hidden report of a public security incident is pasted back into the issue: it is hidden again',
    run: () => {
      const answers = { type: 'Unauthorized access', confirmed: 'Suspected', systems: 'The admin console' };
      const world = new PlanWorld({
        title: 'Admin login from an unknown country',
        labels: ['security'],
        body: formBody(answers),
        form: securityForm(answers),
        publicRepository: true,
      });
      world.decide(0);
      world.issue.body = formBody(answers);
      return world.decide(20);
    },
    check: (d) => {
      expect(commentKeys(d).some((k) => k.startsWith('restricted:'))).toBe(true);
      expect(kinds(d)).toContain('editIssue');
    },
  },
];

describe('decideIncident plans around the thread match their golden files', () => {
  test.each(cases)('$file', ({ file, title, run, check }) => {
    const decision = run();
    golden(`decide/${file}`, decisionText(title, decision));
    check(decision);
  });
});
