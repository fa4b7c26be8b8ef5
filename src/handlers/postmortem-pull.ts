// The postmortem pull request on GitHub: branch `postmortem/incident-<n>` from the default branch, the
// postmortem file committed to it, the pull request opened (or found) and reviews requested. Human
// commits on the branch are never overwritten: the file is left alone and the caller is told why.
import type { PostmortemPull } from '../domain/plan.js';
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway, PullRequest } from '../github/gateway.js';

export const FIREBREAK_COMMIT = 'firebreak: ';

export interface PostmortemOutcome {
  pull: PullRequest;
  /** What happened to the file: written, unchanged, or kept because people committed to the branch. */
  file: 'written' | 'unchanged' | 'kept-human-edits';
  created: boolean;
}

export async function ensurePostmortemPull(gateway: GitHubGateway, want: PostmortemPull): Promise<PostmortemOutcome> {
  const repo = await gateway.getRepo();
  const base = repo.defaultBranch;
  let head = await gateway.getBranchSha(want.branch);
  if (!head) {
    const from = await gateway.getBranchSha(base);
    if (!from) throw new Error(`the default branch ${base} has no commits to branch the postmortem from`);
    // "Reference already exists": a retried request whose first answer was lost, or a racing run.
    await tolerateExisting(() => gateway.createBranch(want.branch, from));
    head = from;
  }
  let file: PostmortemOutcome['file'];
  try {
    file = await writeUnlessEdited(gateway, want, base);
  } catch (error) {
    if (!isValidation(error)) throw error;
    file = await writeUnlessEdited(gateway, want, base); // the file changed under us (a lost answer): read it again
  }
  const existing = await gateway.findPullRequest(want.branch);
  if (existing && existing.state === 'open') return { pull: existing, file, created: false };
  let pull: PullRequest;
  try {
    pull = await gateway.createPullRequest({ title: want.title, body: want.body, head: want.branch, base });
  } catch (error) {
    const found = isValidation(error) ? await gateway.findPullRequest(want.branch) : null;
    if (!found || found.state !== 'open') throw error;
    return { pull: found, file, created: false };
  }
  const users = want.reviewers.filter((r) => !r.includes('/'));
  const teams = want.reviewers.filter((r) => r.includes('/')).map((r) => r.split('/')[1] ?? r);
  if (users.length > 0 || teams.length > 0) {
    try {
      await gateway.requestReviewers(pull.number, users, teams);
    } catch (error) {
      // A reviewer who is not a collaborator (or the pull request's own author) is refused by GitHub;
      // the pull request still stands, and the announcement names the reviewers anyway.
      if (!(error instanceof GitHubError && error.kind === 'validation')) throw error;
    }
  }
  return { pull, file, created: true };
}

async function writeUnlessEdited(gateway: GitHubGateway, want: PostmortemPull, base: string): Promise<PostmortemOutcome['file']> {
  if (await hasHumanCommits(gateway, want.branch, base)) return 'kept-human-edits';
  const current = await gateway.getFile(want.path, want.branch);
  if (current?.content === want.content) return 'unchanged';
  await gateway.putFile({ path: want.path, branch: want.branch, content: want.content, message: want.commitMessage, ...(current ? { sha: current.sha } : {}) });
  return 'written';
}

/** Commits on the branch that are not on the default branch and were not made by Firebreak. */
async function hasHumanCommits(gateway: GitHubGateway, branch: string, base: string): Promise<boolean> {
  const onBase = new Set((await gateway.listCommits(base)).map((c) => c.sha));
  return (await gateway.listCommits(branch)).some((c) => !onBase.has(c.sha) && !c.message.startsWith(FIREBREAK_COMMIT));
}

function isValidation(error: unknown): boolean {
  return error instanceof GitHubError && (error.kind === 'validation' || error.kind === 'conflict');
}

async function tolerateExisting(create: () => Promise<void>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if (!isValidation(error)) throw error;
  }
}
