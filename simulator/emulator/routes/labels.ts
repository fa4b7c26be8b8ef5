// Repository labels.
import { paginate } from '../http/pagination.js';
import type { Route } from '../http/router.js';
import { labelJson } from '../present/issues.js';
import { createLabel, deleteLabel, requireLabel, updateLabel } from '../repo/labels.js';
import { bodyOf, noContent, ok, param } from './params.js';

export const labelRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels',
    handler: (req) => paginate(req, req.repo.labels, (l) => labelJson(req, l)),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/labels',
    handler: (req) => ok(labelJson(req, createLabel(req, bodyOf(req))), 201),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels/{name}',
    handler: (req) => ok(labelJson(req, requireLabel(req, param(req, 'name')))),
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/labels/{name}',
    handler: (req) => ok(labelJson(req, updateLabel(req, param(req, 'name'), bodyOf(req)))),
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/labels/{name}',
    handler: (req) => {
      deleteLabel(req, param(req, 'name'));
      return noContent;
    },
  },
];
