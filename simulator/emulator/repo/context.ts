// The context every operation runs in: who acts, on which repository, at what time.
import { type Principal, type Role, type Scope, authorize } from '../access.js';
import type { View } from '../present/view.js';

export interface Ctx extends View {
  actor: Principal;
}

export const actorLogin = (ctx: Ctx): string => ctx.actor.account.login;

export const now = (ctx: Ctx): string => ctx.world.now();

/** Refuses unless the actor holds `role`; `intent: 'write'` marks calls that change something with only the read role. */
export function requireRole(ctx: Ctx, role: Role, scope?: Scope, intent?: 'read' | 'write'): void {
  authorize(ctx.actor, ctx.repo, role, scope, intent);
}

/** Authors may change their own issues and comments with read access; anyone else needs `role`. */
export function requireAuthorOr(ctx: Ctx, author: string, role: Role, scope?: Scope): void {
  const isAuthor = ctx.actor.kind !== 'anonymous' && ctx.actor.account.login.toLowerCase() === author.toLowerCase();
  authorize(ctx.actor, ctx.repo, isAuthor ? 'read' : role, scope, 'write');
}
