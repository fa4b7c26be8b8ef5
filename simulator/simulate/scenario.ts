// Reads a scenario file (docs/scenarios.md) into typed steps with absolute
// times. Errors name the step and what is wrong.
import { parse as parseYaml } from 'yaml';
import type { Permission } from '../../src/config/types.js';
import { PERMISSIONS } from '../../src/config/types.js';
import { FAULT_KINDS } from '../emulator/faults.js';
import { FaultsError, parseFaults, type ScenarioFaults } from './faults.js';

/** Which comment an edit-comment step edits: the last one by `author` (default: the step's user) that contains `contains`. */
export interface CommentPick {
  author?: string;
  contains?: string;
}

export type StepAction =
  | { kind: 'file-incident'; form: string; as: string; title: string; fields: Record<string, unknown> }
  | { kind: 'sweep'; cron?: string }
  | { kind: 'dispatch'; workflow: string; inputs: Record<string, string>; as: string }
  /** Extension: a monitoring alert, as repository_dispatch firebreak-alert straight from the tool or through `firebreak relay`. */
  | { kind: 'alert'; source: string; payload: unknown; via: 'dispatch' | 'relay'; as: string }
  | { kind: 'comment'; issue: number; as: string; body: string }
  | {
      kind: 'edit-comment';
      issue: number;
      comment: number | 'last' | CommentPick;
      as: string;
      body?: string;
      replace?: Record<string, string>;
    }
  | { kind: 'label'; issue: number; as: string; add?: string; remove?: string }
  | { kind: 'assign'; issue: number; as: string; add?: string; remove?: string }
  | { kind: 'open-issue'; as: string; title: string; body: string; labels: string[] }
  | { kind: 'edit-issue'; issue: number; as: string; body?: string; title?: string }
  | { kind: 'close'; issue: number; as: string }
  | { kind: 'reopen'; issue: number; as: string }
  | { kind: 'delete-issue'; issue: number; as: string }
  | { kind: 'disable-workflow'; workflow: string; reason: 'disabled_manually' | 'disabled_inactivity' }
  | { kind: 'transfer-issue'; issue: number; as: string; to: string }
  | { kind: 'merge'; pull: number; as: string }
  /** Extension: a pull request from `branch` (push to it first) into `base` (the default branch). */
  | { kind: 'open-pull'; as: string; branch: string; base?: string; title: string; body: string }
  /** Extension: a deployment of `ref` to `environment` (POST /deployments), as a deploy tool makes it. */
  | { kind: 'deploy'; as: string; environment: string; ref: string }
  /** Extension: a published release of `tag` (created on `ref`, the default branch, when missing). */
  | { kind: 'release'; as: string; tag: string; name?: string; ref?: string }
  | { kind: 'redeliver'; step: number }
  | { kind: 'wait' }
  | {
      kind: 'push';
      as: string;
      branch: string;
      files: Record<string, string | null>;
      replace: Record<string, Record<string, string>>;
      message: string;
    }
  | { kind: 'fault'; deliveries?: number; api?: ApiFault; random?: ScenarioFaults; clear?: boolean };

/** One GitHub API fault rule (the emulator's faults.add): `times` matching requests fail, after `after` pass. */
export interface ApiFault {
  kind: string;
  route?: string;
  times?: number;
  after?: number;
  retryAfter?: number;
  /** status5xx: the status (default 500). */
  status?: number;
  /** timeout: hold the request this long before dropping it; latency: the delay. */
  ms?: number;
}

export interface Step {
  /** 1-based position in the scenario. */
  index: number;
  at: Date;
  actions: StepAction[];
  burst: boolean;
  /** A `concurrent` step: every run its actions trigger starts at once, each this many times. */
  concurrent?: number;
}

export interface Scenario {
  repository: string;
  visibility: 'private' | 'public';
  start: Date;
  users: Record<string, Permission>;
  files: Record<string, string>;
  secrets: Record<string, string>;
  install: boolean;
  /** Random faults on the bot's requests for the whole scenario (the top-level `faults:` key). */
  faults: ScenarioFaults | null;
  /** Other repositories on the emulator ("owner/name" → visibility and users), e.g. a private security repository. */
  repositories: Record<string, { visibility: 'private' | 'public'; users: Record<string, Permission> }>;
  steps: Step[];
}

export class ScenarioError extends Error {
  /** Where in the YAML the problem is (a key path), when known: the CLI turns it into line:column. */
  path: Array<string | number> | undefined;

  constructor(message: string, path?: Array<string | number>) {
    super(message);
    this.path = path;
  }
}

const KINDS = [
  'fault',
  'push',
  'file-incident',
  'sweep',
  'dispatch',
  'alert',
  'comment',
  'edit-comment',
  'label',
  'assign',
  'open-issue',
  'edit-issue',
  'close',
  'reopen',
  'delete-issue',
  'disable-workflow',
  'transfer-issue',
  'merge',
  'open-pull',
  'deploy',
  'release',
  'redeliver',
  'wait',
];

export function parseScenario(text: string, source = 'scenario'): Scenario {
  let doc: Record<string, unknown>;
  try {
    doc = (parseYaml(text) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new ScenarioError(`${source}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new ScenarioError(`${source}: expected a mapping at the top level`);
  const repository = str(doc.repository ?? 'acme/shop', 'repository');
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new ScenarioError(`${source}: repository must be owner/name, got "${repository}"`, ['repository']);
  const visibility = doc.visibility ?? 'private';
  if (visibility !== 'private' && visibility !== 'public')
    throw new ScenarioError(`${source}: visibility must be private or public`, ['visibility']);
  const startText =
    doc.start instanceof Date ? doc.start.toISOString() : str(doc.start ?? '2026-03-02T10:00:00Z', 'start');
  const start = new Date(startText);
  if (Number.isNaN(start.getTime()))
    throw new ScenarioError(`${source}: start is not an ISO time: "${startText}"`, ['start']);
  const users: Record<string, Permission> = {};
  for (const [login, permission] of Object.entries((doc.users ?? {}) as Record<string, unknown>)) {
    if (!PERMISSIONS.includes(permission as Permission)) {
      throw new ScenarioError(
        `${source}: users.${login} must be one of ${PERMISSIONS.join(', ')}, got "${String(permission)}"`,
        ['users', login],
      );
    }
    users[login] = permission as Permission;
  }
  const files = Object.fromEntries(
    Object.entries((doc.files ?? {}) as Record<string, unknown>).map(([p, c]) => [p, String(c)]),
  );
  const secrets = Object.fromEntries(
    Object.entries((doc.secrets ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
  const rawSteps = doc.steps ?? [];
  if (!Array.isArray(rawSteps)) throw new ScenarioError(`${source}: steps must be a list`, ['steps']);
  const steps: Step[] = [];
  let previous = start;
  rawSteps.forEach((raw: unknown, i) => {
    try {
      previous = parseStep(raw, i);
    } catch (error) {
      if (error instanceof ScenarioError && error.path === undefined) error.path = ['steps', i];
      throw error;
    }
  });
  function parseStep(raw: unknown, i: number): Date {
    const where = `${source}: step ${i + 1}`;
    if (!raw || typeof raw !== 'object') throw new ScenarioError(`${where}: expected a mapping`);
    const rec = raw as Record<string, unknown>;
    const at = rec.at === undefined ? new Date(previous.getTime() + 60_000) : stepTime(rec.at, start, previous, where);
    const keys = Object.keys(rec).filter((k) => k !== 'at');
    if (keys.length !== 1)
      throw new ScenarioError(`${where}: expected exactly one action besides "at", got ${keys.join(', ') || 'none'}`);
    const key = keys[0] ?? '';
    if (key === 'burst') {
      steps.push({ index: i + 1, at, actions: items(rec.burst, 'burst', where), burst: true });
    } else if (key === 'concurrent') {
      // A list of steps, or { times: N, steps: [...] }: N copies of every run (a re-run racing the original).
      const value = rec.concurrent;
      const form = Array.isArray(value) ? { steps: value } : ((value ?? {}) as Record<string, unknown>);
      const times = form.times === undefined ? 1 : Number(form.times);
      if (!Number.isInteger(times) || times < 1 || times > 10)
        throw new ScenarioError(`${where}: concurrent.times must be a whole number from 1 to 10`);
      const actions = items(form.steps, 'concurrent', where);
      if (times === 1 && actions.length === 1)
        throw new ScenarioError(`${where}: concurrent needs two steps, or times: 2 or more, to race anything`);
      steps.push({ index: i + 1, at, actions, burst: false, concurrent: times });
    } else {
      steps.push({ index: i + 1, at, actions: [action(key, rec[key], where)], burst: false });
    }
    return at;
  }
  const faults =
    doc.faults === undefined || doc.faults === null ? null : faultsOf(doc.faults, `${source}: faults`, ['faults']);
  const repositories: Scenario['repositories'] = {};
  for (const [name, raw] of Object.entries((doc.repositories ?? {}) as Record<string, unknown>)) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(name))
      throw new ScenarioError(`${source}: repositories: "${name}" is not owner/name`, ['repositories', name]);
    const spec = (raw ?? {}) as { visibility?: unknown; users?: Record<string, unknown> };
    const extraUsers: Record<string, Permission> = {};
    for (const [login, permission] of Object.entries(spec.users ?? {})) {
      if (!PERMISSIONS.includes(permission as Permission))
        throw new ScenarioError(
          `${source}: repositories.${name}.users.${login} must be one of ${PERMISSIONS.join(', ')}`,
          ['repositories', name, 'users', login],
        );
      extraUsers[login] = permission as Permission;
    }
    repositories[name] = { visibility: spec.visibility === 'public' ? 'public' : 'private', users: extraUsers };
  }
  return {
    repository,
    visibility,
    start,
    users,
    files,
    secrets,
    install: doc.install !== false,
    faults,
    repositories,
    steps,
  };
}

function faultsOf(raw: unknown, where: string, path?: Array<string | number>): ScenarioFaults {
  try {
    return parseFaults(raw, where);
  } catch (error) {
    if (error instanceof FaultsError) throw new ScenarioError(error.message, path);
    throw error;
  }
}

/** The steps of a burst or a concurrent step (which cannot nest). */
function items(raw: unknown, kind: string, where: string): StepAction[] {
  if (!Array.isArray(raw) || raw.length === 0)
    throw new ScenarioError(`${where}: ${kind} must be a non-empty list of steps`);
  return raw.map((item: unknown, j) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const [k] = Object.keys(entry);
    return action(k ?? '', entry[k ?? ''], `${where}, ${kind} item ${j + 1}`);
  });
}

function stepTime(value: unknown, start: Date, previous: Date, where: string): Date {
  const text = value instanceof Date ? value.toISOString() : String(value);
  const relative = /^\+(\d+(?:\.\d+)?)([smhd])$/.exec(text.trim());
  if (relative) {
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[relative[2] as 's' | 'm' | 'h' | 'd'];
    return new Date(previous.getTime() + Number(relative[1]) * unit);
  }
  const clock = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (clock) {
    const d = new Date(start);
    d.setUTCHours(Number(clock[1]), Number(clock[2]), 0, 0);
    return d;
  }
  const iso = new Date(text);
  if (Number.isNaN(iso.getTime()))
    throw new ScenarioError(`${where}: at must be HH:MM, an ISO time or +DURATION (+15m, +2h), got "${text}"`);
  return iso;
}

function action(kind: string, raw: unknown, where: string): StepAction {
  if (!KINDS.includes(kind))
    throw new ScenarioError(`${where}: unknown step "${kind}"; known: ${KINDS.join(', ')}, burst, concurrent`);
  const v = (raw ?? {}) as Record<string, unknown>;
  const need = (key: string): unknown => {
    if (v[key] === undefined || v[key] === null) throw new ScenarioError(`${where}: ${kind} needs "${key}"`);
    return v[key];
  };
  const num = (key: string) => {
    const n = Number(need(key));
    if (!Number.isInteger(n) || n < 1) throw new ScenarioError(`${where}: ${kind}.${key} must be a positive number`);
    return n;
  };
  const as = () => str(need('as'), `${where}: ${kind}.as`);
  switch (kind) {
    case 'file-incident':
      return {
        kind,
        form: str(v.form ?? 'incident.yml', 'form'),
        as: as(),
        title: str(need('title'), 'title'),
        fields: (v.fields ?? {}) as Record<string, unknown>,
      };
    case 'sweep':
      return v.cron === undefined ? { kind } : { kind, cron: str(v.cron, 'cron') };
    case 'wait':
      return { kind };
    case 'push': {
      const files = (v.files ?? {}) as Record<string, unknown>;
      const replace = (v.replace ?? {}) as Record<string, unknown>;
      if (Object.keys(files).length === 0 && Object.keys(replace).length === 0)
        throw new ScenarioError(
          `${where}: push needs "files" (path: content, or null to delete) or "replace" (path or glob: {old: new})`,
        );
      return {
        kind,
        as: as(),
        branch: str(v.branch ?? 'main', 'branch'),
        files: Object.fromEntries(Object.entries(files).map(([p, c]) => [p, c === null ? null : String(c)])),
        replace: Object.fromEntries(
          Object.entries(replace).map(([p, r]) => [
            p,
            Object.fromEntries(Object.entries((r ?? {}) as Record<string, unknown>).map(([a, b]) => [a, String(b)])),
          ]),
        ),
        message: str(v.message ?? 'Update files', 'message'),
      };
    }
    case 'fault': {
      const api = v.api as Record<string, unknown> | undefined;
      if (v.deliveries === undefined && api === undefined && v.random === undefined && v.clear === undefined) {
        throw new ScenarioError(
          `${where}: fault needs "deliveries" (failed notification deliveries), "api" (a GitHub API fault), "random" (random faults from now on) or "clear: true" (no more faults)`,
        );
      }
      return {
        kind,
        ...(v.clear === true ? { clear: true } : {}),
        ...(v.random !== undefined ? { random: faultsOf(v.random, `${where}: fault.random`) } : {}),
        ...(v.deliveries !== undefined ? { deliveries: Number(v.deliveries) } : {}),
        ...(api ? { api: apiFault(api, where) } : {}),
      };
    }
    case 'dispatch':
      return {
        kind,
        workflow: str(need('workflow'), 'workflow'),
        inputs: (v.inputs ?? {}) as Record<string, string>,
        as: str(v.as ?? 'github-actions[bot]', 'as'),
      };
    case 'alert': {
      const via = str(v.via ?? 'dispatch', 'via');
      if (via !== 'dispatch' && via !== 'relay')
        throw new ScenarioError(`${where}: alert.via must be dispatch or relay, not "${via}"`);
      return {
        kind,
        source: str(v.source ?? 'auto', 'source'),
        payload: need('payload'),
        via,
        as: str(v.as ?? 'github-actions[bot]', 'as'),
      };
    }
    case 'comment':
      return { kind, issue: num('issue'), as: as(), body: str(need('body'), 'body') };
    case 'edit-comment': {
      if (v.body === undefined && v.replace === undefined)
        throw new ScenarioError(`${where}: edit-comment needs "body" or "replace"`);
      const pick = v.comment;
      const comment: number | 'last' | CommentPick =
        pick === undefined || pick === 'last'
          ? 'last'
          : pick && typeof pick === 'object'
            ? {
                ...((pick as CommentPick).author !== undefined ? { author: String((pick as CommentPick).author) } : {}),
                ...((pick as CommentPick).contains !== undefined
                  ? { contains: String((pick as CommentPick).contains) }
                  : {}),
              }
            : num('comment');
      return {
        kind,
        issue: num('issue'),
        comment,
        as: as(),
        ...(v.body !== undefined ? { body: str(v.body, 'body') } : {}),
        ...(v.replace !== undefined
          ? {
              replace: Object.fromEntries(
                Object.entries(v.replace as Record<string, unknown>).map(([from, to]) => [from, String(to ?? '')]),
              ),
            }
          : {}),
      };
    }
    case 'label': {
      if (v.add === undefined && v.remove === undefined)
        throw new ScenarioError(`${where}: label needs "add" or "remove"`);
      return {
        kind,
        issue: num('issue'),
        as: as(),
        ...(v.add !== undefined ? { add: String(v.add) } : {}),
        ...(v.remove !== undefined ? { remove: String(v.remove) } : {}),
      };
    }
    case 'assign': {
      if (v.add === undefined && v.remove === undefined)
        throw new ScenarioError(`${where}: assign needs "add" or "remove"`);
      return {
        kind,
        issue: num('issue'),
        as: as(),
        ...(v.add !== undefined ? { add: String(v.add) } : {}),
        ...(v.remove !== undefined ? { remove: String(v.remove) } : {}),
      };
    }
    case 'open-issue':
      return {
        kind,
        as: as(),
        title: str(need('title'), 'title'),
        body: str(v.body ?? '', 'body'),
        labels: ((v.labels ?? []) as unknown[]).map(String),
      };
    case 'edit-issue':
      return {
        kind,
        issue: num('issue'),
        as: as(),
        ...(v.body !== undefined ? { body: String(v.body) } : {}),
        ...(v.title !== undefined ? { title: String(v.title) } : {}),
      };
    case 'close':
    case 'reopen':
    case 'delete-issue':
      return { kind, issue: num('issue'), as: as() };
    case 'disable-workflow': {
      const reason = v.reason ?? 'disabled_manually';
      if (reason !== 'disabled_manually' && reason !== 'disabled_inactivity')
        throw new ScenarioError(`${where}: disable-workflow.reason must be disabled_manually or disabled_inactivity`);
      return { kind, workflow: str(need('workflow'), `${where}: disable-workflow.workflow`), reason };
    }
    case 'transfer-issue': {
      const to = str(need('to'), `${where}: transfer-issue.to`);
      if (!/^[\w.-]+\/[\w.-]+$/.test(to))
        throw new ScenarioError(`${where}: transfer-issue.to must be owner/name, got "${to}"`);
      return { kind, issue: num('issue'), as: as(), to };
    }
    case 'merge':
      return { kind, pull: num('pull'), as: as() };
    case 'open-pull':
      return {
        kind,
        as: as(),
        branch: str(need('branch'), `${where}: open-pull.branch`),
        ...(v.base !== undefined ? { base: str(v.base, `${where}: open-pull.base`) } : {}),
        title: str(need('title'), `${where}: open-pull.title`),
        body: str(v.body ?? '', `${where}: open-pull.body`),
      };
    case 'deploy':
      return {
        kind,
        as: as(),
        environment: str(v.environment ?? 'production', `${where}: deploy.environment`),
        ref: str(v.ref ?? 'main', `${where}: deploy.ref`),
      };
    case 'release':
      return {
        kind,
        as: as(),
        tag: str(need('tag'), `${where}: release.tag`),
        ...(v.name !== undefined ? { name: str(v.name, `${where}: release.name`) } : {}),
        ...(v.ref !== undefined ? { ref: str(v.ref, `${where}: release.ref`) } : {}),
      };
    case 'redeliver':
      return { kind, step: num('step') };
    default:
      throw new ScenarioError(`${where}: unknown step "${kind}"`);
  }
}

function apiFault(api: Record<string, unknown>, where: string): ApiFault {
  const count = (key: string): number | undefined => {
    if (api[key] === undefined) return undefined;
    const n = Number(api[key]);
    if (Number.isNaN(n) || n < 0)
      throw new ScenarioError(`${where}: fault.api.${key} must be a number of at least 0 (.inf for ever)`);
    return n;
  };
  const kind = String(api.kind);
  if (!(FAULT_KINDS as readonly string[]).includes(kind))
    throw new ScenarioError(`${where}: fault.api.kind must be one of ${FAULT_KINDS.join(', ')}, got "${kind}"`);
  const [times, after, retryAfter, status, ms] = [
    count('times'),
    count('after'),
    count('retry-after'),
    count('status'),
    count('ms'),
  ];
  return {
    kind,
    ...(api.route ? { route: String(api.route) } : {}),
    ...(times !== undefined ? { times } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(ms !== undefined ? { ms } : {}),
  };
}

function str(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ScenarioError(`${what} must be text`);
}
