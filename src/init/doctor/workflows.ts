// Are Firebreak's workflows there and switched on? GitHub disables a workflow when someone clicks
// "Disable workflow", and disables scheduled workflows in public repositories after 60 days without
// activity — then escalations silently stop firing, which is what this check exists to catch.
import type { Config } from '../../config/types.js';
import type { GitHubGateway, RepoRef } from '../../github/gateway.js';
import { INDEX_BRANCH, INDEX_PATH, parseIndex } from '../../state/schedule-index.js';
import { parseWorkflow } from '../../workflows/workflow.js';
import { type CheckItem, fail, ok, warn } from './checklist.js';

interface FirebreakWorkflow {
  file: string;
  does: string;
  /** What stops while it does not run. */
  stopped: string;
  /** Without it Firebreak does not work (✗); otherwise a part of it is missing (!). */
  essential: boolean;
}

export const FIREBREAK_WORKFLOWS: readonly FirebreakWorkflow[] = [
  {
    file: 'incident.yml',
    does: 'triages filed incidents and runs slash commands',
    stopped: 'new incidents are not triaged and slash commands get no answer',
    essential: true,
  },
  {
    file: 'escalation.yml',
    does: 'runs every 5 minutes and fires escalations, response-target breaches and update reminders',
    stopped: 'escalations, response-target breaches and update reminders do not fire',
    essential: true,
  },
  {
    file: 'postmortem.yml',
    does: 'checks postmortem pull requests and files their action items on merge',
    stopped: 'postmortem pull requests are not checked and their action items are not filed',
    essential: false,
  },
];

export async function workflowItems(gateway: GitHubGateway, repo: RepoRef): Promise<CheckItem[]> {
  const items: CheckItem[] = [];
  for (const workflow of FIREBREAK_WORKFLOWS) items.push(await workflowItem(gateway, repo, workflow));
  return items;
}

/** When Firebreak paused the sweeps itself (nothing was due): the schedule index says so. */
async function pausedByFirebreak(gateway: GitHubGateway): Promise<string | null> {
  try {
    const file = await gateway.getFile(INDEX_PATH, INDEX_BRANCH);
    return file ? (parseIndex(file.content).paused ?? null) : null;
  } catch {
    return null;
  }
}

async function workflowItem(gateway: GitHubGateway, repo: RepoRef, workflow: FirebreakWorkflow): Promise<CheckItem> {
  const name = `workflow ${workflow.file}`;
  const enable = `Re-enable it: Actions tab → the workflow → "Enable workflow", or \`gh workflow enable ${workflow.file} --repo ${repo.owner}/${repo.repo}\`.`;
  let state: string | null;
  try {
    state = await gateway.getWorkflowState(workflow.file);
  } catch (error) {
    return warn(
      `${name}: could not read its state`,
      (error as Error).message,
      'The token needs read access to Actions (actions: read).',
    );
  }
  const broken = workflow.essential ? fail : warn;
  switch (state) {
    case 'active':
      return ok(`${name} is active`);
    case null:
      return broken(
        `${name} is missing from .github/workflows on the default branch`,
        `It ${workflow.does}.`,
        'Add it with `firebreak init`, then commit and push it to the default branch.',
      );
    case 'disabled_inactivity':
      return warn(
        `${name} is disabled for inactivity`,
        `GitHub disables scheduled workflows in public repositories after 60 days without activity (no commits); until it is re-enabled, ${workflow.stopped}.`,
        enable,
        'Any commit to the default branch restarts the 60 days; a repository that is quiet for long needs a person to re-enable it.',
      );
    case 'disabled_manually': {
      const paused = workflow.file === 'escalation.yml' ? await pausedByFirebreak(gateway) : null;
      if (paused)
        return ok(
          `${name} is paused by Firebreak: nothing has been due since ${paused}`,
          'The next incident run with something due wakes it (docs/workflows.md, "Sweeps only while needed").',
        );
      return broken(`${name} was disabled by hand`, `While it is off, ${workflow.stopped}.`, enable);
    }
    default:
      return warn(`${name} is ${state}`, `GitHub does not run it in this state, so ${workflow.stopped}.`, enable);
  }
}

/**
 * The shipped incident.yml starts a runner only for issues carrying Firebreak's labels, named in its
 * job-level `if:` (GitHub evaluates it before any configuration is read). A team that renames those labels
 * in the configuration must rename them there too, or its incidents start no run at all.
 */
export async function incidentFilterItem(gateway: GitHubGateway, config: Config): Promise<CheckItem | null> {
  const path = '.github/workflows/incident.yml';
  let text: string | null;
  try {
    text = (await gateway.getFile(path))?.content ?? null;
  } catch {
    return null; // the workflow item above already says the workflow cannot be read
  }
  if (text === null) return null;
  let conditions: string[];
  try {
    conditions = parseWorkflow('incident.yml', text)
      // The jobs that handle issue events: not those kept to the wake's dispatch and daily schedule.
      .jobs.filter((job) => job.steps.length > 0 && (job.if === null || /issue|label/.test(job.if)))
      .map((job) => job.if ?? '');
  } catch (error) {
    return fail(`${path} is not a workflow GitHub can run`, (error as Error).message);
  }
  if (conditions.length === 0 || conditions.some((c) => c === ''))
    return warn(
      `${path} starts a runner for every issue event and comment`,
      'Its Firebreak job has no job-level `if:`, so unrelated issues and pull-request comments cost Actions minutes.',
      'Copy the `if:` of the incident job from `firebreak init` (docs/workflows.md, "What starts a runner").',
    );
  const names = [config.labels.incident.name, config.labels.security.name].concat(
    Object.values(config.labels.severity).map((label) => label.name),
  );
  const missing = names.filter((name) => !conditions.every((condition) => namesLabel(condition, name)));
  if (missing.length === 0) return ok(`${path} starts a runner for every Firebreak label and nothing else`);
  return fail(
    `${path} does not start a runner for the label${missing.length === 1 ? '' : 's'} ${missing.map((m) => `\`${m}\``).join(', ')}`,
    "Its incident job's `if:` names the labels GitHub checks before starting a runner; incidents labelled only with these start no run and are never triaged or escalated.",
    "Add them to the `if:` (next to 'incident', 'security' and 'severity:'), or use the default label names.",
  );
}

/** Whether an `if:` names the label as a quoted literal, or a literal prefix of it in a startsWith or contains. */
function namesLabel(condition: string, label: string): boolean {
  const wanted = label.toLowerCase();
  const literals = [...condition.matchAll(/'((?:[^']|'')*)'/g)].map((m) =>
    (m[1] ?? '').replace(/''/g, "'").toLowerCase(),
  );
  if (literals.includes(wanted)) return true;
  return /startsWith\(|join\(/i.test(condition) && literals.some((l) => l.length >= 2 && wanted.startsWith(l));
}
