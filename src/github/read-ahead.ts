// Read-ahead: what a run reads before it decides anything — the configuration, the issue forms, the
// template overrides, the schedule index, the labels, the issue and its comments, the heads of the
// branches a postmortem is written from and to — fetched in one GraphQL
// query instead of one REST request each. Each answer serves the next read of that file, folder or
// label list once; later reads (after a write, or minutes later in watch mode) go to the REST API as
// before. A blob GraphQL cannot give as text (binary, truncated) is simply not held, so the REST read
// answers it; a failed query holds nothing, and every read falls back the same way. For triage it also
// reads what changed lately (merged pull requests with their files, deployments, releases: CHANGES_READ
// of each, newest first), so "What changed" costs no request of its own.
import type {
  ChangeLists,
  Comment,
  DeploymentInfo,
  FileContent,
  Issue,
  LabelInfo,
  MergedPull,
  ReleaseInfo,
} from '../domain/github-objects.js';

/**
 * Open incidents, newest first, whose comments a sweep's read-ahead brings along: a young incident is the
 * one most likely due (the escalation matrix fires in its first hour). A few kilobytes per thread.
 */
export const OPEN_THREADS = 3;

/** Merged pull requests, deployments and releases read (each list), and files read per pull request. */
export const CHANGES_READ = 50;
export const FILES_READ = 100;

/** What changed, list by list: a list the read-ahead could not give is absent (the REST API reads it). */
export type HeldChanges = {
  [K in 'pulls' | 'deployments' | 'releases']?: { items: ChangeLists[K]; completeSince: string | null };
};

export interface ReadAheadRequest {
  /** Files on a ref (the default branch when absent). */
  files: Array<{ path: string; ref?: string }>;
  /** Folders on a ref: their files' names and contents. */
  directories: Array<{ path: string; ref?: string }>;
  /** The repository's labels (held only when they fit in one page of 100). */
  labels: boolean;
  /** An issue with its comments (held when its labels, assignees and comments each fit in 100). */
  issue?: number;
  /**
   * The open issues carrying this label, newest first, as the sweep lists them (held when they fit in
   * 100); also how many there are, the 100 issues with it (open or closed) updated last, and the
   * comments of the OPEN_THREADS newest (so a sweep that finds one of them due reads no thread of its own).
   */
  openWithLabel?: string;
  /** What changed lately: merged pull requests (with files), deployments and releases, newest first. */
  changes?: boolean;
  /** Branches whose head commits the run may need (the postmortem's); the default branch's comes with them. */
  branches?: string[];
}

/** The incidents updated last, newest first, and how many are open (for a sweep past 100 incidents). */
export interface RecentIncidents {
  openCount: number;
  /** Up to 100, with their update times; `all` when no other issue carries the label. */
  updated: Array<{ issue: Issue; updatedAt: string }>;
  all: boolean;
}

interface BlobNode {
  __typename?: string;
  oid?: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
}

interface TreeNode {
  __typename?: string;
  entries?: Array<{ name: string; path?: string | null; type: string; object?: BlobNode | null }> | null;
}

interface ActorNode {
  __typename?: string;
  login?: string;
}

interface IssueNode {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  createdAt: string;
  updatedAt?: string;
  closedAt?: string | null;
  url: string;
  author?: ActorNode | null;
  labels?: { totalCount: number; nodes?: Array<{ name: string } | null> | null } | null;
  assignees?: { totalCount: number; nodes?: Array<{ login: string } | null> | null } | null;
  comments?: {
    totalCount: number;
    nodes?: Array<{
      fullDatabaseId?: string | number | null;
      body?: string | null;
      author?: ActorNode | null;
      createdAt: string;
      updatedAt: string;
      url: string;
    } | null> | null;
  } | null;
}

interface RefNode {
  target?: { oid?: string } | null;
}

interface LabelsNode {
  totalCount: number;
  nodes?: Array<{ name: string; color: string; description?: string | null } | null> | null;
}

type Answer = { repository?: Record<string, unknown> | null } | undefined;

const BLOB = '__typename ... on Blob { oid text isBinary isTruncated }';

/** The query and its variables: one aliased `object(expression:)` per file and folder. */
export function readAheadQuery(
  repo: { owner: string; repo: string },
  request: ReadAheadRequest,
): { query: string; variables: Record<string, string | number> } {
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  const fields: string[] = [];
  request.files.forEach((file, i) => {
    variables[`f${i}`] = expression(file.path, file.ref);
    fields.push(`f${i}: object(expression: $f${i}) { ${BLOB} }`);
  });
  request.directories.forEach((dir, i) => {
    variables[`d${i}`] = expression(dir.path, dir.ref);
    fields.push(
      `d${i}: object(expression: $d${i}) { __typename ... on Tree { entries { name path type object { ${BLOB} } } } }`,
    );
  });
  if (request.labels) fields.push('labels(first: 100) { totalCount nodes { name color description } }');
  const declared = Object.keys(variables).map((name) => `$${name}: String!`);
  const values: Record<string, string | number> = { ...variables };
  if (request.issue !== undefined) {
    declared.push('$issue: Int!');
    values.issue = request.issue;
    fields.push(`issue(number: $issue) { ${ISSUE} }`);
  }
  if (request.changes) fields.push(CHANGES);
  if (request.branches && request.branches.length > 0) {
    request.branches.forEach((branch, i) => {
      declared.push(`$b${i}: String!`);
      values[`b${i}`] = `refs/heads/${branch}`;
      fields.push(`b${i}: ref(qualifiedName: $b${i}) { target { oid } }`);
    });
    fields.push('defaultBranchRef { name target { oid } }');
  }
  if (request.openWithLabel !== undefined) {
    declared.push('$openLabel: String!');
    values.openLabel = request.openWithLabel;
    fields.push(
      `open: issues(states: [OPEN], labels: [$openLabel], first: 100, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { ${ISSUE_FIELDS} } }`,
      `recent: issues(states: [OPEN, CLOSED], labels: [$openLabel], first: 100, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { ${ISSUE_FIELDS} updatedAt } }`,
      `threads: issues(states: [OPEN], labels: [$openLabel], first: ${OPEN_THREADS}, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { number ${COMMENTS} } }`,
    );
  }
  return {
    query: `query firebreakReadAhead(${declared.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`,
    variables: values,
  };
}

const ACTOR = 'author { __typename login }';
const ISSUE_FIELDS = [
  `number title body state createdAt closedAt url ${ACTOR}`,
  'labels(first: 100) { totalCount nodes { name } }',
  'assignees(first: 100) { totalCount nodes { login } }',
].join(' ');
const COMMENTS = `comments(first: 100) { totalCount nodes { fullDatabaseId body ${ACTOR} createdAt updatedAt url } }`;
const ISSUE = `${ISSUE_FIELDS} ${COMMENTS}`;

const CHANGES = [
  'url',
  `recentPulls: pullRequests(states: [MERGED], first: ${CHANGES_READ}, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { number title url mergedAt updatedAt ${ACTOR} files(first: ${FILES_READ}) { totalCount nodes { path } } } }`,
  `recentDeployments: deployments(first: ${CHANGES_READ}, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { databaseId environment commitOid ref { name } createdAt creator { __typename login } } }`,
  `recentReleases: releases(first: ${CHANGES_READ}, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { databaseId name tagName url createdAt publishedAt isDraft author { login } } }`,
].join(' ');

interface Connection<T> {
  totalCount: number;
  nodes?: Array<T | null> | null;
}

interface PullNode {
  number: number;
  title: string;
  url: string;
  mergedAt?: string | null;
  updatedAt: string;
  author?: ActorNode | null;
  files?: Connection<{ path: string }> | null;
}

interface DeploymentNode {
  databaseId?: number | null;
  environment?: string | null;
  commitOid: string;
  ref?: { name: string } | null;
  createdAt: string;
  creator?: ActorNode | null;
}

interface ReleaseNode {
  databaseId?: number | null;
  name?: string | null;
  tagName: string;
  url: string;
  createdAt: string;
  publishedAt?: string | null;
  isDraft: boolean;
  author?: { login: string } | null;
}

/** What the answer's three lists hold; a list that is missing or null (an error, no permission) is left out. */
function heldChanges(repository: Record<string, unknown>): HeldChanges {
  const held: HeldChanges = {};
  const web = typeof repository.url === 'string' ? repository.url : '';
  const pulls = repository.recentPulls as Connection<PullNode> | null | undefined;
  if (pulls?.nodes) {
    const items = pulls.nodes.filter((n): n is PullNode => n !== null);
    held.pulls = {
      items: items.map(
        (n): MergedPull => ({
          number: n.number,
          title: n.title,
          url: n.url,
          author: actorLogin(n.author),
          mergedAt: n.mergedAt ?? null,
          files: (n.files?.nodes ?? []).filter((f): f is { path: string } => f !== null).map((f) => f.path),
          filesCut: !n.files || n.files.totalCount > (n.files.nodes ?? []).length,
        }),
      ),
      completeSince: pulls.totalCount > items.length ? (items.at(-1)?.updatedAt ?? null) : null,
    };
  }
  const deployments = repository.recentDeployments as Connection<DeploymentNode> | null | undefined;
  if (deployments?.nodes && web) {
    const items = deployments.nodes.filter((n): n is DeploymentNode => n !== null);
    held.deployments = {
      items: items.map(
        (n): DeploymentInfo => ({
          id: n.databaseId ?? 0,
          environment: n.environment ?? '',
          ref: n.ref?.name ?? n.commitOid.slice(0, 7),
          sha: n.commitOid,
          creator: actorLogin(n.creator),
          createdAt: n.createdAt,
          url: `${web}/commit/${n.commitOid}`,
        }),
      ),
      completeSince: deployments.totalCount > items.length ? (items.at(-1)?.createdAt ?? null) : null,
    };
  }
  const releases = repository.recentReleases as Connection<ReleaseNode> | null | undefined;
  if (releases?.nodes) {
    const items = releases.nodes.filter((n): n is ReleaseNode => n !== null);
    held.releases = {
      items: items.map(
        (n): ReleaseInfo => ({
          id: n.databaseId ?? 0,
          tag: n.tagName,
          name: n.name ?? '',
          url: n.url,
          author: n.author?.login ?? 'ghost',
          publishedAt: n.isDraft ? null : (n.publishedAt ?? null),
        }),
      ),
      completeSince: releases.totalCount > items.length ? (items.at(-1)?.createdAt ?? null) : null,
    };
  }
  return held;
}

/** "REF:PATH"; HEAD is the default branch, as the contents API reads without a ref. */
function expression(path: string, ref?: string): string {
  return `${ref ?? 'HEAD'}:${path.replace(/^\/+|\/+$/g, '')}`;
}

const key = (path: string, ref?: string): string => `${ref ?? ''}\u0000${path.replace(/^\/+|\/+$/g, '')}`;

/** What one read-ahead answered, each entry served once. */
export class ReadAheadStore {
  private readonly files = new Map<string, FileContent | null>();
  private readonly directories = new Map<string, string[]>();
  private labels: LabelInfo[] | null = null;
  private readonly issues = new Map<number, Issue>();
  private readonly comments = new Map<number, Comment[]>();
  private open: { label: string; issues: Issue[] } | null = null;
  private recent: { label: string; incidents: RecentIncidents } | null = null;
  private changes: HeldChanges = {};
  /** Branch heads by name (null: no such branch). */
  private readonly branches = new Map<string, string | null>();

  /** Holds what the answer to `readAheadQuery(request)` says. */
  fill(request: ReadAheadRequest, answer: Answer): void {
    const repository = answer?.repository;
    if (!repository) return;
    request.files.forEach((file, i) => {
      const blob = repository[`f${i}`] as BlobNode | null | undefined;
      if (blob === undefined) return;
      // null: no such file (or branch), as a 404 from the contents API says.
      if (blob === null || blob.__typename === 'Tree') this.files.set(key(file.path, file.ref), null);
      else if (asText(blob) !== null)
        this.files.set(key(file.path, file.ref), { path: file.path, content: asText(blob) ?? '', sha: blob.oid ?? '' });
    });
    request.directories.forEach((dir, i) => {
      const tree = repository[`d${i}`] as TreeNode | null | undefined;
      if (tree === undefined) return;
      const base = dir.path.replace(/^\/+|\/+$/g, '');
      if (tree === null || tree.__typename !== 'Tree' || !tree.entries) {
        this.directories.set(key(base, dir.ref), []);
        return;
      }
      const listed: string[] = [];
      for (const entry of tree.entries) {
        if (entry.type !== 'blob') continue;
        const path = entry.path ?? `${base}/${entry.name}`;
        listed.push(path);
        const text = entry.object ? asText(entry.object) : null;
        if (text !== null) this.files.set(key(path, dir.ref), { path, content: text, sha: entry.object?.oid ?? '' });
      }
      this.directories.set(key(base, dir.ref), listed);
    });
    const issue = repository.issue as IssueNode | null | undefined;
    if (issue && request.issue === issue.number) {
      const held = toIssue(issue);
      if (held) this.issues.set(held.number, held);
      this.fillComments(issue);
    }
    const open = repository.open as { totalCount: number; nodes?: Array<IssueNode | null> | null } | undefined;
    const listed = nodes(open);
    if (request.openWithLabel !== undefined && listed !== null) {
      const issues = listed.map(toIssue);
      if (issues.every((i): i is Issue => i !== null)) this.open = { label: request.openWithLabel, issues };
    }
    if (request.openWithLabel !== undefined) {
      const threads = repository.threads as {
        nodes?: Array<Pick<IssueNode, 'number' | 'comments'> | null> | null;
      } | null;
      for (const node of threads?.nodes ?? []) if (node) this.fillComments(node);
    }
    const recent = repository.recent as { totalCount: number; nodes?: Array<IssueNode | null> | null } | undefined;
    if (request.openWithLabel !== undefined && open && recent) {
      const updated = (recent.nodes ?? [])
        .filter((n): n is IssueNode => n !== null)
        .map((node) => ({ issue: toIssue(node), updatedAt: node.updatedAt ?? '' }));
      if (updated.every((u): u is { issue: Issue; updatedAt: string } => u.issue !== null && u.updatedAt !== ''))
        this.recent = {
          label: request.openWithLabel,
          incidents: { openCount: open.totalCount, updated, all: recent.totalCount <= updated.length },
        };
    }
    if (request.changes) this.changes = heldChanges(repository);
    (request.branches ?? []).forEach((branch, i) => {
      const ref = repository[`b${i}`] as RefNode | null | undefined;
      if (ref === null) this.branches.set(branch, null);
      else if (ref?.target?.oid) this.branches.set(branch, ref.target.oid);
    });
    const defaultRef = repository.defaultBranchRef as (RefNode & { name?: string }) | null | undefined;
    if (defaultRef?.name && defaultRef.target?.oid) this.branches.set(defaultRef.name, defaultRef.target.oid);
    const labels = repository.labels as LabelsNode | null | undefined;
    if (labels && labels.nodes && labels.totalCount <= labels.nodes.length)
      this.labels = labels.nodes
        .filter((l): l is NonNullable<typeof l> => l !== null)
        .map((l) => ({ name: l.name, color: l.color, description: l.description ?? '' }));
  }

  private fillComments(node: Pick<IssueNode, 'number' | 'comments'>): void {
    const comments = nodes(node.comments);
    if (comments === null || comments.some((c) => !Number.isSafeInteger(Number(c.fullDatabaseId)))) return;
    this.comments.set(
      node.number,
      comments.map((c) => ({
        id: Number(c.fullDatabaseId),
        body: c.body ?? '',
        author: actorLogin(c.author),
        authorType:
          c.author?.__typename === 'Bot' ? 'Bot' : c.author?.__typename === 'Organization' ? 'Organization' : 'User',
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        htmlUrl: c.url,
      })),
    );
  }

  /** The issue as GET /repos/{owner}/{repo}/issues/{number} gives it, or undefined when not held. */
  takeIssue(number: number): Issue | undefined {
    const issue = this.issues.get(number);
    this.issues.delete(number);
    return issue;
  }

  /** The open issues with the label, as GET /repos/{owner}/{repo}/issues lists them, or undefined. */
  takeOpenIssues(label: string): Issue[] | undefined {
    const open = this.open;
    this.open = null;
    return open && open.label.toLowerCase() === label.toLowerCase() ? open.issues : undefined;
  }

  /** The incidents updated last and how many are open, or undefined when not held. */
  takeRecentIncidents(label: string): RecentIncidents | undefined {
    const recent = this.recent;
    this.recent = null;
    return recent && recent.label.toLowerCase() === label.toLowerCase() ? recent.incidents : undefined;
  }

  /** Every comment on the issue, oldest first, or undefined when not held. */
  takeComments(number: number): Comment[] | undefined {
    const comments = this.comments.get(number);
    this.comments.delete(number);
    return comments;
  }

  /** The file's answer (null: it does not exist), or undefined when nothing is held for it. */
  takeFile(path: string, ref?: string): FileContent | null | undefined {
    const k = key(path, ref);
    if (!this.files.has(k)) return undefined;
    const file = this.files.get(k) ?? null;
    this.files.delete(k);
    return file;
  }

  /** The file as held, without using up the answer (the next takeFile still gets it). */
  peekFile(path: string, ref?: string): FileContent | null | undefined {
    return this.files.get(key(path, ref));
  }

  takeDirectory(path: string, ref?: string): string[] | undefined {
    const k = key(path, ref);
    const listed = this.directories.get(k);
    this.directories.delete(k);
    return listed;
  }

  /** What changed, the lists that were read (each served once). */
  takeChanges(): HeldChanges {
    const held = this.changes;
    this.changes = {};
    return held;
  }

  /** The branch's head commit (null: no such branch), or undefined when not held. */
  takeBranch(branch: string): string | null | undefined {
    if (!this.branches.has(branch)) return undefined;
    const sha = this.branches.get(branch) ?? null;
    this.branches.delete(branch);
    return sha;
  }

  /** A branch was made or moved: what was read ahead of it is out of date. */
  forgetBranch(branch: string): void {
    this.branches.delete(branch);
  }

  takeLabels(): LabelInfo[] | undefined {
    const labels = this.labels ?? undefined;
    this.labels = null;
    return labels;
  }

  /** A write to an issue, its labels or its comments: what was read ahead of issues is out of date. */
  forgetIssues(): void {
    this.issues.clear();
    this.comments.clear();
    this.open = null;
  }

  /** A write to the file: whatever was read ahead of it is out of date. */
  forget(path: string, ref?: string): void {
    this.files.delete(key(path, ref));
    if (ref !== undefined) this.files.delete(key(path));
  }
}

/** The issue as the REST API gives it, or null when its labels or assignees run past one page. */
function toIssue(node: IssueNode): Issue | null {
  const labels = nodes(node.labels);
  const assignees = nodes(node.assignees);
  if (labels === null || assignees === null) return null;
  return {
    number: node.number,
    title: node.title,
    body: node.body ?? '',
    state: node.state === 'CLOSED' ? 'closed' : 'open',
    labels: labels.map((l) => l.name),
    assignees: assignees.map((a) => a.login),
    author: actorLogin(node.author),
    createdAt: node.createdAt,
    closedAt: node.closedAt ?? null,
    htmlUrl: node.url,
    isPullRequest: false,
  };
}

/** A connection's items, or null when it has more than one page (the REST read gets them all). */
function nodes<T>(connection: { totalCount: number; nodes?: Array<T | null> | null } | null | undefined): T[] | null {
  const items = (connection?.nodes ?? []).filter((n): n is T => n !== null);
  return connection && connection.totalCount <= items.length ? items : null;
}

/** REST's login: a bot's GraphQL login is its app's slug ("github-actions" for "github-actions[bot]"). */
function actorLogin(actor: ActorNode | null | undefined): string {
  if (!actor?.login) return 'ghost';
  return actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login;
}

function asText(blob: BlobNode): string | null {
  if (blob.isBinary || blob.isTruncated || typeof blob.text !== 'string') return null;
  return blob.text;
}
