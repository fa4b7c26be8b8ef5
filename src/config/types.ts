// The normalized configuration every part of Firebreak reads. `.github/firebreak.yml` uses kebab-case keys
// and human durations ("15m", "1h", "immediate"); the loader validates that file against
// schemas/config.schema.json and turns it into this shape (durations in minutes). With no file, the
// defaults are the user's playbook (src/config/defaults.ts).

export const SEVERITIES = ['P0', 'P1', 'P2', 'P3', 'P4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['investigating', 'identified', 'mitigating', 'monitoring', 'resolved'] as const;
export type Status = (typeof STATUSES)[number];

export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Minutes. */
export type Minutes = number;

export interface SeverityPolicy {
  id: Severity;
  /** "Critical", "High", … */
  name: string;
  /** One line: "Complete service outage affecting all users". */
  summary: string;
  /** The playbook's bullet points ("System completely down", …). */
  examples: string[];
  /** Acknowledge within this many minutes; null = no response target. "immediate" is 5 minutes. */
  responseTarget: Minutes | null;
  /** Remind the commander when the last status update is older than this; null = no reminders. */
  updateEvery: Minutes | null;
  /** Resolving an incident of this severity opens a postmortem pull request. */
  postmortem: boolean;
}

export interface LabelSpec {
  name: string;
  /** Six hex digits, no '#'. */
  color: string;
  description: string;
}

export interface LabelsConfig {
  incident: LabelSpec;
  security: LabelSpec;
  responseBreach: LabelSpec;
  postmortem: LabelSpec;
  postmortemAction: LabelSpec;
  severity: Record<Severity, LabelSpec>;
  status: Record<Status, LabelSpec>;
  /** Service labels are `${servicePrefix}${service id}`. */
  servicePrefix: string;
  serviceColor: string;
}

export interface Phase {
  id: string;
  name: string;
  /** Minutes after the incident started when the phase begins and should be done. */
  start: Minutes;
  end: Minutes;
  steps: string[];
}

export interface Contact {
  name: string;
  phone: string;
  description?: string;
}

export interface ClassificationMatch {
  /** Any of these phrases (case-insensitive, whole words) in the given fields (default: title and every text answer). */
  keywords?: string[];
  fields?: string[];
  /** The answer to a field equals one of these (case-insensitive, compared on the text before " - "). */
  answer?: { field: string; equals: string[] };
  /** A checkbox option is ticked. */
  checked?: { field: string; option: string };
}

export interface ClassificationRule {
  id: string;
  description: string;
  /** All given conditions must hold. */
  match: ClassificationMatch;
  /** The incident is at least this severe. */
  severity?: Severity;
  /** Caps the severity the rules derive (never the reporter's own choice). */
  atMost?: Severity;
  /** Marks the incident as a security incident. */
  security?: boolean;
}

export type ShiftLength = { kind: 'daily' } | { kind: 'weekly' } | { kind: 'custom'; hours: number };

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface RotationLayer {
  /** "primary", "secondary", … */
  name: string;
  /** GitHub logins in rotation order. */
  members: string[];
  shift: ShiftLength;
  /** Local wall-clock time of the hand-off, "HH:MM", in the rotation's time zone. */
  handoff: string;
  /** Weekly shifts hand off on this day (default monday). */
  handoffDay: Weekday;
  /** "YYYY-MM-DD": the first shift (members[0]) begins at the first hand-off on or after this local date. */
  start: string;
}

export interface RotationOverride {
  /** ISO instants; `member` is on call in [start, end). */
  start: string;
  end: string;
  member: string;
  /** Default: the first layer. */
  layer?: string;
}

/** Two shifts of one layer trade members: whoever had the shift containing instant `a` takes the one containing `b`, and vice versa. */
export interface RotationSwap {
  layer?: string;
  a: string;
  b: string;
}

export interface Rotation {
  id: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  layers: RotationLayer[];
  overrides: RotationOverride[];
  swaps: RotationSwap[];
}

export type EscalationTarget =
  | { kind: 'rotation'; rotation: string; layer?: string }
  /** The on-call of the incident's own service rotation (or the default rotation). */
  | { kind: 'oncall'; layer?: string }
  | { kind: 'user'; user: string }
  | { kind: 'team'; team: string }
  | { kind: 'contact'; contact: string }
  | { kind: 'channel'; channel: string };

export interface EscalationStep {
  id: string;
  name: string;
  /** Minutes after the incident started. */
  after: Minutes;
  severities: Severity[];
  targets: EscalationTarget[];
}

export type StopCondition = 'acknowledged' | 'mitigated' | 'resolved';

export interface EscalationPolicy {
  id: string;
  steps: EscalationStep[];
  stopOn: Record<Severity, StopCondition>;
}

export interface Service {
  id: string;
  name: string;
  description?: string;
  team?: string;
  rotation?: string;
  policy?: string;
  runbooks: string[];
  /** Path globs of the service's code: merged pull requests changing a matching file are listed under "What changed". */
  paths: string[];
}

export type ChannelType = 'slack' | 'teams' | 'webhook' | 'pagerduty';

export interface Channel {
  id: string;
  type: ChannelType;
  /** Name of the environment variable holding the webhook URL (slack, teams, webhook). */
  urlFrom?: string;
  /** Name of the environment variable holding the PagerDuty routing key. */
  routingKeyFrom?: string;
  /** Severities that notify this channel from the internal alert (default: all). */
  severities: Severity[];
}

export interface Runbook {
  id: string;
  title: string;
  steps: string[];
  match: { services: string[]; keywords: string[] };
  /** A workflow file in .github/workflows that `/runbook run` dispatches with input `incident`. */
  workflow?: string;
}

export const COMMANDS = [
  'ack',
  'status',
  'update',
  'severity',
  'ic',
  'role',
  'eta',
  'impact',
  'customer',
  'publish',
  'timeline',
  'runbook',
  'runbook-run',
  'escalate',
  'page',
  'resolve',
  'reopen',
  'evidence',
  'notified',
  'help',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export const SECURITY_TYPES = [
  'data-breach',
  'unauthorized-access',
  'ddos',
  'vulnerability',
  'malware',
  'other',
] as const;
export type SecurityType = (typeof SECURITY_TYPES)[number];

export interface SecurityProcedure {
  title: string;
  /** Severity floor when confirmed and when suspected. */
  confirmed: Severity;
  suspected: Severity;
  steps: string[];
}

export interface SecurityConfig {
  /** Logins or "org/team" slugs. */
  team: string[];
  /** "owner/name" of a private repository for restricted details. */
  privateRepository?: string;
  /** Data breaches: notify regulators/users within this many minutes. */
  notificationDeadline: Minutes;
  /** Remind this many minutes before the deadline. */
  reminders: Minutes[];
  /** Open a draft repository security advisory for vulnerability reports. */
  advisories: boolean;
  procedures: Record<SecurityType, SecurityProcedure>;
}

export interface PostmortemConfig {
  directory: string;
  reviewers: string[];
}

/** An alert rule: when every `match` label holds (exact text, `/regex/` or `*`), the alert gets this severity and/or service. */
export interface AlertRule {
  match: Record<string, string>;
  severity?: Severity;
  service?: string;
}

/** Incidents from monitoring alerts (docs/alerts.md). */
export interface AlertsConfig {
  /** Label on every incident opened from an alert (lookups by dedup key list the issues carrying it). */
  label: string;
  /** Labels whose values make the dedup key; empty: the tool's own fingerprint / dedup_key. */
  key: string[];
  /** The alert label holding its severity, and how its values map to Firebreak's. */
  severityLabel: string;
  severities: Record<string, Severity>;
  /** The alert label naming the affected service. */
  serviceLabel: string;
  /** Checked in order before the severity map; the first that matches wins. */
  rules: AlertRule[];
  /** When neither a rule nor the severity label says. */
  defaultSeverity: Severity;
  /** A re-fire within this long after clearing is folded into the same incident (flapping). */
  flapWindow: Minutes;
  /** Resolve the incident when its alert clears and nobody acknowledged it. */
  autoResolve: boolean;
  /** A cleared alert that fires again: reopen its incident (within reopenWithin of closing) or open a new one. */
  refire: 'reopen' | 'open';
  reopenWithin: Minutes;
}

/** What changed before an incident began (docs/configuration.md#what-changed). */
export interface ChangesConfig {
  enabled: boolean;
  /** How far back before the incident to look. */
  window: Minutes;
  /** At most this many changes are listed. */
  limit: number;
}

/** The public status page (docs/pages.md, "Status page"). */
export interface StatusPageConfig {
  /** The branch GitHub Pages serves it from. */
  branch: string;
  /** Where it is served; null: GitHub Pages' address for the repository (https://owner.github.io/name/). */
  url: string | null;
  /** Its title and heading; null: "<repository> status". */
  title: string | null;
  /** Publish the on-call calendar (oncall.ics, oncall/<login>.ics) on the status branch. */
  oncallCalendar: boolean;
}

export interface Config {
  severities: Record<Severity, SeverityPolicy>;
  /** Severity for incidents whose severity cannot be read. */
  defaultSeverity: Severity;
  labels: LabelsConfig;
  phases: Phase[];
  contacts: Record<string, Contact>;
  classification: ClassificationRule[];
  rotations: Record<string, Rotation>;
  /** Rotation used when the incident's service names none. */
  defaultRotation: string;
  policies: Record<string, EscalationPolicy>;
  defaultPolicy: string;
  services: Record<string, Service>;
  channels: Record<string, Channel>;
  runbooks: Record<string, Runbook>;
  commands: Record<CommandName, Permission>;
  /** Repository folder whose *.md files override the default templates by name. */
  templatesDirectory: string;
  postmortem: PostmortemConfig;
  security: SecurityConfig;
  alerts: AlertsConfig;
  changes: ChangesConfig;
  statusPage: StatusPageConfig;
}
