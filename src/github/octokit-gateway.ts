// GitHubGateway on Octokit. Every call maps its failure to a GitHubError naming the route; everything
// that pages is read to the end; every text it writes has control and bidirectional-override characters
// removed (src/text/controls.ts), whatever produced it.
import { stripControls } from '../text/controls.js';
import type { Permission } from '../config/types.js';
import type { Client } from './client.js';
import { GitHubError, ISSUE_ROUTE, toGitHubError } from './errors.js';
import {
  CHANGES_READ,
  FILES_READ,
  ReadAheadStore,
  readAheadQuery,
  type ReadAheadRequest,
  type RecentIncidents,
} from './read-ahead.js';
import type {
  ChangeLists,
  CheckRun,
  CheckRunOutput,
  Comment,
  CommitInfo,
  DeploymentInfo,
  FileContent,
  GitHubGateway,
  Issue,
  IssueEvent,
  LabelInfo,
  MergedPull,
  PullRequest,
  ReactionContent,
  ReleaseInfo,
  RepoInfo,
  RepoRef,
} from './gateway.js';

/** Pull requests whose files the REST fallback reads at most, one request each. */
const FILE_READS = 20;

type Json = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const login = (user: unknown): string => str((user as Json | null)?.login);

export function toIssue(raw: Json): Issue {
  return {
    number: raw.number as number,
    title: str(raw.title),
    body: str(raw.body),
    state: raw.state === 'closed' ? 'closed' : 'open',
    labels: ((raw.labels as unknown[]) ?? []).map((l) => (typeof l === 'string' ? l : str((l as Json).name))),
    assignees: ((raw.assignees as unknown[]) ?? []).map(login),
    author: login(raw.user),
    createdAt: str(raw.created_at),
    closedAt: typeof raw.closed_at === 'string' ? raw.closed_at : null,
    htmlUrl: str(raw.html_url),
    isPullRequest: raw.pull_request !== undefined && raw.pull_request !== null,
  };
}

function toComment(raw: Json): Comment {
  const user = (raw.user ?? {}) as Json;
  const type = str(user.type);
  return {
    id: raw.id as number,
    body: str(raw.body),
    author: str(user.login),
    authorType: type === 'Bot' || type === 'Organization' ? type : 'User',
    createdAt: str(raw.created_at),
    updatedAt: str(raw.updated_at),
    htmlUrl: str(raw.html_url),
  };
}

function toPull(raw: Json): PullRequest {
  const owner = login((raw.base as Json | undefined)?.user);
  const teams = ((raw.requested_teams as Json[] | undefined) ?? []).map((t) => `${owner}/${str(t.slug)}`);
  return {
    number: raw.number as number,
    title: str(raw.title),
    body: str(raw.body),
    state: raw.state === 'closed' ? 'closed' : 'open',
    merged: raw.merged === true || typeof raw.merged_at === 'string',
    head: str((raw.head as Json).ref),
    base: str((raw.base as Json).ref),
    htmlUrl: str(raw.html_url),
    author: login(raw.user),
    headSha: str((raw.head as Json).sha),
    requestedReviewers: [...((raw.requested_reviewers as unknown[] | undefined) ?? []).map(login), ...teams],
  };
}

function toCheckRun(raw: Json): CheckRun {
  const output = (raw.output ?? {}) as Json;
  return {
    id: raw.id as number,
    name: str(raw.name),
    headSha: str(raw.head_sha),
    status: str(raw.status),
    conclusion: typeof raw.conclusion === 'string' ? raw.conclusion : null,
    title: typeof output.title === 'string' ? output.title : null,
    summary: typeof output.summary === 'string' ? output.summary : null,
  };
}

function checkOutput(output: CheckRunOutput) {
  return {
    title: stripControls(output.title),
    summary: stripControls(output.summary),
    annotations: output.annotations.map((a) => ({
      path: a.path,
      start_line: a.startLine,
      end_line: a.endLine,
      ...(a.startColumn !== undefined && a.startLine === a.endLine
        ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn }
        : {}),
      annotation_level: a.level,
      message: stripControls(a.message),
      ...(a.title ? { title: stripControls(a.title) } : {}),
    })),
  };
}

export class OctokitGateway implements GitHubGateway {
  private readonly ahead = new ReadAheadStore();
  /** Issue validators (ETags) this run saw, for conditional reads (issueVersion). */
  private readonly validators = new Map<number, string>();

  /** @param known the repository's facts when the event's payload gave them (getRepo answers with them). */
  constructor(
    private readonly client: Client,
    readonly repo: RepoRef,
    private readonly known: RepoInfo | null = null,
  ) {}

  async readAhead(request: ReadAheadRequest): Promise<void> {
    const { query, variables } = readAheadQuery(this.repo, request);
    try {
      this.ahead.fill(request, await this.client.graphql(query, variables));
    } catch (error) {
      // A partial answer (a pull request's number asked as an issue, say) still holds what it has.
      // Otherwise it was only an optimisation: every read it would have answered goes to the REST API.
      const partial = (error as { data?: unknown }).data;
      if (partial && typeof partial === 'object') this.ahead.fill(request, partial);
    }
  }

  private async call<T>(route: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toGitHubError(error, route);
    }
  }

  private async maybe<T>(route: string, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await this.call(route, fn);
    } catch (error) {
      if ((error as { kind?: string }).kind === 'not-found') return null;
      throw error;
    }
  }

  async getRepo(): Promise<RepoInfo> {
    if (this.known) return this.known;
    const { data } = await this.call('GET /repos/{owner}/{repo}', () => this.client.rest.repos.get({ ...this.repo }));
    const visibility =
      data.visibility === 'public' || data.visibility === 'internal'
        ? data.visibility
        : data.private
          ? 'private'
          : 'public';
    return { defaultBranch: data.default_branch, visibility, htmlUrl: data.html_url };
  }

  heldFile(path: string, ref?: string): FileContent | null {
    return this.ahead.peekFile(path, ref) ?? null;
  }

  async getFile(path: string, ref?: string): Promise<FileContent | null> {
    const ahead = this.ahead.takeFile(path, ref);
    if (ahead !== undefined) return ahead;
    const res = await this.maybe('GET /repos/{owner}/{repo}/contents/{path}', () =>
      this.client.rest.repos.getContent({ ...this.repo, path, ...(ref ? { ref } : {}) }),
    );
    if (!res || Array.isArray(res.data) || res.data.type !== 'file') return null;
    const data = res.data as { content?: string; encoding?: string; sha: string; path: string };
    const content =
      data.encoding === 'base64' ? Buffer.from(data.content ?? '', 'base64').toString('utf8') : (data.content ?? '');
    return { path: data.path, content, sha: data.sha };
  }

  async putFile(input: {
    path: string;
    branch: string;
    content: string;
    message: string;
    sha?: string;
  }): Promise<{ commitSha: string }> {
    this.ahead.forget(input.path, input.branch);
    this.ahead.forgetBranch(input.branch);
    const { data } = await this.call('PUT /repos/{owner}/{repo}/contents/{path}', () =>
      this.client.rest.repos.createOrUpdateFileContents({
        ...this.repo,
        path: input.path,
        branch: input.branch,
        message: input.message,
        content: Buffer.from(stripControls(input.content), 'utf8').toString('base64'),
        ...(input.sha ? { sha: input.sha } : {}),
      }),
    );
    return { commitSha: data.commit.sha ?? '' };
  }

  async listDirectory(path: string, ref?: string): Promise<string[]> {
    const ahead = this.ahead.takeDirectory(path, ref);
    if (ahead !== undefined) return ahead;
    const res = await this.maybe('GET /repos/{owner}/{repo}/contents/{path}', () =>
      this.client.rest.repos.getContent({ ...this.repo, path, ...(ref ? { ref } : {}) }),
    );
    if (!res || !Array.isArray(res.data)) return [];
    return res.data.filter((entry) => entry.type === 'file').map((entry) => entry.path);
  }

  async getIssue(number: number): Promise<Issue> {
    const ahead = this.ahead.takeIssue(number);
    if (ahead) return ahead;
    const { data } = await this.call(ISSUE_ROUTE, () =>
      this.client.rest.issues.get({ ...this.repo, issue_number: number }),
    );
    const issue = toIssue(data as unknown as Json);
    // A transferred issue answers with a redirect to its new repository, which the client follows.
    const here = `/repos/${this.repo.owner}/${this.repo.repo}`.toLowerCase();
    if (
      issue.number !== number ||
      !str((data as unknown as Json).repository_url)
        .toLowerCase()
        .endsWith(here)
    ) {
      throw new GitHubError(
        'not-found',
        301,
        ISSUE_ROUTE,
        `${ISSUE_ROUTE}: issue #${number} was moved to ${issue.htmlUrl || 'another repository'}`,
      );
    }
    return issue;
  }

  async issueVersion(number: number): Promise<string> {
    const known = this.validators.get(number);
    try {
      const res = await this.call(ISSUE_ROUTE, () =>
        this.client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
          ...this.repo,
          issue_number: number,
          headers: known ? { 'if-none-match': known } : {},
        }),
      );
      const etag = String(res.headers.etag ?? '');
      // Without a validator GitHub cannot be asked conditionally: the update time stands in for one.
      const version = etag || `updated:${str((res.data as unknown as Json).updated_at)}`;
      if (etag) this.validators.set(number, etag);
      return version;
    } catch (error) {
      if (known && error instanceof GitHubError && error.status === 304) return known;
      throw error;
    }
  }

  recentIncidents(label: string): RecentIncidents | null {
    return this.ahead.takeRecentIncidents(label) ?? null;
  }

  async listOpenIssues(label: string): Promise<Issue[]> {
    return this.ahead.takeOpenIssues(label) ?? this.listIssues({ state: 'open', labels: label });
  }

  async listClosedIssues(label: string, since: string): Promise<Issue[]> {
    return this.listIssues({ state: 'closed', labels: label, since });
  }

  /** Every issue (not pull request) the list endpoint gives for these filters, 100 a page. */
  private async listIssues(filters: { state: 'open' | 'closed'; labels: string; since?: string }): Promise<Issue[]> {
    const items = await this.call('GET /repos/{owner}/{repo}/issues', () =>
      this.client.paginate(this.client.rest.issues.listForRepo, { ...this.repo, ...filters, per_page: 100 }),
    );
    return items.map((raw) => toIssue(raw as unknown as Json)).filter((issue) => !issue.isPullRequest);
  }

  async createIssue(input: { title: string; body: string; labels?: string[]; assignees?: string[] }): Promise<Issue> {
    const { data } = await this.call('POST /repos/{owner}/{repo}/issues', () =>
      this.client.rest.issues.create({
        ...this.repo,
        ...input,
        title: stripControls(input.title),
        body: stripControls(input.body),
      }),
    );
    return toIssue(data as unknown as Json);
  }

  async updateIssue(
    number: number,
    patch: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'not_planned' | 'reopened';
    },
  ): Promise<Issue> {
    this.ahead.forgetIssues();
    const { stateReason, ...rest } = {
      ...patch,
      ...(patch.title !== undefined ? { title: stripControls(patch.title) } : {}),
      ...(patch.body !== undefined ? { body: stripControls(patch.body) } : {}),
    };
    const { data } = await this.call('PATCH /repos/{owner}/{repo}/issues/{issue_number}', () =>
      this.client.rest.issues.update({
        ...this.repo,
        issue_number: number,
        ...rest,
        ...(stateReason ? { state_reason: stateReason } : {}),
      }),
    );
    return toIssue(data as unknown as Json);
  }

  async listComments(number: number): Promise<Comment[]> {
    const ahead = this.ahead.takeComments(number);
    if (ahead) return ahead;
    const items = await this.call('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', () =>
      this.client.paginate(this.client.rest.issues.listComments, { ...this.repo, issue_number: number, per_page: 100 }),
    );
    return items.map((raw) => toComment(raw as unknown as Json));
  }

  async createComment(number: number, body: string): Promise<Comment> {
    this.ahead.forgetIssues();
    const { data } = await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', () =>
      this.client.rest.issues.createComment({ ...this.repo, issue_number: number, body: stripControls(body) }),
    );
    return toComment(data as unknown as Json);
  }

  async updateComment(commentId: number, body: string): Promise<Comment> {
    this.ahead.forgetIssues();
    const { data } = await this.call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', () =>
      this.client.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body: stripControls(body) }),
    );
    return toComment(data as unknown as Json);
  }

  async deleteComment(commentId: number): Promise<void> {
    this.ahead.forgetIssues();
    await this.maybe('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', () =>
      this.client.rest.issues.deleteComment({ ...this.repo, comment_id: commentId }),
    );
  }

  async addReaction(commentId: number, content: ReactionContent): Promise<void> {
    await this.call('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', () =>
      this.client.rest.reactions.createForIssueComment({ ...this.repo, comment_id: commentId, content }),
    );
  }

  async listIssueEvents(number: number): Promise<IssueEvent[]> {
    const items = await this.call('GET /repos/{owner}/{repo}/issues/{issue_number}/events', () =>
      this.client.paginate(this.client.rest.issues.listEvents, { ...this.repo, issue_number: number, per_page: 100 }),
    );
    return items.map((raw) => {
      const e = raw as unknown as Json;
      const label = (e.label as Json | undefined)?.name;
      const assignee = (e.assignee as Json | undefined)?.login;
      return {
        id: e.id as number,
        event: str(e.event),
        actor: login(e.actor),
        createdAt: str(e.created_at),
        ...(typeof label === 'string' ? { label } : {}),
        ...(typeof assignee === 'string' ? { assignee } : {}),
      };
    });
  }

  async listLabels(): Promise<LabelInfo[]> {
    const ahead = this.ahead.takeLabels();
    if (ahead !== undefined) return ahead;
    const items = await this.call('GET /repos/{owner}/{repo}/labels', () =>
      this.client.paginate(this.client.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 }),
    );
    return items.map((l) => ({ name: l.name, color: l.color, description: l.description ?? '' }));
  }

  async createLabel(label: LabelInfo): Promise<void> {
    try {
      await this.call('POST /repos/{owner}/{repo}/labels', () =>
        this.client.rest.issues.createLabel({ ...this.repo, ...label }),
      );
    } catch (error) {
      // Another run created it first: that is the outcome we wanted.
      if ((error as { kind?: string }).kind !== 'validation') throw error;
    }
  }

  async addLabels(number: number, labels: string[]): Promise<string[]> {
    this.ahead.forgetIssues();
    const { data } = await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', () =>
      this.client.rest.issues.addLabels({ ...this.repo, issue_number: number, labels }),
    );
    return data.map((l) => l.name);
  }

  async removeLabel(number: number, label: string): Promise<void> {
    this.ahead.forgetIssues();
    await this.maybe('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', () =>
      this.client.rest.issues.removeLabel({ ...this.repo, issue_number: number, name: label }),
    );
  }

  async addAssignees(number: number, logins: string[]): Promise<void> {
    this.ahead.forgetIssues();
    await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', () =>
      this.client.rest.issues.addAssignees({ ...this.repo, issue_number: number, assignees: logins }),
    );
  }

  async removeAssignees(number: number, logins: string[]): Promise<void> {
    this.ahead.forgetIssues();
    await this.call('DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees', () =>
      this.client.rest.issues.removeAssignees({ ...this.repo, issue_number: number, assignees: logins }),
    );
  }

  async getPermission(user: string): Promise<Permission | null> {
    const res = await this.maybe('GET /repos/{owner}/{repo}/collaborators/{username}/permission', () =>
      this.client.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: user }),
    );
    if (!res) return null;
    const data = res.data as { permission: string; role_name?: string };
    // role_name distinguishes triage and maintain, which `permission` folds into read and write.
    const role = data.role_name ?? data.permission;
    const known: Record<string, Permission> = {
      read: 'read',
      pull: 'read',
      triage: 'triage',
      write: 'write',
      push: 'write',
      maintain: 'maintain',
      admin: 'admin',
    };
    return known[role] ?? known[data.permission] ?? null;
  }

  async getBranchSha(branch: string): Promise<string | null> {
    const held = this.ahead.takeBranch(branch);
    if (held !== undefined) return held;
    const res = await this.maybe('GET /repos/{owner}/{repo}/git/ref/{ref}', () =>
      this.client.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` }),
    );
    return res ? res.data.object.sha : null;
  }

  async createBranch(branch: string, fromSha: string): Promise<void> {
    this.ahead.forgetBranch(branch);
    await this.call('POST /repos/{owner}/{repo}/git/refs', () =>
      this.client.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha: fromSha }),
    );
  }

  async listCommits(
    branch: string,
    options: { since?: string; path?: string; limit?: number } = {},
  ): Promise<CommitInfo[]> {
    const params = {
      ...this.repo,
      sha: branch,
      ...(options.since ? { since: options.since } : {}),
      ...(options.path ? { path: options.path } : {}),
    };
    const items = await this.call('GET /repos/{owner}/{repo}/commits', async () =>
      options.limit !== undefined
        ? (
            await this.client.rest.repos.listCommits({
              ...params,
              per_page: Math.min(Math.max(options.limit ?? 1, 1), 100),
            })
          ).data
        : this.client.paginate(this.client.rest.repos.listCommits, { ...params, per_page: 100 }),
    );
    return items.map((c) => ({
      sha: c.sha,
      authorLogin: c.author?.login ?? null,
      message: c.commit.message,
      date: c.commit.committer?.date ?? c.commit.author?.date ?? '',
    }));
  }

  async findPullRequest(head: string): Promise<PullRequest | null> {
    const { data } = await this.call('GET /repos/{owner}/{repo}/pulls', () =>
      this.client.rest.pulls.list({ ...this.repo, head: `${this.repo.owner}:${head}`, state: 'all', per_page: 100 }),
    );
    const pulls = data.map((raw) => toPull(raw as unknown as Json));
    return pulls.find((p) => p.state === 'open') ?? pulls[0] ?? null;
  }

  async createPullRequest(input: {
    title: string;
    body: string;
    head: string;
    base: string;
    draft?: boolean;
  }): Promise<PullRequest> {
    const { data } = await this.call('POST /repos/{owner}/{repo}/pulls', () =>
      this.client.rest.pulls.create({
        ...this.repo,
        ...input,
        title: stripControls(input.title),
        body: stripControls(input.body),
      }),
    );
    return toPull(data as unknown as Json);
  }

  async updatePullRequest(
    number: number,
    patch: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest> {
    const { data } = await this.call('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', () =>
      this.client.rest.pulls.update({
        ...this.repo,
        pull_number: number,
        ...patch,
        ...(patch.title !== undefined ? { title: stripControls(patch.title) } : {}),
        ...(patch.body !== undefined ? { body: stripControls(patch.body) } : {}),
      }),
    );
    return toPull(data as unknown as Json);
  }

  async requestReviewers(number: number, reviewers: string[], teamReviewers: string[]): Promise<void> {
    await this.call('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', () =>
      this.client.rest.pulls.requestReviewers({
        ...this.repo,
        pull_number: number,
        reviewers,
        team_reviewers: teamReviewers,
      }),
    );
  }

  async listPullRequestFiles(number: number): Promise<string[]> {
    const items = await this.call('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', () =>
      this.client.paginate(this.client.rest.pulls.listFiles, { ...this.repo, pull_number: number, per_page: 100 }),
    );
    return items.map((f) => f.filename);
  }

  async listChanges(options: { since: string; files: boolean }): Promise<ChangeLists> {
    let held = this.ahead.takeChanges();
    // Not read ahead (an alert's run reads nothing ahead): one GraphQL query still beats three REST lists and the files.
    if (!held.pulls && !held.deployments && !held.releases) {
      await this.readAhead({ files: [], directories: [], labels: false, changes: true });
      held = this.ahead.takeChanges();
    }
    const unread: string[] = [];
    // Each list on its own: a token without `deployments: read` still lists the pull requests and releases.
    const read = async <T>(name: string, list: () => Promise<{ items: T[]; completeSince: string | null }>) => {
      try {
        return await list();
      } catch (error) {
        unread.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        return { items: [] as T[], completeSince: null };
      }
    };
    const pulls = held.pulls ?? (await read('pull requests', () => this.recentPulls(options)));
    const deployments = held.deployments ?? (await read('deployments', () => this.recentDeployments()));
    const releases = held.releases ?? (await read('releases', () => this.recentReleases()));
    if (unread.length === 3) throw new Error(unread.join('; '));
    return {
      unread,
      pulls: options.files ? pulls.items : pulls.items.map((p) => ({ ...p, files: null, filesCut: false })),
      deployments: deployments.items,
      releases: releases.items,
      completeSince: {
        pulls: pulls.completeSince,
        deployments: deployments.completeSince,
        releases: releases.completeSince,
      },
    };
  }

  /** One page of recently updated closed pull requests; the files of those merged since `since` (at most FILE_READS). */
  private async recentPulls(options: { since: string; files: boolean }) {
    const { data } = await this.call('GET /repos/{owner}/{repo}/pulls', () =>
      this.client.rest.pulls.list({
        ...this.repo,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: CHANGES_READ,
      }),
    );
    const merged = data.filter((p) => p.merged_at !== null);
    let completeSince = data.length >= CHANGES_READ ? (data.at(-1)?.updated_at ?? null) : null;
    const items: MergedPull[] = [];
    let reads = 0;
    for (const p of merged) {
      const recent = p.merged_at !== null && Date.parse(p.merged_at) >= Date.parse(options.since);
      let files: string[] | null = null;
      if (options.files && recent) {
        if (reads >= FILE_READS) {
          // Not read: the list is complete only as far back as this pull request.
          completeSince = p.merged_at;
          break;
        }
        reads++;
        const { data: changed } = await this.call('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', () =>
          this.client.rest.pulls.listFiles({ ...this.repo, pull_number: p.number, per_page: FILES_READ }),
        );
        files = changed.map((f) => f.filename);
      }
      items.push({
        number: p.number,
        title: p.title,
        url: p.html_url,
        author: p.user?.login ?? 'ghost',
        mergedAt: p.merged_at,
        files,
        filesCut: files !== null && files.length >= FILES_READ,
      });
    }
    return { items, completeSince };
  }

  private async recentDeployments() {
    const { data } = await this.call('GET /repos/{owner}/{repo}/deployments', () =>
      this.client.rest.repos.listDeployments({ ...this.repo, per_page: CHANGES_READ }),
    );
    const web = (await this.getRepo()).htmlUrl;
    const items: DeploymentInfo[] = data.map((d) => ({
      id: d.id,
      environment: d.environment,
      ref: d.ref,
      sha: d.sha,
      creator: d.creator?.login ?? 'ghost',
      createdAt: d.created_at,
      url: `${web}/commit/${d.sha}`,
    }));
    return { items, completeSince: data.length >= CHANGES_READ ? (data.at(-1)?.created_at ?? null) : null };
  }

  private async recentReleases() {
    const { data } = await this.call('GET /repos/{owner}/{repo}/releases', () =>
      this.client.rest.repos.listReleases({ ...this.repo, per_page: CHANGES_READ }),
    );
    const items: ReleaseInfo[] = data.map((r) => ({
      id: r.id,
      tag: r.tag_name,
      name: r.name ?? '',
      url: r.html_url,
      author: r.author?.login ?? 'ghost',
      publishedAt: r.draft ? null : r.published_at,
    }));
    return { items, completeSince: data.length >= CHANGES_READ ? (data.at(-1)?.created_at ?? null) : null };
  }

  async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void> {
    await this.call('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', () =>
      this.client.rest.actions.createWorkflowDispatch({ ...this.repo, workflow_id: workflow, ref, inputs }),
    );
  }

  async createDraftAdvisory(input: {
    summary: string;
    description: string;
    severity: 'critical' | 'high' | 'medium' | 'low';
  }): Promise<{ ghsaId: string; htmlUrl: string }> {
    const { data } = await this.call('POST /repos/{owner}/{repo}/security-advisories', () =>
      this.client.rest.securityAdvisories.createRepositoryAdvisory({
        ...this.repo,
        summary: stripControls(input.summary),
        description: stripControls(input.description),
        severity: input.severity,
        // GitHub requires the affected products; the team fills them in on the draft.
        vulnerabilities: [{ package: { ecosystem: 'other', name: this.repo.repo } }],
      }),
    );
    return { ghsaId: data.ghsa_id, htmlUrl: data.html_url };
  }

  async getWorkflowState(workflow: string): Promise<string | null> {
    const res = await this.maybe('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}', () =>
      this.client.rest.actions.getWorkflow({ ...this.repo, workflow_id: workflow }),
    );
    return res ? res.data.state : null;
  }

  async setWorkflowEnabled(workflow: string, enabled: boolean): Promise<void> {
    if (enabled)
      await this.call('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', () =>
        this.client.rest.actions.enableWorkflow({ ...this.repo, workflow_id: workflow }),
      );
    else
      await this.call('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable', () =>
        this.client.rest.actions.disableWorkflow({ ...this.repo, workflow_id: workflow }),
      );
  }

  async dispatchRepositoryEvent(eventType: string, clientPayload: Record<string, unknown>): Promise<void> {
    await this.call('POST /repos/{owner}/{repo}/dispatches', () =>
      this.client.rest.repos.createDispatchEvent({
        ...this.repo,
        event_type: eventType,
        client_payload: clientPayload,
      }),
    );
  }

  async createCheckRun(input: {
    name: string;
    headSha: string;
    conclusion: 'success' | 'failure' | 'neutral';
    output: CheckRunOutput;
    detailsUrl?: string;
  }): Promise<CheckRun> {
    const { data } = await this.call('POST /repos/{owner}/{repo}/check-runs', () =>
      this.client.rest.checks.create({
        ...this.repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        output: checkOutput(input.output),
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      }),
    );
    return toCheckRun(data as unknown as Json);
  }

  async updateCheckRun(
    id: number,
    input: { conclusion?: 'success' | 'failure' | 'neutral'; output: CheckRunOutput },
  ): Promise<CheckRun> {
    const { data } = await this.call('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', () =>
      this.client.rest.checks.update({
        ...this.repo,
        check_run_id: id,
        ...(input.conclusion ? { status: 'completed' as const, conclusion: input.conclusion } : {}),
        output: checkOutput(input.output),
      }),
    );
    return toCheckRun(data as unknown as Json);
  }

  async listCheckRuns(ref: string, name?: string): Promise<CheckRun[]> {
    const items = await this.call('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', () =>
      this.client.paginate(this.client.rest.checks.listForRef, {
        ...this.repo,
        ref,
        filter: 'latest',
        per_page: 100,
        ...(name ? { check_name: name } : {}),
      }),
    );
    return items.map((raw) => toCheckRun(raw as unknown as Json));
  }

  async getRequiredStatusChecks(branch: string): Promise<string[] | null> {
    const res = await this.maybe('GET /repos/{owner}/{repo}/branches/{branch}/protection', () =>
      this.client.rest.repos.getBranchProtection({ ...this.repo, branch }),
    );
    if (!res) return null;
    const checks = res.data.required_status_checks;
    return [...new Set([...(checks?.contexts ?? []), ...(checks?.checks ?? []).map((c) => c.context)])];
  }

  async getRulesetStatusChecks(branch: string): Promise<string[]> {
    const rules = await this.call('GET /repos/{owner}/{repo}/rules/branches/{branch}', () =>
      this.client.paginate(this.client.rest.repos.getBranchRules, { ...this.repo, branch, per_page: 100 }),
    );
    const contexts = rules.flatMap((rule) => {
      const r = rule as unknown as {
        type?: string;
        parameters?: { required_status_checks?: Array<{ context?: string }> };
      };
      return r.type === 'required_status_checks'
        ? (r.parameters?.required_status_checks ?? []).map((c) => c.context ?? '')
        : [];
    });
    return [...new Set(contexts.filter((c) => c !== ''))];
  }
}
