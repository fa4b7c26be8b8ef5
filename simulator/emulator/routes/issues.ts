// Issues: list (with GitHub's filters; pull requests included, as GitHub does), create, get, edit;
// events and timeline; labels and assignees on an issue.
import { paginate, sortByTime } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { issueEventJson, issueJson, labelJson, timelineCommentJson } from '../present/issues.js';
import { reviewJson } from '../present/pulls.js';
import type { Json } from '../present/view.js';
import { addAssignees, createIssue, isAssignable, removeAssignees, updateIssue } from '../repo/issues.js';
import { addIssueLabels, labelNames, removeIssueLabel, setIssueLabels } from '../repo/labels.js';
import type { PullIssue } from '../repo/pulls.js';
import type { IssueRecord } from '../repo/records.js';
import { ApiError, notFound } from '../errors.js';
import { bodyOf, noContent, numberParam, ok, param } from './params.js';

const issueOf = (req: RouteRequest): IssueRecord => req.repo.issue(numberParam(req, 'issue_number'));

function listIssues(req: RouteRequest) {
  const q = req.query;
  const state = q.get('state') ?? 'open';
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const since = q.get('since');
  const assignee = q.get('assignee');
  const creator = q.get('creator')?.toLowerCase();
  const milestone = q.get('milestone');
  const issues = [...req.repo.issues.values()].filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    const names = req.repo.labelsOf(issue).map((l) => l.name.toLowerCase());
    if (!labels.every((l) => names.includes(l))) return false;
    if (since && Date.parse(issue.updatedAt) < Date.parse(since)) return false;
    if (creator && issue.author.toLowerCase() !== creator) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (
      assignee &&
      assignee !== '*' &&
      assignee !== 'none' &&
      !issue.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase())
    )
      return false;
    // The emulator has no milestones: asking for a specific one matches nothing.
    if (milestone && milestone !== '*' && milestone !== 'none') return false;
    return true;
  });
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction');
  const sorted =
    sort === 'comments'
      ? [...issues].sort(
          (a, b) =>
            (direction === 'asc' ? 1 : -1) *
            (req.repo.commentsOn(a.number).length - req.repo.commentsOn(b.number).length || a.number - b.number),
        )
      : sortByTime(
          issues,
          (i) => (sort === 'updated' ? i.updatedAt : i.createdAt),
          direction,
          (i) => i.number,
        );
  return paginate(req, sorted, (issue) => issueJson(req, issue));
}

function timeline(req: RouteRequest) {
  const issue = issueOf(req);
  const items: Json[] = [];
  for (const entry of req.repo.activity) {
    if (entry.issueNumber !== issue.number) continue;
    if (entry.kind === 'event') {
      const event = req.repo.events.find((e) => e.id === entry.id);
      if (event) items.push(issueEventJson(req, event));
    } else if (entry.kind === 'comment') {
      const comment = req.repo.comments.get(entry.id);
      if (comment) items.push(timelineCommentJson(req, comment));
    } else if (issue.pull) {
      const review = issue.pull.reviews.find((r) => r.id === entry.id);
      if (review && review.state !== 'PENDING')
        items.push({
          event: 'reviewed',
          ...reviewJson(req, issue as PullIssue, review),
          state: review.state.toLowerCase(),
        });
    }
  }
  return paginate(req, items, (item) => item);
}

/** One issue; a transferred one answers 301 with the new issue's URL, as GitHub does. */
function getIssue(req: RouteRequest) {
  const gone = req.repo.gone.get(numberParam(req, 'issue_number'));
  if (gone?.kind === 'transferred') {
    const url = `${req.world.urls.api}/repos/${gone.repository}/issues/${gone.number}`;
    throw new ApiError(301, 'Moved Permanently', undefined, { location: url });
  }
  return ok(issueJson(req, issueOf(req), { rest: true }));
}

const labelsResponse = (req: RouteRequest, issue: IssueRecord) =>
  ok(req.repo.labelsOf(issue).map((l) => labelJson(req, l)));

export const issueRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/issues', handler: listIssues },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues',
    handler: (req) => ok(issueJson(req, createIssue(req, bodyOf(req)), { rest: true }), 201),
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}', handler: getIssue },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/{issue_number}',
    handler: (req) => ok(issueJson(req, updateIssue(req, issueOf(req), bodyOf(req)), { rest: true })),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/events',
    handler: (req) => paginate(req, req.repo.eventsOf(issueOf(req).number), (e) => issueEventJson(req, e)),
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/timeline', handler: timeline },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: (req) => paginate(req, req.repo.labelsOf(issueOf(req)), (l) => labelJson(req, l)),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: (req) => {
      const issue = issueOf(req);
      addIssueLabels(req, issue, labelNames(req.body));
      return labelsResponse(req, issue);
    },
  },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: (req) => {
      const issue = issueOf(req);
      setIssueLabels(req, issue, labelNames(req.body));
      return labelsResponse(req, issue);
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: (req) => {
      setIssueLabels(req, issueOf(req), []);
      return noContent;
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    handler: (req) => {
      const issue = issueOf(req);
      removeIssueLabel(req, issue, param(req, 'name'));
      return labelsResponse(req, issue);
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
    handler: (req) => {
      const issue = issueOf(req);
      addAssignees(req, issue, bodyOf(req));
      return ok(issueJson(req, issue, { rest: true }), 201);
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
    handler: (req) => {
      const issue = issueOf(req);
      removeAssignees(req, issue, bodyOf(req));
      return ok(issueJson(req, issue, { rest: true }));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/assignees/{assignee}',
    handler: (req) => {
      if (!isAssignable(req, param(req, 'assignee'))) throw notFound();
      return noContent;
    },
  },
];
