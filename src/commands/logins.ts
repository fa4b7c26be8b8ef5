// People and teams named in commands: `@login` (GitHub rules: letters, digits and single hyphens, not
// starting or ending with a hyphen, at most 39 characters) and, where a command may reach a team,
// `@org/team-slug`. The leading `@` is required so that a command names its target the way a mention
// would; trailing sentence punctuation (`/ic @alice.`) is tolerated because a login cannot contain it.

import type { PageTarget } from './types.js';

const LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const USER_TOKEN = new RegExp(`^@(${LOGIN})[.,;:!?]*$`);
const TEAM_TOKEN = new RegExp(`^@(${LOGIN})/([A-Za-z0-9][A-Za-z0-9_-]{0,99})[.,;:!?]*$`);
const BARE_LOGIN = new RegExp(`^${LOGIN}$`);

export type TargetResult = { ok: true; target: PageTarget } | { ok: false; problem: string };

const EXAMPLE = 'for example `@octocat`';

/** Reads one `@login` (or `@org/team` when `teams` is true) that must be all of `text`. */
export function parseTarget(text: string, what: string, teams: boolean): TargetResult {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  const [token] = tokens;
  if (token === undefined) return { ok: false, problem: `Name ${what} by GitHub login, ${EXAMPLE}.` };
  if (tokens.length > 1)
    return { ok: false, problem: `Name exactly one ${teams ? 'person or team' : 'person'}, and nothing after it.` };

  const user = USER_TOKEN.exec(token);
  if (user?.[1]) return { ok: true, target: { kind: 'user', login: user[1] } };
  const team = TEAM_TOKEN.exec(token);
  if (team?.[1] && team[2]) {
    if (teams) return { ok: true, target: { kind: 'team', org: team[1], team: team[2] } };
    return { ok: false, problem: teamRefused(what) };
  }
  if (BARE_LOGIN.test(token)) return { ok: false, problem: `Write the login with a leading \`@\`, ${EXAMPLE}.` };
  return {
    ok: false,
    problem: `That is not a GitHub login: logins have letters, digits and single hyphens, at most 39 characters${
      teams ? '; teams are written `@org/team`' : ''
    }.`,
  };
}

/** Reads one `@login` that must be all of `text`. */
export function parseLogin(text: string, what: string): { ok: true; login: string } | { ok: false; problem: string } {
  const result = parseTarget(text, what, false);
  if (!result.ok) return result;
  if (result.target.kind === 'user') return { ok: true, login: result.target.login };
  return { ok: false, problem: teamRefused(what) };
}

function teamRefused(what: string): string {
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} must be a person, not a team.`;
}
