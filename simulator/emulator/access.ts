// Who may do what, as GitHub decides it. Users get a repository role; GITHUB_TOKEN (an "integration") is
// bound to one repository and a set of permission scopes, and is refused with GitHub's own message.
import type { Account } from './accounts.js';
import { ApiError, notFound } from './errors.js';

export const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** `none`: the account exists but is not a collaborator (it can still read a public repository). */
export type Access = Role | 'none';

const RANK: Record<Access, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export const atLeast = (access: Access, role: Role): boolean => RANK[access] >= RANK[role];

/** The permission scopes of an installation token (`permissions:` in a workflow). */
export type Scope =
  | 'issues'
  | 'pull_requests'
  | 'contents'
  | 'actions'
  | 'checks'
  | 'repository_advisories'
  | 'workflows';
export type ScopeLevel = 'none' | 'read' | 'write';

/** What a workflow's GITHUB_TOKEN gets when it declares issues, pull-requests, contents, actions and checks: write. */
export const DEFAULT_BOT_SCOPES: Record<Scope, ScopeLevel> = {
  issues: 'write',
  pull_requests: 'write',
  contents: 'write',
  actions: 'write',
  checks: 'write',
  // GITHUB_TOKEN cannot be granted these: creating advisories needs a security manager or admin, and
  // changing workflow files needs the `workflows` permission that only apps and personal tokens carry.
  repository_advisories: 'none',
  workflows: 'none',
};

export interface Principal {
  account: Account;
  kind: 'user' | 'integration' | 'anonymous';
  /** For an integration: the one repository its token was issued for ("owner/name"). */
  repository?: string;
  scopes?: Partial<Record<Scope, ScopeLevel>>;
}

export interface AccessControlled {
  fullName: string;
  ownerLogin: string;
  isPublic: boolean;
  roleOf(login: string): Access;
}

export function accessOf(principal: Principal, repo: AccessControlled): Access {
  const publicRead: Access = repo.isPublic ? 'read' : 'none';
  switch (principal.kind) {
    case 'anonymous':
      return publicRead;
    case 'integration':
      // An installation token acts with write access on its own repository; scopes narrow it further.
      return principal.repository === repo.fullName ? 'write' : publicRead;
    case 'user': {
      const role = repo.roleOf(principal.account.login);
      return RANK[role] >= RANK[publicRead] ? role : publicRead;
    }
  }
}

const INTEGRATION_REFUSAL = 'Resource not accessible by integration';

/**
 * Throws what GitHub answers when `principal` lacks `need` on `repo`: 404 when it cannot even see the
 * repository, 401 for anonymous writes, 403 otherwise. `scope` names the permission an installation
 * token needs; `intent` says whether the call changes anything (opening an issue needs only the read
 * role, but it is a write: anonymous callers and read-only tokens may not).
 */
export function authorize(
  principal: Principal,
  repo: AccessControlled,
  need: Role,
  scope?: Scope,
  intent: 'read' | 'write' = need === 'read' ? 'read' : 'write',
): void {
  const access = accessOf(principal, repo);
  if (access === 'none') throw notFound();
  if (principal.kind === 'anonymous') {
    if (intent === 'write' || !atLeast(access, need)) throw new ApiError(401, 'Requires authentication');
    return;
  }
  if (principal.kind === 'integration') {
    const granted = scope ? (principal.scopes?.[scope] ?? 'none') : 'read';
    const scopeOk = granted === 'write' || (granted === 'read' && intent === 'read');
    const ownRepository = principal.repository === repo.fullName;
    if (!atLeast(access, need) || !scopeOk || (intent === 'write' && !ownRepository))
      throw new ApiError(403, INTEGRATION_REFUSAL);
    return;
  }
  if (!atLeast(access, need)) {
    throw new ApiError(403, `Must have ${need} access to ${repo.fullName} (${principal.account.login} has ${access}).`);
  }
}

/** Whether `principal` holds `need` (and, for integrations, the scope) — for silently dropped fields. */
export function holds(principal: Principal, repo: AccessControlled, need: Role, scope?: Scope): boolean {
  try {
    authorize(principal, repo, need, scope, 'write');
    return true;
  } catch {
    return false;
  }
}

/** The legacy `permission` field of the permission endpoint folds triage into read and maintain into write. */
export function legacyPermission(access: Access): 'admin' | 'write' | 'read' | 'none' {
  if (access === 'admin') return 'admin';
  if (access === 'maintain' || access === 'write') return 'write';
  if (access === 'triage' || access === 'read') return 'read';
  return 'none';
}
