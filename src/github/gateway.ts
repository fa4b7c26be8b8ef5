// The one door to GitHub. Handlers and the executor use this interface; the Octokit implementation lives
// in octokit-gateway.ts and the tests run it against the emulator. Keep it small: every method here is a
// method every fake must implement.

import type { Permission } from '../config/types.js';
import type {
  RepoRef,
  RepoInfo,
  Issue,
  Comment,
  IssueEvent,
  FileContent,
  PullRequest,
  CommitInfo,
  ReactionContent,
  LabelInfo,
  CheckRunOutput,
  CheckRun,
  ChangeLists,
} from '../domain/github-objects.js';

import type { ReadAheadRequest, RecentIncidents } from './read-ahead.js';

// The objects themselves are plain data defined in the pure core; callers keep importing them from here.
export type * from '../domain/github-objects.js';

export interface GitHubGateway {
  readonly repo: RepoRef;

  getRepo(): Promise<RepoInfo>;
  /**
   * Reads files, folders and the label list together (one GraphQL query); each answer then serves the
   * next getFile, listDirectory or listLabels of it once. Never fails: what it could not read is read
   * the usual way (github/read-ahead.ts).
   */
  readAhead(request: ReadAheadRequest): Promise<void>;
  /**
   * A validator (ETag) of the issue as it is now, asked conditionally: while nothing changed GitHub answers
   * 304, which costs no rate limit. Two calls return the same string exactly when nothing about the issue
   * (comments count, labels, state, body, assignees, update time) changed in between. For a watching run.
   */
  issueVersion(number: number): Promise<string>;
  /**
   * The 100 issues with the label (open or closed) updated last and how many are open, as the read-ahead
   * found them; null when it holds no such answer (no read-ahead, or it failed). Costs no request.
   */
  recentIncidents(label: string): RecentIncidents | null;
  /**
   * The file as the read-ahead holds it, without using up that answer (the next getFile still gets it);
   * null when it holds none. Costs no request: for what may be out of date, such as a cache keyed by content.
   */
  heldFile(path: string, ref?: string): FileContent | null;
  /** Null when the file (or the branch) does not exist. */
  getFile(path: string, ref?: string): Promise<FileContent | null>;
  /** Creates or updates one file in one commit. `sha` is the blob being replaced (omit to create). */
  putFile(input: {
    path: string;
    branch: string;
    content: string;
    message: string;
    sha?: string;
  }): Promise<{ commitSha: string }>;
  listDirectory(path: string, ref?: string): Promise<string[]>;

  getIssue(number: number): Promise<Issue>;
  /** Open issues carrying `label`, every page. */
  listOpenIssues(label: string): Promise<Issue[]>;
  /** Closed issues carrying `label` updated at `since` or later, every page (alert lookups: reopen a recent incident). */
  listClosedIssues(label: string, since: string): Promise<Issue[]>;
  createIssue(input: { title: string; body: string; labels?: string[]; assignees?: string[] }): Promise<Issue>;
  updateIssue(
    number: number,
    patch: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'not_planned' | 'reopened';
    },
  ): Promise<Issue>;
  /** Every comment, oldest first, every page. */
  listComments(number: number): Promise<Comment[]>;
  createComment(number: number, body: string): Promise<Comment>;
  updateComment(commentId: number, body: string): Promise<Comment>;
  deleteComment(commentId: number): Promise<void>;
  addReaction(commentId: number, content: ReactionContent): Promise<void>;
  listIssueEvents(number: number): Promise<IssueEvent[]>;

  listLabels(): Promise<LabelInfo[]>;
  createLabel(label: LabelInfo): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<string[]>;
  /** Removing a label the issue does not have is not an error. */
  removeLabel(number: number, label: string): Promise<void>;
  addAssignees(number: number, logins: string[]): Promise<void>;
  removeAssignees(number: number, logins: string[]): Promise<void>;

  getPermission(login: string): Promise<Permission | null>;

  getBranchSha(branch: string): Promise<string | null>;
  createBranch(branch: string, fromSha: string): Promise<void>;
  /**
   * Commits reachable from `branch`, newest first: every page, or only the newest `limit` (one request).
   * `path`: only commits that changed that file.
   */
  listCommits(branch: string, options?: { since?: string; path?: string; limit?: number }): Promise<CommitInfo[]>;
  findPullRequest(head: string): Promise<PullRequest | null>;
  createPullRequest(input: {
    title: string;
    body: string;
    head: string;
    base: string;
    draft?: boolean;
  }): Promise<PullRequest>;
  updatePullRequest(
    number: number,
    patch: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest>;
  requestReviewers(number: number, reviewers: string[], teamReviewers: string[]): Promise<void>;
  listPullRequestFiles(number: number): Promise<string[]>;
  /**
   * What changed lately, newest first: merged pull requests, deployments and releases (what the
   * read-ahead held, else one REST page of each). `files`: the merged pull requests' changed files too,
   * for those merged at `since` or later (a bounded number of requests; the lists say how far back they
   * are complete). A list that cannot be read is named in `unread`; when none can, it throws.
   */
  listChanges(options: { since: string; files: boolean }): Promise<ChangeLists>;

  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
  /** A draft repository security advisory (visible to maintainers only). Needs repository advisories write. */
  createDraftAdvisory(input: {
    summary: string;
    description: string;
    severity: 'critical' | 'high' | 'medium' | 'low';
  }): Promise<{ ghsaId: string; htmlUrl: string }>;
  /** State of a workflow file ("active", "disabled_inactivity", …) or null when it does not exist. */
  getWorkflowState(workflow: string): Promise<string | null>;
  /** Switches a workflow on or off (needs `actions: write`). */
  setWorkflowEnabled(workflow: string, enabled: boolean): Promise<void>;
  /** A `repository_dispatch` event (needs `contents: write`); unlike other GITHUB_TOKEN writes, it starts runs. */
  dispatchRepositoryEvent(eventType: string, clientPayload: Record<string, unknown>): Promise<void>;

  // The Checks API (the postmortem check; needs `checks: write`, and a GitHub App token such as
  // GITHUB_TOKEN: personal tokens cannot create check runs) and what the default branch requires.
  /** A completed check run on `headSha`; at most 50 annotations (append more with updateCheckRun). */
  createCheckRun(input: {
    name: string;
    headSha: string;
    conclusion: 'success' | 'failure' | 'neutral';
    output: CheckRunOutput;
    detailsUrl?: string;
  }): Promise<CheckRun>;
  /** Changes a check run; its annotations are appended to the ones it has (at most 50 per call). */
  updateCheckRun(
    id: number,
    input: { conclusion?: 'success' | 'failure' | 'neutral'; output: CheckRunOutput },
  ): Promise<CheckRun>;
  /** The latest check run of each name on a commit (sha, branch or tag), every page; only `name` when given. */
  listCheckRuns(ref: string, name?: string): Promise<CheckRun[]>;
  /** Status checks the branch's protection requires; null when the branch is not protected. Reading it needs admin access. */
  getRequiredStatusChecks(branch: string): Promise<string[] | null>;
  /** Status checks the repository's rulesets require on the branch (readable with read access). */
  getRulesetStatusChecks(branch: string): Promise<string[]>;
}
