// From the folded incident to the template views: times formatted, durations worded, nothing escaped
// (the renderer escapes every string for where it lands).
import type { Config, Phase } from '../../config/types.js';
import { formatDuration, formatTarget } from '../../config/duration.js';
import type {
  ChangesView,
  EscalationStepView,
  IncidentRef,
  InternalAlertView,
  PhaseView,
  ResolutionView,
  RunbookView,
  SummaryView,
  TimelineEntryView,
} from '../views.js';
import { notificationDeadline } from '../security/deadline.js';
import { nextEscalation, resolveTargets, slaState, type IncidentRoute } from '../escalation/index.js';
import type { OnCallLookup } from '../escalation/targets.js';
import type { RunbookMatch } from '../runbooks.js';
import type { IncidentEvent } from './events.js';
import type { IncidentState } from './state.js';

const STATUS_LABELS: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  mitigating: 'Mitigating',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** "2026-03-02 10:15 UTC"; '' for null. */
export function utc(at: string | Date | null | undefined): string {
  if (!at) return '';
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return '';
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function between(from: string | null, to: string | null): string {
  if (!from || !to) return '';
  return formatDuration(Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000)));
}

export function incidentRef(state: IncidentState, config: Config, url: string): IncidentRef {
  return {
    number: state.number,
    title: state.title,
    url,
    severity: state.severity,
    severityName: config.severities[state.severity].name,
    status: state.status,
    statusLabel: STATUS_LABELS[state.status] ?? state.status,
    security: state.security,
  };
}

export function phaseViews(phases: readonly Phase[], start: string): PhaseView[] {
  const t0 = Date.parse(start);
  return phases.map((p) => ({
    name: p.name,
    window: p.start === 0 ? `0–${formatDuration(p.end)}` : `${formatDuration(p.start)}–${formatDuration(p.end)}`,
    due: utc(new Date(t0 + p.end * 60_000)),
  }));
}

export interface PresentContext {
  config: Config;
  url: string;
  route: IncidentRoute;
  onCall: OnCallLookup;
  now: Date;
}

/** A data breach's notification deadline while its clock runs ("…, 72h after detection"); '' otherwise. */
export function breachDeadline(state: IncidentState, config: Config): string {
  const profile = state.securityProfile;
  if (!profile || profile.type !== 'data-breach' || state.notifiedAt !== null) return '';
  if (!profile.confirmed && state.resolvedAt !== null) return '';
  const deadline = notificationDeadline(state.cycleStart, config);
  return `${utc(deadline)}, ${formatDuration(config.security.notificationDeadline)} after detection${profile.confirmed ? '' : ' (suspected: it stops if the breach is ruled out)'}`;
}

export function alertView(
  state: IncidentState,
  ctx: PresentContext,
  runbooks: RunbookMatch[],
  reporter: string,
  paged: EscalationStepView[] = [],
  changes: ChangesView | null = null,
): InternalAlertView {
  const target = ctx.config.severities[state.severity].responseTarget;
  return {
    incident: incidentRef(state, ctx.config, ctx.url),
    description: state.title,
    impact: state.impact ?? '',
    eta: state.eta ?? '',
    reporter,
    startedAt: utc(state.startedAt),
    services: state.services.map((s) => ctx.config.services[s]?.name ?? s),
    commander: state.commander ?? '',
    acknowledgeBy: target === null ? '' : utc(new Date(Date.parse(state.cycleStart) + target * 60_000)),
    responseTarget: formatTarget(target),
    phases: phaseViews(ctx.config.phases, state.cycleStart),
    classification: state.severityReason,
    runbooks: runbooks.map((r) => ({ title: r.runbook.title, url: `${ctx.url}#runbook-${r.runbook.id}` })),
    notify: [],
    paged,
    breachDeadline: breachDeadline(state, ctx.config),
    changes,
  };
}

export function runbookView(state: IncidentState, ctx: PresentContext, match: RunbookMatch): RunbookView {
  return {
    incident: incidentRef(state, ctx.config, ctx.url),
    runbookId: match.runbook.id,
    title: match.runbook.title,
    steps: match.runbook.steps,
    reason: match.why,
    workflow: match.runbook.workflow ?? '',
  };
}

const SUMMARY_TIMELINE = 15;

export function summaryView(
  state: IncidentState,
  ctx: PresentContext,
  extra: { runbooks: RunbookMatch[]; problems: string[]; postmortemUrl: string; alert?: string },
): SummaryView {
  const sla = slaState(state, ctx.config, ctx.now);
  const next = state.status === 'resolved' ? null : nextEscalation(state, ctx.route);
  const timeline = state.events.map(timelineEntry).filter((e): e is TimelineEntryView => e !== null);
  const shown = timeline.slice(-SUMMARY_TIMELINE);
  return {
    incident: incidentRef(state, ctx.config, ctx.url),
    severityReason: state.severityReason,
    commander: state.commander ?? '',
    roles: Object.entries(state.roles).map(([role, login]) => ({ role: ROLE_NAMES[role] ?? role, login: login ?? '' })),
    services: state.services.map((s) => ctx.config.services[s]?.name ?? s),
    impact: state.impact ?? '',
    eta: state.eta ? utc(state.eta) || state.eta : '',
    startedAt: utc(state.startedAt),
    acknowledgedAt: utc(state.acknowledgedAt),
    mitigatedAt: utc(state.mitigatedAt),
    resolvedAt: utc(state.resolvedAt),
    nextEscalation: next
      ? {
          name: next.step.name,
          due: utc(next.due),
          targets: describeTargets(next.step.targets, ctx),
        }
      : null,
    sla: slaText(sla.responseTarget, state),
    lastUpdateAt: utc(state.lastUpdateAt),
    nextUpdateDue: utc(sla.nextUpdateDue),
    timeline: shown,
    olderTimelineEntries: timeline.length - shown.length,
    runbooks: extra.runbooks.map((r) => ({ title: r.runbook.title, url: `${ctx.url}#runbook-${r.runbook.id}` })),
    postmortemUrl: extra.postmortemUrl,
    alert: extra.alert ?? '',
    evidence: state.evidence
      ? `${state.evidence.count} ${state.evidence.count === 1 ? 'entry' : 'entries'}, chain head ${state.evidence.head} (branch incident-evidence/${state.number}; check with firebreak evidence verify --head)`
      : '',
    problems: extra.problems,
    breachDeadline: breachDeadline(state, ctx.config),
    updatedAt: utc(ctx.now),
  };
}

const ROLE_NAMES: Record<string, string> = { scribe: 'Scribe', comms: 'Communications', liaison: 'Customer liaison' };

function describeTargets(targets: Parameters<typeof resolveTargets>[0], ctx: PresentContext): string {
  const resolved = resolveTargets(targets, { config: ctx.config, route: ctx.route, at: ctx.now, onCall: ctx.onCall });
  const parts = [
    ...resolved.mentions.map((m) => m.replace(/^@/, '')),
    ...resolved.contacts.map((c) => `${c.name} (${c.phone})`),
    ...resolved.channels,
  ];
  return parts.join(', ') || resolved.unresolved.join('; ');
}

function slaText(
  target: ReturnType<typeof slaState>['responseTarget'],
  state: IncidentState,
): { breached: boolean; text: string } {
  if (!target) return { breached: false, text: 'No response target for this severity' };
  if (target.breached)
    return { breached: true, text: `Response target missed: not acknowledged by ${utc(target.due)}` };
  if (target.met) return { breached: false, text: `Response target met: acknowledged ${utc(state.acknowledgedAt)}` };
  return { breached: false, text: `Acknowledge by ${utc(target.due)}` };
}

export function timelineEntry(event: IncidentEvent): TimelineEntryView | null {
  const entry = (text: string): TimelineEntryView => ({ at: utc(event.at), actor: event.by, text });
  switch (event.type) {
    case 'opened':
      return entry(`Incident filed as ${event.severity}${event.commander ? `, commander ${event.commander}` : ''}`);
    case 'severity':
      return entry(`Severity ${event.from} → ${event.to}${event.reason ? ` (${event.reason})` : ''}`);
    case 'status':
      return entry(`Status ${event.from} → ${event.to}${event.note ? `: ${event.note}` : ''}`);
    case 'acknowledged':
      return entry('Acknowledged');
    case 'update':
      return entry(`Update: ${event.text}`);
    case 'published':
      return entry(`Published on the status page: ${event.text}`);
    case 'customer-draft':
      return null;
    case 'commander':
      return entry(`Commander: ${event.login}`);
    case 'role':
      return entry(`${ROLE_NAMES[event.role] ?? event.role}: ${event.login}`);
    case 'eta':
      return entry(`ETA ${utc(event.eta) || event.eta}`);
    case 'impact':
      return entry(`Impact: ${event.text}`);
    case 'note':
      return entry(event.text);
    case 'escalated':
      return entry(`Escalated to ${event.name}`);
    case 'paged':
      return entry(`Paged ${event.target}`);
    case 'breach':
      return entry(event.target === 'notification' ? 'Breach notification deadline missed' : 'Response target missed');
    case 'reminder':
      return entry('Status update reminder');
    case 'resolved':
      return entry(`Resolved${event.summary ? `: ${event.summary}` : ''}`);
    case 'reopened':
      return entry('Reopened');
    case 'postmortem':
      return entry(`Postmortem pull request #${event.pull}`);
    case 'delivery':
      return event.ok ? null : entry(`Delivery to ${event.channel} failed${event.error ? `: ${event.error}` : ''}`);
    case 'notified':
      return entry(`Breach notification sent${event.to ? ` to ${event.to}` : ''}`);
    case 'evidence':
      return entry(`Evidence entry ${event.seq} recorded (chain head ${event.head.slice(0, 12)}…)`);
    case 'restricted':
      return entry('Report hidden from the public repository (its SHA-256 is kept)');
    case 'changes':
      // Not part of the incident's own history: the alert and the postmortem show it in a section of its own.
      return null;
  }
}

/**
 * The resolution message for a state that has just been resolved. Its times come from the incident's
 * first acknowledgement, mitigation and resolution — a reopen does not restart them — and a reopen is
 * shown on its own line.
 */
export function resolutionView(
  state: IncidentState,
  config: Config,
  url: string,
  by: string,
  at: string,
  summary: string,
): ResolutionView {
  const from = state.openedAt;
  return {
    incident: incidentRef(state, config, url),
    by,
    at: utc(at),
    summary,
    startedAt: utc(state.startedAt),
    timeToAcknowledge: between(from, state.firstAcknowledgedAt),
    timeToMitigate: between(from, state.firstMitigatedAt),
    timeToResolve: between(from, state.firstResolvedAt),
    postmortem: config.severities[state.severity].postmortem,
    reopened:
      state.reopenedAt !== null && state.resolvedAt !== null
        ? `Reopened ${state.reopens === 1 ? 'once' : `${state.reopens} times`}, last at ${utc(state.reopenedAt)}; resolved again ${between(state.reopenedAt, state.resolvedAt)} later, at ${utc(state.resolvedAt)}.`
        : '',
  };
}
