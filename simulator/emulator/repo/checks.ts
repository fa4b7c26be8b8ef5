// Check runs and what a branch requires before merging. Only GitHub Apps create check runs (GITHUB_TOKEN
// is one, with `checks: write`); personal tokens are refused as GitHub refuses them. A check run's
// annotations are appended 50 at most per request. Branch protection is readable by admins only; the
// rules that rulesets apply to a branch by anyone who can read the repository. The state lives beside the
// repository (one per Repository) so the rest of the emulator needs no change.
import { ApiError, forbidden, notFound, validationFailed } from '../errors.js';
import { type Ctx, now, requireRole } from './context.js';
import type { Repository } from './repository.js';

export interface AnnotationRecord {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string | null;
  rawDetails: string | null;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  annotations: AnnotationRecord[];
  /** The app's owner login (github-actions[bot] → the "github-actions" app). */
  app: string;
}

interface ChecksState {
  runs: CheckRunRecord[];
  nextId: number;
  /** Branch → contexts its protection requires (present = protected). */
  protection: Map<string, string[]>;
  /** Branch → contexts a ruleset requires. */
  rulesets: Map<string, string[]>;
}

const states = new WeakMap<Repository, ChecksState>();

export function checksOf(repo: Repository): ChecksState {
  let state = states.get(repo);
  if (!state) {
    state = { runs: [], nextId: 21_000_000_001, protection: new Map(), rulesets: new Map() };
    states.set(repo, state);
  }
  return state;
}

/** Test setup: the branch's protection (`via: 'protection'`) or a ruleset requires these status checks. */
export function requireStatusChecks(
  repo: Repository,
  branch: string,
  contexts: string[],
  via: 'protection' | 'ruleset' = 'protection',
): void {
  (via === 'protection' ? checksOf(repo).protection : checksOf(repo).rulesets).set(branch, [...contexts]);
}

const CONCLUSIONS = new Set(['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'timed_out']);
const STATUSES = new Set(['queued', 'in_progress', 'completed']);
const LEVELS = new Set(['notice', 'warning', 'failure']);
const MAX_ANNOTATIONS = 50;

type Body = Record<string, unknown>;
const invalid = (field: string, message?: string): ApiError =>
  validationFailed({
    resource: 'CheckRun',
    field,
    code: message ? 'custom' : 'invalid',
    ...(message ? { message } : {}),
  });

function requireApp(ctx: Ctx, intent: 'read' | 'write'): void {
  if (intent === 'write' && ctx.actor.kind !== 'integration')
    throw forbidden('You must authenticate via a GitHub App.');
  requireRole(ctx, intent === 'write' ? 'write' : 'read', intent === 'write' ? 'checks' : undefined, intent);
}

export function createCheckRun(ctx: Ctx, input: Body): CheckRunRecord {
  requireApp(ctx, 'write');
  if (typeof input.name !== 'string' || input.name === '')
    throw validationFailed({ resource: 'CheckRun', field: 'name', code: 'missing_field' });
  if (typeof input.head_sha !== 'string')
    throw validationFailed({ resource: 'CheckRun', field: 'head_sha', code: 'missing_field' });
  if (!ctx.repo.git.commit(input.head_sha)) throw new ApiError(422, `No commit found for SHA: ${input.head_sha}`);
  const state = checksOf(ctx.repo);
  const id = state.nextId++;
  const run: CheckRunRecord = {
    id,
    nodeId: `CR_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    name: input.name,
    headSha: input.head_sha,
    status: 'queued',
    conclusion: null,
    startedAt: typeof input.started_at === 'string' ? input.started_at : now(ctx),
    completedAt: null,
    externalId: typeof input.external_id === 'string' ? input.external_id : '',
    detailsUrl: typeof input.details_url === 'string' ? input.details_url : null,
    title: null,
    summary: null,
    text: null,
    annotations: [],
    app: ctx.actor.account.login.replace(/\[bot\]$/, ''),
  };
  apply(ctx, run, input);
  state.runs.push(run);
  return run;
}

export function updateCheckRun(ctx: Ctx, run: CheckRunRecord, input: Body): CheckRunRecord {
  requireApp(ctx, 'write');
  if (input.name !== undefined) {
    if (typeof input.name !== 'string' || input.name === '') throw invalid('name');
    run.name = input.name;
  }
  if (typeof input.details_url === 'string') run.detailsUrl = input.details_url;
  apply(ctx, run, input);
  return run;
}

/** Status, conclusion and output; annotations are appended. Checked before anything changes. */
function apply(ctx: Ctx, run: CheckRunRecord, input: Body): void {
  const status = input.status;
  const conclusion = input.conclusion;
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.has(status))) throw invalid('status');
  if (conclusion !== undefined && (typeof conclusion !== 'string' || !CONCLUSIONS.has(conclusion)))
    throw invalid('conclusion');
  if (status === 'completed' && conclusion === undefined && run.conclusion === null)
    throw invalid('conclusion', 'Conclusion is required when status is completed.');
  const output = input.output as Body | undefined;
  let annotations: AnnotationRecord[] = [];
  if (output !== undefined) {
    if (
      !output ||
      typeof output !== 'object' ||
      typeof output.title !== 'string' ||
      typeof output.summary !== 'string'
    ) {
      throw invalid('output', 'output requires a title and a summary');
    }
    if (output.summary.length > 65_535) throw invalid('output', 'summary is too long (maximum is 65535 characters)');
    const raw = output.annotations ?? [];
    if (!Array.isArray(raw)) throw invalid('annotations');
    if (raw.length > MAX_ANNOTATIONS)
      throw invalid('annotations', `Only ${MAX_ANNOTATIONS} annotations are allowed per request`);
    annotations = raw.map(annotation);
  }
  if (typeof status === 'string') run.status = status as CheckRunRecord['status'];
  if (typeof conclusion === 'string') {
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.completedAt === null)
    run.completedAt = typeof input.completed_at === 'string' ? input.completed_at : now(ctx);
  if (output) {
    run.title = output.title as string;
    run.summary = output.summary as string;
    run.text = typeof output.text === 'string' ? output.text : run.text;
    run.annotations.push(...annotations);
  }
}

function annotation(raw: unknown): AnnotationRecord {
  const a = (raw ?? {}) as Body;
  const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
  if (typeof a.path !== 'string' || !int(a.start_line) || !int(a.end_line) || a.end_line < a.start_line)
    throw invalid('annotations', 'annotations need path, start_line and end_line');
  if (typeof a.annotation_level !== 'string' || !LEVELS.has(a.annotation_level))
    throw invalid('annotations', 'annotation_level must be notice, warning or failure');
  if (typeof a.message !== 'string' || a.message === '') throw invalid('annotations', 'annotations need a message');
  const columns = a.start_column !== undefined || a.end_column !== undefined;
  if (columns && a.start_line !== a.end_line)
    throw invalid(
      'annotations',
      'start_column and end_column may only be given when start_line and end_line are the same',
    );
  return {
    path: a.path,
    startLine: a.start_line,
    endLine: a.end_line,
    startColumn: int(a.start_column) ? a.start_column : null,
    endColumn: int(a.end_column) ? a.end_column : null,
    level: a.annotation_level as AnnotationRecord['level'],
    message: a.message,
    title: typeof a.title === 'string' ? a.title : null,
    rawDetails: typeof a.raw_details === 'string' ? a.raw_details : null,
  };
}

export function checkRunOf(ctx: Ctx, id: number): CheckRunRecord {
  requireApp(ctx, 'read');
  const run = checksOf(ctx.repo).runs.find((r) => r.id === id);
  if (!run) throw notFound();
  return run;
}

/** The check runs on a commit named by sha, branch or tag; `latest` keeps the newest per name. */
export function checkRunsFor(
  ctx: Ctx,
  ref: string,
  query: { name?: string | null; status?: string | null; filter?: string | null },
): CheckRunRecord[] {
  requireApp(ctx, 'read');
  const sha = resolveRef(ctx.repo, ref);
  let runs = checksOf(ctx.repo).runs.filter(
    (r) => r.headSha === sha && (!query.name || r.name === query.name) && (!query.status || r.status === query.status),
  );
  if (query.filter !== 'all')
    runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id));
  return [...runs].sort((a, b) => b.id - a.id);
}

function resolveRef(repo: Repository, ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref) && repo.git.commit(ref)) return ref;
  const name = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^(heads|tags)\//, '');
  const sha = repo.branchSha(name) ?? repo.refs.get(`refs/tags/${name}`);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

/** Branch protection's required checks; 404 "Branch not protected" when there is none. Admins only. */
export function protectionOf(ctx: Ctx, branch: string): string[] {
  if (ctx.actor.kind === 'integration') throw forbidden('Resource not accessible by integration');
  requireRole(ctx, 'admin');
  if (!ctx.repo.branchSha(branch)) throw notFound('Branch not found');
  const contexts = checksOf(ctx.repo).protection.get(branch);
  if (!contexts) throw notFound('Branch not protected');
  return contexts;
}

export function rulesetChecksOf(ctx: Ctx, branch: string): string[] {
  requireRole(ctx, 'read');
  return checksOf(ctx.repo).rulesets.get(branch) ?? [];
}
