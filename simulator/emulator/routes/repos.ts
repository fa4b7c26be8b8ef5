// The repository itself, its collaborators and their permissions, and who can be assigned.
import { accessOf, authorize, legacyPermission, ROLES, type Access } from '../access.js';
import { notFound } from '../errors.js';
import { paginate } from '../http/pagination.js';
import type { Route, RouteRequest } from '../http/router.js';
import { fullRepositoryJson } from '../present/repository.js';
import { userJson } from '../present/users.js';
import type { Json } from '../present/view.js';
import { isAssignable } from '../repo/issues.js';
import { ok, param } from './params.js';

function collaboratorJson(req: RouteRequest, login: string, access: Access): Json {
  const has = (role: (typeof ROLES)[number]): boolean =>
    access !== 'none' && ROLES.indexOf(role) <= ROLES.indexOf(access);
  return {
    ...userJson(req.world, login),
    permissions: {
      pull: has('read'),
      triage: has('triage'),
      push: has('write'),
      maintain: has('maintain'),
      admin: has('admin'),
    },
    role_name: access,
  };
}

function listCollaborators(req: RouteRequest) {
  // People need push access to list collaborators; an installation token only needs metadata (read).
  authorize(req.actor, req.repo, req.actor.kind === 'integration' ? 'read' : 'write');
  const permission = req.query.get('permission');
  const people = [{ login: req.repo.owner, access: 'admin' as Access }, ...req.repo.collaboratorList()].filter(
    (c) =>
      req.world.accounts.find(c.login)?.type === 'User' && (!permission || req.repo.roleOf(c.login) === permission),
  );
  return paginate(req, people, (c) => collaboratorJson(req, c.login, c.access));
}

function permissionOf(req: RouteRequest) {
  const account = req.world.accounts.find(param(req, 'username'));
  if (!account || account.type !== 'User') throw notFound();
  const access = accessOf({ account, kind: 'user' }, req.repo);
  return ok({
    permission: legacyPermission(access),
    role_name: access,
    user: collaboratorJson(req, account.login, access),
  });
}

export const repoRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    handler: (req) => ok(fullRepositoryJson(req, accessOf(req.actor, req.repo))),
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/collaborators', handler: listCollaborators },
  { method: 'GET', path: '/repos/{owner}/{repo}/collaborators/{username}/permission', handler: permissionOf },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/assignees',
    handler: (req) => {
      const people = [req.repo.owner, ...req.repo.collaboratorList().map((c) => c.login)].filter((login) =>
        isAssignable(req, login),
      );
      return paginate(req, people, (login) => userJson(req.world, login));
    },
  },
];
