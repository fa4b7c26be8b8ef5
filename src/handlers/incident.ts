// One incident, reconciled: read the issue and the action's own comments, look up what the decision
// needs (form answers, permissions of commenters, label history), decide, execute, and say when the
// sweep must look again. Whatever event woke the run, the whole incident is brought up to date.
import type { Config, Permission } from '../config/index.js';
import { parseCommands } from '../commands/index.js';
import { pendingCommandComments } from '../domain/incident/commands.js';
import { decideIncident, isIncident, type IssueStateChange, type LabelChange } from '../domain/incident/decide.js';
import type { FiledForm } from '../domain/incident/intake.js';
import { outsideDrift, recentActors } from '../domain/incident/outside-changes.js';
import { readThread, threadState } from '../domain/incident/thread.js';
import { onCallFromRotations } from '../domain/escalation/index.js';
import { execute, type ExecutionResult } from '../executor/execute.js';
import { parseIssueForm, readFormTemplate, type FormTemplate } from '../forms/index.js';
import type { Comment, GitHubGateway, Issue, IssueEvent } from '../github/gateway.js';
import type { IncidentLog } from '../runtime/log.js';
import type { PlannedWrite } from '../domain/plan.js';
import { renderPlan } from '../render/plan.js';
import type { SecurityFacts } from '../domain/incident/security-step.js';
import type { AlertStepFacts } from '../domain/incident/alert-step.js';
import type { IncidentState } from '../domain/incident/state.js';
import { ledgerBranch, ledgerPath, parseLedger } from '../domain/security/index.js';
import { editedOwned } from '../domain/postmortem/merge-owned.js';
import { channelNotifier } from './notifier.js';
import { describeOutcome, syncPostmortemPull } from './postmortem-pull.js';
import { reportedConflicts } from './postmortem-conflicts.js';
import {
  pathOf,
  postmortemBranch,
  tracksPostmortem,
  type PostmortemFacts,
  type PostmortemWritten,
} from '../domain/incident/postmortem-step.js';
import type { RunCache, RunServices } from './run-services.js';
import { writeStatusSite } from './status-site.js';
import { changesWindow, type ChangesFacts } from '../domain/changes.js';

/** What this run wrote to the postmortem pull request, for the second pass that announces it. */
interface Written {
  outcome: PostmortemWritten | null;
  /** The pull request, its file and the conflicts it reports, as written (null: read them). */
  seen: Pick<PostmortemFacts, 'pull' | 'file' | 'reported'> | null;
}

export interface IncidentOutcome {
  number: number;
  handled: boolean;
  severity: string;
  status: string;
  nextDue: Date | null;
  /** The next page or response breach not yet recorded; null once escalation stopped (watch.ts). */
  nextUrgent: Date | null;
  /** When the incident was filed (empty when not an incident). */
  openedAt: string;
  result: ExecutionResult | null;
}

/** What the event that woke the run says happened to the issue (for attribution). */
export interface Trigger {
  labelChange: LabelChange | null;
  issueChange: IssueStateChange | null;
  /** On `issues.opened`: the labels the issue was filed with (an issue form's), from the payload. */
  openedWith?: readonly string[];
}

export const NO_TRIGGER: Trigger = { labelChange: null, issueChange: null };

export const FORM_PATHS = {
  incident: '.github/ISSUE_TEMPLATE/incident.yml',
  security: '.github/ISSUE_TEMPLATE/security-incident.yml',
} as const;

export async function reconcileIncident(
  services: RunServices,
  cache: RunCache,
  number: number,
  trigger: Trigger,
  known?: Issue,
  alert?: AlertStepFacts,
): Promise<IncidentOutcome> {
  return services.log.incident(number, async (log) => {
    const written: Written = { outcome: null, seen: null };
    let outcome = await pass(services, cache, number, trigger, log, { issue: known }, written, alert);
    // Creating the postmortem pull request is announced once GitHub shows it: decide once more, on the
    // issue and comments as the first decision's writes left them (its last read of the thread).
    const first = outcome.result;
    if (first?.postmortemWritten)
      outcome = await pass(
        services,
        cache,
        number,
        NO_TRIGGER,
        log,
        { issue: first.issue, comments: first.comments ?? undefined, unsettled: first.unsettled },
        { outcome: written.outcome ?? { created: false, regenerated: [], kept: [] }, seen: written.seen },
      );
    return outcome;
  });
}

async function pass(
  services: RunServices,
  cache: RunCache,
  number: number,
  trigger: Trigger,
  log: IncidentLog,
  known: { issue?: Issue | undefined; comments?: Comment[] | undefined; unsettled?: boolean },
  written: Written,
  alert?: AlertStepFacts,
): Promise<IncidentOutcome> {
  const { gateway, clock, inputs } = services;
  const issue = known.issue ?? (await gateway.getIssue(number));
  const { config, warnings, broken } = await cache.loadSettings();
  if (issue.isPullRequest || !isIncident(issue, config)) {
    log.info(
      issue.isPullRequest
        ? 'a pull request, not an incident: nothing to do'
        : 'not an incident (no incident, security or severity label): nothing to do',
    );
    return {
      number,
      handled: false,
      severity: '',
      status: '',
      nextDue: null,
      nextUrgent: null,
      openedAt: '',
      result: null,
    };
  }
  const comments = known.comments ?? (await gateway.listComments(number));
  const thread = readThread(comments, inputs.botLogin);
  const state = threadState(number, thread);
  const form = state || alert ? null : await readForm(gateway, issue, config, log);
  // Who changed labels, the issue's state or its assignees is in its history: read it when they disagree.
  // An issue filed with an incident label (an issue form's) became an incident when it was filed: its
  // history has nothing more to say.
  const filedAsIncident =
    !state && (trigger.openedWith ?? []).some((l) => incidentLabelNames(config).has(l.toLowerCase()));
  const history =
    (!state && !filedAsIncident) || (state && outsideDrift(issue, state, config))
      ? await gateway.listIssueEvents(number)
      : null;
  const labelHistory = state ? history : null;
  const becameIncidentAt = state ? null : filedAsIncident ? issue.createdAt : firstIncidentLabel(history ?? [], config);
  const pending = pendingCommandComments(comments, thread.answered, state, inputs.botLogin);
  const permissions = await permissionsOf(gateway, [
    ...pending.map((c) => c.author),
    ...pending.flatMap(namedLogins),
    ...recentActors(labelHistory, inputs.botLogin),
  ]);
  // Runbook workflows are dispatched on it, and the status page must not be written to it.
  const defaultBranch = pending.some(needsDefaultBranch) ? (await cache.repoInfo()).defaultBranch : 'main';
  const postmortem =
    state && tracksPostmortem({ state, config })
      ? (written.seen ?? (await postmortemFacts(gateway, number, inputs.botLogin)))
      : { pull: null, file: null, reported: [] };
  const security = await securityFacts(services, cache, config, issue, state, pending);
  const restricted = Boolean(state?.security) && security.publicRepository;
  const templates = await cache.loadTemplates(config);
  // Triage lists what changed before the incident began (from the read-ahead when it held it).
  const changes =
    !state && config.changes.enabled
      ? await changesFacts(gateway, config, becameIncidentAt ?? issue.createdAt, log)
      : null;
  const now = clock.now();
  const decision = decideIncident({
    issue,
    thread,
    state,
    config,
    now,
    botLogin: inputs.botLogin,
    form,
    onCall: onCallFromRotations(config.rotations),
    templates,
    labelChange: trigger.labelChange,
    issueChange: trigger.issueChange,
    labelHistory,
    becameIncidentAt,
    commands: {
      comments,
      permissions,
      defaultBranch,
      ledger: security.ledger ? { entries: security.ledger.entries, dirty: false, number } : null,
      known: knownPeople(issue, comments, config, inputs.botLogin),
      repository: `${services.context.repo.owner}/${services.context.repo.repo}`,
    },
    security,
    postmortem: {
      ...postmortem,
      written: written.outcome,
      restricted,
      repository: `${services.context.repo.owner}/${services.context.repo.repo}`,
    },
    warnings: [...warnings, ...templates.warnings],
    brokenConfig: broken,
    alert: alert ?? null,
    changes,
  });
  const result = await execute(renderPlan(decision.plan, templates), {
    gateway,
    issue,
    keys: thread.keys,
    // A summary someone edited is rewritten in place (restored), not posted again.
    summaryCommentId: thread.summary?.comment.id ?? thread.damaged.find((d) => d.key === 'summary')?.comment.id ?? null,
    comments,
    unsettled: known.unsettled === true,
    botLogin: inputs.botLogin,
    dryRun: inputs.dryRun,
    budget: cache.budget,
    log,
    labelCache: cache.labels,
    runToken: cache.runToken,
    notifier: channelNotifier(config, services),
    postmortem: async (want) => {
      // The check run is written here too: pushes with the workflow token start no workflows.
      const outcome = await syncPostmortemPull(
        { writer: cache.postmortemGateway(), gateway, botLogin: inputs.botLogin, config, log, now, permissions },
        want,
      );
      written.outcome = { created: outcome.created, regenerated: outcome.regenerated, kept: outcome.kept };
      // What the second pass would read back: the pull request and the file as this run left them.
      written.seen = {
        pull: outcome.created ? { ...outcome.pull, requestedReviewers: outcome.reviewers } : outcome.pull,
        file: { path: outcome.path, content: outcome.content, sha: '' },
        reported: [...want.reported, ...outcome.reportedIds],
      };
      return describeOutcome(outcome);
    },
    privateIncident: async (repository, title, body) => {
      const gateway = services.otherRepository?.(repository);
      if (!gateway) throw new Error(`no access to ${repository}`);
      return (await gateway.createIssue({ title, body })).htmlUrl;
    },
    commitEvidence: (write) => commitLedger(gateway, cache, write),
    statusPage: async (write) =>
      writeStatusSite(gateway, config, async () => (await cache.repoInfo()).defaultBranch, write, now),
    now,
  });
  // Work left undone (budget, transient errors) must be looked at again on the next sweep.
  const nextDue = result.left > 0 || result.failed > 0 || result.undelivered > 0 ? now : decision.nextDue;
  return {
    number,
    handled: true,
    severity: decision.state?.severity ?? '',
    status: decision.state?.status ?? '',
    nextDue,
    nextUrgent: decision.nextUrgent,
    openedAt: decision.state?.openedAt ?? '',
    result,
  };
}

/**
 * Merged pull requests, deployments and releases before the incident was filed. A failure never stops
 * triage: it is logged as a warning and the alert says it could not read them.
 */
async function changesFacts(
  gateway: GitHubGateway,
  config: Config,
  filedAt: string,
  log: IncidentLog,
): Promise<ChangesFacts> {
  const window = changesWindow(config, filedAt);
  const files = Object.values(config.services).some((s) => s.paths.length > 0);
  try {
    return { window, lists: await gateway.listChanges({ since: window.since, files }), error: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(`could not read what changed before the incident (${reason}); triage goes on without it.`);
    return { window, lists: null, error: reason };
  }
}

/** The open postmortem pull request, its file, and the conflicts it already reports (read only when some may exist). */
async function postmortemFacts(
  gateway: GitHubGateway,
  number: number,
  botLogin: string,
): Promise<Pick<PostmortemFacts, 'pull' | 'file' | 'reported'>> {
  const pull = await gateway.findPullRequest(postmortemBranch(number));
  // The body names the file; if people rewrote the body, the pull request's files do.
  const path =
    pull?.state === 'open'
      ? (pathOf(pull) ??
        (await gateway.listPullRequestFiles(pull.number)).find((f) => f.endsWith('.md') && !f.endsWith('/README.md')) ??
        null)
      : null;
  const file = pull && path ? await gateway.getFile(path, pull.head) : null;
  const reported =
    pull && file && editedOwned(file.content).length > 0 ? await reportedConflicts(gateway, pull.number, botLogin) : [];
  return { pull, file, reported };
}

/** What security handling needs: visibility, the private repository if reachable, the evidence ledger. */
async function securityFacts(
  services: RunServices,
  cache: RunCache,
  config: Config,
  issue: Issue,
  state: IncidentState | null,
  pending: Comment[],
): Promise<SecurityFacts> {
  const repository = `${services.context.repo.owner}/${services.context.repo.repo}`;
  const maybeSecurity = state ? state.security : true;
  const info = maybeSecurity ? await cache.repoInfo() : null;
  const publicRepository = info !== null && info.visibility === 'public';
  let privateRepository: string | null = null;
  const configured = config.security.privateRepository;
  if (!state && publicRepository && configured && services.otherRepository) {
    try {
      await services.otherRepository(configured).getRepo();
      privateRepository = configured;
    } catch (error) {
      services.log.warning(
        `#${issue.number}: the private repository ${configured} is not reachable with this token (${error instanceof Error ? error.message : String(error)}); pointing the reporter to private vulnerability reporting instead.`,
      );
    }
  }
  let ledger: SecurityFacts['ledger'] = null;
  if (state?.security && pending.some(recordsEvidence)) {
    const file = await services.gateway.getFile(ledgerPath(issue.number), ledgerBranch(issue.number));
    ledger = { entries: file ? parseLedger(file.content).entries : [], sha: file?.sha ?? null };
  }
  return {
    publicRepository,
    privateRepository,
    repository,
    repositoryUrl: info?.htmlUrl ?? `${services.context.serverUrl}/${repository}`,
    ledger,
  };
}

function recordsEvidence(comment: Comment): boolean {
  return parseCommands(comment.body).entries.some((e) => e.outcome.kind === 'evidence');
}

/** Commits the ledger on its own branch (created from the default branch), compare-and-swap on the file's sha. */
async function commitLedger(
  gateway: GitHubGateway,
  cache: RunCache,
  write: Extract<PlannedWrite, { kind: 'evidence' }>,
): Promise<void> {
  if (!(await gateway.getBranchSha(write.branch))) {
    const base = await gateway.getBranchSha((await cache.repoInfo()).defaultBranch);
    if (!base) throw new Error('the default branch has no commits to branch the evidence ledger from');
    await gateway.createBranch(write.branch, base);
  }
  const current = await gateway.getFile(write.path, write.branch);
  if (current?.content === write.content) return;
  // Append-only: the committed ledger must be the start of the new one, or someone else changed it.
  if (current && !write.content.startsWith(current.content)) {
    throw new Error(
      `${write.path} on ${write.branch} changed since it was read (or was edited); run \`firebreak evidence verify\` on it. Nothing was recorded.`,
    );
  }
  await gateway.putFile({
    path: write.path,
    branch: write.branch,
    content: write.content,
    message: write.message,
    ...(current ? { sha: current.sha } : {}),
  });
}

/** When the issue first got a label that makes it an incident. */
/** The labels that make an issue an incident, lower-cased. */
function incidentLabelNames(config: Config): Set<string> {
  return new Set(
    [
      config.labels.incident.name,
      config.labels.security.name,
      ...Object.values(config.labels.severity).map((l) => l.name),
    ].map((n) => n.toLowerCase()),
  );
}

function firstIncidentLabel(events: readonly IssueEvent[], config: Config): string | null {
  const names = incidentLabelNames(config);
  return (
    events.find((e) => e.event === 'labeled' && e.label !== undefined && names.has(e.label.toLowerCase()))?.createdAt ??
    null
  );
}

function needsDefaultBranch(comment: Comment): boolean {
  return parseCommands(comment.body).entries.some(
    (e) => e.outcome.kind === 'runbook-run' || e.outcome.kind === 'publish',
  );
}

async function permissionsOf(
  gateway: GitHubGateway,
  logins: readonly string[],
): Promise<Map<string, Permission | null>> {
  const permissions = new Map<string, Permission | null>();
  for (const login of new Set(logins.map((l) => l.toLowerCase())))
    permissions.set(login, await gateway.getPermission(login));
  return permissions;
}

/** The people `/ic`, `/role` and `/page` name in a comment (their permission decides whether they can be named). */
function namedLogins(comment: Comment): string[] {
  return parseCommands(comment.body).entries.flatMap(({ outcome }) => {
    if (outcome.kind === 'ic' || outcome.kind === 'role') return [outcome.login];
    if (outcome.kind === 'page' && outcome.target.kind === 'user') return [outcome.target.login];
    return [];
  });
}

/** People the incident already knows, for "did you mean": its reporter, assignees, commenters and rotation members. */
function knownPeople(issue: Issue, comments: readonly Comment[], config: Config, botLogin: string): string[] {
  const members = Object.values(config.rotations).flatMap((r) => [
    ...r.layers.flatMap((l) => l.members),
    ...r.overrides.map((o) => o.member),
  ]);
  return [
    ...new Set([
      issue.author,
      ...issue.assignees,
      ...comments.filter((c) => c.author !== botLogin).map((c) => c.author),
      ...members,
    ]),
  ];
}

/** The form the body was filed from, parsed; null when it matches none of ours. */
async function readForm(
  gateway: GitHubGateway,
  issue: Issue,
  config: Config,
  log: IncidentLog,
): Promise<FiledForm | null> {
  const kinds: Array<keyof typeof FORM_PATHS> = issue.labels.includes(config.labels.security.name)
    ? ['security', 'incident']
    : ['incident', 'security'];
  for (const kind of kinds) {
    const file = await gateway.getFile(FORM_PATHS[kind]);
    if (!file) continue;
    let template: FormTemplate;
    try {
      template = readFormTemplate(file.content);
    } catch (error) {
      log.warning(
        `${FORM_PATHS[kind]} is not a valid issue form: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    const parsed = parseIssueForm(issue.body, template);
    if (parsed.found.length === 0) continue;
    const missing: string[] = [];
    const invalid: FiledForm['invalid'] = [];
    for (const d of parsed.diagnostics) {
      if (d.kind === 'missing-required') missing.push(d.label);
      else if (d.kind === 'unchecked-required') missing.push(`${d.label}: ${d.option}`);
      else if (d.kind === 'invalid-option') invalid.push({ field: d.label, value: d.value, problem: d.message });
    }
    return { kind, answers: parsed.fields, missing, invalid };
  }
  return null;
}
