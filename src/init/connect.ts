// A gateway to "this" repository when the environment allows one: the repository from
// GITHUB_REPOSITORY or the origin remote, the token from GITHUB_TOKEN or GH_TOKEN. For commands that do
// more with GitHub when they can (`firebreak validate` checks who can be assigned) and skip it otherwise.
import type { GitHubGateway } from '../github/gateway.js';
import { resolveRepository } from './repository.js';
import { credentialsFrom, type SetupIO } from './setup-io.js';

export async function repositoryGateway(
  io: Pick<SetupIO, 'env' | 'gitRemote' | 'gateway'>,
  repoFlag?: string,
): Promise<GitHubGateway | undefined> {
  const credentials = credentialsFrom(io.env);
  if (!credentials) return undefined;
  const resolved = await resolveRepository({
    ...(repoFlag === undefined ? {} : { flag: repoFlag }),
    env: io.env,
    gitRemote: () => io.gitRemote(),
  });
  return resolved.repo ? io.gateway(resolved.repo, credentials.token, credentials.apiUrl) : undefined;
}
