// Workflows are the files under .github/workflows on the default branch. Their state follows GitHub:
// `disabled_manually` when someone disables one, `disabled_inactivity` for a scheduled workflow in a
// public repository with no push for 60 days. Dispatches are validated against the workflow file at
// the dispatched ref and recorded; they are the one kind of write by GITHUB_TOKEN that starts runs.
import { parse as parseYaml } from 'yaml';
import { ApiError, GITHUB_LIMITS, notFound, unprocessable } from '../errors.js';
import { emitPlainEvent } from '../webhooks.js';
import { actorLogin, type Ctx, now, requireRole } from './context.js';
import type { DispatchRecord } from './records.js';
import type { Repository } from './repository.js';

export type WorkflowState = 'active' | 'disabled_manually' | 'disabled_inactivity';

export interface DispatchInput {
  required: boolean;
  default?: string;
}

export interface WorkflowInfo {
  id: number;
  path: string;
  name: string;
  state: WorkflowState;
  createdAt: string;
  /** Event names under `on:`. */
  triggers: string[];
  schedules: string[];
  dispatchInputs: Record<string, DispatchInput>;
}

const INACTIVITY_MS = 60 * 24 * 60 * 60 * 1000;
const DIRECTORY = '.github/workflows/';

interface ParsedWorkflow {
  name?: string;
  triggers: string[];
  schedules: string[];
  dispatchInputs: Record<string, DispatchInput>;
}

export function parseWorkflow(text: string): ParsedWorkflow {
  let doc: Record<string, unknown> = {};
  try {
    doc = (parseYaml(text) as Record<string, unknown> | null) ?? {};
  } catch {
    // GitHub still lists a workflow file it cannot parse; it just never runs.
  }
  const on = doc.on ?? doc[true as unknown as string];
  const triggers =
    typeof on === 'string'
      ? [on]
      : Array.isArray(on)
        ? on.map(String)
        : on && typeof on === 'object'
          ? Object.keys(on)
          : [];
  const spec = (on && typeof on === 'object' && !Array.isArray(on) ? on : {}) as Record<string, unknown>;
  const schedules = Array.isArray(spec.schedule)
    ? spec.schedule.map((s) => String((s as { cron?: unknown })?.cron ?? ''))
    : [];
  const rawInputs = ((spec.workflow_dispatch as { inputs?: unknown } | null)?.inputs ?? {}) as Record<
    string,
    { required?: unknown; default?: unknown } | null
  >;
  const dispatchInputs: Record<string, DispatchInput> = {};
  for (const [name, def] of Object.entries(rawInputs)) {
    dispatchInputs[name] = {
      required: def?.required === true,
      ...(def?.default !== undefined ? { default: String(def.default) } : {}),
    };
  }
  return { ...(typeof doc.name === 'string' ? { name: doc.name } : {}), triggers, schedules, dispatchInputs };
}

export function workflowFiles(repo: Repository, ref: string): Map<string, string> {
  const sha = repo.resolve(ref);
  const files = new Map<string, string>();
  if (!sha) return files;
  for (const [path, entry] of repo.filesAt(sha)) {
    const rest = path.slice(DIRECTORY.length);
    if (!path.startsWith(DIRECTORY) || rest.includes('/') || !/\.ya?ml$/.test(rest)) continue;
    files.set(path, repo.git.blob(entry.sha)?.content.toString('utf8') ?? '');
  }
  return files;
}

export function listWorkflows(repo: Repository, nowIso: string): WorkflowInfo[] {
  const result: WorkflowInfo[] = [];
  for (const [path, text] of workflowFiles(repo, repo.defaultBranch)) {
    let known = repo.workflowIds.get(path);
    if (!known) {
      known = { id: repo.ids.take('workflow'), createdAt: nowIso };
      repo.workflowIds.set(path, known);
    }
    const parsed = parseWorkflow(text);
    const inactive =
      repo.isPublic && parsed.schedules.length > 0 && Date.parse(nowIso) - Date.parse(repo.pushedAt) > INACTIVITY_MS;
    const state: WorkflowState = repo.disabledWorkflows.get(path) ?? (inactive ? 'disabled_inactivity' : 'active');
    result.push({ id: known.id, path, name: parsed.name ?? path, state, createdAt: known.createdAt, ...parsed });
  }
  return result;
}

/** By numeric id or by file name ("escalation.yml"), as the API accepts both. */
export function findWorkflow(repo: Repository, nowIso: string, idOrFile: string | number): WorkflowInfo {
  const key = String(idOrFile);
  const found = listWorkflows(repo, nowIso).find(
    (w) => String(w.id) === key || w.path === `${DIRECTORY}${key}` || w.path === key,
  );
  if (!found) throw notFound();
  return found;
}

export function setWorkflowEnabled(ctx: Ctx, idOrFile: string, enabled: boolean): void {
  requireRole(ctx, 'write', 'actions');
  const workflow = findWorkflow(ctx.repo, now(ctx), idOrFile);
  if (enabled) {
    ctx.repo.disabledWorkflows.delete(workflow.path);
    // Enabling resets the inactivity clock, as GitHub's "Enable workflow" button does.
    ctx.repo.pushedAt = now(ctx);
  } else ctx.repo.disabledWorkflows.set(workflow.path, 'disabled_manually');
}

export function dispatchWorkflow(
  ctx: Ctx,
  idOrFile: string,
  input: { ref?: unknown; inputs?: unknown },
): DispatchRecord {
  requireRole(ctx, 'write', 'actions');
  const workflow = findWorkflow(ctx.repo, now(ctx), idOrFile);
  if (typeof input.ref !== 'string' || input.ref === '')
    throw new ApiError(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
  const ref = input.ref.replace(/^refs\/(heads|tags)\//, '');
  if (!ctx.repo.resolve(ref)) throw unprocessable(`No ref found for: ${input.ref}`);
  const atRef = workflowFiles(ctx.repo, ref).get(workflow.path);
  const parsed = atRef === undefined ? undefined : parseWorkflow(atRef);
  if (!parsed?.triggers.includes('workflow_dispatch'))
    throw unprocessable("Workflow does not have 'workflow_dispatch' trigger");
  if (workflow.state !== 'active') throw unprocessable(`Cannot trigger a 'workflow_dispatch' on a disabled workflow`);
  const inputs = checkInputs(input.inputs, parsed.dispatchInputs);
  const id = ctx.world.ids.take('dispatch');
  const record: DispatchRecord = {
    id,
    workflowId: workflow.id,
    workflow: workflow.path,
    ref: ctx.repo.refs.has(`refs/tags/${ref}`) && !ctx.repo.branchSha(ref) ? `refs/tags/${ref}` : `refs/heads/${ref}`,
    inputs,
    actor: actorLogin(ctx),
    at: now(ctx),
  };
  ctx.repo.dispatches.push(record);
  emitPlainEvent(
    ctx,
    'workflow_dispatch',
    { inputs, ref: record.ref, workflow: record.workflow },
    { triggersWorkflows: true },
  );
  return record;
}

function checkInputs(raw: unknown, defined: Record<string, DispatchInput>): Record<string, string> {
  const given = (raw ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object' || Array.isArray(given)) throw unprocessable('inputs must be an object');
  const names = Object.keys(given);
  if (names.length > GITHUB_LIMITS.dispatchInputs) {
    throw unprocessable(
      `you may only define up to ${GITHUB_LIMITS.dispatchInputs} \`inputs\` for a \`workflow_dispatch\` event`,
    );
  }
  const unexpected = names.filter((n) => !(n in defined));
  if (unexpected.length > 0) throw unprocessable(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(defined)) {
    const value = given[name];
    if (value === undefined || value === null || value === '') {
      if (def.required && def.default === undefined) throw unprocessable(`Required input '${name}' not provided`);
      if (def.default !== undefined) inputs[name] = def.default;
    } else inputs[name] = String(value);
  }
  return inputs;
}

/**
 * POST /repos/{owner}/{repo}/dispatches: a `repository_dispatch` event, which starts workflow runs even when
 * GITHUB_TOKEN sends it (the token needs contents: write). GitHub's limits: `event_type` 1–100 characters,
 * `client_payload` an object of at most 10 top-level keys.
 */
export function dispatchRepositoryEvent(ctx: Ctx, input: { event_type?: unknown; client_payload?: unknown }): void {
  requireRole(ctx, 'write', 'contents');
  const type = input.event_type;
  if (typeof type !== 'string' || type === '')
    throw unprocessable('Invalid request.\n\n"event_type" wasn\'t supplied.');
  if (type.length > GITHUB_LIMITS.dispatchEventType)
    throw unprocessable(`event_type is too long (maximum is ${GITHUB_LIMITS.dispatchEventType} characters)`);
  const payload = input.client_payload ?? {};
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw unprocessable('client_payload must be an object');
  if (Object.keys(payload).length > GITHUB_LIMITS.clientPayloadKeys)
    throw unprocessable(
      `No more than ${GITHUB_LIMITS.clientPayloadKeys} properties are allowed; ${Object.keys(payload).length} were supplied.`,
    );
  emitPlainEvent(
    ctx,
    'repository_dispatch',
    { action: type, branch: ctx.repo.defaultBranch, client_payload: payload },
    { triggersWorkflows: true },
  );
}
