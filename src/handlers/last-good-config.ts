// Loads the configuration a run uses. A file that fails to load or validate is not used, and neither are
// the playbook defaults in its place: Firebreak searches the file's history on the default branch (the
// newest HISTORY_LIMIT commits that changed it, newest first) for the last version that validates, and
// runs with that. Only when none does are the playbook defaults used — loudly either way: the facts come
// back as `broken`, for a notice on every open incident and a red job.
import { formatProblems, hasErrors, loadConfig, type Config } from '../config/index.js';
import {
  brokenFailure,
  describeInUse,
  firstLine,
  HISTORY_LIMIT,
  type BrokenConfig,
  type ConfigCommit,
} from '../config/last-good.js';
import type { GitHubGateway } from '../github/gateway.js';
import type { RunLog } from '../runtime/log.js';

export interface ConfigInUse {
  config: Config;
  /** Problems to show in summaries. */
  warnings: string[];
  /** Set when the file on the default branch has errors: what is in use instead, and why. */
  broken: BrokenConfig | null;
}

export async function loadConfigInUse(
  gateway: GitHubGateway,
  path: string,
  defaultBranch: () => Promise<string>,
  log: RunLog,
): Promise<ConfigInUse> {
  const file = await gateway.getFile(path);
  const loaded = loadConfig(file?.content ?? null, path);
  if (file === null) log.info(`No ${path}: using the playbook defaults.`);
  if (!hasErrors(loaded.problems)) {
    if (loaded.problems.length > 0) log.warning(formatProblems(loaded.problems, path));
    return { config: loaded.config, warnings: [], broken: null };
  }
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  const commits = await gateway.listCommits(await defaultBranch(), { path, limit: HISTORY_LIMIT });
  const toCommit = (c: (typeof commits)[number]): ConfigCommit => ({
    sha: c.sha,
    date: c.date,
    subject: firstLine(c.message),
  });
  let inUse: { config: Config; commit: ConfigCommit } | null = null;
  for (const commit of commits) {
    // The file at the head of the branch is the newest version; it is the broken one already read.
    const version = commit === commits[0] ? file : await gateway.getFile(path, commit.sha);
    // A commit that deleted the file chose the playbook defaults: that version validates.
    const candidate = loadConfig(version?.content ?? null, path);
    if (!hasErrors(candidate.problems)) {
      inUse = { config: candidate.config, commit: toCommit(commit) };
      break;
    }
  }
  const broken: BrokenConfig = {
    path,
    commit: commits[0] ? toCommit(commits[0]) : null,
    blobSha: file?.sha ?? '',
    errors,
    inUse: inUse?.commit ?? null,
    searched: commits.length,
  };
  log.error(`${brokenFailure(broken)}\n${formatProblems(errors, path)}`);
  const warning = `${path} has errors, so Firebreak uses ${describeInUse(broken)}. Run firebreak validate to see them.`;
  return { config: inUse?.config ?? loaded.config, warnings: [warning], broken };
}
