// What to do about one incident now: a pure function of the issue, the action's own comments (folded
// into state), the configuration, the clock and the facts the shell looked up (form answers, on-call).
// It returns a plan of keyed writes; running it twice, or after a crash half-way, converges.
import type { Config, Severity } from '../../config/types.js';
import type { Issue } from '../../github/gateway.js';
import type { TemplateRegistry } from '../../render/registry.js';
import type { EscalationStepView, SeverityChangeView } from '../../render/views.js';
import { formatDuration, formatTarget } from '../../config/duration.js';
import { moreSevere, severityRank } from '../classification/index.js';
import { dueActions, firedAtFiling, nextDueAt, resolveTargets, routeIncident, type DueAction, type IncidentRoute } from '../escalation/index.js';
import type { OnCallLookup } from '../escalation/targets.js';
import type { Plan, PlannedWrite } from '../plan.js';
import { matchRunbooks } from '../runbooks.js';
import type { BotRecord, IncidentEvent } from './events.js';
import { triage, type FiledForm } from './intake.js';
import { encodeRecord } from './marker.js';
import { alertView, incidentRef, runbookView, summaryView, utc, type PresentContext } from './present.js';
import { applyEvent, type IncidentState } from './state.js';
import type { Thread } from './thread.js';

export interface LabelChange {
  action: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  at: string;
}

export interface IncidentFacts {
  issue: Issue;
  thread: Thread;
  state: IncidentState | null;
  config: Config;
  now: Date;
  form: FiledForm | null;
  onCall: OnCallLookup;
  templates: TemplateRegistry;
  /** The label change that woke this run, when it was one (for attribution). */
  labelChange: LabelChange | null;
  /** Warnings to show in the summary (configuration, templates). */
  warnings: string[];
}

export interface Decision {
  plan: Plan;
  state: IncidentState | null;
  /** When the sweep must look at this incident again (null: not until something happens). */
  nextDue: Date | null;
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
  const { issue, config, now } = facts;
  const writes: PlannedWrite[] = [];
  const notes: string[] = [];
  let state = facts.state;
  let runbooks = state ? matchRunbooks(config, { services: state.services, security: state.security, text: state.title }) : [];
  const problems = [...facts.warnings];

  if (!state) {
    if (!isIncident(issue, config) || issue.isPullRequest) {
      return { plan: { incident: issue.number, writes: [], notes: ['not an incident: nothing to do'] }, state: null, nextDue: null };
    }
    const by = facts.labelChange?.action === 'labeled' ? facts.labelChange.actor : issue.author;
    const intake = triage({ issue, config, now, form: facts.form, by, onCall: facts.onCall });
    state = applyEvent(null, intake.opened, issue.number);
    if (!state) throw new Error('unreachable: an opened event always starts an incident');
    runbooks = intake.runbooks;
    const ctx = presentContext(facts, intake.route);
    const filing = firedAtFiling(state, intake.route).map((due) => escalatedEvent(due, ctx, state as IncidentState));
    for (const event of filing) state = applyEvent(state, event, issue.number) ?? state;
    notes.push(`triage: ${state.severity} (${state.severityReason}); route: ${intake.route.why}`);
    writes.push(...labelWrites(state, config, issue), ...assignWrites(state, issue));
    writes.push(comment(facts, 'alert', 'internal alert', facts.templates.render('internal-alert', alertView(state, ctx, runbooks, issue.author), { marker: record('alert', 'alert', [intake.opened, ...filing]) })));
    for (const match of runbooks) {
      writes.push(comment(facts, `runbook:${match.runbook.id}`, `runbook ${match.runbook.id}`, facts.templates.render('runbook', runbookView(state, ctx, match), { marker: record('runbook', `runbook:${match.runbook.id}`, []) })));
    }
    if (intake.problems.length > 0) problems.push(...intake.problems);
    return finish(facts, state, intake.route, writes, notes, runbooks, problems);
  }

  const route = routeIncident(config, state.services, state.severity);
  const severityChange = severityFromLabels(facts, state);
  if (severityChange) {
    const ctx = presentContext(facts, route);
    const before: IncidentState = state;
    state = applyEvent(state, severityChange.event, issue.number) ?? state;
    const fired = severityChange.event.type === 'severity' ? dueActions(state, config, route, now).filter((d) => d.kind === 'escalation') : [];
    const firedEvents = fired.map((d) => escalatedEvent(d, ctx, state as IncidentState));
    for (const event of firedEvents) state = applyEvent(state, event, issue.number) ?? state;
    writes.push(
      comment(facts, severityChange.key, `severity ${severityChange.view.from} → ${severityChange.view.to}`, facts.templates.render('severity-change', { ...severityChange.view, incident: incidentRef(state, config, issue.htmlUrl), escalation: describeEscalationChange(before, state, fired, route) }, { marker: record('severity', severityChange.key, [severityChange.event, ...firedEvents]), allowMentions: escalationMentions(fired, ctx) })),
    );
  }
  writes.push(...labelWrites(state, config, issue));
  return finish(facts, state, route, writes, notes, runbooks, problems);
}

/** Due escalations, breach and reminder, then the summary. */
function finish(facts: IncidentFacts, initial: IncidentState, route: IncidentRoute, writes: PlannedWrite[], notes: string[], runbooks: ReturnType<typeof matchRunbooks>, problems: string[]): Decision {
  const { config, now, issue } = facts;
  let state = initial;
  const ctx = presentContext(facts, route);
  const due = issue.state === 'open' ? dueActions(state, config, route, now) : [];
  const escalations = due.filter((d): d is Extract<DueAction, { kind: 'escalation' }> => d.kind === 'escalation');
  if (escalations.length > 0) {
    const events = escalations.map((d) => escalatedEvent(d, ctx, state));
    for (const event of events) state = applyEvent(state, event, issue.number) ?? state;
    const key = escalations.map((d) => d.key).join("+");
    const steps = escalations.map((d) => stepView(d, ctx));
    writes.push(
      comment(facts, key, `escalation: ${escalations.map((d) => d.step.name).join(', ')}`, facts.templates.render('escalation', { incident: incidentRef(state, config, issue.htmlUrl), steps, several: steps.length > 1, manual: false, by: 'firebreak', reason: '', commander: state.commander ?? '' }, { marker: record('escalation', key, events), allowMentions: escalationMentions(escalations, ctx) })),
    );
  }
  for (const d of due) {
    if (d.kind === 'breach') {
      const event: IncidentEvent = { type: 'breach', target: 'response', due: d.due.toISOString(), at: now.toISOString(), by: 'firebreak', key: d.key };
      state = applyEvent(state, event, issue.number) ?? state;
      writes.push(comment(facts, d.key, 'response target breach', facts.templates.render('response-breach', { incident: incidentRef(state, config, issue.htmlUrl), target: formatTarget(config.severities[state.severity].responseTarget), due: utc(d.due), lateBy: formatDuration(d.lateMinutes), commander: state.commander ?? '', notify: [], label: config.labels.responseBreach.name }, { marker: record('breach', d.key, [event]), allowMentions: state.commander ? [state.commander] : [] })));
      writes.push({ kind: 'ensureLabels', labels: [config.labels.responseBreach], describe: `label ${config.labels.responseBreach.name} exists` });
      writes.push({ kind: 'labels', add: [config.labels.responseBreach.name], remove: [], describe: `label ${config.labels.responseBreach.name}` });
    } else if (d.kind === 'reminder') {
      const event: IncidentEvent = { type: 'reminder', due: d.due.toISOString(), at: now.toISOString(), by: 'firebreak', key: d.key };
      state = applyEvent(state, event, issue.number) ?? state;
      const cadence = config.severities[state.severity].updateEvery ?? 0;
      writes.push(comment(facts, d.key, 'status update reminder', facts.templates.render('update-reminder', { incident: incidentRef(state, config, issue.htmlUrl), commander: state.commander ?? '', cadence: formatDuration(cadence), lastUpdateAt: utc(state.lastUpdateAt), due: utc(d.due), overdueBy: formatDuration(d.lateMinutes) }, { marker: record('reminder', d.key, [event]), allowMentions: state.commander ? [state.commander] : [] })));
    }
  }
  const summary = facts.templates.render('summary', summaryView(state, ctx, { runbooks, problems, postmortemUrl: '' }), { marker: record('summary', 'summary', []) });
  if (facts.thread.summary?.comment.body !== summary) writes.push({ kind: 'summary', body: summary, describe: 'live summary' });
  for (const dup of facts.thread.duplicates) writes.push({ kind: 'deleteComment', commentId: dup.comment.id, describe: `duplicate comment ${dup.comment.id} (${dup.record.key})` });
  return { plan: { incident: issue.number, writes, notes }, state, nextDue: issue.state === 'open' ? nextDueAt(state, config, route, now) : null };
}

function presentContext(facts: IncidentFacts, route: IncidentRoute): PresentContext {
  return { config: facts.config, url: facts.issue.htmlUrl, route, onCall: facts.onCall, now: facts.now };
}

function record(kind: string, key: string, events: IncidentEvent[], replyTo?: number): string {
  const r: BotRecord = { v: 1, kind, key, events, ...(replyTo !== undefined ? { replyTo } : {}) };
  return encodeRecord(r);
}

function comment(_facts: IncidentFacts, key: string, describe: string, body: string): PlannedWrite {
  return { kind: 'comment', key, body, describe };
}

function escalatedEvent(due: Extract<DueAction, { kind: 'escalation' }>, ctx: PresentContext, state: IncidentState): IncidentEvent {
  const targets = resolveTargets(due.step.targets, { config: ctx.config, route: ctx.route, at: ctx.now, onCall: ctx.onCall });
  void state;
  return {
    type: 'escalated',
    step: due.step.id,
    name: due.step.name,
    due: due.due.toISOString(),
    targets: [...targets.mentions, ...targets.contacts.map((c) => c.name), ...targets.channels],
    at: ctx.now.toISOString(),
    by: 'firebreak',
    key: due.key,
  };
}

function stepView(due: Extract<DueAction, { kind: 'escalation' }>, ctx: PresentContext): EscalationStepView {
  const targets = resolveTargets(due.step.targets, { config: ctx.config, route: ctx.route, at: ctx.now, onCall: ctx.onCall });
  return {
    name: due.step.name,
    mentions: targets.mentions.map((m) => m.replace(/^@/, '')),
    contacts: targets.contacts.map((c) => ({ name: c.name, phone: c.phone })),
    channels: [...targets.channels.map((id) => `${ctx.config.channels[id]?.type ?? 'channel'} (${id})`), ...targets.unresolved],
    due: utc(due.due),
    late: due.lateMinutes > 0,
    lateBy: due.lateMinutes > 0 ? formatDuration(due.lateMinutes) : '',
  };
}

function escalationMentions(dues: DueAction[], ctx: PresentContext): string[] {
  return dues.flatMap((d) => (d.kind === 'escalation' ? resolveTargets(d.step.targets, { config: ctx.config, route: ctx.route, at: ctx.now, onCall: ctx.onCall }).mentions.map((m) => m.replace(/^@/, '')) : []));
}

function describeEscalationChange(before: IncidentState, after: IncidentState, fired: DueAction[], route: IncidentRoute): string[] {
  const lines = fired.map((d) => (d.kind === 'escalation' ? `${d.step.name} paged now (due ${utc(d.due)} for ${after.severity})` : ''));
  const dropped = route.policy.steps.filter((s) => s.severities.includes(before.severity) && !s.severities.includes(after.severity));
  for (const step of dropped) lines.push(`${step.name} no longer applies to ${after.severity}`);
  return lines.filter(Boolean);
}

/** The severity the labels ask for, when they differ from the state (a hand-applied or removed label). */
function severityFromLabels(facts: IncidentFacts, state: IncidentState): { event: IncidentEvent; key: string; view: SeverityChangeView } | null {
  const { config, issue, now } = facts;
  const byLabel = new Map(Object.entries(config.labels.severity).map(([sev, spec]) => [spec.name.toLowerCase(), sev as Severity]));
  const present = issue.labels.map((l) => byLabel.get(l.toLowerCase())).filter((s): s is Severity => s !== undefined);
  if (present.includes(state.severity) && present.length === 1) return null;
  const change = facts.labelChange;
  const actor = change?.actor ?? 'someone';
  const at = change?.at ?? now.toISOString();
  const base = {
    incident: incidentRef(state, config, issue.htmlUrl),
    from: state.severity,
    fromName: config.severities[state.severity].name,
    by: actor,
    at: utc(at),
    escalation: [] as string[],
  };
  const n = state.events.length;
  if (present.length === 0) {
    // The last severity label was removed: keep the severity, restore its label, and say so.
    const event: IncidentEvent = { type: 'note', text: `Severity label removed by ${actor}; ${state.severity} kept`, at, by: actor, key: `severity-restored:${n}` };
    const view: SeverityChangeView = { ...base, to: state.severity, toName: base.fromName, upgrade: false, via: `removed label \`${config.labels.severity[state.severity].name}\``, reason: 'the last severity label was removed; the previous severity stays until someone sets another', restored: true, responseTarget: formatTarget(config.severities[state.severity].responseTarget), acknowledgeBy: '' };
    return { event, key: `severity-restored:${n}`, view };
  }
  // Several severity labels: the one just added wins, else the most severe that differs.
  const added = change?.action === 'labeled' ? byLabel.get(change.label.toLowerCase()) : undefined;
  const to = added && present.includes(added) ? added : present.filter((s) => s !== state.severity).reduce<Severity | null>((a, b) => (a ? moreSevere(a, b) : b), null);
  if (!to || to === state.severity) return null;
  const event: IncidentEvent = { type: 'severity', from: state.severity, to, reason: `label ${config.labels.severity[to].name} applied by ${actor}`, source: 'label', at, by: actor, key: `severity:${n}:${to}` };
  const target = config.severities[to].responseTarget;
  const view: SeverityChangeView = {
    ...base,
    to,
    toName: config.severities[to].name,
    upgrade: severityRank(to) < severityRank(state.severity),
    via: `label \`${config.labels.severity[to].name}\``,
    reason: '',
    restored: false,
    responseTarget: formatTarget(target),
    acknowledgeBy: target === null || state.acknowledgedAt ? '' : utc(new Date(Date.parse(state.cycleStart) + target * 60_000)),
  };
  return { event, key: `severity:${n}:${to}`, view };
}

/** Labels that reflect the state: incident, severity, status, services, security. */
function labelWrites(state: IncidentState, config: Config, issue: Issue): PlannedWrite[] {
  const wanted = [
    config.labels.incident,
    config.labels.severity[state.severity],
    config.labels.status[state.status],
    ...state.services.map((s) => ({ name: `${config.labels.servicePrefix}${s}`.slice(0, 50), color: config.labels.serviceColor, description: `Incidents affecting ${config.services[s]?.name ?? s}`.slice(0, 100) })),
    ...(state.security ? [config.labels.security] : []),
  ];
  const remove = [
    ...Object.values(config.labels.severity).filter((l) => l.name !== config.labels.severity[state.severity].name),
    ...Object.values(config.labels.status).filter((l) => l.name !== config.labels.status[state.status].name),
  ]
    .map((l) => l.name)
    .filter((name) => issue.labels.some((l) => l.toLowerCase() === name.toLowerCase()));
  return [
    { kind: 'ensureLabels', labels: wanted, describe: 'incident labels exist' },
    { kind: 'labels', add: wanted.map((l) => l.name), remove, describe: `labels ${wanted.map((l) => l.name).join(', ')}${remove.length ? ` (removing ${remove.join(', ')})` : ''}` },
  ];
}

function assignWrites(state: IncidentState, issue: Issue): PlannedWrite[] {
  if (!state.commander || issue.assignees.includes(state.commander)) return [];
  return [{ kind: 'assign', add: [state.commander], remove: [], describe: `assign commander ${state.commander}` }];
}

export { moreSevere };
