// A configuration file that fails to load or validate never silently replaces the team's policies:
// Firebreak runs with the last commit of the file that validated. These are the facts the run carries
// about it (found by src/handlers/last-good-config.ts), and the words every place that reports it uses.
import type { ConfigProblem } from './problems.js';

/** How many commits of the file's history are searched for one that validates. */
export const HISTORY_LIMIT = 20;

/** One commit of the configuration file's history, as people recognise it. */
export interface ConfigCommit {
  sha: string;
  /** Committer date, ISO. */
  date: string;
  /** First line of the commit message. */
  subject: string;
}

export interface BrokenConfig {
  path: string;
  /** The commit that last changed the file: the broken version (null when the history does not name it). */
  commit: ConfigCommit | null;
  /** The broken file's blob sha: names the broken version when no commit does. */
  blobSha: string;
  /** The broken version's errors, in file order. */
  errors: ConfigProblem[];
  /** The version in use instead; null when none of the commits searched validates (the playbook defaults). */
  inUse: ConfigCommit | null;
  /** How many commits were searched. */
  searched: number;
}

/** The key of the one notice per incident about this broken version. */
export const brokenKey = (broken: BrokenConfig): string => `config-broken:${broken.commit?.sha ?? broken.blobSha}`;

export const shortSha = (sha: string): string => sha.slice(0, 7);

/** "2026-03-02 10:00 UTC" */
export function commitTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "commit abc1234 (2026-03-02 10:00 UTC, "Add PagerDuty")" */
export function describeCommit(commit: ConfigCommit): string {
  return `commit ${shortSha(commit.sha)} (${commitTime(commit.date)}, "${commit.subject}")`;
}

/** What is in use instead of the broken file, in a few words. */
export function describeInUse(broken: BrokenConfig): string {
  return broken.inUse
    ? `the last version that validated, ${describeCommit(broken.inUse)}`
    : `the playbook defaults (none of the last ${broken.searched} commits of ${broken.path} validates), which page nobody through your channels`;
}

/** "line 12, column 5: policies.default.steps[0].after: …", one per error. */
export function errorLines(broken: BrokenConfig): string[] {
  return broken.errors.map(
    (p) => `line ${p.line}, column ${p.column}: ${p.path === '' ? '' : `${p.path}: `}${p.message}`,
  );
}

/** The job's failure message: the run did everything else, with the version in use. */
export function brokenFailure(broken: BrokenConfig): string {
  const which = broken.commit ? ` at ${describeCommit(broken.commit)}` : '';
  return `${broken.path}${which} has ${broken.errors.length} error(s) and is not used: Firebreak ran with ${describeInUse(broken)}. Fix the file (firebreak validate shows the errors); runs stay red until then.`;
}

export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim();
}
