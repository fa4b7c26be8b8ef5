// Triage of a new incident: from the filed issue (and its form answers, when the body came from one of
// our forms) to the `opened` event — severity and why, services, security, commander — plus the routing,
// the runbooks that fit and what the reporter left out. Pure.
import type { Config, Severity } from '../../config/types.js';
import type { FormAnswers } from '../../forms/types.js';
import type { Issue } from '../github-objects.js';
import {
  applySecurityFloor,
  classify,
  classifySecurity,
  classifySecurityText,
  type Classification,
  type SecurityClassification,
} from '../classification/index.js';
import { reasonOf } from '../classification/reason.js';
import { type IncidentRoute, routeIncident } from '../escalation/index.js';
import type { OnCallLookup } from '../escalation/targets.js';
import { matchRunbooks, type RunbookMatch } from '../runbooks.js';
import type { IncidentEvent } from './events.js';

export interface FiledForm {
  /** "incident" or "security": which of our forms the body matched. */
  kind: 'incident' | 'security';
  answers: FormAnswers;
  /** Labels of required questions without an answer. */
  missing: string[];
  /** Answers that could not be read (a dropdown value that is not an option, …). */
  invalid: Array<{ field: string; value: string; problem: string }>;
}

export interface IntakeProblems {
  noForm: boolean;
  missing: string[];
  invalid: Array<{ field: string; value: string; problem: string }>;
  severityDefaulted: boolean;
}

export interface IntakeFacts {
  issue: Issue;
  config: Config;
  now: Date;
  /** Null when the body matched none of our forms (an issue labelled by hand, or a free-form body). */
  form: FiledForm | null;
  /** Who made the issue an incident: its author, or whoever added the label. */
  by: string;
  onCall: OnCallLookup;
  /** Security incidents in this repository must not echo reported details (it is public). */
  publicRepository: boolean;
  /**
   * When the issue became an incident (filed with the label, or labelled later), from its history; the
   * escalation clock runs from here even when GitHub delivers the event (or lets Firebreak triage) late.
   */
  becameIncidentAt: string | null;
}

export interface Intake {
  opened: Extract<IncidentEvent, { type: 'opened' }>;
  classification: Classification;
  route: IncidentRoute;
  runbooks: RunbookMatch[];
  /** What the reporter should fix (the intake-problems comment). */
  problems: IntakeProblems;
}

export function triage(facts: IntakeFacts): Intake {
  const { issue, config, form } = facts;
  // Without one of our forms the report is its body: the rules read it as the description.
  const answers: FormAnswers = form?.answers ?? (issue.body.trim() !== '' ? { 'what-happened': issue.body } : {});
  let classification = classify({ title: issue.title, answers, labels: issue.labels }, config);
  const security =
    classification.security || form?.kind === 'security' || issue.labels.includes(config.labels.security.name);
  const profile = security ? securityOf(form, answers, issue.title, config) : null;
  if (profile) classification = applySecurityFloor(classification, profile);
  const services = servicesOf(answers, issue.labels, config);
  const severity: Severity = classification.severity;
  const route = routeIncident(config, services, severity);
  const commander = route.rotation ? facts.onCall(route.rotation.id, undefined, facts.now) : null;
  const problems: IntakeProblems = {
    noForm: form === null,
    missing: form?.missing ?? [],
    invalid: form?.invalid ?? [],
    severityDefaulted: classification.decidedBy === 'default',
  };
  const securityProfile = profile ? { type: profile.type, confirmed: profile.confirmed } : null;
  // A security incident in a public repository: nothing the reporter wrote goes into Firebreak's own
  // comments, records or notifications — not the title, the impact, nor a classification reason
  // quoting their words.
  const restricted = security && facts.publicRepository;
  const opened: Intake['opened'] = {
    type: 'opened',
    at:
      facts.becameIncidentAt && Date.parse(facts.becameIncidentAt) <= facts.now.getTime()
        ? facts.becameIncidentAt
        : facts.now.toISOString(),
    by: facts.by,
    key: 'opened',
    title: restricted ? `Security incident #${issue.number}` : issue.title,
    severity,
    reported: classification.reported,
    reason: restricted
      ? `${severity} from the security procedure for ${securityProfile?.confirmed ? 'a confirmed' : 'a suspected'} ${config.security.procedures[securityProfile?.type ?? 'other'].title.toLowerCase()} and the classification rules`
      : reasonOf(classification),
    services: restricted ? [] : services,
    security,
    commander,
    startedAt: startedAt(answers, issue, facts.now),
    impact: restricted ? null : text(answers['who-is-affected']),
    securityProfile,
  };
  // The severity answer is the form's own wording ("potential security incident"), not the reporter's.
  const { severity: _severity, ...reported } = answers;
  const runbooks = matchRunbooks(config, {
    services,
    security,
    text: [issue.title, ...textAnswers(reported)].join('\n'),
  });
  return { opened, classification, route, runbooks, problems };
}

/** The procedure that applies: the security form's answers, else what the report's words say. */
function securityOf(
  form: FiledForm | null,
  answers: FormAnswers,
  title: string,
  config: Config,
): SecurityClassification {
  if (form?.kind === 'security') return classifySecurity(answers, config);
  return classifySecurityText([title, ...textAnswers(answers)].join('\n'), config);
}

/** Affected services: the form's answer (matched to the catalog by id or name) and service labels. */
function servicesOf(answers: FormAnswers, labels: string[], config: Config): string[] {
  const raw = answers.services;
  const named = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/,\s*/) : [];
  const fromLabels = labels
    .filter((l) => l.startsWith(config.labels.servicePrefix))
    .map((l) => l.slice(config.labels.servicePrefix.length));
  const ids = [...named, ...fromLabels]
    .map((name) => serviceId(name, config))
    .filter((id) => id !== '' && id !== 'other');
  return [...new Set(ids)];
}

function serviceId(name: string, config: Config): string {
  const wanted = name.trim().toLowerCase();
  const known = Object.values(config.services).find(
    (s) => s.id.toLowerCase() === wanted || s.name.toLowerCase() === wanted,
  );
  if (known) return known.id;
  return wanted
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** The reported start when it reads as a time no later than now; else the filing time. */
function startedAt(answers: FormAnswers, issue: Issue, now: Date): string {
  const reported = text(answers['started-at']);
  const filed = issue.createdAt || now.toISOString();
  if (!reported) return filed;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(reported) ? reported : `${reported.replace(' ', 'T')}Z`;
  const at = Date.parse(withZone);
  if (Number.isNaN(at) || at > Date.parse(filed)) return filed;
  return new Date(at).toISOString();
}

function text(value: FormAnswers[string] | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function textAnswers(answers: FormAnswers): string[] {
  return Object.values(answers).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []));
}
