// The GitHub objects the decisions read and write — issues, comments, events, files, pull requests,
// check runs — as plain data. They are defined here, in the pure core, so that domain/ needs nothing
// from the gateway; github/gateway.ts re-exports them for the code that talks to GitHub.

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RepoInfo {
  defaultBranch: string;
  visibility: 'public' | 'private' | 'internal';
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

/** A merged pull request, as "What changed" reads it. */
export interface MergedPull {
  number: number;
  title: string;
  url: string;
  author: string;
  mergedAt: string | null;
  /** The files it changed; null when they were not read (no service has paths). */
  files: string[] | null;
  /** GitHub gave only part of the file list. */
  filesCut: boolean;
}

export interface DeploymentInfo {
  id: number;
  environment: string;
  /** The branch, tag or sha deployed. */
  ref: string;
  sha: string;
  creator: string;
  createdAt: string;
  /** Where people see it: the commit deployed. */
  url: string;
}

export interface ReleaseInfo {
  id: number;
  tag: string;
  name: string;
  url: string;
  author: string;
  /** Null for a draft. */
  publishedAt: string | null;
}

/** What the repository's recent history says, newest first, as far back as it was read. */
export interface ChangeLists {
  pulls: MergedPull[];
  deployments: DeploymentInfo[];
  releases: ReleaseInfo[];
  /** Lists that could not be read, with why ("deployments: 403 Resource not accessible by integration"). */
  unread: string[];
  /** Per list, the time back to which it is complete (null: the whole list was read). */
  completeSince: { pulls: string | null; deployments: string | null; releases: string | null };
}
