// The one door to GitHub. Handlers and the executor use this interface; the Octokit implementation lives
// in octokit-gateway.ts and the tests run it against the emulator. Keep it small: every method here is a
// method every fake must implement.

import type { Permission } from '../config/types.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RepoInfo {
  defaultBranch: string;
  visibility: 'public' | 'private' | 'internal';
  /** Whether private vulnerability reporting is on, when GitHub says. */
  htmlUrl: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  author: string;
  createdAt: string;
  closedAt: string | null;
  htmlUrl: string;
  isPullRequest: boolean;
}

export interface Comment {
  id: number;
  body: string;
  author: string;
  /** "Bot" for apps and github-actions[bot], "User" otherwise. */
  authorType: 'User' | 'Bot' | 'Organization';
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
}

export interface IssueEvent {
  id: number;
  /** "labeled", "unlabeled", "closed", "reopened", "assigned", … */
  event: string;
  actor: string;
  createdAt: string;
  label?: string;
  /** assigned / unassigned: who. */
  assignee?: string;
}

export interface FileContent {
  path: string;
  content: string;
  sha: string;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  head: string;
  base: string;
  htmlUrl: string;
  /** Who opened it (GitHub refuses a review request from its author). */
  author?: string;
  /** The head commit. */
  headSha?: string;
  /** Logins, and teams as "org/slug", whose review is requested and not yet given. */
  requestedReviewers?: string[];
}

export interface CommitInfo {
  sha: string;
  authorLogin: string | null;
  message: string;
  /** The committer's date (ISO). */
  date: string;
}

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface LabelInfo {
  name: string;
  color: string;
  description: string;
}

/** A line (or lines) a check run points at; GitHub takes at most 50 per request. */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  /** Only when startLine === endLine. */
  startColumn?: number;
  endColumn?: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunOutput {
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  annotations: CheckAnnotation[];
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
}

export interface GitHubGateway {
  readonly repo: RepoRef;

  getRepo(): Promise<RepoInfo>;
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

  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
  /** A draft repository security advisory (visible to maintainers only). Needs repository advisories write. */
  createDraftAdvisory(input: {
    summary: string;
    description: string;
    severity: 'critical' | 'high' | 'medium' | 'low';
  }): Promise<{ ghsaId: string; htmlUrl: string }>;
  /** State of a workflow file ("active", "disabled_inactivity", …) or null when it does not exist. */
  getWorkflowState(workflow: string): Promise<string | null>;

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
