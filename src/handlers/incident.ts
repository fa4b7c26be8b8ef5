// One incident, reconciled: read the issue and the action's own comments, look up what the decision
// needs (form answers, permissions of commenters, label history), decide, execute, and say when the
// sweep must look again. Whatever event woke the run, the whole incident is brought up to date.
import type { Config, Permission } from '../config/index.js';
import { parseCommands } from '../commands/index.js';
import { pendingCommandComments } from '../domain/incident/commands.js';
import { decideIncident, isIncident, type IssueStateChange, type LabelChange } from '../domain/incident/decide.js';
import type { FiledForm } from '../domain/incident/intake.js';
import { severityLabelsDisagree } from '../domain/incident/labels.js';
import { foldIncident } from '../domain/incident/state.js';
import { readThread } from '../domain/incident/thread.js';
import { onCallFromRotations } from '../domain/escalation/index.js';
import { execute, type ExecutionResult } from '../executor/execute.js';
import { parseFormTemplate, parseIssueForm, type FormTemplate } from '../forms/index.js';
import type { Comment, GitHubGateway, Issue } from '../github/gateway.js';
import type { IncidentLog } from '../runtime/log.js';
import { channelNotifier } from './notifier.js';
import { ensurePostmortemPull, type PostmortemOutcome } from './postmortem-pull.js';
import { postmortemBranch, wantsPostmortem } from '../domain/incident/postmortem-step.js';
import type { RunCache, RunServices } from './run-services.js';

export interface IncidentOutcome {
  number: number;
  handled: boolean;
  severity: string;
  status: string;
  nextDue: Date | null;
  result: ExecutionResult | null;
}

/** What the event that woke the run says happened to the issue (for attribution). */
export interface Trigger {
  labelChange: LabelChange | null;
  issueChange: IssueStateChange | null;
}

export const NO_TRIGGER: Trigger = { labelChange: null, issueChange: null };

export const FORM_PATHS = { incident: '.github/ISSUE_TEMPLATE/incident.yml', security: '.github/ISSUE_TEMPLATE/security-incident.yml' } as const;

export async function reconcileIncident(services: RunServices, cache: RunCache, number: number, trigger: Trigger, known?: Issue): Promise<IncidentOutcome> {
  return services.log.incident(number, async (log) => {
    let outcome = await pass(services, cache, number, trigger, log, known, false);
    // Creating the postmortem pull request is announced once GitHub shows it: decide once more.
    if (outcome.result?.postmortemWritten) outcome = await pass(services, cache, number, NO_TRIGGER, log, undefined, true);
    return outcome;
  });
}

async function pass(services: RunServices, cache: RunCache, number: number, trigger: Trigger, log: IncidentLog, known: Issue | undefined, written: boolean): Promise<IncidentOutcome> {
  const { gateway, clock, inputs } = services;
  const issue = known ?? (await gateway.getIssue(number));
  const { config, warnings } = await cache.loadSettings();
  if (issue.isPullRequest || !isIncident(issue, config)) {
    log.info(issue.isPullRequest ? 'a pull request, not an incident: nothing to do' : 'not an incident (no incident, security or severity label): nothing to do');
    return { number, handled: false, severity: '', status: '', nextDue: null, result: null };
  }
  const comments = await gateway.listComments(number);
  const thread = readThread(comments, inputs.botLogin);
  const state = foldIncident(number, thread.trusted.map((t) => t.record));
  const form = state ? null : await readForm(gateway, issue, config, log);
  const labelHistory = state && severityLabelsDisagree(issue, state, config) ? await gateway.listIssueEvents(number) : null;
  const pending = pendingCommandComments(comments, thread.answered, state, inputs.botLogin);
  const permissions = await permissionsOf(gateway, pending);
  const defaultBranch = pending.some(runsRunbook) ? (await cache.repoInfo()).defaultBranch : 'main';
  const pull = state && wantsPostmortem({ state, config }) ? await gateway.findPullRequest(postmortemBranch(number)) : null;
  const restricted = state?.security ? (await cache.repoInfo()).visibility !== 'private' && (await cache.repoInfo()).visibility !== 'internal' : false;
  const templates = await cache.loadTemplates(config);
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
    commands: { comments, permissions, defaultBranch },
    postmortem: { pull, written, restricted, repository: `${services.context.repo.owner}/${services.context.repo.repo}` },
    warnings: [...warnings, ...templates.warnings],
  });
  const result = await execute(decision.plan, {
    gateway,
    issue,
    keys: thread.keys,
    summaryCommentId: thread.summary?.comment.id ?? null,
    botLogin: inputs.botLogin,
    dryRun: inputs.dryRun,
    budget: cache.budget,
    log,
    labelCache: cache.labels,
    notifier: channelNotifier(config, services),
    postmortem: async (want) => describePostmortem(await ensurePostmortemPull(cache.postmortemGateway(), want)),
    now,
  });
  // Work left undone (budget, transient errors) must be looked at again on the next sweep.
  const nextDue = result.left > 0 || result.failed > 0 || result.undelivered > 0 ? now : decision.nextDue;
  return { number, handled: true, severity: decision.state?.severity ?? '', status: decision.state?.status ?? '', nextDue, result };
}

function describePostmortem(outcome: PostmortemOutcome): string {
  const file = { written: 'file written', unchanged: 'file unchanged', 'kept-human-edits': 'file kept: people have committed to the branch, so Firebreak does not overwrite it' }[outcome.file];
  return `pull request #${outcome.pull.number} ${outcome.created ? 'opened' : 'found'}; ${file}`;
}

function runsRunbook(comment: Comment): boolean {
  return parseCommands(comment.body).entries.some((e) => e.outcome.kind === 'runbook-run');
}

async function permissionsOf(gateway: GitHubGateway, comments: readonly Comment[]): Promise<Map<string, Permission | null>> {
  const permissions = new Map<string, Permission | null>();
  for (const login of new Set(comments.map((c) => c.author.toLowerCase()))) permissions.set(login, await gateway.getPermission(login));
  return permissions;
}

/** The form the body was filed from, parsed; null when it matches none of ours. */
async function readForm(gateway: GitHubGateway, issue: Issue, config: Config, log: IncidentLog): Promise<FiledForm | null> {
  const kinds: Array<keyof typeof FORM_PATHS> = issue.labels.includes(config.labels.security.name) ? ['security', 'incident'] : ['incident', 'security'];
  for (const kind of kinds) {
    const file = await gateway.getFile(FORM_PATHS[kind]);
    if (!file) continue;
    let template: FormTemplate;
    try {
      template = parseFormTemplate(file.content);
    } catch (error) {
      log.warning(`${FORM_PATHS[kind]} is not a valid issue form: ${error instanceof Error ? error.message : String(error)}`);
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
