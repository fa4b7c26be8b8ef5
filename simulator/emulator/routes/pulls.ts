// Pull requests: list, open, read, edit, merge, files, review requests and reviews.
import { notFound } from '../errors.js';
import { paginate, sortByTime } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { diffEntryJson, pullJson, reviewJson, teamJson } from '../present/pulls.js';
import { userJson } from '../present/users.js';
import { pullFileChanges } from '../repo/pull-diff.js';
import {
  createPull,
  createReview,
  headBranch,
  mergePull,
  type PullIssue,
  removeRequestedReviewers,
  requestReviewers,
  updatePull,
} from '../repo/pulls.js';
import { bodyOf, noContent, numberParam, ok } from './params.js';

const pullOf = (req: RouteRequest): PullIssue => req.repo.pullIssue(numberParam(req, 'pull_number'));

function listPulls(req: RouteRequest) {
  const q = req.query;
  const state = q.get('state') ?? 'open';
  const head = q.get('head');
  const headName = head ? headBranch(req, head) : undefined;
  const base = q.get('base');
  const pulls = [...req.repo.issues.values()].filter((issue): issue is PullIssue => {
    if (!issue.pull) return false;
    if (state !== 'all' && issue.state !== state) return false;
    if (head && issue.pull.head !== headName) return false;
    if (base && issue.pull.base !== base) return false;
    return true;
  });
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const sorted = sortByTime(
    pulls,
    (p) => (sort === 'updated' ? p.updatedAt : p.createdAt),
    direction,
    (p) => p.number,
  );
  return paginate(req, sorted, (p) => pullJson(req, p, { detailed: false }));
}

const reviewRequests = (req: RouteRequest, issue: PullIssue) => ({
  users: issue.pull.requestedReviewers.map((login) => userJson(req.world, login)),
  teams: issue.pull.requestedTeams.map((slug) => teamJson(req, slug)),
});

export const pullRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls', handler: listPulls },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls',
    handler: (req) => ok(pullJson(req, createPull(req, bodyOf(req))), 201),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler: (req) => ok(pullJson(req, pullOf(req))),
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler: (req) => ok(pullJson(req, updatePull(req, pullOf(req), bodyOf(req)))),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    handler: (req) => {
      if (!pullOf(req).pull.merged) throw notFound();
      return noContent;
    },
  },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    handler: (req) =>
      ok({
        sha: mergePull(req, pullOf(req), bodyOf(req)).sha,
        merged: true,
        message: 'Pull Request successfully merged',
      }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    handler: (req) => {
      const issue = pullOf(req);
      return paginate(req, pullFileChanges(req.repo, issue.pull, issue.state === 'open'), (c) =>
        diffEntryJson(req, issue, c),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    handler: (req) => ok(reviewRequests(req, pullOf(req))),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    handler: (req) => {
      const issue = pullOf(req);
      requestReviewers(req, issue, bodyOf(req));
      return ok(pullJson(req, issue, { detailed: false }), 201);
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    handler: (req) => {
      const issue = pullOf(req);
      removeRequestedReviewers(req, issue, bodyOf(req));
      return ok(pullJson(req, issue, { detailed: false }));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    handler: (req) => {
      const issue = pullOf(req);
      // Pending reviews are visible only to their author.
      const visible = issue.pull.reviews.filter((r) => r.state !== 'PENDING' || r.author === req.actor.account.login);
      return paginate(req, visible, (r) => reviewJson(req, issue, r));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    handler: (req) => {
      const issue = pullOf(req);
      return ok(reviewJson(req, issue, createReview(req, issue, bodyOf(req))));
    },
  },
];
