// Which of a repository's workflows an event triggers, as GitHub decides it, and the Firebreak steps
// (with their inputs and environment) those workflows run. Used by `firebreak simulate`.
import { condition, type ExprContext, interpolate } from './expressions.js';
import type { Permissions, Workflow } from '../../src/workflows/workflow.js';

export {
  isFirebreakAction,
  parseWorkflow,
  TOKEN_SCOPES,
  WorkflowError,
  type FirebreakStep,
  type Permissions,
  type Workflow,
} from '../../src/workflows/workflow.js';
export interface TriggerInfo {
  eventName: string;
  payload: Record<string, unknown>;
  /** Files a pull request changes, for `paths:` filters. */
  changedFiles?: string[];
  /** Name of the workflow file a workflow_dispatch targets. */
  dispatchedWorkflow?: string;
}

/** Whether GitHub would start this workflow for the event. */
export function triggers(workflow: Workflow, event: TriggerInfo): boolean {
  if (!(event.eventName in workflow.on)) return false;
  const spec = workflow.on[event.eventName] ?? {};
  // A dispatch and a cron name their workflow: they start that one only.
  if (
    (event.eventName === 'workflow_dispatch' || event.eventName === 'schedule') &&
    event.dispatchedWorkflow &&
    event.dispatchedWorkflow !== workflow.file
  )
    return false;
  const action = typeof event.payload.action === 'string' ? event.payload.action : null;
  const types = list(spec.types);
  if (types.length > 0 && action !== null && !types.includes(action)) return false;
  if (
    types.length === 0 &&
    action !== null &&
    event.eventName.startsWith('pull_request') &&
    !['opened', 'synchronize', 'reopened'].includes(action)
  )
    return false;
  const paths = list(spec.paths);
  if (paths.length > 0 && event.changedFiles && !event.changedFiles.some((f) => paths.some((p) => globMatch(p, f))))
    return false;
  const branches = list(spec.branches);
  const base = (
    (event.payload.pull_request as Record<string, unknown> | undefined)?.base as Record<string, unknown> | undefined
  )?.ref;
  if (branches.length > 0 && typeof base === 'string' && !branches.some((b) => globMatch(b, base))) return false;
  return true;
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.map(String) : [];
}

/** GitHub's filter globs: `*` within a path segment, `**` across segments. */
export function globMatch(pattern: string, path: string): boolean {
  const re = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

export interface PlannedStep {
  job: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** The permissions of the step's job (its GITHUB_TOKEN's). */
  permissions: Permissions;
}

/**
 * The jobs GitHub starts a runner for: those whose job-level `if:` holds. GitHub evaluates it from the event
 * alone, before any runner exists; a skipped job bills no minutes.
 */
export function startedJobs(workflow: Workflow, ctx: ExprContext): Workflow['jobs'] {
  return workflow.jobs.filter((job) => job.if === null || condition(job.if, ctx));
}

/** The Firebreak steps this workflow would run for the event, with inputs and env interpolated. */
export function plannedSteps(workflow: Workflow, ctx: ExprContext): PlannedStep[] {
  const steps: PlannedStep[] = [];
  for (const job of startedJobs(workflow, ctx)) {
    for (const step of job.steps) {
      if (step.if !== null && !condition(step.if, ctx)) continue;
      const env = mapValues({ ...workflow.env, ...job.env, ...step.env }, ctx);
      steps.push({ job: job.id, inputs: mapValues(step.inputs, { ...ctx, env }), env, permissions: job.permissions });
    }
  }
  return steps;
}

/**
 * The run's concurrency group: the workflow's (which even a run whose jobs are all skipped takes part in),
 * else that of the first job that starts.
 */
export function concurrencyGroup(workflow: Workflow, ctx: ExprContext): string | null {
  const concurrency = workflow.concurrency ?? startedJobs(workflow, ctx).find((j) => j.concurrency)?.concurrency;
  return concurrency ? interpolate(concurrency.group, ctx) : null;
}

function mapValues(values: Record<string, string>, ctx: ExprContext): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, interpolate(v, ctx)]));
}
