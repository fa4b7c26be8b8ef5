// POST /graphql: the part of GitHub's GraphQL API Firebreak reads with — files and folders at a ref
// (`repository.object(expression: "REF:PATH")`, a Blob or a Tree), the repository's labels, an issue
// with its labels, assignees and comments (`repository.issue(number:)`), branch heads (`ref(qualifiedName:)`,
// `defaultBranchRef`), and what changed lately (merged
// `pullRequests` with their `files`, `deployments`, `releases`) — executed
// by graphql-js against a schema that mirrors GitHub's types and field names for that part. Like GitHub,
// a query that fails validation answers 200 with `errors`, and an unknown repository is a null
// `repository` with a NOT_FOUND error.
import { buildSchema, graphqlSync, type GraphQLSchema } from 'graphql';
import type { Principal } from '../access.js';
import { authorize } from '../access.js';
import { lookup } from '../git/trees.js';
import type { GlobalRequest, Route, RouteResponse } from '../http/router.js';
import { issueHtmlUrl } from '../present/issues.js';
import type { LabelRecord } from '../repo/records.js';
import type { Repository } from '../repo/repository.js';
import type { World } from '../world.js';
import { sortByTime } from '../http/pagination.js';
import { releaseJson } from '../present/deployments.js';
import { repoWeb, type View } from '../present/view.js';
import { deploymentsOf, type ReleaseRecord } from '../repo/deployments.js';
import { lineStats, pullFileChanges } from '../repo/pull-diff.js';
import type { PullIssue } from '../repo/pulls.js';

const SCHEMA = `
  scalar BigInt
  type Query { repository(owner: String!, name: String!): Repository }
  type Repository {
    nameWithOwner: String!
    object(expression: String!): GitObject
    ref(qualifiedName: String!): Ref
    defaultBranchRef: Ref
    labels(first: Int, after: String): LabelConnection
    issue(number: Int!): Issue
    issues(states: [IssueState!], labels: [String!], first: Int, after: String, orderBy: IssueOrder): IssueConnection!
    url: String!
    pullRequests(states: [PullRequestState!], baseRefName: String, first: Int, after: String, orderBy: IssueOrder): PullRequestConnection!
    deployments(environments: [String!], first: Int, after: String, orderBy: DeploymentOrder): DeploymentConnection!
    releases(first: Int, after: String, orderBy: ReleaseOrder): ReleaseConnection!
  }
  enum PullRequestState { OPEN CLOSED MERGED }
  type PullRequest {
    number: Int!
    title: String!
    url: String!
    state: PullRequestState!
    createdAt: String!
    updatedAt: String!
    mergedAt: String
    baseRefName: String!
    author: Actor
    files(first: Int, after: String): PullRequestChangedFileConnection
  }
  type PullRequestChangedFile { path: String! additions: Int! deletions: Int! }
  type PullRequestChangedFileConnection { totalCount: Int! nodes: [PullRequestChangedFile] pageInfo: PageInfo! }
  type PullRequestConnection { totalCount: Int! nodes: [PullRequest] pageInfo: PageInfo! }
  enum DeploymentOrderField { CREATED_AT }
  input DeploymentOrder { field: DeploymentOrderField! direction: OrderDirection! }
  type Ref { name: String! prefix: String! target: GitObject }
  type Deployment {
    databaseId: Int
    environment: String
    task: String
    description: String
    commitOid: String!
    ref: Ref
    createdAt: String!
    creator: Actor!
  }
  type DeploymentConnection { totalCount: Int! nodes: [Deployment] pageInfo: PageInfo! }
  enum ReleaseOrderField { CREATED_AT NAME }
  input ReleaseOrder { field: ReleaseOrderField! direction: OrderDirection! }
  type Release {
    databaseId: Int
    name: String
    tagName: String!
    url: String!
    createdAt: String!
    publishedAt: String
    isDraft: Boolean!
    isPrerelease: Boolean!
    author: User
  }
  type ReleaseConnection { totalCount: Int! nodes: [Release] pageInfo: PageInfo! }
  enum IssueOrderField { CREATED_AT UPDATED_AT COMMENTS }
  enum OrderDirection { ASC DESC }
  input IssueOrder { field: IssueOrderField! direction: OrderDirection! }
  type IssueConnection { totalCount: Int! nodes: [Issue] pageInfo: PageInfo! }
  enum IssueState { OPEN CLOSED }
  interface Actor { login: String! }
  type User implements Actor { login: String! }
  type Bot implements Actor { login: String! }
  type Issue {
    number: Int!
    title: String!
    body: String!
    state: IssueState!
    createdAt: String!
    updatedAt: String!
    closedAt: String
    url: String!
    author: Actor
    labels(first: Int, after: String): LabelConnection
    assignees(first: Int, after: String): UserConnection!
    comments(first: Int, after: String): IssueCommentConnection!
  }
  type UserConnection { totalCount: Int! nodes: [User] pageInfo: PageInfo! }
  type IssueComment {
    databaseId: Int
    fullDatabaseId: BigInt
    body: String!
    author: Actor
    createdAt: String!
    updatedAt: String!
    url: String!
  }
  type IssueCommentConnection { totalCount: Int! nodes: [IssueComment] pageInfo: PageInfo! }
  interface GitObject { oid: String! }
  type Blob implements GitObject {
    oid: String!
    byteSize: Int!
    isBinary: Boolean
    isTruncated: Boolean!
    text: String
  }
  type Tree implements GitObject { oid: String! entries: [TreeEntry!] }
  type Commit implements GitObject { oid: String! }
  type TreeEntry { name: String! path: String type: String! oid: String! object: GitObject }
  type Label { name: String! color: String! description: String }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type LabelConnection { totalCount: Int! nodes: [Label] pageInfo: PageInfo! }
`;

/** GitHub truncates a blob's `text` past this size (and reports isTruncated). */
const TEXT_LIMIT = 512 * 1024;

let schema: GraphQLSchema | null = null;

interface GitObjectValue {
  __typename: 'Blob' | 'Tree' | 'Commit';
  oid: string;
  [field: string]: unknown;
}

function objectAt(repo: Repository, expression: string): GitObjectValue | null {
  const colon = expression.indexOf(':');
  const ref = colon < 0 ? expression : expression.slice(0, colon);
  const path = colon < 0 ? null : expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
  const sha = repo.resolve(ref === 'HEAD' || ref === '' ? repo.defaultBranch : ref);
  if (!sha) return null;
  if (path === null) return { __typename: 'Commit', oid: sha };
  const tree = repo.git.commit(sha)?.tree ?? '';
  const entry =
    path === ''
      ? { name: '', mode: '040000' as const, type: 'tree' as const, sha: tree }
      : lookup(repo.git, tree, path);
  if (!entry) return null;
  return entry.type === 'tree' ? treeValue(repo, entry.sha, path) : blobValue(repo, entry.sha);
}

/** `ref(qualifiedName:)`: a full ref name ("refs/heads/main"), as GitHub wants it; null when absent. */
function refValue(repo: Repository, qualifiedName: string): unknown {
  const match = /^(refs\/(?:heads|tags)\/)(.+)$/.exec(qualifiedName);
  const sha = match ? repo.refs.get(qualifiedName) : undefined;
  if (!match || !sha) return null;
  return { name: match[2], prefix: match[1], target: { __typename: 'Commit', oid: sha } };
}

function blobValue(repo: Repository, sha: string): GitObjectValue {
  const content = repo.git.blob(sha)?.content ?? Buffer.alloc(0);
  const binary = content.includes(0);
  return {
    __typename: 'Blob',
    oid: sha,
    byteSize: content.length,
    isBinary: binary,
    isTruncated: !binary && content.length > TEXT_LIMIT,
    text: binary ? null : content.subarray(0, TEXT_LIMIT).toString('utf8'),
  };
}

function treeValue(repo: Repository, sha: string, path: string): GitObjectValue {
  return {
    __typename: 'Tree',
    oid: sha,
    entries: (repo.git.tree(sha)?.entries ?? []).map((child) => ({
      name: child.name,
      path: path ? `${path}/${child.name}` : child.name,
      type: child.type === 'tree' ? 'tree' : 'blob',
      oid: child.sha,
      object: () =>
        child.type === 'tree'
          ? treeValue(repo, child.sha, path ? `${path}/${child.name}` : child.name)
          : blobValue(repo, child.sha),
    })),
  };
}

function repositoryValue(world: World, principal: Principal, owner: string, name: string): unknown {
  let repo: Repository;
  try {
    repo = world.repository(owner, name);
    authorize(principal, repo, 'read');
  } catch {
    throw new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
  }
  const view: View = { world, repo };
  return {
    nameWithOwner: `${owner}/${name}`,
    object: ({ expression }: { expression: string }) => objectAt(repo, expression),
    ref: ({ qualifiedName }: { qualifiedName: string }) => refValue(repo, qualifiedName),
    defaultBranchRef: () => refValue(repo, `refs/heads/${repo.defaultBranch}`),
    labels: (args: PageArgs) => labelConnection(repo.labels, args),
    issue: ({ number }: { number: number }) => issueValue(world, repo, number),
    issues: (
      args: PageArgs & { states?: string[]; labels?: string[]; orderBy?: { field: string; direction: string } },
    ) => {
      const wanted = args.labels?.map((l) => l.toLowerCase());
      const found = [...repo.issues.values()].filter(
        (i) =>
          !i.pull &&
          (!args.states || args.states.includes(i.state === 'closed' ? 'CLOSED' : 'OPEN')) &&
          (!wanted || repo.labelsOf(i).some((l) => wanted.includes(l.name.toLowerCase()))),
      );
      // Oldest first by the order's field (GitHub's default: CREATED_AT, DESC), the number breaking ties.
      const field = args.orderBy?.field ?? 'CREATED_AT';
      const at = (i: (typeof found)[number]) => (field === 'UPDATED_AT' ? Date.parse(i.updatedAt) : 0);
      found.sort((a, b) => at(a) - at(b) || a.number - b.number);
      if (args.orderBy?.direction !== 'ASC') found.reverse();
      return connection(found, args, (i) => issueValue(world, repo, i.number));
    },
    url: repoWeb(view),
    pullRequests: (args: PageArgs & { states?: string[]; baseRefName?: string; orderBy?: OrderArgs }) => {
      const found = [...repo.issues.values()]
        .filter((i): i is PullIssue => i.pull !== null)
        .filter(
          (i) =>
            (!args.states || args.states.includes(pullState(i))) &&
            (!args.baseRefName || i.pull.base === args.baseRefName),
        );
      const key = (i: PullIssue) => (args.orderBy?.field === 'UPDATED_AT' ? i.updatedAt : i.createdAt);
      const sorted = sortByTime(found, key, args.orderBy?.direction === 'DESC' ? 'desc' : 'asc', (i) => i.number);
      return connection(sorted, args, (i) => pullValue(world, view, i));
    },
    deployments: (args: PageArgs & { environments?: string[]; orderBy?: OrderArgs }) => {
      // GitHub lists deployments oldest first unless asked otherwise.
      const all = deploymentsOf(repo).deployments.filter(
        (d) => !args.environments || args.environments.includes(d.environment),
      );
      const ordered = args.orderBy?.direction === 'DESC' ? [...all].reverse() : all;
      return connection(ordered, args, (d) => ({
        databaseId: d.id,
        environment: d.environment,
        task: d.task,
        description: d.description,
        commitOid: d.sha,
        ref: repo.refs.has(`refs/heads/${d.ref}`)
          ? { name: d.ref, prefix: 'refs/heads/' }
          : repo.refs.has(`refs/tags/${d.ref}`)
            ? { name: d.ref, prefix: 'refs/tags/' }
            : null,
        createdAt: d.createdAt,
        creator: actor(world, d.creator),
      }));
    },
    releases: (args: PageArgs & { orderBy?: OrderArgs }) => {
      const json = (r: ReleaseRecord) => releaseJson(view, r);
      const visible = deploymentsOf(repo).releases.filter((r) => !r.draft || actorCanPush(repo, principal));
      const ordered =
        args.orderBy?.field === 'NAME'
          ? [...visible].sort((a, b) => (a.name ?? a.tagName).localeCompare(b.name ?? b.tagName))
          : visible;
      const directed = args.orderBy?.direction === 'DESC' ? [...ordered].reverse() : ordered;
      return connection(directed, args, (r) => ({
        databaseId: r.id,
        name: r.name,
        tagName: r.tagName,
        url: json(r).html_url,
        createdAt: r.createdAt,
        publishedAt: r.publishedAt,
        isDraft: r.draft,
        isPrerelease: r.prerelease,
        author: { __typename: 'User', login: r.author },
      }));
    },
  };
}

interface OrderArgs {
  field: string;
  direction: string;
}

function pullState(issue: PullIssue): string {
  return issue.pull.merged ? 'MERGED' : issue.state === 'closed' ? 'CLOSED' : 'OPEN';
}

function pullValue(world: World, view: View, issue: PullIssue): unknown {
  const open = issue.state === 'open';
  return {
    number: issue.number,
    title: issue.title,
    url: issueHtmlUrl(view, issue),
    state: pullState(issue),
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    mergedAt: issue.pull.mergedAt,
    baseRefName: issue.pull.base,
    author: actor(world, issue.author),
    files: (args: PageArgs) =>
      connection(pullFileChanges(view.repo, issue.pull, open), args, (c) => ({
        path: c.path,
        ...lineStats(view.repo, c),
      })),
  };
}

/** Drafts are visible to those who can push (and to apps with contents access, as the REST list shows). */
function actorCanPush(repo: Repository, principal: Principal): boolean {
  if (principal.kind === 'integration') return true;
  if (principal.kind === 'anonymous') return false;
  return ['write', 'maintain', 'admin'].includes(repo.roleOf(principal.account.login));
}

interface PageArgs {
  first?: number;
  after?: string;
}

/** A page of a connection: `first` (1–100) items after the `after` cursor. */
function connection<T, N>(items: readonly T[], { first, after }: PageArgs, node: (item: T) => N) {
  const size = Math.min(Math.max(first ?? 100, 1), 100);
  const start = after ? Number(Buffer.from(after, 'base64').toString('utf8')) || 0 : 0;
  const page = items.slice(start, start + size);
  const end = start + page.length;
  return {
    totalCount: items.length,
    nodes: page.map(node),
    pageInfo: { hasNextPage: end < items.length, endCursor: Buffer.from(String(end)).toString('base64') },
  };
}

function labelConnection(labels: readonly LabelRecord[], args: PageArgs) {
  return connection(labels, args, (l) => ({ name: l.name, color: l.color, description: l.description }));
}

/** GraphQL names a bot by its app's slug: "github-actions", where REST says "github-actions[bot]". */
function actor(world: World, login: string): { __typename: 'User' | 'Bot'; login: string } {
  const account = world.accounts.find(login);
  return account?.type === 'Bot'
    ? { __typename: 'Bot', login: account.login.replace(/\[bot\]$/, '') }
    : { __typename: 'User', login: account?.login ?? login };
}

/** `repository.issue(number:)`: null, with GitHub's error, for a pull request or an issue that is gone. */
function issueValue(world: World, repo: Repository, number: number): unknown {
  const issue = repo.issues.get(number);
  if (!issue || issue.pull) throw new Error(`Could not resolve to an Issue with the number of ${number}.`);
  const view = { world, repo };
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'CLOSED' : 'OPEN',
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    url: issueHtmlUrl(view, issue),
    author: actor(world, issue.author),
    labels: (args: PageArgs) => labelConnection(repo.labelsOf(issue), args),
    assignees: (args: PageArgs) => connection(issue.assignees, args, (login) => actor(world, login)),
    comments: (args: PageArgs) =>
      connection(repo.commentsOn(number), args, (c) => ({
        databaseId: c.id <= 0x7fffffff ? c.id : null,
        fullDatabaseId: String(c.id),
        body: c.body,
        author: actor(world, c.author),
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        url: `${issueHtmlUrl(view, issue)}#issuecomment-${c.id}`,
      })),
  };
}

function answer(req: GlobalRequest): RouteResponse {
  const body = (req.body ?? {}) as { query?: unknown; variables?: unknown };
  if (typeof body.query !== 'string')
    return { status: 400, body: { message: 'A query attribute must be specified and must be a string.' } };
  schema ??= buildSchema(SCHEMA);
  const result = graphqlSync({
    schema,
    source: body.query,
    variableValues: (body.variables ?? {}) as Record<string, unknown>,
    rootValue: {
      repository: ({ owner, name }: { owner: string; name: string }) =>
        repositoryValue(req.world, req.actor, owner, name),
    },
  });
  const errors = result.errors?.map((e) => ({
    ...(e.message.startsWith('Could not resolve') ? { type: 'NOT_FOUND' } : {}),
    message: e.message,
    ...(e.path ? { path: e.path } : {}),
  }));
  return {
    status: 200,
    body: { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors ? { errors } : {}) },
  };
}

/** Not one of GitHub's REST routes (the OpenAPI conformance test checks those): served beside them. */
export const graphqlRoute: Route = {
  method: 'POST',
  path: '/graphql',
  handler: answer,
  global: answer,
};
