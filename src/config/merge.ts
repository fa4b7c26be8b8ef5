// Merges a validated .github/firebreak.yml over the defaults and normalizes it into Config: kebab-case keys
// become camelCase, durations become minutes, shorthands become their full form. Merge semantics
// (docs/configuration.md, "How your file combines with the defaults"):
//   - mappings merge key by key, recursively: give only what you change;
//   - lists replace the default list as a whole;
//   - in the id-keyed maps (contacts, rotations, policies, services, channels, runbooks) `~` removes a default
//     entry, and an entry that is not a default must be complete (a new rotation needs layers, …).
import { DEFAULT_ROTATION_START } from './defaults.js';
import { parseDuration, parseTarget } from './duration.js';
import type { PathProblem } from './path-problem.js';
import type { PathSegment } from './problems.js';
import type {
  RawChannel,
  RawClassificationRule,
  RawConfig,
  RawContact,
  RawLabel,
  RawLayer,
  RawMap,
  RawPhase,
  RawPolicy,
  RawRotation,
  RawRunbook,
  RawService,
  RawShift,
  RawStep,
  RawTarget,
} from './raw-config.js';
import {
  SEVERITIES,
  type Channel,
  type ClassificationRule,
  type Config,
  type Contact,
  type EscalationPolicy,
  type EscalationStep,
  type EscalationTarget,
  type LabelSpec,
  type Phase,
  type Rotation,
  type RotationLayer,
  type Runbook,
  type Service,
  type ShiftLength,
  type Severity,
  type StopCondition,
} from './types.js';

export interface MergeResult {
  config: Config;
  problems: PathProblem[];
}

export function mergeConfig(raw: RawConfig, defaults: Config): MergeResult {
  const base = structuredClone(defaults);
  const problems: PathProblem[] = [];
  const missing = (segments: PathSegment[], key: string, why: string): void => {
    problems.push({
      severity: 'error',
      segments: [...segments, key],
      anchor: 'key',
      message: `missing required key \`${key}\` (${why})`,
    });
  };
  const removals =
    (section: string) =>
    (id: string, exists: boolean): void => {
      if (!exists)
        problems.push({
          severity: 'warning',
          segments: [section, id],
          anchor: 'key',
          message: `\`~\` removes a default entry, but there is no default \`${id}\` in ${section}`,
        });
    };

  const config: Config = {
    severities: mergeSeverities(raw, base),
    defaultSeverity: raw['default-severity'] ?? base.defaultSeverity,
    labels: mergeLabels(raw, base),
    phases: raw.phases?.map(phase) ?? base.phases,
    contacts: mergeMap(raw.contacts, base.contacts, removals('contacts'), (id, entry, old) =>
      contact(id, entry, old, missing),
    ),
    classification: raw.classification?.map(rule) ?? base.classification,
    rotations: mergeMap(raw.rotations, base.rotations, removals('rotations'), (id, entry, old) =>
      rotation(id, entry, old, missing),
    ),
    defaultRotation: raw['default-rotation'] ?? base.defaultRotation,
    policies: mergeMap(raw.policies, base.policies, removals('policies'), (id, entry, old) =>
      policy(id, entry, old, base.policies[base.defaultPolicy]?.stopOn, missing),
    ),
    defaultPolicy: raw['default-policy'] ?? base.defaultPolicy,
    services: mergeMap(raw.services, base.services, removals('services'), service),
    channels: mergeMap(raw.channels, base.channels, removals('channels'), channel),
    runbooks: mergeMap(raw.runbooks, base.runbooks, removals('runbooks'), (id, entry, old) =>
      runbook(id, entry, old, missing),
    ),
    commands: { ...base.commands, ...raw.commands },
    templatesDirectory: trimSlashes(raw['templates-directory'] ?? base.templatesDirectory),
    postmortem: {
      directory: trimSlashes(raw.postmortem?.directory ?? base.postmortem.directory),
      reviewers: raw.postmortem?.reviewers?.map(stripAt) ?? base.postmortem.reviewers,
    },
    security: mergeSecurity(raw, base),
    alerts: mergeAlerts(raw.alerts, base.alerts),
    changes: {
      enabled: raw.changes?.enabled ?? base.changes.enabled,
      window:
        (raw.changes?.window !== undefined ? parseDuration(raw.changes.window) : undefined) ?? base.changes.window,
      limit: raw.changes?.limit ?? base.changes.limit,
    },
    statusPage: {
      branch: raw['status-page']?.branch ?? base.statusPage.branch,
      url: raw['status-page']?.url ?? base.statusPage.url,
      title: raw['status-page']?.title ?? base.statusPage.title,
      oncallCalendar: raw['status-page']?.['oncall-calendar'] ?? base.statusPage.oncallCalendar,
    },
  };
  return { config, problems };
}

type Missing = (segments: PathSegment[], key: string, why: string) => void;

function mergeMap<R, T>(
  raw: RawMap<R> | undefined,
  base: Record<string, T>,
  onRemove: (id: string, existed: boolean) => void,
  build: (id: string, entry: R, old: T | undefined) => T,
): Record<string, T> {
  const merged = { ...base };
  for (const [id, entry] of Object.entries(raw ?? {})) {
    if (entry === null) {
      onRemove(id, id in merged);
      delete merged[id];
    } else {
      merged[id] = build(id, entry, base[id]);
    }
  }
  return merged;
}

function mergeSeverities(raw: RawConfig, base: Config): Config['severities'] {
  const severities = base.severities;
  for (const id of SEVERITIES) {
    const entry = raw.severities?.[id];
    const old = severities[id];
    if (entry === undefined) continue;
    severities[id] = {
      id,
      name: entry.name ?? old.name,
      summary: entry.summary ?? old.summary,
      examples: entry.examples ?? old.examples,
      responseTarget:
        entry['response-target'] === undefined ? old.responseTarget : (parseTarget(entry['response-target']) ?? null),
      updateEvery: entry['update-every'] === undefined ? old.updateEvery : (parseTarget(entry['update-every']) ?? null),
      postmortem: entry.postmortem ?? old.postmortem,
    };
  }
  return severities;
}

function label(entry: RawLabel | undefined, old: LabelSpec): LabelSpec {
  return {
    name: entry?.name ?? old.name,
    color: (entry?.color ?? old.color).toLowerCase(),
    description: entry?.description ?? old.description,
  };
}

function mergeLabels(raw: RawConfig, base: Config): Config['labels'] {
  const labels = raw.labels ?? {};
  const old = base.labels;
  const severity = { ...old.severity };
  for (const id of SEVERITIES) severity[id] = label(labels.severity?.[id], old.severity[id]);
  const status = { ...old.status };
  for (const id of Object.keys(status) as (keyof typeof status)[])
    status[id] = label(labels.status?.[id], old.status[id]);
  return {
    incident: label(labels.incident, old.incident),
    security: label(labels.security, old.security),
    responseBreach: label(labels['response-breach'], old.responseBreach),
    postmortem: label(labels.postmortem, old.postmortem),
    postmortemAction: label(labels['postmortem-action'], old.postmortemAction),
    severity,
    status,
    servicePrefix: labels['service-prefix'] ?? old.servicePrefix,
    serviceColor: (labels['service-color'] ?? old.serviceColor).toLowerCase(),
  };
}

function phase(entry: RawPhase): Phase {
  return {
    id: entry.id,
    name: entry.name,
    start: minutes(entry.start),
    end: minutes(entry.end),
    steps: entry.steps ?? [],
  };
}

function contact(id: string, entry: RawContact, old: Contact | undefined, missing: Missing): Contact {
  const phone = entry.phone ?? old?.phone;
  if (phone === undefined) missing(['contacts', id], 'phone', 'a new contact needs a phone number');
  const description = entry.description ?? old?.description;
  return {
    name: entry.name ?? old?.name ?? id,
    phone: phone ?? '',
    ...(description === undefined ? {} : { description }),
  };
}

function rule(entry: RawClassificationRule): ClassificationRule {
  const { keywords, fields, answer, checked } = entry.match;
  return {
    id: entry.id,
    description: entry.description,
    match: {
      ...(keywords === undefined ? {} : { keywords }),
      ...(fields === undefined ? {} : { fields }),
      ...(answer === undefined
        ? {}
        : {
            answer: {
              field: answer.field,
              equals: typeof answer.equals === 'string' ? [answer.equals] : answer.equals,
            },
          }),
      ...(checked === undefined ? {} : { checked: { field: checked.field, option: checked.option } }),
    },
    ...(entry.severity === undefined ? {} : { severity: entry.severity }),
    ...(entry['at-most'] === undefined ? {} : { atMost: entry['at-most'] }),
    ...(entry.security === undefined ? {} : { security: entry.security }),
  };
}

function rotation(id: string, entry: RawRotation, old: Rotation | undefined, missing: Missing): Rotation {
  if (entry.layers === undefined && old === undefined)
    missing(['rotations', id], 'layers', 'a new rotation needs at least one layer');
  return {
    id,
    timeZone: entry['time-zone'] ?? old?.timeZone ?? 'UTC',
    layers: entry.layers?.map(layer) ?? old?.layers ?? [],
    overrides:
      entry.overrides?.map((o) => ({
        start: o.start,
        end: o.end,
        member: stripAt(o.member),
        ...(o.layer === undefined ? {} : { layer: o.layer }),
      })) ??
      old?.overrides ??
      [],
    swaps:
      entry.swaps?.map((s) => ({ a: s.a, b: s.b, ...(s.layer === undefined ? {} : { layer: s.layer }) })) ??
      old?.swaps ??
      [],
  };
}

function layer(entry: RawLayer): RotationLayer {
  return {
    name: entry.name,
    members: (entry.members ?? []).map(stripAt),
    shift: shift(entry.shift ?? 'daily'),
    handoff: (entry.handoff ?? '09:00').padStart(5, '0'),
    handoffDay: entry['handoff-day'] ?? 'monday',
    start: entry.start ?? DEFAULT_ROTATION_START,
  };
}

function shift(entry: RawShift): ShiftLength {
  if (entry === 'daily' || entry === 'weekly') return { kind: entry };
  return { kind: 'custom', hours: entry.hours };
}

function policy(
  id: string,
  entry: RawPolicy,
  old: EscalationPolicy | undefined,
  playbookStopOn: Record<Severity, StopCondition> | undefined,
  missing: Missing,
): EscalationPolicy {
  if (entry.steps === undefined && old === undefined)
    missing(['policies', id], 'steps', 'a new policy needs at least one step');
  const stopOn = { ...(old?.stopOn ?? playbookStopOn ?? allSeverities<StopCondition>('acknowledged')) };
  const given = entry['stop-on'];
  if (typeof given === 'string') Object.assign(stopOn, allSeverities(given));
  else if (given !== undefined) Object.assign(stopOn, given);
  return { id, steps: entry.steps?.map(step) ?? old?.steps ?? [], stopOn };
}

function step(entry: RawStep): EscalationStep {
  return {
    id: entry.id,
    name: entry.name ?? capitalise(entry.id),
    after: minutes(entry.after),
    severities: entry.severities ?? [...SEVERITIES],
    targets: entry.targets.map(target),
  };
}

function target(entry: RawTarget): EscalationTarget {
  if (entry.rotation !== undefined)
    return { kind: 'rotation', rotation: entry.rotation, ...(entry.layer === undefined ? {} : { layer: entry.layer }) };
  if (entry.oncall !== undefined) return { kind: 'oncall', layer: entry.oncall };
  if (entry.user !== undefined) return { kind: 'user', user: stripAt(entry.user) };
  if (entry.team !== undefined) return { kind: 'team', team: stripAt(entry.team) };
  if (entry.contact !== undefined) return { kind: 'contact', contact: entry.contact };
  return { kind: 'channel', channel: entry.channel ?? '' };
}

function service(id: string, entry: RawService, old: Service | undefined): Service {
  const description = entry.description ?? old?.description;
  const team = entry.team === undefined ? old?.team : stripAt(entry.team);
  const rotationId = entry.rotation ?? old?.rotation;
  const policyId = entry.policy ?? old?.policy;
  return {
    id,
    name: entry.name ?? old?.name ?? id,
    ...(description === undefined ? {} : { description }),
    ...(team === undefined ? {} : { team }),
    ...(rotationId === undefined ? {} : { rotation: rotationId }),
    ...(policyId === undefined ? {} : { policy: policyId }),
    runbooks: entry.runbooks ?? old?.runbooks ?? [],
    paths: entry.paths ?? old?.paths ?? [],
  };
}

function channel(id: string, entry: RawChannel, old: Channel | undefined): Channel {
  const urlFrom = entry['url-from'] ?? old?.urlFrom;
  const routingKeyFrom = entry['routing-key-from'] ?? old?.routingKeyFrom;
  return {
    id,
    type: entry.type,
    ...(urlFrom === undefined ? {} : { urlFrom }),
    ...(routingKeyFrom === undefined ? {} : { routingKeyFrom }),
    severities: entry.severities ?? old?.severities ?? [...SEVERITIES],
  };
}

function runbook(id: string, entry: RawRunbook, old: Runbook | undefined, missing: Missing): Runbook {
  if (entry.steps === undefined && old === undefined)
    missing(['runbooks', id], 'steps', 'a new runbook needs its checklist');
  const workflow = entry.workflow ?? old?.workflow;
  return {
    id,
    title: entry.title ?? old?.title ?? capitalise(id),
    steps: entry.steps ?? old?.steps ?? [],
    match: {
      services: entry.match?.services ?? old?.match.services ?? [],
      keywords: entry.match?.keywords ?? old?.match.keywords ?? [],
    },
    ...(workflow === undefined ? {} : { workflow }),
  };
}

function mergeSecurity(raw: RawConfig, base: Config): Config['security'] {
  const entry = raw.security ?? {};
  const old = base.security;
  const procedures = { ...old.procedures };
  for (const type of Object.keys(procedures) as (keyof typeof procedures)[]) {
    const given = entry.procedures?.[type];
    const was = old.procedures[type];
    procedures[type] = {
      title: given?.title ?? was.title,
      confirmed: given?.confirmed ?? was.confirmed,
      suspected: given?.suspected ?? was.suspected,
      steps: given?.steps ?? was.steps,
    };
  }
  const privateRepository = entry['private-repository'] ?? old.privateRepository;
  return {
    team: entry.team?.map(stripAt) ?? old.team,
    ...(privateRepository === undefined ? {} : { privateRepository }),
    notificationDeadline:
      entry['notification-deadline'] === undefined ? old.notificationDeadline : minutes(entry['notification-deadline']),
    reminders: entry.reminders?.map(minutes) ?? old.reminders,
    advisories: entry.advisories ?? old.advisories,
    procedures,
  };
}

function allSeverities<T>(value: T): Record<Severity, T> {
  return { P0: value, P1: value, P2: value, P3: value, P4: value };
}

/** The schema has already checked the text, so a failure here is a schema bug worth surfacing loudly. */
function minutes(text: string): number {
  const value = parseDuration(text);
  if (value === undefined) throw new Error(`not a duration: ${text}`);
  return value;
}

function stripAt(login: string): string {
  return login.startsWith('@') ? login.slice(1) : login;
}

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}

/** "engineering-manager" → "Engineering manager". */
function capitalise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `alerts:`: what is given replaces the default; the severity map is merged value by value. */
function mergeAlerts(raw: RawConfig['alerts'], base: Config['alerts']): Config['alerts'] {
  if (!raw) return base;
  return {
    label: raw.label ?? base.label,
    key: raw.key ?? base.key,
    severityLabel: raw['severity-label'] ?? base.severityLabel,
    severities: { ...base.severities, ...lowerKeys(raw.severities ?? {}) },
    serviceLabel: raw['service-label'] ?? base.serviceLabel,
    rules: raw.rules?.map((r) => ({ ...r, match: { ...r.match } })) ?? base.rules,
    defaultSeverity: raw['default-severity'] ?? base.defaultSeverity,
    flapWindow: (raw['flap-window'] !== undefined ? parseDuration(raw['flap-window']) : undefined) ?? base.flapWindow,
    autoResolve: raw['auto-resolve'] ?? base.autoResolve,
    refire: raw.refire ?? base.refire,
    reopenWithin:
      (raw['reopen-within'] !== undefined ? parseDuration(raw['reopen-within']) : undefined) ?? base.reopenWithin,
  };
}

function lowerKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
}
