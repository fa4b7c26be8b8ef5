// Deployments and releases: what "What changed" reads. Creating a deployment needs write access (GitHub:
// `deployments: write`; the emulator has no deployments scope, so the role is checked), a release write
// access with `contents: write`; reading either needs read access. The state lives beside the repository
// (one per Repository), as the check runs' does, so the rest of the emulator needs no change.
import { ApiError, validationFailed } from '../errors.js';
import { actorLogin, type Ctx, now, requireRole } from './context.js';
import type { Repository } from './repository.js';

export interface DeploymentRecord {
  id: number;
  nodeId: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  creator: string;
  payload: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
}

export interface ReleaseRecord {
  id: number;
  nodeId: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
}

interface DeploymentsState {
  deployments: DeploymentRecord[];
  releases: ReleaseRecord[];
  nextDeployment: number;
  nextRelease: number;
}

const states = new WeakMap<Repository, DeploymentsState>();

export function deploymentsOf(repo: Repository): DeploymentsState {
  let state = states.get(repo);
  if (!state) {
    state = { deployments: [], releases: [], nextDeployment: 1_600_000_001, nextRelease: 200_000_001 };
    states.set(repo, state);
  }
  return state;
}

type Body = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** POST /repos/{owner}/{repo}/deployments: `ref` a branch, tag or commit sha that exists. */
export function createDeployment(ctx: Ctx, input: Body): DeploymentRecord {
  requireRole(ctx, 'write', undefined, 'write');
  const ref = text(input.ref);
  if (!ref) throw validationFailed({ resource: 'Deployment', field: 'ref', code: 'missing_field' });
  const sha = ctx.repo.resolve(ref) ?? (ctx.repo.git.commit(ref) ? ref : undefined);
  if (!sha) throw new ApiError(422, `No ref found for: ${ref}`);
  const state = deploymentsOf(ctx.repo);
  const id = state.nextDeployment++;
  const environment = text(input.environment) ?? 'production';
  const at = now(ctx);
  const deployment: DeploymentRecord = {
    id,
    nodeId: `DE_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    sha,
    ref,
    task: text(input.task) ?? 'deploy',
    environment,
    description: text(input.description),
    creator: actorLogin(ctx),
    payload: input.payload && typeof input.payload === 'object' ? (input.payload as Record<string, unknown>) : {},
    createdAt: at,
    updatedAt: at,
    productionEnvironment:
      typeof input.production_environment === 'boolean' ? input.production_environment : environment === 'production',
    transientEnvironment: input.transient_environment === true,
  };
  state.deployments.push(deployment);
  return deployment;
}

/** GET /repos/{owner}/{repo}/deployments: newest first, filtered by sha, ref, task and environment. */
export function listDeployments(ctx: Ctx, filter: Record<string, string | null>): DeploymentRecord[] {
  requireRole(ctx, 'read');
  return deploymentsOf(ctx.repo)
    .deployments.filter(
      (d) =>
        (!filter.sha || d.sha === filter.sha) &&
        (!filter.ref || d.ref === filter.ref) &&
        (!filter.task || d.task === filter.task) &&
        (!filter.environment || d.environment === filter.environment),
    )
    .reverse();
}

/** POST /repos/{owner}/{repo}/releases: the tag is created on `target_commitish` (default branch) when missing. */
export function createRelease(ctx: Ctx, input: Body): ReleaseRecord {
  requireRole(ctx, 'write', 'contents', 'write');
  const tagName = text(input.tag_name);
  if (!tagName) throw validationFailed({ resource: 'Release', field: 'tag_name', code: 'missing_field' });
  const state = deploymentsOf(ctx.repo);
  if (state.releases.some((r) => r.tagName === tagName))
    throw validationFailed({ resource: 'Release', field: 'tag_name', code: 'already_exists' });
  const target = text(input.target_commitish) ?? ctx.repo.defaultBranch;
  const draft = input.draft === true;
  if (!ctx.repo.refs.has(`refs/tags/${tagName}`) && !draft) {
    const sha = ctx.repo.resolve(target);
    if (!sha) throw validationFailed({ resource: 'Release', field: 'target_commitish', code: 'invalid' });
    ctx.repo.refs.set(`refs/tags/${tagName}`, sha);
  }
  const id = state.nextRelease++;
  const at = now(ctx);
  const release: ReleaseRecord = {
    id,
    nodeId: `RE_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    tagName,
    targetCommitish: target,
    name: text(input.name),
    body: text(input.body),
    draft,
    prerelease: input.prerelease === true,
    author: actorLogin(ctx),
    createdAt: at,
    publishedAt: draft ? null : at,
  };
  state.releases.push(release);
  return release;
}

/** GET /repos/{owner}/{repo}/releases: newest first; drafts only for those who can push. */
export function listReleases(ctx: Ctx): ReleaseRecord[] {
  requireRole(ctx, 'read');
  const pusher = ['write', 'maintain', 'admin'].includes(ctx.repo.roleOf(actorLogin(ctx)));
  return deploymentsOf(ctx.repo)
    .releases.filter((r) => !r.draft || pusher || ctx.actor.kind === 'integration')
    .reverse();
}
