// A workflow file as Firebreak reads it: its triggers, concurrency, and per job the permissions and the
// Firebreak steps (with their inputs and environment). `doctor`, `validate` and the simulator read
// workflows through this; which workflows an event triggers is the simulator's (simulator/harness).
import { parse as parseYaml } from 'yaml';
export interface FirebreakStep {
  inputs: Record<string, string>;
  env: Record<string, string>;
  if: string | null;
}

/**
 * The GITHUB_TOKEN permissions a job runs with: scope → `read` or `write` (a scope not listed is `none`,
 * except `metadata`, which every token can read), or null when neither the job nor the workflow says
 * (GitHub then applies the repository's default, permissive or restricted).
 */
export type Permissions = Record<string, 'read' | 'write' | 'none'> | null;

export interface Workflow {
  file: string;
  name: string;
  on: Record<string, Record<string, unknown> | null>;
  concurrency: { group: string; cancelInProgress: boolean } | null;
  jobs: Array<{
    id: string;
    if: string | null;
    /** The job's own `concurrency:` (held only by a job that starts: a skipped job queues behind nothing). */
    concurrency: { group: string; cancelInProgress: boolean } | null;
    env: Record<string, string>;
    permissions: Permissions;
    steps: FirebreakStep[];
  }>;
  env: Record<string, string>;
}

/** The scopes `read-all` and `write-all` grant (GitHub's list of GITHUB_TOKEN permissions). */
export const TOKEN_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

export class WorkflowError extends Error {}

/** A step runs Firebreak when it uses this repository's action (`./`) or any `…/firebreak@ref`. */
export function isFirebreakAction(uses: string): boolean {
  return uses === './' || uses === '.' || /(^|\/)firebreak(-action)?@/i.test(uses);
}

export function parseWorkflow(file: string, text: string): Workflow {
  let doc: Record<string, unknown>;
  try {
    doc = (parseYaml(text) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new WorkflowError(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const on = normalizeOn(doc.on ?? doc.true);
  const concurrency = normalizeConcurrency(doc.concurrency);
  const workflowPermissions = normalizePermissions(doc.permissions);
  const jobs = Object.entries((doc.jobs ?? {}) as Record<string, Record<string, unknown>>).map(([id, job]) => ({
    id,
    if: typeof job.if === 'string' ? job.if : null,
    concurrency: normalizeConcurrency(job.concurrency),
    env: strings(job.env),
    // A job's own `permissions:` replace the workflow's entirely; they do not add to them.
    permissions: 'permissions' in job ? normalizePermissions(job.permissions) : workflowPermissions,
    steps: ((job.steps ?? []) as Array<Record<string, unknown>>)
      .filter((step) => typeof step.uses === 'string' && isFirebreakAction(step.uses))
      .map((step) => ({
        inputs: strings(step.with),
        env: strings(step.env),
        if: typeof step.if === 'string' ? step.if : null,
      })),
  }));
  return { file, name: typeof doc.name === 'string' ? doc.name : file, on, concurrency, jobs, env: strings(doc.env) };
}

function normalizeOn(on: unknown): Workflow['on'] {
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((name) => [String(name), null]));
  if (on && typeof on === 'object') {
    return Object.fromEntries(
      Object.entries(on).map(([name, spec]) => [
        name,
        spec && typeof spec === 'object' ? (spec as Record<string, unknown>) : null,
      ]),
    );
  }
  return {};
}

function normalizePermissions(value: unknown): Permissions {
  if (value === undefined) return null;
  if (value === 'read-all' || value === 'write-all')
    return Object.fromEntries(TOKEN_SCOPES.map((scope) => [scope, value === 'read-all' ? 'read' : 'write']));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const levels: Record<string, 'read' | 'write' | 'none'> = {};
  for (const [scope, level] of Object.entries(value))
    if (level === 'read' || level === 'write' || level === 'none') levels[scope] = level;
  return levels;
}

function normalizeConcurrency(value: unknown): Workflow['concurrency'] {
  if (typeof value === 'string') return { group: value, cancelInProgress: false };
  if (value && typeof value === 'object' && typeof (value as { group?: unknown }).group === 'string') {
    const v = value as { group: string; 'cancel-in-progress'?: unknown };
    return { group: v.group, cancelInProgress: v['cancel-in-progress'] === true };
  }
  return null;
}

function strings(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}
