// Issues, labels, comments, reactions and issue events as GitHub renders them. The same objects serve
// REST responses and webhook payloads (whose schemas are closed, so nothing extra goes in by default).
import type { CommentRecord, IssueEventRecord, IssueRecord, LabelRecord, ReactionRecord } from '../repo/records.js';
import { REACTIONS } from '../repo/records.js';
import { authorAssociation, maybeUser, userJson } from './users.js';
import { type Json, repoApi, repoWeb, segment, type View } from './view.js';

export function labelJson(v: View, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoApi(v)}/labels/${segment(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.isDefault,
    description: label.description,
  };
}

export function reactionsJson(url: string, reactions: ReactionRecord[]): Json {
  const counts: Json = { url, total_count: reactions.length };
  for (const content of REACTIONS) counts[content] = reactions.filter((r) => r.content === content).length;
  return counts;
}

export const issueHtmlUrl = (v: View, issue: IssueRecord): string =>
  `${repoWeb(v)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;

/**
 * The issue object. `rest` adds `closed_by`, which single-issue REST responses carry and webhook
 * payloads do not.
 */
export function issueJson(v: View, issue: IssueRecord, options: { rest?: boolean } = {}): Json {
  const api = `${repoApi(v)}/issues/${issue.number}`;
  const assignees = issue.assignees.map((login) => userJson(v.world, login));
  const json: Json = {
    url: api,
    repository_url: repoApi(v),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: issueHtmlUrl(v, issue),
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    user: userJson(v.world, issue.author),
    labels: v.repo.labelsOf(issue).map((l) => labelJson(v, l)),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: v.repo.commentsOn(issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(v, issue.author),
    active_lock_reason: null,
    body: issue.body,
    reactions: reactionsJson(`${api}/reactions`, []),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
  if (issue.pull) {
    const pulls = `${repoApi(v)}/pulls/${issue.number}`;
    const web = issueHtmlUrl(v, issue);
    json.draft = issue.pull.draft;
    json.pull_request = {
      url: pulls,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  if (options.rest) json.closed_by = maybeUser(v.world, issue.closedBy);
  return json;
}

export function commentJson(v: View, comment: CommentRecord): Json {
  const issue = v.repo.issue(comment.issueNumber);
  const api = `${repoApi(v)}/issues/comments/${comment.id}`;
  return {
    url: api,
    html_url: `${issueHtmlUrl(v, issue)}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(v)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: userJson(v.world, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(v, comment.author),
    body: comment.body,
    reactions: reactionsJson(`${api}/reactions`, comment.reactions),
    performed_via_github_app: null,
  };
}

export function reactionJson(v: View, reaction: ReactionRecord): Json {
  return {
    id: reaction.id,
    node_id: reaction.nodeId,
    user: userJson(v.world, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  };
}

/** One entry of `GET …/issues/{n}/events` (and of the timeline, which adds comments and reviews). */
export function issueEventJson(v: View, event: IssueEventRecord): Json {
  const json: Json = {
    id: event.id,
    node_id: event.nodeId,
    url: `${repoApi(v)}/issues/events/${event.id}`,
    actor: userJson(v.world, event.actor),
    event: event.event,
    commit_id: event.commitId ?? null,
    commit_url: event.commitId ? `${repoApi(v)}/commits/${event.commitId}` : null,
    created_at: event.createdAt,
    performed_via_github_app: null,
  };
  if (event.label) json.label = event.label;
  if (event.assignee) {
    json.assignee = userJson(v.world, event.assignee);
    json.assigner = userJson(v.world, event.actor);
  }
  if (event.stateReason !== undefined) json.state_reason = event.stateReason;
  if (event.rename) json.rename = event.rename;
  if (event.reviewer) {
    json.review_requester = userJson(v.world, event.actor);
    json.requested_reviewer = userJson(v.world, event.reviewer);
  }
  return json;
}

/** A comment as a timeline item (`event: "commented"`). */
export function timelineCommentJson(v: View, comment: CommentRecord): Json {
  return { ...commentJson(v, comment), event: 'commented', actor: userJson(v.world, comment.author) };
}
