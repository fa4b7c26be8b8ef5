// Loads the configuration a run uses. A file that fails to load or validate is not used, and neither are
// the playbook defaults in its place: Firebreak searches the file's history on the default branch (the
// newest HISTORY_LIMIT commits that changed it, newest first) for the last version that validates, and
// runs with that. Only when none does are the playbook defaults used — loudly either way: the facts come
// back as `broken`, for a notice on every open incident and a red job.
//
// The file is always read and parsed; the schema validator's chunk is imported only when the schedule
// index's configuration stamp (state/config-stamp.ts) does not say this blob passed the schema before.
// A file that loads without errors comes back with the stamp to leave in the index.
import { defaultConfig } from '../config/defaults.js';
import { formatProblems, hasErrors } from '../config/problems.js';
import { readConfig, type LoadedConfig, type SchemaCheck } from '../config/read.js';
import type { Config } from '../config/types.js';
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
import { stamped, stampOf, type ConfigStamp } from '../state/config-stamp.js';
import { INDEX_BRANCH, INDEX_PATH, parseIndex } from '../state/schedule-index.js';

export interface ConfigInUse {
  config: Config;
  /** Problems to show in summaries. */
  warnings: string[];
  /** Set when the file on the default branch has errors: what is in use instead, and why. */
  broken: BrokenConfig | null;
  /** The stamp to leave in the schedule index: the file validated now, and the index's stamp is not of it. */
  stamp: ConfigStamp | null;
}

export async function loadConfigInUse(
  gateway: GitHubGateway,
  path: string,
  defaultBranch: () => Promise<string>,
  log: RunLog,
): Promise<ConfigInUse> {
  const file = await gateway.getFile(path);
  if (file === null) {
    log.info(`No ${path}: using the playbook defaults.`);
    return { config: defaultConfig(), warnings: [], broken: null, stamp: null };
  }
  /** The file loaded without errors: its warnings go to the log. */
  const used = (loaded: LoadedConfig, stamp: ConfigStamp | null): ConfigInUse => {
    if (loaded.problems.length > 0) log.warning(formatProblems(loaded.problems, path));
    return { config: loaded.config, warnings: [], broken: null, stamp };
  };
  const held = heldStamp(gateway);
  if (stamped(held, file.sha)) {
    const loaded = readUnchecked(file.content, path);
    if (loaded && !hasErrors(loaded.problems)) {
      log.info(`${path} (blob ${file.sha.slice(0, 7)}) passed the schema before: not validated again.`);
      return used(loaded, null);
    }
  }
  const schemaErrors = await schemaCheck();
  const loaded = readConfig(file.content, path, schemaErrors);
  if (!hasErrors(loaded.problems)) {
    const stamp = stampOf(file.sha);
    return used(loaded, stamp === held ? null : stamp);
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
    const candidate = readConfig(version?.content ?? null, path, schemaErrors);
    if (!hasErrors(candidate.problems)) {
      inUse = { config: candidate.config, commit: toCommit(commit) };
      break;
    }
  }
  const broken: BrokenConfig = {
    path,
    commit: commits[0] ? toCommit(commits[0]) : null,
    blobSha: file.sha,
    errors,
    inUse: inUse?.commit ?? null,
    searched: commits.length,
  };
  log.error(`${brokenFailure(broken)}\n${formatProblems(errors, path)}`);
  const warning = `${path} has errors, so Firebreak uses ${describeInUse(broken)}. Run firebreak validate to see them.`;
  return { config: inUse?.config ?? loaded.config, warnings: [warning], broken, stamp: null };
}

/**
 * The file without the schema check, or null when reading it so fails (data the schema would refuse, under
 * a stamp written by hand): then it is validated in full like any other.
 */
function readUnchecked(text: string, path: string): LoadedConfig | null {
  try {
    return readConfig(text, path, null);
  } catch {
    return null;
  }
}

/** The schema validator (its own chunk: about 160 KB of generated code). */
async function schemaCheck(): Promise<NonNullable<SchemaCheck>> {
  return (await import('../config/schema-validator.js')).schemaErrors;
}

/** The configuration stamp in the schedule index the read-ahead holds (no request; null when none). */
function heldStamp(gateway: GitHubGateway): ConfigStamp | null {
  const index = gateway.heldFile(INDEX_PATH, INDEX_BRANCH);
  return index ? (parseIndex(index.content).validated ?? null) : null;
}
