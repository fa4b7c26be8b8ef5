// What to do about one incident now: a pure function of the issue, the action's own comments (folded
// into state), the configuration, the clock and the facts the shell looked up (form answers, on-call,
// permissions, label history). It returns a plan of keyed writes, its comments as messages (template,
// view, record) that src/render/plan.ts words; running it twice, or after a crash half-way, converges.
// Order: triage a new incident, follow hand-made label and open/closed changes, run pending commands in
// comment order, then whatever the clock made due, then the live summary.
import { message } from '../message.js';
import { COMMENT_LIMIT } from '../../text/fit.js';
import type { Config } from '../../config/types.js';
import type { Issue, IssueEvent } from '../github-objects.js';
import type { PostmortemTemplates } from '../templates.js';
import type { IntakeProblemsView } from '../views.js';
import { firedAtFiling, nextDueAt, nextUrgentAt, routeIncident } from '../escalation/index.js';
import type { OnCallLookup } from '../escalation/targets.js';
import type { Plan } from '../plan.js';
import { matchRunbooks, type RunbookMatch } from '../runbooks.js';
import { runPendingCommands, type CommandFacts } from './commands.js';
import { noticeBrokenConfig } from './config-notice.js';
import type { BrokenConfig } from '../../config/last-good.js';
import { applyAll, commentWrite, presentContext, record, type Draft } from './draft.js';
import { securityNextDueAt } from '../security/index.js';
import {
  escalatedEvent,
  escalationMentions,
  fireDue,
  notifyEscalations,
  securityClock,
  stepView,
} from './due-writes.js';
import { triage, type FiledForm } from './intake.js';
import { commanderWrites, labelWrites, type LabelChange } from './labels.js';
import type { IssueStateChange } from './lifecycle.js';
import { followOutsideChanges } from './outside-changes.js';
import { deliveryProblems, headlineOf, notificationFor, notify, retryFailedDeliveries } from './notifications.js';
import { postmortemStep, type PostmortemFacts } from './postmortem-step.js';
import { keepReportHidden, openSecurityIncident, securityTeam, type SecurityFacts } from './security-step.js';
import { alertView, incidentRef, runbookView, summaryView } from './present.js';
import { alertStep, alertSummaryLine, type AlertStepFacts } from './alert-step.js';
import type { RecordedFact } from './events.js';
import { applyEvent, type IncidentState } from './state.js';
import { answeredThrough, mergeFacts, recordedFacts, type Thread } from './thread.js';
import { snapshotOf } from './snapshot.js';
import { statusPageWrite } from '../status/publish.js';
import { changesEvent, changesView, type ChangesFacts } from '../changes.js';

export type { LabelChange } from './labels.js';
export type { IssueStateChange } from './lifecycle.js';

export interface IncidentFacts {
  issue: Issue;
  thread: Thread;
  state: IncidentState | null;
  config: Config;
  now: Date;
  botLogin: string;
  /** The parsed form; only read for a new incident. */
  form: FiledForm | null;
  onCall: OnCallLookup;
  /** Words the postmortem file (comments are messages, worded after the plan by src/render/plan.ts). */
  templates: PostmortemTemplates;
  /** The label change that woke this run, when it was one. */
  labelChange: LabelChange | null;
  /** The close/reopen that woke this run, when it was one. */
  issueChange: IssueStateChange | null;
  /** The issue's events, read when its labels, state or assignees disagree with the incident's state. */
  labelHistory: IssueEvent[] | null;
  /** New incidents: when the issue got its first incident, security or severity label (from its history). */
  becameIncidentAt: string | null;
  commands: Omit<CommandFacts, 'answered' | 'ran' | 'botLogin' | 'factsKept'>;
  /** The postmortem pull request as GitHub shows it, and whether details must stay out of files. */
  postmortem: PostmortemFacts;
  security: SecurityFacts;
  /** Warnings to show in the summary (configuration, templates). */
  warnings: string[];
  /** Set when the configuration file has errors and an older version (or the defaults) is in use. */
  brokenConfig?: BrokenConfig | null;
  /** A monitoring alert's delivery for this incident (handlers/alerts.ts). */
  alert?: AlertStepFacts | null;
  /** New incidents: what changed before it began, as read (null when `changes.enabled` is off). */
  changes?: ChangesFacts | null;
}

export interface Decision {
  plan: Plan;
  state: IncidentState | null;
  /** When the sweep must look at this incident again (null: not until something happens). */
  nextDue: Date | null;
  /** The next page or response breach not yet recorded (null once escalation stopped): a watch stays for it. */
  nextUrgent: Date | null;
}

export function isIncident(issue: Issue, config: Config): boolean {
  const names = new Set(issue.labels.map((l) => l.toLowerCase()));
  const severityLabels = Object.values(config.labels.severity).map((l) => l.name.toLowerCase());
  return (
    names.has(config.labels.incident.name.toLowerCase()) ||
    names.has(config.labels.security.name.toLowerCase()) ||
    severityLabels.some((l) => names.has(l))
  );
}

export function decideIncident(facts: IncidentFacts): Decision {
  const { issue, config } = facts;
  if (!facts.state && (issue.isPullRequest || !isIncident(issue, config))) {
    return {
      plan: { incident: issue.number, writes: [], notes: ['not an incident: nothing to do'] },
      state: null,
      nextDue: null,
      nextUrgent: null,
    };
  }
  const draft = facts.state ? existing(facts, facts.state) : open(facts);
  if (facts.state) keepReportHidden(draft, facts.security);
  if (facts.state) noticeDamage(draft, facts.thread);
  noticeBrokenConfig(draft, facts.brokenConfig);
  followOutsideChanges(draft, {
    issue,
    config,
    now: facts.now,
    botLogin: facts.botLogin,
    labelChange: facts.labelChange,
    issueChange: facts.issueChange,
    history: facts.labelHistory,
    permissions: facts.commands.permissions,
  });
  runPendingCommands(draft, {
    ...facts.commands,
    answered: facts.thread.answered,
    ran: facts.thread.ran,
    botLogin: facts.botLogin,
    factsKept: summaryFacts(facts.thread).length,
  });
  if (facts.alert) alertStep(draft, facts.alert);
  draft.writes.push(...labelWrites(draft.state, config, issue));
  fireDue(draft);
  postmortemStep(draft, facts.postmortem);
  retryFailedDeliveries(draft, facts.thread);
  // The status site first: if the run stops before the comment recording a publication, the next run
  // executes the command again and writes the same site (nothing is announced that is not on it).
  const site = statusPageWrite(facts.state, draft.state, config.statusPage);
  if (site) draft.writes.unshift(site);
  copyFacts(draft, facts.thread);
  writeSummary(draft, facts);
  // Fact-only commands are confirmed only after the summary edit that records them (a run that stops
  // before it leaves them unanswered, and the next run records them with the same keys).
  draft.writes.push(...draft.confirmations);
  for (const dup of facts.thread.duplicates)
    draft.writes.push({
      kind: 'deleteComment',
      commentId: dup.comment.id,
      describe: `duplicate comment ${dup.comment.id} (${dup.record.key})`,
    });
  const clock = securityClock(draft.state);
  const dues = [
    issue.state === 'open' || draft.state.status !== 'resolved'
      ? nextDueAt(draft.state, config, draft.route, facts.now)
      : null,
    clock ? securityNextDueAt(draft.state, config, clock, facts.now) : null,
  ].filter((d): d is Date => d !== null);
  const nextDue = dues.length > 0 ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null;
  const nextUrgent = nextUrgentAt(draft.state, config, draft.route);
  return {
    plan: { incident: issue.number, writes: draft.writes, notes: draft.notes },
    state: draft.state,
    nextDue,
    nextUrgent,
  };
}

function existing(facts: IncidentFacts, state: IncidentState): Draft {
  return {
    issue: facts.issue,
    config: facts.config,
    now: facts.now,
    templates: facts.templates,
    onCall: facts.onCall,
    route: routeIncident(facts.config, state.services, state.severity),
    state,
    writes: [],
    notes: [],
    problems: [...facts.warnings],
    facts: [],
    confirmations: [],
  };
}

/** Triage: the opened event, the commander, the internal alert (which pages the on-call), runbooks. */
function open(facts: IncidentFacts): Draft {
  const { issue, config, now } = facts;
  const by = facts.labelChange?.action === 'labeled' ? facts.labelChange.actor : issue.author;
  const intake = triage({
    issue,
    config,
    now,
    form: facts.form,
    by,
    onCall: facts.onCall,
    publicRepository: facts.security.publicRepository,
    becameIncidentAt: facts.becameIncidentAt,
  });
  const state = applyEvent(null, intake.opened, issue.number);
  if (!state) throw new Error('unreachable: an opened event always starts an incident');
  const draft: Draft = {
    issue,
    config,
    now,
    templates: facts.templates,
    onCall: facts.onCall,
    route: intake.route,
    state,
    writes: [],
    notes: [],
    problems: [...facts.warnings],
    facts: [],
    confirmations: [],
  };
  const filing = firedAtFiling(state, intake.route);
  const paged = applyAll(
    draft,
    filing.map((due) => escalatedEvent(draft, due, 'firebreak')),
  );
  const security = openSecurityIncident(draft, facts.security);
  const restricted = applyAll(draft, security.events);
  const team = state.security ? securityTeam(draft).mentions : [];
  draft.notes.push(`triage: ${state.severity} (${state.severityReason}); route: ${intake.route.why}`);
  draft.writes.push(...commanderWrites(null, state.commander, issue));
  const changed = facts.changes ? changesEvent(facts.changes, config, state.services, now.toISOString()) : null;
  if (changed) applyAll(draft, [changed]);
  const ctx = presentContext(draft);
  const alert = message(
    'internal-alert',
    {
      ...alertView(
        draft.state,
        ctx,
        draft.state.restricted ? [] : intake.runbooks,
        issue.author,
        filing.map((due) => stepView(draft, due)),
        changed ? changesView(changed) : null,
      ),
      notify: team,
    },
    {
      record: record('alert', 'alert', [intake.opened, ...paged, ...restricted, ...(changed ? [changed] : [])]),
      allowMentions: [...(state.commander ? [state.commander] : []), ...escalationMentions(draft, filing), ...team],
    },
  );
  // The runbooks that match go in the alert itself, one checklist section each: one comment (and one
  // request) instead of one per runbook, posted together or not at all. One that would take the alert
  // past GitHub's comment limit gets a comment of its own instead (the render step measures), so no
  // checklist is ever cut.
  const runbooks = draft.state.security ? [] : intake.runbooks;
  draft.writes.push(
    commentWrite('alert', 'internal alert', {
      messages: [alert],
      optional: {
        room: ALERT_ROOM,
        noun: 'runbook',
        sections: runbooks.map((match) => {
          const view = runbookView(draft.state, ctx, match);
          const key = `runbook:${match.runbook.id}`;
          return {
            message: message('runbook', view),
            apart: {
              key,
              describe: `runbook ${match.runbook.id}`,
              message: message('runbook', view, { record: record('runbook', key, []) }),
            },
          };
        }),
      },
    }),
  );
  draft.writes.push(...security.writes);
  notify(
    draft,
    'alert',
    notificationFor(
      draft,
      'alert',
      intake.opened.key ?? 'opened',
      headlineOf(draft.state, intake.opened),
      alertText(draft.state),
      state.commander ? [state.commander] : [],
    ),
  );
  notifyEscalations(draft, 'alert', filing, paged);
  // An incident opened from an alert has no form to follow: its description is the alert's record.
  if (facts.alert) return draft;
  if (
    intake.problems.missing.length > 0 ||
    intake.problems.invalid.length > 0 ||
    intake.problems.noForm ||
    intake.problems.severityDefaulted
  ) {
    const view: IntakeProblemsView = {
      incident: incidentRef(draft.state, config, issue.htmlUrl),
      reporter: issue.author,
      noForm: intake.problems.noForm,
      missing: intake.problems.missing,
      invalid: intake.problems.invalid,
      severityDefaulted: intake.problems.severityDefaulted,
      defaultSeverity: config.defaultSeverity,
    };
    draft.writes.push(
      commentWrite(
        'intake-problems',
        'what the report is missing',
        message('intake-problems', view, { record: record('intake-problems', 'intake-problems', []) }),
      ),
    );
  }
  return draft;
}

/** Once per comment of Firebreak's that a person edited or blanked: what was found and what Firebreak did. */
function noticeDamage(draft: Draft, thread: Thread): void {
  for (const damage of thread.damaged) {
    const key = `damaged:${damage.comment.id}`;
    const how = damage.how === 'missing' ? 'blanked or rewrote' : 'edited';
    const lines = [
      `Someone ${how} [a comment of Firebreak's](${damage.comment.htmlUrl})${damage.key ? ` (${damage.key})` : ''}: its hidden record ${damage.how === 'missing' ? 'is gone' : 'no longer matches what Firebreak wrote'}, so Firebreak no longer trusts it.`,
      thread.restored
        ? "Firebreak continues from the copy of the incident's state kept in the live summary: nothing recorded there is paged again, and nothing that falls due is dropped."
        : 'The live summary holds no copy to continue from: what that comment recorded is no longer known to Firebreak. Check the escalation and the state in the summary.',
    ];
    const said = message(
      'notice',
      {
        incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
        title: `A comment of Firebreak's was ${damage.how === 'missing' ? 'blanked' : 'edited'}`,
        lines,
        advice: "Please leave Firebreak's comments as they are, and say what you want to say in a new comment.",
      },
      { record: record('notice', key, []) },
    );
    draft.writes.push(commentWrite(key, `notice: comment ${damage.comment.id} was ${how}`, said));
  }
}

function alertText(state: IncidentState): string {
  return [
    `Severity ${state.severity}: ${state.severityReason}`,
    state.impact ? `Impact: ${state.impact}` : '',
    state.commander ? `Commander: ${state.commander}` : 'No commander on call',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The first comment this run posts carries a copy of the facts only the summary holds (and this run's),
 * so no single comment holds the only copy for longer than until Firebreak next speaks; once a run sees
 * the copy, the summary drops them (summaryFacts), which also keeps the summary's list short.
 */
function copyFacts(draft: Draft, thread: Thread): void {
  const facts = mergeFacts([summaryFacts(thread), draft.facts]);
  if (facts.length === 0) return;
  const at = draft.writes.findIndex((w) => w.kind === 'comment' && w.text.messages.some((m) => m.record));
  const write = draft.writes[at];
  if (!write || write.kind !== 'comment') return;
  const messages = [...write.text.messages];
  const held = messages.findIndex((m) => m.record);
  const first = messages[held];
  if (!first?.record) return;
  messages[held] = { ...first, record: { ...first.record, facts: mergeFacts([recordedFacts(first.record), facts]) } };
  draft.writes[at] = { ...write, text: { ...write.text, messages } };
}

/** The facts only the live summary holds: no other trusted comment has a copy yet. */
function summaryFacts(thread: Thread): RecordedFact[] {
  return thread.facts.filter((f) => !thread.copied.has(f.replyTo));
}

function writeSummary(draft: Draft, facts: IncidentFacts): void {
  const runbooks: RunbookMatch[] = matchRunbooks(draft.config, {
    services: draft.state.services,
    security: draft.state.security,
    text: draft.state.title,
  });
  const postmortem = [...draft.state.events].reverse().find((e) => e.type === 'postmortem');
  const view = summaryView(draft.state, presentContext(draft), {
    runbooks,
    problems: [...draft.problems, ...deliveryProblems(draft.state)],
    postmortemUrl: postmortem?.type === 'postmortem' ? postmortem.url : '',
    alert: alertSummaryLine(facts),
  });
  // The summary's record keeps a copy of the state, so a Firebreak comment someone edits loses nothing.
  const commentKeys = [
    ...facts.thread.keys,
    ...draft.writes.flatMap((w) => (w.kind === 'comment' ? [`comment:${w.key}`] : [])),
  ]
    .filter((k) => k.startsWith('comment:'))
    .sort();
  const copy = snapshotOf(draft.state, commentKeys, answeredThrough(facts.thread));
  // The fact-only commands answered so far, and this run's: the summary is where they are recorded.
  // Facts another comment also holds (a later reply's copy) leave the summary; this run's copies stay
  // until a run has seen them on GitHub.
  const kept = [
    ...summaryFacts(facts.thread),
    ...draft.facts.filter((f) => !facts.thread.answered.has(f.replyTo)),
  ].sort((a, b) => a.replyTo - b.replyTo);
  // "Updated …" moves only when something else in the summary changed: the render step writes nothing
  // (and makes no request) when the summary worded at its old time is the one on GitHub.
  const existing = facts.thread.summary?.comment.body;
  const previous = existing ? /Updated (\d{4}-\d\d-\d\d \d\d:\d\d UTC)/.exec(existing)?.[1] : undefined;
  draft.writes.push({
    kind: 'summary',
    message: {
      template: 'summary',
      view,
      record: record('summary', 'summary', [], undefined, copy, undefined, kept),
    },
    unchangedFrom: existing !== undefined && previous !== undefined ? { body: existing, updatedAt: previous } : null,
    describe: 'live summary',
  });
}

/** What the alert and its runbook sections may take: GitHub's limit, less room for the run's stamp. */
const ALERT_ROOM = COMMENT_LIMIT - 1_024;
