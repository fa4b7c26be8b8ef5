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
