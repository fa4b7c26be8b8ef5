// What the clock made due — escalation steps, the response-target breach, the update reminder — as
// events and comments. A late run fires everything that fell due since, escalations in one comment
// that lists each step with its due time and lateness.
import { message } from '../message.js';
import { formatDuration, formatTarget } from '../../config/duration.js';
import type { StopCondition } from '../../config/types.js';
import type { EscalationStepView, EscalationView } from '../views.js';
import { dueActions, resolveTargets, type DueAction, type EscalationDue } from '../escalation/index.js';
import { applyAll, commentWrite, record, type Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { headlineOf, notificationFor, notify } from './notifications.js';
import { incidentRef, utc } from './present.js';
import { securityTeam } from './security-step.js';
import type { IncidentState } from './state.js';
import { securityDueActions, type SecurityClock, type SecurityDueAction } from '../security/index.js';

/** The data-breach notification clock of a security incident, when one applies. */
export function securityClock(state: IncidentState): SecurityClock | null {
  if (!state.securityProfile) return null;
  return { ...state.securityProfile, detectedAt: state.cycleStart, notifiedAt: state.notifiedAt };
}

export function fireDue(draft: Draft): void {
  const clock = securityClock(draft.state);
  // A confirmed breach must still be notified after it is resolved: its clock runs on a closed issue too.
  if (clock) for (const d of securityDueActions(draft.state, draft.config, clock, draft.now)) fireDeadline(draft, d);
  if (draft.issue.state !== 'open') return;
  const due = dueActions(draft.state, draft.config, draft.route, draft.now);
  const escalations = due.filter((d): d is EscalationDue => d.kind === 'escalation');
  if (escalations.length > 0) fireEscalations(draft, escalations, 'firebreak', '');
  for (const d of due) {
    if (d.kind === 'breach') fireBreach(draft, d);
    else if (d.kind === 'reminder') fireReminder(draft, d);
  }
}

export function escalatedEvent(draft: Draft, due: EscalationDue, by: string): IncidentEvent {
  const targets = resolveTargets(due.step.targets, {
    config: draft.config,
    route: draft.route,
    at: draft.now,
    onCall: draft.onCall,
  });
  return {
    type: 'escalated',
    step: due.step.id,
    name: due.step.name,
    due: due.due.toISOString(),
    targets: [...targets.mentions, ...targets.contacts.map((c) => c.name), ...targets.channels],
    at: draft.now.toISOString(),
    by,
    key: due.key,
  };
}

export function stepView(draft: Draft, due: EscalationDue): EscalationStepView {
  const targets = resolveTargets(due.step.targets, {
    config: draft.config,
    route: draft.route,
    at: draft.now,
    onCall: draft.onCall,
  });
  return {
    name: due.step.name,
    mentions: targets.mentions.map((m) => m.replace(/^@/, '')),
    contacts: targets.contacts.map((c) => ({ name: c.name, phone: c.phone })),
    channels: [
      ...targets.channels.map((id) => `${draft.config.channels[id]?.type ?? 'channel'} (${id})`),
      ...targets.unresolved,
    ],
    due: utc(due.due),
    late: due.lateMinutes > 0,
    lateBy: due.lateMinutes > 0 ? formatDuration(due.lateMinutes) : '',
  };
}

export function escalationMentions(draft: Draft, dues: readonly DueAction[]): string[] {
  return dues.flatMap((d) =>
    d.kind === 'escalation'
      ? resolveTargets(d.step.targets, {
          config: draft.config,
          route: draft.route,
          at: draft.now,
          onCall: draft.onCall,
        }).mentions.map((m) => m.replace(/^@/, ''))
      : [],
  );
}

/** Where escalation stands for the message: who acknowledged and when, and what stops it. */
export function escalationStanding(
  draft: Draft,
): Pick<
  EscalationView,
  'commander' | 'acknowledgedBy' | 'acknowledgedAt' | 'stopsWhen' | 'stopsOnAck' | 'stopCommand'
> {
  const stop = draft.route.policy.stopOn[draft.state.severity];
  return {
    commander: draft.state.commander ?? '',
    acknowledgedBy: draft.state.acknowledgedAt ? (draft.state.acknowledgedBy ?? 'someone') : '',
    acknowledgedAt: utc(draft.state.acknowledgedAt),
    stopsWhen: stop,
    stopsOnAck: stop === 'acknowledged',
    stopCommand: STOP_COMMAND[stop],
  };
}

const STOP_COMMAND: Record<StopCondition, string> = {
  acknowledged: '`/ack`',
  mitigated: '`/status mitigating`',
  resolved: '`/resolve`',
};

/** The sentence channels get with a page: acknowledged or not, and what stops the escalation. */
export function escalationStatusLine(draft: Draft, stepName: string): string {
  const standing = escalationStanding(draft);
  const s = draft.state;
  const ack = standing.acknowledgedBy
    ? `acknowledged by ${standing.acknowledgedBy} at ${standing.acknowledgedAt}, escalating until ${standing.stopsWhen}`
    : 'not acknowledged yet';
  return `${stepName} is paged for incident #${s.number} (${s.severity}), ${ack}.`;
}

function fireEscalations(draft: Draft, escalations: EscalationDue[], by: string, reason: string): void {
  const events = applyAll(
    draft,
    escalations.map((d) => escalatedEvent(draft, d, by)),
  );
  if (events.length === 0) return;
  const key = escalations.map((d) => d.key).join('+');
  const steps = escalations.map((d) => stepView(draft, d));
  const said = message(
    'escalation',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      steps,
      several: steps.length > 1,
      manual: false,
      by,
      reason,
      ...escalationStanding(draft),
    },
    { record: record('escalation', key, events), allowMentions: escalationMentions(draft, escalations) },
  );
  draft.writes.push(commentWrite(key, `escalation: ${escalations.map((d) => d.step.name).join(', ')}`, said));
  notifyEscalations(draft, key, escalations, events);
}

/** Each step's channels hear about it; the comment `claimKey` is the claim that lets only one run send. */
export function notifyEscalations(
  draft: Draft,
  claimKey: string,
  escalations: readonly EscalationDue[],
  events: readonly IncidentEvent[],
): void {
  for (const due of escalations) {
    const event = events.find((e) => e.key === due.key);
    if (!event) continue;
    const targets = resolveTargets(due.step.targets, {
      config: draft.config,
      route: draft.route,
      at: draft.now,
      onCall: draft.onCall,
    });
    if (targets.channels.length === 0) continue;
    const text = [
      escalationStatusLine(draft, due.step.name),
      ...targets.contacts.map((c) => `Call ${c.name}: ${c.phone}`),
    ].join('\n');
    notify(
      draft,
      claimKey,
      notificationFor(draft, 'escalation', due.key, headlineOf(draft.state, event), text, targets.mentions),
      targets.channels,
    );
  }
}

function fireBreach(draft: Draft, d: DueAction): void {
  const event: IncidentEvent = {
    type: 'breach',
    target: 'response',
    due: d.due.toISOString(),
    at: draft.now.toISOString(),
    by: 'firebreak',
    key: d.key,
  };
  applyAll(draft, [event]);
  const { config, state } = draft;
  const said = message(
    'response-breach',
    {
      incident: incidentRef(state, config, draft.issue.htmlUrl),
      target: formatTarget(config.severities[state.severity].responseTarget),
      due: utc(d.due),
      lateBy: formatDuration(d.lateMinutes),
      commander: state.commander ?? '',
      notify: [],
      label: config.labels.responseBreach.name,
    },
    { record: record('breach', d.key, [event]), allowMentions: state.commander ? [state.commander] : [] },
  );
  draft.writes.push(commentWrite(d.key, 'response target breach', said));
  draft.writes.push({
    kind: 'ensureLabels',
    labels: [config.labels.responseBreach],
    describe: `label ${config.labels.responseBreach.name} exists`,
  });
  draft.writes.push({
    kind: 'labels',
    add: [config.labels.responseBreach.name],
    remove: [],
    describe: `label ${config.labels.responseBreach.name}`,
  });
}

function fireDeadline(draft: Draft, d: SecurityDueAction): void {
  const breached = d.kind === 'deadline-breach';
  const event: IncidentEvent = breached
    ? {
        type: 'breach',
        target: 'notification',
        due: d.due.toISOString(),
        at: draft.now.toISOString(),
        by: 'firebreak',
        key: d.key,
      }
    : { type: 'reminder', due: d.due.toISOString(), at: draft.now.toISOString(), by: 'firebreak', key: d.key };
  const events = applyAll(draft, [event]);
  if (events.length === 0) return;
  const team = securityTeam(draft).mentions;
  const said = message(
    'security-deadline',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      deadline: utc(d.deadline),
      remaining: breached ? '' : formatDuration(Math.max(0, d.remainingMinutes)),
      breached,
      lateBy: breached ? formatDuration(d.lateMinutes) : '',
      notify: team,
      procedure: draft.config.security.procedures[draft.state.securityProfile?.type ?? 'other'].title,
    },
    { record: record(breached ? 'deadline-breach' : 'deadline-reminder', d.key, events), allowMentions: team },
  );
  draft.writes.push(
    commentWrite(
      d.key,
      breached ? 'breach notification deadline missed' : 'breach notification deadline reminder',
      said,
    ),
  );
  if (breached) {
    draft.writes.push({
      kind: 'ensureLabels',
      labels: [draft.config.labels.responseBreach],
      describe: `label ${draft.config.labels.responseBreach.name} exists`,
    });
    draft.writes.push({
      kind: 'labels',
      add: [draft.config.labels.responseBreach.name],
      remove: [],
      describe: `label ${draft.config.labels.responseBreach.name}`,
    });
  }
}

function fireReminder(draft: Draft, d: DueAction): void {
  const { config } = draft;
  // The message states when an update was first due (last update + cadence) and how late it is now;
  // the key (the latest missed interval) only keeps a late sweep from sending one per interval.
  const every = config.severities[draft.state.severity].updateEvery ?? 0;
  const firstDue = new Date(Date.parse(draft.state.lastUpdateAt) + every * 60_000);
  const overdue = Math.max(0, Math.floor((draft.now.getTime() - firstDue.getTime()) / 60_000));
  const event: IncidentEvent = {
    type: 'reminder',
    due: d.due.toISOString(),
    at: draft.now.toISOString(),
    by: 'firebreak',
    key: d.key,
  };
  applyAll(draft, [event]);
  const { state } = draft;
  const said = message(
    'update-reminder',
    {
      incident: incidentRef(state, config, draft.issue.htmlUrl),
      commander: state.commander ?? '',
      cadence: formatDuration(config.severities[state.severity].updateEvery ?? 0),
      lastUpdateAt: state.events.some(
        (e) => (e.type === 'update' || e.type === 'status') && Date.parse(e.at) >= Date.parse(state.cycleStart),
      )
        ? utc(state.lastUpdateAt)
        : '',
      due: utc(firstDue),
      overdueBy: formatDuration(overdue),
    },
    { record: record('reminder', d.key, [event]), allowMentions: state.commander ? [state.commander] : [] },
  );
  draft.writes.push(commentWrite(d.key, 'status update reminder', said));
}
