// Are Firebreak's workflows there and switched on? GitHub disables a workflow when someone clicks
// "Disable workflow", and disables scheduled workflows in public repositories after 60 days without
// activity — then escalations silently stop firing, which is what this check exists to catch.
import type { GitHubGateway, RepoRef } from '../../github/gateway.js';
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
    case 'disabled_manually':
      return broken(`${name} was disabled by hand`, `While it is off, ${workflow.stopped}.`, enable);
    default:
      return warn(`${name} is ${state}`, `GitHub does not run it in this state, so ${workflow.stopped}.`, enable);
  }
}
