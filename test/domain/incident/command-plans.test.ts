// Golden plans of the command runner (`runPendingCommands`) on the playbook defaults: each case files an
// incident with the real decision (plan-world.ts), then people comment commands, and the runner's whole
// output — replies and reactions, the facts kept for the live summary, the events and the state — is
// compared with test/domain/golden/commands/<case>.txt. Covers acknowledgement, status transitions,
// severity changes, resolve and reopen, refusals below the needed permission, unknown and invalid
// commands, the commands a resolved incident still takes, manual escalation and security evidence.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/domain/incident/command-plans.test.ts
import { describe, expect, test } from 'vitest';
import { routeIncident } from '../../../src/domain/escalation/index.js';
import { onCallFromRotations } from '../../../src/domain/escalation/index.js';
import { runPendingCommands, type Ledger } from '../../../src/domain/incident/commands.js';
import type { Draft } from '../../../src/domain/incident/draft.js';
import type { FiledForm } from '../../../src/domain/incident/intake.js';
import type { IncidentState } from '../../../src/domain/incident/state.js';
import { TemplateRegistry } from '../../../src/render/registry.js';
import { golden } from '../golden.js';
import { commandRunText, rendered } from './plan-text.js';
import { BOT, PEOPLE, PlanWorld, REPOSITORY, formBody, incidentForm, permissionsFor, playbook } from './plan-world.js';

const templates = TemplateRegistry.defaults();

/** An incident filed with the form at minute 0, with the reporter's severity. */
function incident(severity: 'P0' | 'P1' | 'P2' | 'P3'): PlanWorld {
  const answers = {
    'what-happened': 'Payments time out for some customers after the 09:50 deploy.',
    severity: `${severity} - as reported`,
    'who-is-affected': 'Customers paying by card',
    workaround: 'No',
  };
  const world = new PlanWorld({
    title: 'Card payments time out',
    labels: ['incident'],
    body: formBody(answers),
    form: incidentForm(answers),
  });
  world.decide(0);
  return world;
}

function securityIncident(): PlanWorld {
  const answers = {
    type: 'Data breach',
    confirmed: 'Confirmed',
    'data-at-risk': 'Customer addresses',
    systems: 'The export job',
  };
  const form: FiledForm = { kind: 'security', answers, missing: [], invalid: [] };
  const world = new PlanWorld({
    title: 'Addresses in a public bucket',
    labels: ['security'],
    body: formBody(answers),
    form,
  });
  world.decide(0);
  return world;
}

interface Run {
  draft: Draft;
  before: number;
}

/** Runs the pending commands at `minutes` on the state the thread proves, as decideIncident does. */
function runCommands(world: PlanWorld, minutes: number, ledger: Ledger | null = null): Run {
  const thread = world.thread();
  const state = world.state() as IncidentState;
  const draft: Draft = {
    issue: { ...world.issue },
    config: world.config,
    now: world.at(minutes),
    templates,
    onCall: onCallFromRotations(world.config.rotations),
    route: routeIncident(world.config, state.services, state.severity),
    state,
    writes: [],
    notes: [],
    problems: [],
    facts: [],
    confirmations: [],
  };
  runPendingCommands(draft, {
    comments: world.comments,
    answered: thread.answered,
    ran: thread.ran,
    factsKept: thread.facts.length,
    permissions: permissionsFor(world.comments),
    botLogin: BOT,
    defaultBranch: 'main',
    ledger,
    known: Object.keys(PEOPLE),
    repository: REPOSITORY,
  });
  return { draft, before: state.events.length };
}

interface Case {
  file: string;
  title: string;
  run: () => Run;
  check: (run: Run) => void;
}

const replies = ({ draft }: Run) => rendered(draft.writes).flatMap((w) => (w.kind === 'comment' ? [w.body] : []));
const reactions = ({ draft }: Run) =>
  [...draft.writes, ...draft.confirmations].flatMap((w) => (w.kind === 'react' ? [w.content] : []));
const added = ({ draft, before }: Run) => draft.state.events.slice(before);

const cases: Case[] = [
  {
    file: 'ack/fact-only.txt',
    title: '`/ack` alone on a P1: a fact for the live summary and a 👍 once it is recorded, no reply',
    run: () => {
      const world = incident('P1');
      world.say('erik', 4, '/ack');
      return runCommands(world, 4);
    },
    check: (run) => {
      expect(replies(run)).toEqual([]);
      expect(run.draft.facts).toHaveLength(1);
      expect(run.draft.confirmations).toMatchObject([{ kind: 'react', content: '+1', confirms: true }]);
      expect(run.draft.state.acknowledgedBy).toBe('erik');
    },
  },
  {
    file: 'ack/p0-with-update.txt',
    title: '`/ack` with `/update` on a P0: one reply; escalation goes on until the incident is mitigated',
    run: () => {
      const world = incident('P0');
      world.say('erik', 2, '/ack\n/update Looking at the payment gateway logs.');
      return runCommands(world, 2);
    },
    check: (run) => {
      expect(replies(run)).toHaveLength(1);
      expect(replies(run)[0]).toContain('escalation continues until the incident is mitigated');
      expect(run.draft.state.lastUpdateAt).toBe(run.draft.now.toISOString().replace('.000', ''));
    },
  },
  {
    file: 'ack/already-acknowledged.txt',
    title: 'A second `/ack` after erik acknowledged: a reply says who did and when, nothing changes',
    run: () => {
      const world = incident('P2');
      world.say('erik', 4, '/ack');
      world.decide(4);
      world.say('dana', 9, '/ack');
      return runCommands(world, 9);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(replies(run)[0]).toContain('already acknowledged by erik');
    },
  },
  {
    file: 'status/identified-then-mitigating.txt',
    title: '`/status identified` and `/status mitigating` in one comment: both transitions, one reply',
    run: () => {
      const world = incident('P1');
      world.say('erik', 12, '/status identified the new connection pool limit\n/status mitigating rolling back');
      return runCommands(world, 12);
    },
    check: (run) => {
      expect(added(run).map((e) => (e.type === 'status' ? e.to : e.type))).toEqual(['identified', 'mitigating']);
      expect(run.draft.state.mitigatedAt).not.toBeNull();
    },
  },
  {
    file: 'status/same-status-fails.txt',
    title: '`/status investigating` while investigating: the transition fails and says why',
    run: () => {
      const world = incident('P2');
      world.say('erik', 3, '/status investigating');
      return runCommands(world, 3);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(reactions(run)).toEqual(['confused']);
    },
  },
  {
    file: 'severity/upgrade-p2-to-p0.txt',
    title: '`/severity P0` by a writer on a P2: upgraded, with the new response target and escalation',
    run: () => {
      const world = incident('P2');
      world.say('dana', 6, '/severity P0 every card payment fails now');
      return runCommands(world, 6);
    },
    check: (run) => {
      expect(run.draft.state.severity).toBe('P0');
      expect(added(run)[0]).toMatchObject({ type: 'severity', from: 'P2', to: 'P0', source: 'command' });
    },
  },
  {
    file: 'severity/downgrade-p1-to-p3.txt',
    title: '`/severity P3` on a P1: downgraded; the steps that no longer apply are named',
    run: () => {
      const world = incident('P1');
      world.say('mona', 8, '/severity P3 only one merchant is affected');
      return runCommands(world, 8);
    },
    check: (run) => {
      expect(run.draft.state.severity).toBe('P3');
      expect(replies(run)[0]).toContain('no longer applies to P3');
    },
  },
  {
    file: 'severity/same-severity.txt',
    title: '`/severity P2` on a P2: nothing changes',
    run: () => {
      const world = incident('P2');
      world.say('dana', 6, '/severity P2');
      return runCommands(world, 6);
    },
    check: (run) => expect(added(run)).toEqual([]),
  },
  {
    file: 'refused/below-permission.txt',
    title: 'Commands below the needed permission: triage may not `/severity` or `/resolve`, read may not `/ack`',
    run: () => {
      const world = incident('P1');
      world.say('erik', 5, '/severity P0\n/resolve fixed');
      world.say('vic', 6, '/ack');
      world.say('outsider', 7, '/status identified');
      return runCommands(world, 7);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(replies(run)).toHaveLength(3);
      expect(replies(run).every((r) => r.includes('permission on this repository'))).toBe(true);
      expect(replies(run)[2]).toContain('you are not a collaborator');
    },
  },
  {
    file: 'refused/unknown-and-invalid.txt',
    title: 'An unknown command with a suggestion, one without, and invalid arguments',
    run: () => {
      const world = incident('P2');
      world.say('erik', 5, '/acknowledge\n/frobnicate now\n/severity P9\n/status sleeping');
      return runCommands(world, 5);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(replies(run)[0]).toContain('`/acknowledge` is not a Firebreak command');
      expect(reactions(run)).toEqual(['confused']);
    },
  },
  {
    file: 'resolve/with-summary.txt',
    title: '`/resolve` with a summary by a writer: resolved, the issue is closed, the resolution is posted',
    run: () => {
      const world = incident('P1');
      world.say('erik', 5, '/ack');
      world.decide(5);
      world.say('dana', 40, '/resolve rolled back the 09:50 deploy; payments recovered');
      return runCommands(world, 40);
    },
    check: (run) => {
      expect(run.draft.state.status).toBe('resolved');
      expect(run.draft.writes).toContainEqual(expect.objectContaining({ kind: 'issueState', state: 'closed' }));
    },
  },
  {
    file: 'resolve/after-resolution.txt',
    title: 'On a resolved incident: `/status` is refused, `/timeline` still works, a second `/resolve` is a no-op',
    run: () => {
      const world = incident('P2');
      world.say('dana', 20, '/resolve fixed');
      world.decide(20);
      world.say('erik', 30, '/status monitoring');
      world.say('erik', 31, '/timeline 10:35 the error rate is back to normal');
      return runCommands(world, 31);
    },
    check: (run) => {
      expect(replies(run)[0]).toContain('only `/reopen`, `/timeline`, `/evidence`, `/notified` and `/help` work now');
      expect(added(run).map((e) => e.type)).toEqual(['note']);
    },
  },
  {
    file: 'reopen/resolved.txt',
    title: '`/reopen` on a resolved incident by a writer: a new response cycle, the issue is opened again',
    run: () => {
      const world = incident('P1');
      world.say('dana', 20, '/resolve fixed');
      world.decide(20);
      world.say('dana', 95, '/reopen the timeouts are back');
      return runCommands(world, 95);
    },
    check: (run) => {
      expect(run.draft.state.cycle).toBe(1);
      expect(run.draft.state.acknowledgedAt).toBeNull();
      expect(run.draft.writes).toContainEqual(expect.objectContaining({ kind: 'issueState', state: 'open' }));
    },
  },
  {
    file: 'reopen/not-resolved.txt',
    title: '`/reopen` on an open incident: nothing to reopen',
    run: () => {
      const world = incident('P2');
      world.say('dana', 20, '/reopen');
      return runCommands(world, 20);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(replies(run)[0]).toContain('the incident is not resolved');
    },
  },
  {
    file: 'people/commander-role-eta.txt',
    title: '`/ic`, `/role`, `/eta` and `/impact` in one comment: facts only, the commander is reassigned',
    run: () => {
      const world = incident('P1');
      world.say('dana', 10, '/ic @dana\n/role comms @erik\n/eta 45m\n/impact card payments fail for 10% of customers');
      return runCommands(world, 10);
    },
    check: (run) => {
      expect(run.draft.state.commander).toBe('dana');
      expect(run.draft.state.roles).toEqual({ comms: 'erik' });
      expect(run.draft.state.eta).toBe('2026-03-02T10:55:00Z');
      expect(run.draft.writes).toContainEqual(expect.objectContaining({ kind: 'assign', add: ['dana'] }));
    },
  },
  {
    file: 'escalate/by-hand.txt',
    title: '`/escalate` on a P1 at 5 minutes: the next step (engineering manager) is paged now',
    run: () => {
      const world = incident('P1');
      world.say('erik', 5, '/escalate need a decision on the rollback');
      return runCommands(world, 5);
    },
    check: (run) => {
      expect(run.draft.state.keys.has('escalation:0:engineering-manager')).toBe(true);
      expect(added(run)[0]).toMatchObject({ type: 'escalated', by: 'erik' });
    },
  },
  {
    file: 'help/one-command.txt',
    title: '`/help severity` from a reader: the usage and the permission it needs',
    run: () => {
      const world = incident('P3');
      world.say('vic', 5, '/help severity');
      return runCommands(world, 5);
    },
    check: (run) => {
      expect(replies(run)[0]).toContain('Re-classify the incident');
      expect(replies(run)[0]).toMatch(/\| write \|/);
      // The reply is the answer: no reaction beside it (😕 marks only what was not done).
      expect(reactions(run)).toEqual([]);
    },
  },
  {
    file: 'security/evidence-and-notified.txt',
    title: 'A confirmed data breach: `/evidence` appends to the ledger, `/notified` stops the deadline clock',
    run: () => {
      const world = securityIncident();
      world.say('erik', 20, '/evidence bucket access log exported https://example.com/logs/1');
      world.say('dana', 90, '/notified the data protection authority');
      return runCommands(world, 90, { entries: [], dirty: false, number: 42 });
    },
    check: (run) => {
      expect(run.draft.state.evidence?.count).toBe(1);
      expect(run.draft.state.notifiedAt).toBe('2026-03-02T11:30:00Z');
      expect(run.draft.writes).toContainEqual(
        expect.objectContaining({ kind: 'evidence', branch: 'incident-evidence/42' }),
      );
    },
  },
  {
    file: 'security/evidence-outside-security.txt',
    title: '`/evidence` on an incident that is not a security incident: refused as not applicable',
    run: () => {
      const world = incident('P2');
      world.say('erik', 5, '/evidence screenshot of the error page');
      return runCommands(world, 5);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(replies(run)[0]).toContain('security incidents only');
    },
  },
  {
    file: 'comms/customer-then-publish.txt',
    title: '`/customer` drafts a customer message (not sent); `/customer publish` by a writer publishes its sentence',
    run: () => {
      const world = incident('P1');
      world.say('erik', 10, '/impact card payments fail for 10% of customers\n/eta 1h');
      world.say('erik', 11, '/customer delays when paying by card');
      world.say('dana', 12, '/customer publish');
      return runCommands(world, 12);
    },
    check: (run) => {
      expect(added(run).map((e) => e.type)).toEqual(['impact', 'eta', 'note', 'customer-draft', 'published']);
      expect(added(run).at(-1)).toMatchObject({ text: 'We are currently experiencing delays when paying by card.' });
    },
  },
  {
    file: 'comms/publish-without-draft.txt',
    title: '`/customer publish` before any `/customer` draft: fails, nothing is published',
    run: () => {
      const world = incident('P2');
      world.say('dana', 12, '/customer publish');
      return runCommands(world, 12);
    },
    check: (run) => {
      expect(added(run)).toEqual([]);
      expect(replies(run)[0]).toContain('there is no customer draft to publish yet');
    },
  },
  {
    file: 'runbooks/post-and-run.txt',
    title:
      '`/runbook database` posts the runbook; `/runbook run` of a runbook without a workflow, and of an unknown one, fail',
    run: () => {
      const world = incident('P2');
      world.say('dana', 5, '/runbook database\n/runbook run database\n/runbook run warp-drive');
      return runCommands(world, 5);
    },
    check: (run) => {
      expect(replies(run)[0]).toContain('Check connection pool status');
      expect(replies(run)[0]).toContain('names no workflow to run');
      expect(replies(run)[0]).toContain('no runbook is named `warp-drive`');
    },
  },
  {
    file: 'runbooks/dispatch.txt',
    title: '`/runbook run` of a runbook with a workflow: the workflow is dispatched with the incident number',
    run: () => {
      const world = new PlanWorld({
        config: playbook((c) => {
          if (c.runbooks.database) c.runbooks.database.workflow = 'failover.yml';
        }),
        title: 'Primary database is read-only',
        labels: ['incident', 'severity:P1'],
        body: 'The primary database switched to read-only.',
      });
      world.decide(0);
      world.say('dana', 5, '/runbook run database');
      return runCommands(world, 5);
    },
    check: (run) =>
      expect(run.draft.writes).toContainEqual(
        expect.objectContaining({
          kind: 'dispatch',
          workflow: 'failover.yml',
          ref: 'main',
          inputs: { incident: '42' },
        }),
      ),
  },
  {
    file: 'people/page-and-named-problems.txt',
    title: '`/page @mona` pages her; `/ic` of a non-collaborator, a typo, and `/page @everyone` are refused',
    run: () => {
      const world = incident('P1');
      world.say('dana', 6, '/page @mona\n/ic @outsider\n/ic @dnaa\n/page @everyone\n/page @acme/nobody');
      return runCommands(world, 6);
    },
    check: (run) => {
      expect(added(run)).toMatchObject([{ type: 'paged', target: 'mona' }]);
      expect(run.draft.state.commander).toBe('erik');
    },
  },
  {
    file: 'thread/too-many-commands.txt',
    title: 'A comment with 22 commands: the first 20 run, the rest are skipped and said so',
    run: () => {
      const world = incident('P3');
      world.say('erik', 5, Array.from({ length: 22 }, (_, i) => `/timeline note ${i + 1}`).join('\n'));
      return runCommands(world, 5);
    },
    check: (run) => {
      expect(added(run)).toHaveLength(20);
      expect(replies(run)[0]).toContain('skipped: a comment runs at most 20 commands.');
    },
  },
  {
    file: 'thread/edited-after-running.txt',
    title: 'A command comment edited after it ran: one notice, the edited command does not run',
    run: () => {
      const world = incident('P2');
      const id = world.say('erik', 5, '/status identified disk full');
      world.decide(5);
      const comment = world.comments.find((c) => c.id === id);
      if (comment) Object.assign(comment, { body: '/resolve', updatedAt: world.at(8).toISOString() });
      return runCommands(world, 9);
    },
    check: (run) => {
      expect(run.draft.state.status).toBe('identified');
      expect(replies(run)[0]).toContain('Edited commands are not run');
    },
  },
];

describe('command runner plans match their golden files', () => {
  test.each(cases)('$file', ({ file, title, run, check }) => {
    const result = run();
    golden(`commands/${file}`, commandRunText(title, result.draft, result.before));
    check(result);
  });
});
