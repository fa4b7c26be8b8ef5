// Deployments and releases: list and create (what "What changed" reads, and what scenarios' `deploy`
// and `release` steps write).
import { paginate } from '../http/pagination.js';
import type { Route } from '../http/router.js';
import { deploymentJson, releaseJson } from '../present/deployments.js';
import { createDeployment, createRelease, listDeployments, listReleases } from '../repo/deployments.js';
import { bodyOf, ok } from './params.js';

export const deploymentRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments',
    handler: (req) =>
      paginate(
        req,
        listDeployments(req, {
          sha: req.query.get('sha'),
          ref: req.query.get('ref'),
          task: req.query.get('task'),
          environment: req.query.get('environment'),
        }),
        (d) => deploymentJson(req, d),
      ),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments',
    handler: (req) => ok(deploymentJson(req, createDeployment(req, bodyOf(req))), 201),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases',
    handler: (req) => paginate(req, listReleases(req), (r) => releaseJson(req, r)),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/releases',
    handler: (req) => ok(releaseJson(req, createRelease(req, bodyOf(req))), 201),
  },
];
