// What a public repository means for incidents: everyone can read them, and GitHub stops its schedules
// after 60 quiet days.
import type { Config } from '../../config/types.js';
import type { RepoInfo } from '../../github/gateway.js';
import { type CheckItem, ok, warn } from './checklist.js';

export function visibilityItem(info: RepoInfo, config: Config, configPath: string): CheckItem {
  if (info.visibility !== 'public')
    return ok(`${info.visibility} repository: incidents are visible to people with access only`);
  return warn(
    'public repository: incidents, their comments and their edit history are public',
    config.security.privateRepository
      ? `Security incidents keep their restricted details in ${config.security.privateRepository} (security.private-repository).`
      : `Set security.private-repository in ${configPath} to a private repository for restricted security details, and enable private vulnerability reporting (Settings → Security) for the form's "report privately" link.`,
    'GitHub disables scheduled workflows in public repositories after 60 days without a commit: escalations then stop until someone re-enables escalation.yml. `firebreak doctor` reports it.',
  );
}
