// Actions workflows (listing, state, enabling, dispatching) and repository security advisories.
import { paginate } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { advisoryJson, workflowJson } from '../present/actions.js';
import { createAdvisory } from '../repo/advisories.js';
import {
  dispatchRepositoryEvent,
  dispatchWorkflow,
  findWorkflow,
  listWorkflows,
  setWorkflowEnabled,
} from '../repo/workflows.js';
import { bodyOf, noContent, ok, param } from './params.js';

function listAll(req: RouteRequest) {
  const workflows = listWorkflows(req.repo, req.world.now());
  const page = paginate(req, workflows, (w) => workflowJson(req, w));
  return { ...page, body: { total_count: workflows.length, workflows: page.body } };
}

export const actionRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/workflows', handler: listAll },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
    handler: (req) => ok(workflowJson(req, findWorkflow(req.repo, req.world.now(), param(req, 'workflow_id')))),
  },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable',
    handler: (req) => {
      setWorkflowEnabled(req, param(req, 'workflow_id'), false);
      return noContent;
    },
  },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable',
    handler: (req) => {
      setWorkflowEnabled(req, param(req, 'workflow_id'), true);
      return noContent;
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    handler: (req) => {
      dispatchWorkflow(req, param(req, 'workflow_id'), bodyOf(req));
      return noContent;
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/dispatches',
    handler: (req) => {
      dispatchRepositoryEvent(req, bodyOf(req));
      return noContent;
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/security-advisories',
    handler: (req) => ok(advisoryJson(req, createAdvisory(req, bodyOf(req))), 201),
  },
];
