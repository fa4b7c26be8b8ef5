// The state as `firebreak simulate --json` reports it (see SCENARIOS.md): issues with their comments,
// pull requests with the files they change and the check runs on their commits, every branch's files,
// request counts and deliveries.
import type { Delivery } from './receiver.js';
import { checksOf } from './repo/checks.js';
import { pullCommits, pullFileChanges } from './repo/pull-diff.js';
import type { IssueRecord, PullRecord } from './repo/records.js';
import type { Repository } from './repo/repository.js';

export interface SnapshotComment {
  id: number;
  author: string;
  created_at: string;
  updated_at: string;
  body: string;
  /** Reactions as "content login" ("+1 github-actions[bot]"), when the comment has any. */
  reactions?: string[];
}

export interface SnapshotIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  body: string;
  comments: SnapshotComment[];
  /** Who filed it and when (the thread page shows them as GitHub does). */
  author: string;
  created_at: string;
  /** Its timeline events (labels, assignees, closing), oldest first. */
  events: SnapshotIssueEvent[];
}

export interface SnapshotIssueEvent {
  event: string;
  actor: string;
  created_at: string;
  label?: { name: string; color: string };
  assignee?: string;
}

export interface SnapshotPull {
  number: number;
  title: string;
  state: 'open' | 'closed';
  merged: boolean;
  head: string;
  base: string;
  requested_reviewers: string[];
  /** Each changed file's content at the head (null when the pull request deletes it). */
  files: Record<string, string | null>;
  body: string;
  labels: string[];
  comments: SnapshotComment[];
  /** Check runs on the pull request's commits, oldest first (the last of a name on `head_sha` is the one GitHub shows). */
  checks?: SnapshotCheck[];
}

export interface SnapshotCheck {
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  /** How many annotations it has. */
  annotations: number;
}

export interface Snapshot {
  repository: string;
  now: string;
  issues: SnapshotIssue[];
  pulls: SnapshotPull[];
  branches: Record<string, Record<string, string>>;
  requests: Record<string, number>;
  deliveries: Delivery[];
}

const text = (repo: Repository, sha: string | undefined): string | null =>
  sha ? (repo.git.blob(sha)?.content.toString('utf8') ?? null) : null;

function comments(repo: Repository, issue: IssueRecord): SnapshotComment[] {
  return repo.commentsOn(issue.number).map((c) => ({
    id: c.id,
    author: c.author,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    body: c.body,
    ...(c.reactions.length > 0 ? { reactions: c.reactions.map((r) => `${r.content} ${r.user}`) } : {}),
  }));
}

function checksOn(repo: Repository, pull: PullRecord, open: boolean): SnapshotCheck[] {
  const commits = new Set(pullCommits(repo, pull, open).map((c) => c.sha));
  return checksOf(repo)
    .runs.filter((r) => commits.has(r.headSha))
    .map((r) => ({
      name: r.name,
      head_sha: r.headSha,
      status: r.status,
      conclusion: r.conclusion,
      title: r.title,
      annotations: r.annotations.length,
    }));
}

export function snapshotRepository(
  repo: Repository,
  parts: { now: string; requests: Record<string, number>; deliveries: Delivery[] },
): Snapshot {
  const all = [...repo.issues.values()].sort((a, b) => a.number - b.number);
  const labels = (issue: IssueRecord): string[] => repo.labelsOf(issue).map((l) => l.name);
  const issues = all
    .filter((i) => !i.pull)
    .map((i) => ({
      number: i.number,
      title: i.title,
      state: i.state,
      labels: labels(i),
      assignees: [...i.assignees],
      body: i.body ?? '',
      comments: comments(repo, i),
      author: i.author,
      created_at: i.createdAt,
      events: repo.eventsOf(i.number).map((e) => ({
        event: e.event,
        actor: e.actor,
        created_at: e.createdAt,
        ...(e.label ? { label: { name: e.label.name, color: e.label.color } } : {}),
        ...(e.assignee ? { assignee: e.assignee } : {}),
      })),
    }));
  const pulls = all
    .filter((i): i is IssueRecord & { pull: PullRecord } => i.pull !== null)
    .map((i) => {
      const files: Record<string, string | null> = {};
      for (const change of pullFileChanges(repo, i.pull, i.state === 'open'))
        files[change.path] = text(repo, change.after?.sha);
      return {
        number: i.number,
        title: i.title,
        state: i.state,
        merged: i.pull.merged,
        head: i.pull.head,
        base: i.pull.base,
        requested_reviewers: [...i.pull.requestedReviewers],
        files,
        body: i.body ?? '',
        labels: labels(i),
        comments: comments(repo, i),
        checks: checksOn(repo, i.pull, i.state === 'open'),
      };
    });
  const branches: Record<string, Record<string, string>> = {};
  for (const name of repo.branches().sort()) {
    const files: Record<string, string> = {};
    for (const [path, entry] of repo.filesAt(repo.branchSha(name) ?? '')) files[path] = text(repo, entry.sha) ?? '';
    branches[name] = files;
  }
  return {
    repository: repo.fullName,
    now: parts.now,
    issues,
    pulls,
    branches,
    requests: parts.requests,
    deliveries: [...parts.deliveries],
  };
}
