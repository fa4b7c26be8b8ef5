// Pull requests: opening (from a branch of this repository), editing, review requests, reviews and
// merging. A merge applies the head's changes since the merge base onto the base branch; a path
// changed differently on both sides is a conflict and the merge is refused, as GitHub does.
import { ApiError, unprocessable, validationFailed } from '../errors.js';
import { isAncestor, mergeBase, mergeTrees } from '../git/history.js';
import { Ids } from '../ids.js';
import { emitIssueEvent } from '../webhooks.js';
import { actorLogin, type Ctx, now, requireAuthorOr, requireRole } from './context.js';
import { recordEvent, touch } from './events.js';
import { createIssue, editText, setState } from './issues.js';
import { headShaOf } from './pull-diff.js';
import type { IssueRecord, PullRecord, ReviewRecord } from './records.js';

export type PullIssue = IssueRecord & { pull: PullRecord };

export interface NewPull {
  title?: unknown;
  body?: unknown;
  head?: unknown;
  base?: unknown;
  draft?: unknown;
  maintainer_can_modify?: unknown;
}

/** "owner:branch" or "branch"; heads from other owners would be forks, which the emulator has none of. */
export function headBranch(ctx: Ctx, head: string): string | null {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === ctx.repo.owner.toLowerCase() ? head.slice(colon + 1) : null;
}

const invalid = (field: string): ApiError => validationFailed({ resource: 'PullRequest', field, code: 'invalid' });

export function createPull(ctx: Ctx, input: NewPull): PullIssue {
  requireRole(ctx, 'read', 'pull_requests', 'write');
  if (typeof input.head !== 'string')
    throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'missing_field' });
  if (typeof input.base !== 'string')
    throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'missing_field' });
  const head = headBranch(ctx, input.head);
  const headSha = head ? ctx.repo.branchSha(head) : undefined;
  if (!head || !headSha) throw invalid('head');
  const baseSha = ctx.repo.branchSha(input.base);
  if (!baseSha) throw invalid('base');
  if (isAncestor(ctx.repo.git, headSha, baseSha)) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${input.base} and ${head}`,
    });
  }
  const duplicate = [...ctx.repo.issues.values()].find(
    (i) => i.pull && i.state === 'open' && i.pull.head === head && i.pull.base === input.base,
  );
  if (duplicate) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${ctx.repo.owner}:${head}.`,
    });
  }
  const id = ctx.world.ids.take('pull');
  const pull: PullRecord = {
    id,
    nodeId: Ids.node('pull', id),
    head,
    base: input.base,
    headSha,
    mergeBaseAtMerge: null,
    baseShaAtClose: null,
    draft: input.draft === true,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    maintainerCanModify: input.maintainer_can_modify !== false,
    requestedReviewers: [],
    requestedTeams: [],
    reviews: [],
  };
  return createIssue(ctx, { title: input.title, body: input.body }, { pull }) as PullIssue;
}

export function updatePull(
  ctx: Ctx,
  issue: PullIssue,
  patch: { title?: unknown; body?: unknown; state?: unknown; base?: unknown },
): PullIssue {
  requireRole(ctx, 'read', 'pull_requests', 'write');
  editText(ctx, issue, patch, 'pull_requests');
  if (patch.base !== undefined) {
    requireAuthorOr(ctx, issue.author, 'write', 'pull_requests');
    if (typeof patch.base !== 'string' || !ctx.repo.branchSha(patch.base)) throw invalid('base');
    issue.pull.base = patch.base;
    touch(ctx, issue);
  }
  if (patch.state !== undefined) {
    if (patch.state !== 'open' && patch.state !== 'closed') throw invalid('state');
    if (patch.state === 'open' && issue.pull.merged) throw unprocessable('Cannot reopen a merged pull request');
    setState(ctx, issue, patch.state);
  }
  return issue;
}

export interface MergeInput {
  commit_title?: unknown;
  commit_message?: unknown;
  sha?: unknown;
  merge_method?: unknown;
}

export function mergePull(ctx: Ctx, issue: PullIssue, input: MergeInput): { sha: string } {
  requireRole(ctx, 'write', 'contents');
  const { pull } = issue;
  if (issue.state !== 'open') throw new ApiError(405, 'Pull Request is not mergeable');
  const method = input.merge_method ?? 'merge';
  if (method !== 'merge' && method !== 'squash' && method !== 'rebase')
    throw validationFailed({ resource: 'PullRequest', field: 'merge_method', code: 'invalid' });
  const headSha = headShaOf(ctx.repo, pull, true);
  if (input.sha !== undefined && input.sha !== headSha)
    throw new ApiError(409, 'Head branch was modified. Review and try the merge again.');
  const baseSha = ctx.repo.branchSha(pull.base);
  if (!baseSha) throw new ApiError(405, 'Base branch was deleted');
  const base = mergeBase(ctx.repo.git, baseSha, headSha);
  const tree = (sha: string): string => ctx.repo.git.commit(sha)?.tree ?? '';
  const merged = mergeTrees(ctx.repo.git, base ? tree(base) : null, tree(baseSha), tree(headSha));
  if (merged.conflicts.length > 0) throw new ApiError(405, 'Pull Request is not mergeable');
  const who = { name: ctx.actor.account.name, email: ctx.actor.account.email, date: now(ctx) };
  const title = typeof input.commit_title === 'string' ? input.commit_title : defaultTitle(ctx, issue, method);
  const details =
    typeof input.commit_message === 'string'
      ? input.commit_message
      : method === 'merge'
        ? issue.title
        : (issue.body ?? '');
  const commit = ctx.repo.git.putCommit({
    tree: merged.tree,
    parents: method === 'merge' ? [baseSha, headSha] : [baseSha],
    author: who,
    committer: who,
    message: details ? `${title}\n\n${details}` : title,
  });
  ctx.repo.moveRef(`refs/heads/${pull.base}`, commit.sha, now(ctx));
  Object.assign(pull, {
    headSha,
    mergeBaseAtMerge: base,
    baseShaAtClose: baseSha,
    merged: true,
    mergedAt: now(ctx),
    mergedBy: actorLogin(ctx),
    mergeCommitSha: commit.sha,
  });
  issue.state = 'closed';
  issue.closedAt = now(ctx);
  issue.closedBy = actorLogin(ctx);
  touch(ctx, issue);
  recordEvent(ctx, issue, 'merged', { commitId: commit.sha });
  recordEvent(ctx, issue, 'closed', { stateReason: null });
  emitIssueEvent(ctx, 'closed', issue);
  return { sha: commit.sha };
}

const defaultTitle = (ctx: Ctx, issue: PullIssue, method: string): string =>
  method === 'merge'
    ? `Merge pull request #${issue.number} from ${ctx.repo.owner}/${issue.pull.head}`
    : `${issue.title} (#${issue.number})`;

export function requestReviewers(
  ctx: Ctx,
  issue: PullIssue,
  input: { reviewers?: unknown; team_reviewers?: unknown },
): void {
  requireAuthorOr(ctx, issue.author, 'triage', 'pull_requests');
  const reviewers = strings(input.reviewers, 'reviewers');
  const teams = strings(input.team_reviewers, 'team_reviewers');
  if (reviewers.some((r) => r.toLowerCase() === issue.author.toLowerCase()))
    throw unprocessable('Review cannot be requested from pull request author.');
  const outsider = reviewers.some((r) => ctx.repo.roleOf(r) === 'none' || ctx.world.accounts.find(r)?.type !== 'User');
  if (outsider || teams.some((t) => !ctx.world.teams.has(t))) {
    throw unprocessable(
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.repo.fullName} repository.`,
    );
  }
  for (const reviewer of reviewers) {
    const login = ctx.world.accounts.find(reviewer)?.login ?? reviewer;
    if (issue.pull.requestedReviewers.includes(login)) continue;
    issue.pull.requestedReviewers.push(login);
    recordEvent(ctx, issue, 'review_requested', { reviewer: login });
  }
  for (const team of teams) if (!issue.pull.requestedTeams.includes(team)) issue.pull.requestedTeams.push(team);
  touch(ctx, issue);
}

export function removeRequestedReviewers(
  ctx: Ctx,
  issue: PullIssue,
  input: { reviewers?: unknown; team_reviewers?: unknown },
): void {
  requireAuthorOr(ctx, issue.author, 'triage', 'pull_requests');
  const reviewers = strings(input.reviewers, 'reviewers').map((r) => r.toLowerCase());
  const teams = strings(input.team_reviewers, 'team_reviewers');
  issue.pull.requestedReviewers = issue.pull.requestedReviewers.filter((r) => !reviewers.includes(r.toLowerCase()));
  issue.pull.requestedTeams = issue.pull.requestedTeams.filter((t) => !teams.includes(t));
  touch(ctx, issue);
}

const REVIEW_STATES = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' } as const;

export function createReview(
  ctx: Ctx,
  issue: PullIssue,
  input: { body?: unknown; event?: unknown; commit_id?: unknown },
): ReviewRecord {
  requireRole(ctx, 'read', 'pull_requests', 'write');
  const event = input.event;
  if (event !== undefined && !(typeof event === 'string' && event in REVIEW_STATES))
    throw validationFailed({ resource: 'PullRequestReview', field: 'event', code: 'invalid' });
  const body = typeof input.body === 'string' ? input.body : '';
  const own = actorLogin(ctx).toLowerCase() === issue.author.toLowerCase();
  if (event === 'APPROVE' && ctx.actor.kind === 'integration')
    throw unprocessable('GitHub Actions is not permitted to approve pull requests.');
  if (own && event === 'APPROVE') throw unprocessable('Can not approve your own pull request');
  if (own && event === 'REQUEST_CHANGES') throw unprocessable('Can not request changes on your own pull request');
  if ((event === 'REQUEST_CHANGES' || event === 'COMMENT') && body === '')
    throw validationFailed({ resource: 'PullRequestReview', field: 'body', code: 'missing_field' });
  const id = ctx.world.ids.take('review');
  const review: ReviewRecord = {
    id,
    nodeId: Ids.node('review', id),
    author: actorLogin(ctx),
    body,
    state: event ? REVIEW_STATES[event as keyof typeof REVIEW_STATES] : 'PENDING',
    commitId:
      typeof input.commit_id === 'string' ? input.commit_id : headShaOf(ctx.repo, issue.pull, issue.state === 'open'),
    submittedAt: event ? now(ctx) : null,
  };
  issue.pull.reviews.push(review);
  ctx.repo.activity.push({ issueNumber: issue.number, kind: 'review', id });
  if (event) issue.pull.requestedReviewers = issue.pull.requestedReviewers.filter((r) => r !== review.author);
  touch(ctx, issue);
  return review;
}

function strings(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw validationFailed({ resource: 'PullRequest', field, code: 'invalid' });
  return value as string[];
}
