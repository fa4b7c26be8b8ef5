// Check runs (create, update, read, list for a commit, annotations), a branch's protection and the
// rules rulesets apply to it: what the postmortem check writes and `firebreak doctor` reads.
import { notFound } from '../errors.js';
import { paginate } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { annotationJson, checkRunJson, protectionJson, statusChecksRuleJson } from '../present/checks.js';
import {
  checkRunOf,
  checkRunsFor,
  createCheckRun,
  protectionOf,
  rulesetChecksOf,
  updateCheckRun,
} from '../repo/checks.js';
import { bodyOf, ok, param } from './params.js';

function runOf(req: RouteRequest) {
  const id = Number(param(req, 'check_run_id'));
  if (!Number.isInteger(id)) throw notFound();
  return checkRunOf(req, id);
}

function listForRef(req: RouteRequest) {
  const runs = checkRunsFor(req, param(req, 'ref'), {
    name: req.query.get('check_name'),
    status: req.query.get('status'),
    filter: req.query.get('filter'),
  });
  const page = paginate(req, runs, (r) => checkRunJson(req, r));
  return { ...page, body: { total_count: runs.length, check_runs: page.body } };
}

export const checkRoutes: Route[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/check-runs',
    handler: (req) => ok(checkRunJson(req, createCheckRun(req, bodyOf(req))), 201),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    handler: (req) => ok(checkRunJson(req, runOf(req))),
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    handler: (req) => ok(checkRunJson(req, updateCheckRun(req, runOf(req), bodyOf(req)))),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    handler: (req) => {
      const run = runOf(req);
      return paginate(req, run.annotations, (a) => annotationJson(req, run, a));
    },
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}/check-runs', handler: listForRef },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}/protection',
    handler: (req) => ok(protectionJson(req, param(req, 'branch'), protectionOf(req, param(req, 'branch')))),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rules/branches/{branch}',
    handler: (req) => {
      const contexts = rulesetChecksOf(req, param(req, 'branch'));
      return paginate(req, contexts.length > 0 ? [contexts] : [], (c) => statusChecksRuleJson(c));
    },
  },
];
