// Who may run what. Each command needs a repository permission (config.commands); permissions are ordered
// read < triage < write < maintain < admin, and having a higher one includes the lower ones.

import { PERMISSIONS, type CommandName, type Permission } from '../config/types.js';
import type { Command } from './types.js';

export type Authorization = { allowed: true } | { allowed: false; needed: Permission };

/** Whether `have` includes `needed`. */
export function permits(have: Permission, needed: Permission): boolean {
  return PERMISSIONS.indexOf(have) >= PERMISSIONS.indexOf(needed);
}

/**
 * The permission a command needs. A command missing from the table (a configuration that predates the
 * command) needs admin: an unlisted command must not become open to everyone.
 */
export function requiredPermission(
  name: CommandName,
  commands: Readonly<Partial<Record<CommandName, Permission>>>,
): Permission {
  const needed = commands[name];
  return needed !== undefined && PERMISSIONS.includes(needed) ? needed : 'admin';
}

/**
 * Whether an actor with `actorPermission` on the repository may run `command`. `null` means the actor
 * has no permission at all (not a collaborator, or the lookup found nobody): every command is refused.
 */
export function authorize(
  command: Command | CommandName,
  actorPermission: Permission | null,
  commands: Readonly<Partial<Record<CommandName, Permission>>>,
): Authorization {
  const needed = requiredPermission(typeof command === 'string' ? command : command.kind, commands);
  if (actorPermission !== null && PERMISSIONS.includes(actorPermission) && permits(actorPermission, needed)) {
    return { allowed: true };
  }
  return { allowed: false, needed };
}

/**
 * Comments by bots are never executed: GitHub Apps and the action's own identity (`github-actions[bot]`)
 * have `type: 'Bot'`; the `[bot]` suffix catches payloads that leave the type out.
 */
export function isBotAuthor(login: string, type?: string | null): boolean {
  return type?.toLowerCase() === 'bot' || login.toLowerCase().endsWith('[bot]');
}
