// What the domain hands each template: plain strings, numbers, booleans and arrays, with times already
// formatted ("2026-03-02 10:15 UTC") and durations already worded ("12 min"). Every string is treated as
// untrusted text by the renderer (escaped for where it lands), so the domain never escapes anything itself.
// Logins are bare ("alice", "acme/oncall"): templates that mean to notify someone write `@{{login}}`.
// An empty string means "not known / not yet"; templates test it with {{#x}} … {{/x}} / {{^x}} … {{/x}}.

export const TEMPLATE_NAMES = [
  'internal-alert',
  'summary',
  'runbook',
  'status-update',
  'severity-change',
  'escalation',
  'response-breach',
  'update-reminder',
  'security-deadline',
  'resolution',
  'customer-communication',
  'postmortem-communication',
  'command-reply',
  'intake-problems',
  'postmortem',
  'notice',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** The incident every message is about. */
export interface IncidentRef {
  number: number;
  /** The issue title (user text). */
  title: string;
  url: string;
  /** "P1". */
  severity: string;
  /** "High". */
  severityName: string;
  /** "investigating". */
  status: string;
  /** "Investigating". */
  statusLabel: string;
  security: boolean;
}

export interface LinkView {
  title: string;
  url: string;
}

export interface RoleView {
  /** "Scribe", "Communications", "Customer liaison". */
  role: string;
  login: string;
}

export interface TimelineEntryView {
  /** "2026-03-02 10:15 UTC". */
  at: string;
  /** Login, or "firebreak" for the action itself. */
  actor: string;
  text: string;
}

/** Playbook phase with its target: "Detection & Analysis", "0–15 min", "2026-03-02 10:15 UTC". */
export interface PhaseView {
  name: string;
  window: string;
  due: string;
}

export interface ContactView {
  name: string;
  phone: string;
}

// ---------------------------------------------------------------------------------------------- alerts

/** Posted once when an incident is triaged: the playbook's Internal Alert. */
export interface InternalAlertView {
  incident: IncidentRef;
  /** The brief description after "INCIDENT: [P1] - " (usually the title). */
  description: string;
  /** Systems/users affected; '' while unknown. */
  impact: string;
  /** Expected resolution time; '' while unknown. */
  eta: string;
  reporter: string;
  startedAt: string;
  /** Affected service names. */
  services: string[];
  /** Incident commander's login; '' when nobody is on call. */
  commander: string;
  /** When the response target runs out; '' for severities without one. */
  acknowledgeBy: string;
  /** "1 hour", "Immediate". */
  responseTarget: string;
  phases: PhaseView[];
  /** Which classification rule decided the severity, and why. */
  classification: string;
  runbooks: LinkView[];
  /** Extra logins/teams to notify (e.g. the security team). */
  notify: string[];
  /** The escalation steps paged when the incident was filed (the on-call engineer), with their contacts. */
  paged: EscalationStepView[];
  /** A data breach's notification deadline ("2026-03-05 10:00 UTC, 72h after detection"); '' when none runs. */
  breachDeadline: string;
  /** What changed before the incident began; null when `changes.enabled` is off. */
  changes: ChangesView | null;
}

/** "What changed before this began": merged pull requests, deployments and releases in the window. */
export interface ChangesView {
  /** "24h". */
  window: string;
  items: ChangeView[];
  /** Nothing in the window (and it could be read). */
  none: boolean;
  /** Changes beyond the limit (0: none). */
  more: number;
  /** Older changes in the window were not read. */
  incomplete: boolean;
  /** Why nothing could be read; '' when it was. */
  error: string;
}

export interface ChangeView {
  at: string;
  /** "Pull request", "Deployment", "Release". */
  kind: string;
  /** "#12", "production", "v2.4.0". */
  ref: string;
  title: string;
  url: string;
  by: string;
}

/** The one live summary comment, edited in place. */
export interface SummaryView {
  incident: IncidentRef;
  severityReason: string;
  commander: string;
  roles: RoleView[];
  services: string[];
  impact: string;
  eta: string;
  startedAt: string;
  acknowledgedAt: string;
  mitigatedAt: string;
  resolvedAt: string;
  /** The next escalation step; null when none is left or the policy stopped. */
  nextEscalation: { name: string; due: string; targets: string } | null;
  /** Response target: met, pending or breached, in words. */
  sla: { breached: boolean; text: string };
  lastUpdateAt: string;
  nextUpdateDue: string;
  /** The latest entries, oldest first. */
  timeline: TimelineEntryView[];
  /** How many older entries are not shown (0: none). */
  olderTimelineEntries: number;
  runbooks: LinkView[];
  postmortemUrl: string;
  /** An incident opened from a monitoring alert: its status, how often it fired, when last ('' otherwise). */
  alert?: string;
  /** The evidence ledger's entries and chain head (security incidents); '' when there is none. */
  evidence: string;
  /** Failed deliveries, writes left for the next run, configuration warnings. */
  problems: string[];
  /** A data breach's notification deadline, while it runs; '' otherwise. */
  breachDeadline: string;
  updatedAt: string;
}

/** A runbook's checklist, posted on triage when it matches or on `/runbook <name>`. */
export interface RunbookView {
  incident: IncidentRef;
  runbookId: string;
  title: string;
  steps: string[];
  /** Why it was posted: "matches service database", "requested by alice". */
  reason: string;
  /** Workflow `/runbook run` dispatches; '' when none. */
  workflow: string;
}

// --------------------------------------------------------------------------------------- lifecycle

/** `/status …` and `/update …`. */
export interface StatusUpdateView {
  incident: IncidentRef;
  author: string;
  at: string;
  statusChanged: boolean;
  previousStatusLabel: string;
  note: string;
  impact: string;
  eta: string;
  nextUpdateDue: string;
}

/** A severity label applied by hand, `/severity`, or the previous severity restored. */
export interface SeverityChangeView {
  incident: IncidentRef;
  from: string;
  fromName: string;
  to: string;
  toName: string;
  upgrade: boolean;
  by: string;
  /** "label `severity:P0`", "`/severity`". */
  via: string;
  reason: string;
  at: string;
  /** The last severity label was removed and the previous severity came back. */
  restored: boolean;
  responseTarget: string;
  acknowledgeBy: string;
  /** What changed in escalation: steps fired at once, steps that no longer apply. */
  escalation: string[];
}

export interface EscalationStepView {
  /** "Engineering Manager". */
  name: string;
  /** Logins and org/team slugs to notify. */
  mentions: string[];
  contacts: ContactView[];
  /** Channel descriptions: "Slack (incidents)". */
  channels: string[];
  due: string;
  late: boolean;
  /** "7 min"; '' when on time. */
  lateBy: string;
}

/** One or more escalation steps that became due (a late sweep lists every one it catches up on). */
export interface EscalationView {
  incident: IncidentRef;
  steps: EscalationStepView[];
  /** More than one step in this comment. */
  several: boolean;
  /** `/escalate` by a responder rather than the clock. */
  manual: boolean;
  by: string;
  reason: string;
  commander: string;
  /** Who acknowledged and when ('' while nobody has): a P0 keeps escalating after an acknowledgement. */
  acknowledgedBy: string;
  acknowledgedAt: string;
  /** When the policy stops escalating this severity: "acknowledged", "mitigated" or "resolved". */
  stopsWhen: string;
  /** True when an acknowledgement stops it (then the message asks for `/ack`). */
  stopsOnAck: boolean;
  /** The command that records the stop condition: "`/status mitigating`", "`/resolve`". */
  stopCommand: string;
}

/** Not acknowledged within the response target. */
export interface ResponseBreachView {
  incident: IncidentRef;
  /** "1 hour". */
  target: string;
  due: string;
  lateBy: string;
  commander: string;
  /** Who else is told about the breach. */
  notify: string[];
  /** The label that marks breached incidents. */
  label: string;
}

/** A data breach's notification deadline: a reminder before it, or the notice that it passed. */
export interface SecurityDeadlineView {
  incident: IncidentRef;
  /** "2026-03-05 10:00 UTC". */
  deadline: string;
  /** "24h"; '' once breached. */
  remaining: string;
  breached: boolean;
  /** "2h"; '' before the deadline. */
  lateBy: string;
  /** Security team logins and org/team slugs to notify. */
  notify: string[];
  /** "Data breach". */
  procedure: string;
}

/** The last status update is older than the severity's cadence. */
export interface UpdateReminderView {
  incident: IncidentRef;
  commander: string;
  /** "30 min". */
  cadence: string;
  /** '' when there was no update yet. */
  lastUpdateAt: string;
  due: string;
  overdueBy: string;
}

export interface ResolutionView {
  incident: IncidentRef;
  by: string;
  at: string;
  summary: string;
  startedAt: string;
  timeToAcknowledge: string;
  timeToMitigate: string;
  timeToResolve: string;
  /** A postmortem pull request will follow. */
  postmortem: boolean;
  /** "Reopened once, at …; resolved again 20m later" — '' when it was never reopened. */
  reopened: string;
}

// ---------------------------------------------------------------------------------- communication

/** The playbook's Customer Communication, drafted for review (`/customer`). */
export interface CustomerCommunicationView {
  incident: IncidentRef;
  /** "We are currently experiencing …". */
  description: string;
  impact: string;
  /** What we are doing about it. */
  status: string;
  /** Where and when customers get updates. */
  updates: string;
  requestedBy: string;
}

export interface PostmortemCommunicationView {
  incident: IncidentRef;
  pullNumber: number;
  pullUrl: string;
  /** "docs/postmortems/2026-03-02-checkout-fails.md". */
  path: string;
  reviewers: string[];
  /** The pull request already existed and was updated (after a reopen). */
  updated: boolean;
  /** What Firebreak rewrote in it this time ("the timeline and the front matter key `resolved`"); '' when nothing or not known. */
  regenerated: string;
  /** Firebreak looked and its parts were already up to date. */
  unchanged: boolean;
  /** Its parts people edited, kept as they are ("the timeline"); ''. */
  kept: string;
  /** The pull request was merged already and holds this postmortem as Firebreak would write it now. */
  merged: boolean;
}

export interface CommandResultView {
  /** The command line as typed (user text). */
  command: string;
  /** Exactly one of these four is true. */
  done: boolean;
  refused: boolean;
  invalid: boolean;
  failed: boolean;
  message: string;
  /** "/severity <P0-P4> [reason]"; '' when not needed. */
  usage: string;
  /** "/ack" for "did you mean"; ''. */
  suggestion: string;
}

export interface CommandHelpView {
  usage: string;
  description: string;
  permission: string;
}

/** The one reply to a comment with commands (fact-only comments get none: domain/incident/commands.ts). */
export interface CommandReplyView {
  incident: IncidentRef;
  author: string;
  results: CommandResultView[];
  /** Filled for `/help`; empty otherwise. */
  help: CommandHelpView[];
}

export interface IntakeFieldProblemView {
  field: string;
  /** What was entered (user text); '' when nothing. */
  value: string;
  problem: string;
}

/** The one comment listing what a filed form is missing. */
export interface IntakeProblemsView {
  incident: IncidentRef;
  reporter: string;
  /** The body matched no form at all. */
  noForm: boolean;
  /** Labels of required fields without an answer. */
  missing: string[];
  invalid: IntakeFieldProblemView[];
  /** The severity could not be read and the default was applied. */
  severityDefaulted: boolean;
  defaultSeverity: string;
}

// ----------------------------------------------------------------------------------------- postmortem

export interface ActionItemView {
  text: string;
  /** Login; '' when nobody owns it yet. */
  owner: string;
  done: boolean;
}

/** A point on the mermaid timeline: "10:15" and a short label. */
export interface DiagramPointView {
  at: string;
  label: string;
}

/** The body of docs/postmortems/<date>-<slug>.md (its front matter is written elsewhere). */
export interface PostmortemView {
  incident: IncidentRef;
  /** Written by the team; '' leaves the placeholder. */
  summary: string;
  impact: string;
  services: string[];
  commander: string;
  roles: RoleView[];
  startedAt: string;
  detectedAt: string;
  acknowledgedAt: string;
  mitigatedAt: string;
  resolvedAt: string;
  timeToAcknowledge: string;
  timeToMitigate: string;
  timeToResolve: string;
  timeline: TimelineEntryView[];
  diagram: DiagramPointView[];
  rootCauses: string[];
  contributingFactors: string[];
  wentWell: string[];
  wentWrong: string[];
  lucky: string[];
  actionItems: ActionItemView[];
  /** What changed before the incident began, as triage listed it; null when it was not recorded. */
  changes: ChangesView | null;
}

export interface TemplateViews {
  'internal-alert': InternalAlertView;
  summary: SummaryView;
  runbook: RunbookView;
  'status-update': StatusUpdateView;
  'severity-change': SeverityChangeView;
  escalation: EscalationView;
  'response-breach': ResponseBreachView;
  'update-reminder': UpdateReminderView;
  'security-deadline': SecurityDeadlineView;
  resolution: ResolutionView;
  'customer-communication': CustomerCommunicationView;
  'postmortem-communication': PostmortemCommunicationView;
  'command-reply': CommandReplyView;
  'intake-problems': IntakeProblemsView;
  postmortem: PostmortemView;
  notice: NoticeView;
}

/** A notice about Firebreak itself: what happened, what Firebreak did, what people should do. */
export interface NoticeView {
  incident: IncidentRef;
  /** "A comment of Firebreak's was edited". */
  title: string;
  /** What happened and what Firebreak did, one line each. */
  lines: string[];
  /** What people should do, or ''. */
  advice: string;
}
