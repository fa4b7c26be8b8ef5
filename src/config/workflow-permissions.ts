// Runbooks with a `workflow:` against the repository's workflows. `/runbook run <id>` dispatches that
// workflow with the token of the job that runs the command, so GitHub refuses it unless that job grants
// `actions: write` — the shipped incident.yml's comment job has only `actions: read` (least privilege: most
// teams never dispatch). A sweep runs commands an incident run left unanswered, so its job needs it too
// (the shipped sweep has it, to pause its own schedule). And
// the dispatched workflow must accept the dispatch: a `workflow_dispatch` trigger that declares the
// `incident` input and requires no other.
//
// Self-contained: give it the merged configuration and the files of .github/workflows; it returns
// warnings at `runbooks.<id>.workflow`, for `firebreak validate` (`runbookDispatchCheck`, reading the
// checkout) and `firebreak doctor` (reading through the API) to report.
import { parse as parseYaml } from 'yaml';
import { parseWorkflow, type Workflow } from '../workflows/workflow.js';
import type { PathProblem } from './path-problem.js';
import type { Config } from './types.js';
import type { ConfigCheck } from './validate-checks.js';

export interface WorkflowFile {
  /** The file name in .github/workflows (`incident.yml`). */
  file: string;
  text: string;
}

/** The docs section that says how to enable `/runbook run`. */
export const RUNBOOK_RUN_DOCS = 'docs/workflows.md#enabling-runbook-run';

/**
 * Warnings for each runbook with a `workflow:`: the jobs that run Firebreak on comments (or sweep) and
 * do not grant `actions: write`, and a dispatched workflow that is missing or would refuse the dispatch.
 * `workflows` must be every file in .github/workflows; with none (the directory was not read) only the
 * runbooks' own workflows go unchecked.
 */
export function runbookDispatchProblems(config: Config, workflows: readonly WorkflowFile[]): PathProblem[] {
  const runbooks = Object.values(config.runbooks).filter((r) => typeof r.workflow === 'string' && r.workflow !== '');
  if (runbooks.length === 0 || workflows.length === 0) return [];
  const parsed = workflows.flatMap(({ file, text }) => {
    try {
      return [parseWorkflow(file, text)];
    } catch {
      return []; // A workflow that is not YAML: actionlint's and doctor's to report.
    }
  });
  const lacking = commandJobs(parsed).filter((job) => job.permissions !== null && job.permissions.actions !== 'write');
  const problems: PathProblem[] = [];
  for (const runbook of runbooks) {
    const segments = ['runbooks', runbook.id, 'workflow'];
    const problem = (message: string): PathProblem => ({
      severity: 'warning',
      segments,
      anchor: 'value',
      fallback: ['runbooks', runbook.id],
      message,
    });
    if (lacking.length > 0) {
      const where = lacking.map((job) => `job \`${job.job}\` in .github/workflows/${job.file}`).join(' and ');
      problems.push(
        problem(
          `\`/runbook run ${runbook.id}\` dispatches ${runbook.workflow}, but ${where} ${lacking.length === 1 ? 'does' : 'do'} not grant \`actions: write\`, so GitHub refuses the dispatch (403); grant \`actions: write\` in ${lacking.length === 1 ? 'its' : 'their'} permissions (${RUNBOOK_RUN_DOCS})`,
        ),
      );
    }
    const target = workflows.find(
      (w) => w.file === runbook.workflow || `.github/workflows/${w.file}` === runbook.workflow,
    );
    const refusal = target ? dispatchRefusal(target.text) : `there is no .github/workflows/${runbook.workflow}`;
    if (refusal)
      problems.push(problem(`\`/runbook run ${runbook.id}\` cannot dispatch ${runbook.workflow}: ${refusal}`));
  }
  return problems;
}

interface CommandJob {
  file: string;
  job: string;
  permissions: Workflow['jobs'][number]['permissions'];
}

/** Jobs that run Firebreak where slash commands are executed: on issue comments, and in the sweep (not the report). */
function commandJobs(workflows: readonly Workflow[]): CommandJob[] {
  return workflows.flatMap((workflow) => {
    const comments = 'issue_comment' in workflow.on;
    const sweeps = 'schedule' in workflow.on;
    if (!comments && !sweeps) return [];
    return (
      workflow.jobs
        // The alert job (mode: alert) opens and updates incidents from alerts; it never runs a command.
        .filter((job) =>
          job.steps.some((step) => step.inputs.mode !== 'alert' && (comments || step.inputs.mode !== 'report')),
        )
        .map((job) => ({ file: workflow.file, job: job.id, permissions: job.permissions }))
    );
  });
}

/** Why GitHub would answer the dispatch (`inputs: {incident}`) with 422, or null when it would not. */
function dispatchRefusal(text: string): string | null {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return 'it is not valid YAML';
  }
  const on = (doc as { on?: unknown } | null)?.on;
  const events =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((e) => [String(e), null]))
        : on && typeof on === 'object'
          ? (on as Record<string, unknown>)
          : {};
  if (!('workflow_dispatch' in events)) return 'it has no `workflow_dispatch` trigger';
  const spec = events.workflow_dispatch;
  const inputs =
    spec && typeof spec === 'object' ? (((spec as { inputs?: unknown }).inputs ?? {}) as Record<string, unknown>) : {};
  if (!('incident' in inputs))
    return 'its `workflow_dispatch` declares no `incident` input, and GitHub refuses inputs a workflow does not declare';
  const required = Object.entries(inputs)
    .filter(
      ([name, def]) =>
        name !== 'incident' &&
        def !== null &&
        typeof def === 'object' &&
        (def as { required?: unknown }).required === true &&
        (def as { default?: unknown }).default === undefined,
    )
    .map(([name]) => `\`${name}\``);
  return required.length > 0
    ? `its \`workflow_dispatch\` requires ${required.join(', ')} without a default, and Firebreak passes only \`incident\``
    : null;
}

/** The check for `firebreak validate`: `readWorkflows` returns the files of .github/workflows (none: skipped). */
export function runbookDispatchCheck(
  readWorkflows: () => Promise<readonly WorkflowFile[]> | readonly WorkflowFile[],
): ConfigCheck {
  return async (context) =>
    runbookDispatchProblems(context.config, await readWorkflows()).map((problem) => context.place(problem));
}
