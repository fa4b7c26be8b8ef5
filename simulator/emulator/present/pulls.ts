// Pull requests, their files, reviews and review requests. `pullJson` is the full pull request (REST
// `GET /pulls/{n}` and the webhook `pull_request`); lists use the same object, which is a superset of
// GitHub's `pull-request-simple`.
import type { FileChange } from '../git/trees.js';
import { baseShaOf, headShaOf, lineStats, mergeability, pullCommits, pullFileChanges } from '../repo/pull-diff.js';
import type { IssueRecord, PullRecord, ReviewRecord } from '../repo/records.js';
import { issueHtmlUrl, labelJson } from './issues.js';
import { repositoryJson } from './repository.js';
import { authorAssociation, maybeUser, userJson } from './users.js';
import { type Json, repoApi, segment, type View } from './view.js';

type PullIssue = IssueRecord & { pull: PullRecord };

function branchJson(v: View, ref: string, sha: string): Json {
  return { label: `${v.repo.owner}:${ref}`, ref, sha, user: userJson(v.world, v.repo.owner), repo: repositoryJson(v) };
}

export function pullJson(v: View, issue: PullIssue, options: { detailed?: boolean } = { detailed: true }): Json {
  const { pull } = issue;
  const open = issue.state === 'open';
  const api = `${repoApi(v)}/pulls/${issue.number}`;
  const issueApi = `${repoApi(v)}/issues/${issue.number}`;
  const web = issueHtmlUrl(v, issue);
  const headSha = headShaOf(v.repo, pull, open);
  const assignees = issue.assignees.map((login) => userJson(v.world, login));
  const json: Json = {
    url: api,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: issueApi,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userJson(v.world, issue.author),
    body: issue.body,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: pull.requestedReviewers.map((login) => userJson(v.world, login)),
    requested_teams: pull.requestedTeams.map((slug) => teamJson(v, slug)),
    labels: v.repo.labelsOf(issue).map((l) => labelJson(v, l)),
    milestone: null,
    draft: pull.draft,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(v)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${repoApi(v)}/statuses/${headSha}`,
    head: branchJson(v, pull.head, headSha),
    base: branchJson(v, pull.base, baseShaOf(v.repo, pull, open)),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(v)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(v)}/statuses/${headSha}` },
    },
    author_association: authorAssociation(v, issue.author),
    auto_merge: null,
    active_lock_reason: null,
  };
  if (options.detailed === false) return json;
  const changes = pullFileChanges(v.repo, pull, open);
  const stats = changes.map((c) => lineStats(v.repo, c));
  const merge = mergeability(v.repo, pull, open);
  return {
    ...json,
    merged: pull.merged,
    mergeable: merge.mergeable,
    rebaseable: merge.mergeable,
    mergeable_state: merge.state,
    merged_by: maybeUser(v.world, pull.mergedBy),
    comments: v.repo.commentsOn(issue.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: pullCommits(v.repo, pull, open).length,
    additions: stats.reduce((n, s) => n + s.additions, 0),
    deletions: stats.reduce((n, s) => n + s.deletions, 0),
    changed_files: changes.length,
  };
}

export function diffEntryJson(v: View, issue: PullIssue, change: FileChange): Json {
  const { additions, deletions } = lineStats(v.repo, change);
  const sha = headShaOf(v.repo, issue.pull, issue.state === 'open');
  const web = `${v.world.urls.web}/${v.repo.fullName}`;
  const path = change.path.split('/').map(segment).join('/');
  return {
    sha: (change.after ?? change.before)?.sha ?? null,
    filename: change.path,
    status: change.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${web}/blob/${sha}/${path}`,
    raw_url: `${web}/raw/${sha}/${path}`,
    contents_url: `${repoApi(v)}/contents/${path}?ref=${sha}`,
  };
}

export function teamJson(v: View, slug: string): Json {
  const id = [...slug].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 1_000_000, 7) + 1;
  const api = `${v.world.urls.api}/orgs/${v.repo.owner}/teams/${slug}`;
  return {
    id,
    node_id: `T_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    url: api,
    html_url: `${v.world.urls.web}/orgs/${v.repo.owner}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
  };
}

export function reviewJson(v: View, issue: PullIssue, review: ReviewRecord): Json {
  const web = `${issueHtmlUrl(v, issue)}#pullrequestreview-${review.id}`;
  const pullApi = `${repoApi(v)}/pulls/${issue.number}`;
  return {
    id: review.id,
    node_id: review.nodeId,
    user: userJson(v.world, review.author),
    body: review.body,
    state: review.state,
    html_url: web,
    pull_request_url: pullApi,
    author_association: authorAssociation(v, review.author),
    _links: { html: { href: web }, pull_request: { href: pullApi } },
    ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId,
  };
}
