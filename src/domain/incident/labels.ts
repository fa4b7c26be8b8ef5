// Labels and assignees that mirror the incident, and severity labels applied by hand.
//
// A severity label that disagrees with the state is either a person's decision (they added
// `severity:P0`) or Firebreak's own lag (a run that recorded a severity change died before relabelling).
// The issue's label history tells them apart: a severity label change by someone other than the action,
// newer than the state's last severity decision, is a person's decision; anything else is re-synced.
import type { Config, Severity } from '../../config/types.js';
import { formatTarget } from '../../config/duration.js';
import type { Issue, IssueEvent } from '../github-objects.js';
import type { SeverityChangeView } from '../views.js';
import { moreSevere, severityRank } from '../classification/index.js';
import type { PlannedWrite } from '../plan.js';
import { responseDue } from '../escalation/index.js';
import type { IncidentEvent } from './events.js';
import { incidentRef, utc } from './present.js';
import type { IncidentState } from './state.js';

export interface LabelChange {
  action: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  at: string;
  /** The issue event's id, when the change was read from the issue's history. */
  id?: number;
}

/** Labels that reflect the state: incident, severity, status, services, security. */
export function labelWrites(state: IncidentState, config: Config, issue: Issue): PlannedWrite[] {
  const wanted = [
    config.labels.incident,
    config.labels.severity[state.severity],
    config.labels.status[state.status],
    ...state.services.map((s) => ({
      name: `${config.labels.servicePrefix}${s}`.slice(0, 50),
      color: config.labels.serviceColor,
      description: `Incidents affecting ${config.services[s]?.name ?? s}`.slice(0, 100),
    })),
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
    {
      kind: 'labels',
      add: wanted.map((l) => l.name),
      remove,
      describe: `labels ${wanted.map((l) => l.name).join(', ')}${remove.length ? ` (removing ${remove.join(', ')})` : ''}`,
    },
  ];
}

/** The commander is the assignee; a new commander replaces the previous one. */
export function commanderWrites(previous: string | null, next: string | null, issue: Issue): PlannedWrite[] {
  if (!next) return [];
  const remove =
    previous && previous.toLowerCase() !== next.toLowerCase() && issue.assignees.includes(previous) ? [previous] : [];
  if (issue.assignees.some((a) => a.toLowerCase() === next.toLowerCase()) && remove.length === 0) return [];
  return [
    {
      kind: 'assign',
      add: [next],
      remove,
      describe: `assign commander ${next}${remove.length ? ` (instead of ${remove[0]})` : ''}`,
    },
  ];
}

function severityOfLabel(config: Config): Map<string, Severity> {
  return new Map(
    Object.entries(config.labels.severity).map(([sev, spec]) => [spec.name.toLowerCase(), sev as Severity]),
  );
}

/** True when the issue's severity labels disagree with the state (the shell then reads the label history). */
export function severityLabelsDisagree(issue: Issue, state: IncidentState, config: Config): boolean {
  const byLabel = severityOfLabel(config);
  const present = issue.labels.map((l) => byLabel.get(l.toLowerCase())).filter((s) => s !== undefined);
  return !(present.length === 1 && present[0] === state.severity);
}

export interface LabelFacts {
  issue: Issue;
  config: Config;
  now: Date;
  botLogin: string;
  labelChange: LabelChange | null;
  /** The issue's label events, read when the labels disagree with the state; null when not read. */
  labelHistory: IssueEvent[] | null;
}

export interface SeverityFromLabels {
  event: IncidentEvent;
  key: string;
  view: Omit<SeverityChangeView, 'escalation'>;
  /** The issue event of the person's change (null when it came from the run's trigger). */
  eventId: number | null;
}

/** The severity a person asked for with labels, when they differ from the state. */
export function severityFromLabels(facts: LabelFacts, state: IncidentState): SeverityFromLabels | null {
  const { config, issue } = facts;
  if (!severityLabelsDisagree(issue, state, config)) return null;
  const byLabel = severityOfLabel(config);
  const present = issue.labels.map((l) => byLabel.get(l.toLowerCase())).filter((s): s is Severity => s !== undefined);
  const human = humanSeverityChange(facts, state, byLabel);
  if (!human) return null;
  const n = state.events.length;
  const base = {
    incident: incidentRef(state, config, issue.htmlUrl),
    from: state.severity,
    fromName: config.severities[state.severity].name,
    by: human.actor,
    at: utc(human.at),
  };
  if (present.length === 0) {
    // The last severity label was removed: keep the severity, restore its label, and say so.
    const key = `severity-restored:${n}`;
    const event: IncidentEvent = {
      type: 'note',
      text: `Severity label removed by ${human.actor}; ${state.severity} kept`,
      at: human.at,
      by: human.actor,
      key,
    };
    const view = {
      ...base,
      to: state.severity,
      toName: base.fromName,
      upgrade: false,
      via: `removed label \`${config.labels.severity[state.severity].name}\``,
      reason: 'the last severity label was removed; the previous severity stays until someone sets another',
      restored: true,
      responseTarget: formatTarget(config.severities[state.severity].responseTarget),
      acknowledgeBy: '',
    };
    return { event, key, view, eventId: human.id ?? null };
  }
  // Several severity labels: the one just added wins, else the most severe that differs.
  const added = human.action === 'labeled' ? byLabel.get(human.label.toLowerCase()) : undefined;
  const to =
    added && present.includes(added)
      ? added
      : present.filter((s) => s !== state.severity).reduce<Severity | null>((a, b) => (a ? moreSevere(a, b) : b), null);
  if (!to || to === state.severity) return null;
  const key = `severity:${n}:${to}`;
  const event: IncidentEvent = {
    type: 'severity',
    from: state.severity,
    to,
    reason: `label ${config.labels.severity[to].name} applied by ${human.actor}`,
    source: 'label',
    at: human.at,
    by: human.actor,
    key,
  };
  const target = config.severities[to].responseTarget;
  const view = {
    ...base,
    to,
    toName: config.severities[to].name,
    upgrade: severityRank(to) < severityRank(state.severity),
    via: `label \`${config.labels.severity[to].name}\``,
    reason: '',
    restored: false,
    responseTarget: formatTarget(target),
    acknowledgeBy:
      target === null || state.acknowledgedAt
        ? ''
        : utc(
            new Date(
              responseDue({ ...state, severity: to, events: [...state.events, event] }, config) ??
                Date.parse(state.cycleStart),
            ),
          ),
  };
  return { event, key, view, eventId: human.id ?? null };
}

/** The latest severity-label change made by a person after the state's last severity decision. */
function humanSeverityChange(
  facts: LabelFacts,
  state: IncidentState,
  byLabel: Map<string, Severity>,
): LabelChange | null {
  const lastDecision = [...state.events].reverse().find((e) => e.type === 'severity' || e.type === 'opened');
  const since = lastDecision ? Date.parse(lastDecision.at) : 0;
  if (facts.labelHistory) {
    const change = [...facts.labelHistory]
      .reverse()
      .find(
        (e) =>
          (e.event === 'labeled' || e.event === 'unlabeled') &&
          e.label !== undefined &&
          byLabel.has(e.label.toLowerCase()) &&
          e.actor !== facts.botLogin,
      );
    if (!change || Date.parse(change.createdAt) < since) return null;
    return {
      action: change.event as 'labeled' | 'unlabeled',
      label: change.label ?? '',
      actor: change.actor,
      at: change.createdAt,
      id: change.id,
    };
  }
  const trigger = facts.labelChange;
  if (trigger && byLabel.has(trigger.label.toLowerCase()) && trigger.actor !== facts.botLogin) return trigger;
  return null;
}
