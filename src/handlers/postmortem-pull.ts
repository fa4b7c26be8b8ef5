// The postmortem pull request on GitHub: branch `postmortem/incident-<n>` from the default branch, the
// file committed to it — new, or with only Firebreak's parts brought up to date (merge-owned.ts), so
// what people committed stays — the pull request opened (or found) with its reviewers, its body's status
// part saying what was done, each new conflict reported once, and the check run on the new head.
import type { Config, Permission } from '../config/types.js';
import type { PostmortemPull } from '../domain/plan.js';
import { utc } from '../domain/incident/present.js';
import { GitHubError } from '../github/errors.js';
import type { FileContent, GitHubGateway, PullRequest } from '../github/gateway.js';
import { mergeOwned, type OwnedConflict, type OwnedPart } from '../domain/postmortem/merge-owned.js';
import { readRecord, splitFile } from '../domain/postmortem/owned.js';
import { describeParts, pullBody, withStatus, type PullStatus } from '../domain/postmortem/pull-text.js';
import { reportConflicts } from './postmortem-conflicts.js';
import { reportPostmortemCheck, type LogLines } from './postmortem-check.js';

export const FIREBREAK_COMMIT = 'firebreak: ';

/** The lint (ajv, gray-matter and the schema) loads when a pull request is checked, not on every run. */
const lint = () => import('../domain/postmortem/lint.js');

export interface PostmortemIo {
  /** The postmortem token's gateway: branch, file and pull request (so its workflows run). */
  writer: GitHubGateway;
  /** The workflow token's: permissions, conflict comments and the check run (the trusted bot identity). */
  gateway: GitHubGateway;
  botLogin: string;
  config: Pick<Config, 'postmortem'>;
  log: LogLines;
  now: Date;
  /** Permissions this run already looked up (lower-case login): a reviewer among them costs no request. */
  permissions?: ReadonlyMap<string, Permission | null>;
}

export interface PostmortemOutcome {
  /** Where the file is (beside the planned path when another file held that one). */
  path: string;
  pull: PullRequest;
  created: boolean;
  /** What happened to the file. */
  file: 'created' | 'updated' | 'unchanged';
  regenerated: OwnedPart[];
  kept: OwnedConflict[];
  /** Conflicts reported by this run. */
  reported: number;
  /** The ids of the conflicts this run found unreported (now reported, by it or by a racing run). */
  reportedIds: string[];
  /** The file at the pull request's head after this run. */
  content: string;
  /** Who was asked to review (when the pull request was opened). */
  reviewers: string[];
  /** What became of the check run. */
  check: string;
}

export async function syncPostmortemPull(io: PostmortemIo, wanted: PostmortemPull): Promise<PostmortemOutcome> {
  let want = wanted;
  const { writer } = io;
  const base = (await writer.getRepo()).defaultBranch;
  // The heads are read with the workflow token, whose run read both ahead (dispatch.ts): no request of
  // their own. A branch seen then still exists unless a person deletes it meanwhile; the file write then
  // fails, and the next run starts again. A branch this run created has no pull request yet.
  let newBranch = false;
  if (!(await io.gateway.getBranchSha(want.branch))) {
    const from = await io.gateway.getBranchSha(base);
    if (!from) throw new Error(`the default branch ${base} has no commits to branch the postmortem from`);
    // "Reference already exists": a retried request whose first answer was lost, or a racing run.
    newBranch = await tolerateExisting(() => writer.createBranch(want.branch, from));
  }
  const placed = async (): Promise<Written> => {
    const there = await writer.getFile(want.path, want.branch);
    if (!there || isPostmortemOf(there.content, want.incident)) return writeFile(writer, want, there);
    // Another incident's postmortem filed the same day under the same title, or a person's notes: not
    // this incident's to merge into, in this postmortem cycle or a later one. This one goes beside it
    // (its own, merged before, is brought up to date there), and the pull request's body names where.
    want = { ...want, path: besidePath(wanted.path, want.incident) };
    io.log.info(`${wanted.path} is not this incident's postmortem; this incident's postmortem is ${want.path}`);
    return writeFile(writer, want, await writer.getFile(want.path, want.branch));
  };
  let write: Written;
  // On a branch this run just made, the file is almost never there: it is created without a read first,
  // and GitHub's refusal (a file is there, so a sha is needed) sends this run to read it.
  try {
    write = newBranch ? await writeFile(writer, want, null) : await placed();
  } catch (error) {
    if (!newBranch || !isValidation(error)) throw error;
    write = await placed(); // a file came with the branch, or changed under us (a racing run, a lost answer)
  }
  const status: PullStatus = {
    at: utc(io.now),
    created: write.file === 'created',
    regenerated: write.regenerated,
    kept: write.kept,
  };
  const found = newBranch ? null : await writer.findPullRequest(want.branch);
  let pull = found?.state === 'open' ? found : null;
  // Nothing new to propose: this branch's pull request was merged, the branch is where it was then and
  // this run committed nothing, so the default branch already holds this postmortem (its announcement
  // was lost, or the resolution changed nothing in the file). GitHub would refuse a pull request ("No
  // commits between"); the merged one is the postmortem, and the incident is pointed to it.
  if (!pull && found?.merged && write.commitSha === null && found.headSha !== undefined) {
    if ((await io.gateway.getBranchSha(want.branch)) === found.headSha)
      return {
        path: want.path,
        pull: found,
        created: false,
        file: 'unchanged',
        regenerated: [],
        kept: write.kept,
        reported: 0,
        reportedIds: [],
        content: write.content,
        reviewers: [],
        check: 'already merged: not checked again',
      };
  }
  let created = false;
  let reviewers: string[] = [];
  if (!pull) {
    const body = pullBody({ incident: want.incident, url: want.incidentUrl, path: want.path, status });
    try {
      pull = await writer.createPullRequest({ title: want.title, body, head: want.branch, base });
      created = true;
    } catch (error) {
      const again = isValidation(error) ? await writer.findPullRequest(want.branch) : null;
      if (!again || again.state !== 'open') throw error;
      pull = again;
    }
    if (created) reviewers = await requestReviews(io, pull, want.reviewers);
  }
  const fresh = write.kept.filter((k) => !want.reported.includes(k.id));
  if (!created && (write.file !== 'unchanged' || fresh.length > 0)) {
    const body = withStatus(pull.body, status);
    if (body !== null && body !== pull.body) pull = await writer.updatePullRequest(pull.number, { body });
  }
  const reported = await reportConflicts(io, pull.number, fresh, {
    incident: want.incident,
    path: want.path,
    at: status.at,
  });
  const headSha = write.commitSha ?? pull.headSha ?? (await writer.getBranchSha(want.branch));
  // A commit this run just made carries no check run yet.
  const check = headSha
    ? await reportPostmortemCheck(
        io.gateway,
        io.log,
        headSha,
        [{ path: want.path, problems: (await lint()).lintPostmortem(write.content, want.path, io.config) }],
        { newCommit: write.commitSha !== null },
      )
    : 'no head commit to check';
  return {
    path: want.path,
    pull,
    created,
    file: write.file,
    regenerated: write.regenerated,
    kept: write.kept,
    reported,
    reportedIds: fresh.map((k) => k.id),
    content: write.content,
    reviewers,
    check,
  };
}

/** `docs/postmortems/2026-03-02-x.md` → `docs/postmortems/2026-03-02-x-incident-7.md`. */
export function besidePath(path: string, incident: number): string {
  return path.replace(/(\.md)?$/, `-incident-${incident}.md`);
}

/** One line for the job log: what really happened. */
export function describeOutcome(outcome: PostmortemOutcome): string {
  const file = {
    created: 'file written',
    updated: `regenerated ${describeParts(outcome.regenerated)}`,
    unchanged: "Firebreak's parts already up to date",
  }[outcome.file];
  const kept =
    outcome.kept.length > 0
      ? `; kept people's edits of ${describeParts(outcome.kept)}${outcome.reported > 0 ? ' (conflict reported)' : ' (already reported)'}`
      : '';
  const reviewers = outcome.created
    ? `; review requested from ${outcome.reviewers.length > 0 ? outcome.reviewers.map((r) => `@${r}`).join(' ') : 'nobody'}`
    : '';
  const how = outcome.created ? 'opened' : outcome.pull.merged ? 'found merged with this postmortem' : 'found';
  return `pull request #${outcome.pull.number} ${how}; ${file}${kept}${reviewers}; ${outcome.check}`;
}

interface Written {
  file: PostmortemOutcome['file'];
  content: string;
  commitSha: string | null;
  regenerated: OwnedPart[];
  kept: OwnedConflict[];
}

/**
 * Whether a file at the postmortem's path is this incident's: its front matter names the incident or,
 * when it names none, Firebreak's record of its owned parts is in it (a person's notes have neither).
 */
export function isPostmortemOf(content: string, incident: number): boolean {
  const { front, body } = splitFile(content);
  const named = front.map((line) => /^incident:\s*(\d+)\s*(?:#.*)?$/.exec(line)).find((m) => m !== null);
  return named ? Number(named[1]) === incident : readRecord(body) !== null;
}

/** Commits the postmortem file: new where there is none (`current` null), else Firebreak's parts merged in. */
async function writeFile(gateway: GitHubGateway, want: PostmortemPull, current: FileContent | null): Promise<Written> {
  if (!current) {
    const { commitSha } = await gateway.putFile({
      path: want.path,
      branch: want.branch,
      content: want.content,
      message: `${FIREBREAK_COMMIT}postmortem for incident #${want.incident}`,
    });
    return { file: 'created', content: want.content, commitSha, regenerated: [], kept: [] };
  }
  const merged = mergeOwned(current.content, want.content);
  if (!merged.changed)
    return { file: 'unchanged', content: current.content, commitSha: null, regenerated: [], kept: merged.kept };
  const message = `${FIREBREAK_COMMIT}postmortem of incident #${want.incident}: regenerated ${describeParts(merged.regenerated)}`;
  const { commitSha } = await gateway.putFile({
    path: want.path,
    branch: want.branch,
    content: merged.content,
    message,
    sha: current.sha,
  });
  return { file: 'updated', content: merged.content, commitSha, regenerated: merged.regenerated, kept: merged.kept };
}

/**
 * Asks for reviews. GitHub refuses the whole request when one reviewer cannot review (not a collaborator,
 * the author), so those are left out — each with a log line — and a refused team request is retried
 * without the teams. Returns who was asked.
 */
async function requestReviews(io: PostmortemIo, pull: PullRequest, candidates: readonly string[]): Promise<string[]> {
  const users: string[] = [];
  const teams: string[] = [];
  const repository = `${io.gateway.repo.owner}/${io.gateway.repo.repo}`;
  for (const candidate of candidates) {
    if (candidate.includes('/')) {
      teams.push(candidate);
      continue;
    }
    const login = candidate.toLowerCase();
    if (login === io.botLogin.toLowerCase() || login.endsWith('[bot]') || login === 'firebreak') continue;
    if (pull.author && login === pull.author.toLowerCase()) {
      io.log.info(`not asking @${candidate} to review the postmortem: they opened its pull request`);
      continue;
    }
    const permission = io.permissions?.has(login)
      ? io.permissions.get(login)
      : await io.gateway.getPermission(candidate);
    if (permission === null || permission === undefined) {
      io.log.info(`not asking @${candidate} to review the postmortem: not a collaborator of ${repository}`);
      continue;
    }
    users.push(candidate);
  }
  if (users.length === 0 && teams.length === 0) return [];
  const slugs = teams.map((t) => t.split('/')[1] ?? t);
  try {
    await io.writer.requestReviewers(pull.number, users, slugs);
    return [...users, ...teams];
  } catch (error) {
    if (!(error instanceof GitHubError && error.kind === 'validation')) throw error;
    if (teams.length === 0 || users.length === 0) {
      io.log.warning(
        `GitHub refused the review request for ${[...users, ...teams].map((r) => `@${r}`).join(' ')}: ${error.message}`,
      );
      return [];
    }
    io.log.warning(
      `GitHub refused the review request for the teams ${teams.map((t) => `@${t}`).join(' ')} (${error.message}); asking the people only`,
    );
    await io.writer.requestReviewers(pull.number, users, []);
    return users;
  }
}

function isValidation(error: unknown): boolean {
  return error instanceof GitHubError && (error.kind === 'validation' || error.kind === 'conflict');
}

/** True when this call created it; false when it existed already. */
async function tolerateExisting(create: () => Promise<void>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (!isValidation(error)) throw error;
    return false;
  }
}
