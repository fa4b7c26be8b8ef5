// User objects: the `simple-user` of the REST API, which is also exactly the webhook `user` shape.
import { type Account, GITHUB_ACTIONS_BOT } from '../accounts.js';
import type { World } from '../world.js';
import type { Json, View } from './view.js';

export function userJson(world: World, login: string): Json {
  const account: Account = world.accounts.find(login) ?? world.accounts.ensure(login);
  const api = `${world.urls.api}/users/${encodeURIComponent(account.login)}`;
  const isActionsBot = account.login === GITHUB_ACTIONS_BOT.login;
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url: isActionsBot
      ? 'https://avatars.githubusercontent.com/in/15368?v=4'
      : `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isActionsBot ? `${world.urls.web}/apps/github-actions` : `${world.urls.web}/${account.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

export const maybeUser = (world: World, login: string | null): Json | null => (login ? userJson(world, login) : null);

/** The webhook `organization` object, for repositories an organization owns. */
export function organizationJson(v: View): Json | undefined {
  if (v.repo.ownerType !== 'Organization') return undefined;
  const account = v.world.accounts.ensure(v.repo.owner, 'Organization');
  const api = `${v.world.urls.api}/orgs/${account.login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    description: null,
  };
}

/** How GitHub describes `login`'s relation to the repository in `author_association`. */
export function authorAssociation(v: View, login: string): string {
  if (login.toLowerCase() === v.repo.owner.toLowerCase()) return 'OWNER';
  const role = v.repo.roleOf(login);
  if (role === 'none') return 'NONE';
  return v.repo.ownerType === 'Organization' && (role === 'admin' || role === 'maintain') ? 'MEMBER' : 'COLLABORATOR';
}
