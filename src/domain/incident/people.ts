// Who a command may name. `/ic`, `/role` and `/page` reach real people: a login must be a collaborator
// of the repository (the commander one who can acknowledge), a team must be one the configuration
// names (the workflow token cannot list an organization's teams), and broadcast words are refused. A
// typo gets "did you mean" from the people the incident already knows.
import { closest } from '../../config/closest-key.js';
import { PERMISSIONS, type Config, type Permission } from '../../config/types.js';

/** Words that notify a crowd on other tools; on GitHub they are (at best) somebody else's account. */
const BROADCAST = new Set(['everyone', 'here', 'channel', 'all', 'group', 'team']);

export interface PeopleFacts {
  /** Repository permission by lower-cased login; null = not a collaborator; absent = not looked up. */
  permissions: ReadonlyMap<string, Permission | null>;
  /** Logins the incident knows (commenters, assignees, the reporter, rotation members): for "did you mean". */
  known: readonly string[];
}

/**
 * The least permission an on-call member or commander needs: GitHub assigns issues only to people with
 * access to the repository, and the commander must be able to acknowledge (/ack, by default triage).
 */
export function commanderPermission(config: Config): Permission {
  const rank = (p: Permission): number => PERMISSIONS.indexOf(p);
  return rank(config.commands.ack) > rank('triage') ? config.commands.ack : 'triage';
}

/** Why `login` cannot be named for `what`, or null when it can. */
export function loginProblem(login: string, needed: Permission, facts: PeopleFacts, repository: string): string | null {
  const lower = login.toLowerCase();
  if (BROADCAST.has(lower))
    return `\`@${login}\` would notify a crowd, not page a person: name a person (\`@login\`) or a team this repository configures.`;
  const permission = facts.permissions.get(lower);
  if (permission === undefined) return null;
  const guess = closest(
    login,
    facts.known.filter((k) => k.toLowerCase() !== lower && facts.permissions.get(k.toLowerCase()) !== null),
  );
  const hint = guess ? ` (did you mean \`@${guess}\`?)` : '';
  if (permission === null) return `\`@${login}\` is not a collaborator of ${repository}${hint}; nothing was changed.`;
  if (PERMISSIONS.indexOf(permission) < PERMISSIONS.indexOf(needed))
    return `\`@${login}\` has ${permission} access to ${repository}; this needs someone with ${needed} or more${hint}.`;
  return null;
}

/** Teams ("org/slug", lower case) the configuration names: security team, services, policy targets, reviewers. */
export function configuredTeams(config: Config): string[] {
  const teams = [
    ...config.security.team,
    ...config.postmortem.reviewers,
    ...Object.values(config.services).flatMap((s) => (s.team ? [s.team] : [])),
    ...Object.values(config.policies).flatMap((p) =>
      p.steps.flatMap((s) => s.targets.flatMap((t) => (t.kind === 'team' ? [t.team] : []))),
    ),
  ];
  return [...new Set(teams.filter((t) => t.includes('/')).map((t) => t.replace(/^@/, '').toLowerCase()))];
}

/** Why the team `org/slug` cannot be paged, or null when the configuration names it. */
export function teamProblem(org: string, team: string, config: Config): string | null {
  const known = configuredTeams(config);
  const slug = `${org}/${team}`.toLowerCase();
  if (known.includes(slug)) return null;
  const guess = closest(slug, known);
  return `\`@${org}/${team}\` is not a team this repository's configuration names${guess ? ` (did you mean \`@${guess}\`?)` : ''}${
    known.length > 0 ? `; known: ${known.map((t) => `@${t}`).join(', ')}` : ''
  }. Page a person, or add the team to .github/firebreak.yml (a policy step's targets, or security.team).`;
}
