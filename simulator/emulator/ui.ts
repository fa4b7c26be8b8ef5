// The "GitHub UI" side: what people do in the browser, acted out as a given user with the same
// permission rules as the API, each returning the webhook events GitHub would deliver for it.
import { holds, type Principal } from './access.js';
import { ApiError } from './errors.js';
import { log } from './git/history.js';
import { type Ctx, requireRole } from './repo/context.js';
import { addReaction, createComment, deleteComment, updateComment } from './repo/comments.js';
import { assign, createIssue, editText, setState, unassign } from './repo/issues.js';
import { deleteIssue, transferIssue } from './repo/gone-issues.js';
import { addIssueLabels, removeIssueLabel } from './repo/labels.js';
import { createPull, mergePull, type PullIssue } from './repo/pulls.js';
import { createDeployment, createRelease, type DeploymentRecord, type ReleaseRecord } from './repo/deployments.js';
import type { ReactionContent, StateReason } from './repo/records.js';
import type { Repository } from './repo/repository.js';
import { signatureOf } from './repo/git-writes.js';
import { dispatchRepositoryEvent, dispatchWorkflow, findWorkflow } from './repo/workflows.js';
import { emitIssueEvent, emitPlainEvent } from './webhooks.js';
import type { WebhookEvent, World } from './world.js';

export interface Acting {
  /** Login of the person acting. */
  as: string;
  /** "owner/name" when not the emulator's main repository. */
  repository?: string;
}

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export abstract class GitHubUi {
  protected constructor(
    readonly world: World,
    /** The main repository's "owner/name". */
    readonly repository: string,
  ) {}

  /** The principal a login acts as: the bot's installation token for the bot, the person otherwise. */
  protected abstract principal(login: string): Principal;

  protected repo(fullName: string = this.repository): Repository {
    const [owner, name] = fullName.split('/');
    return this.world.repository(owner ?? '', name ?? '');
  }

  protected act<T>(acting: Acting, action: (ctx: Ctx) => T): { result: T; events: WebhookEvent[] } {
    const ctx: Ctx = { world: this.world, repo: this.repo(acting.repository), actor: this.principal(acting.as) };
    return this.world.capture(() => action(ctx));
  }

  /**
   * Files an issue. Labels and assignees need triage access — unless `template` is set: an issue form's
   * `labels:` and `assignees:` apply whoever files it. Sends `opened`, then one `labeled` per label.
   */
  openIssue(
    input: Acting & { title: string; body?: string; labels?: string[]; assignees?: string[]; template?: boolean },
  ): WebhookEvent[] {
    return this.act(input, (ctx) => {
      if (!input.template && (input.labels?.length || input.assignees?.length)) {
        // Without triage access the page offers no label or assignee pickers.
        if (!holds(ctx.actor, ctx.repo, 'triage', 'issues'))
          throw new ApiError(403, `${input.as} cannot set labels or assignees on a new issue without triage access`);
      }
      // An empty body is stored as null, as GitHub does for a form left blank.
      createIssue(
        ctx,
        { title: input.title, body: input.body || null, labels: input.labels, assignees: input.assignees },
        { template: input.template === true },
      );
    }).events;
  }

  /** Comments on an issue or pull request (`issue_comment.created`; `issue.pull_request` set on PRs). */
  comment(input: Acting & { issue: number; body: string }): WebhookEvent[] {
    return this.act(input, (ctx) => createComment(ctx, ctx.repo.issue(input.issue), input.body)).events;
  }

  editComment(input: Acting & { comment: number; body: string }): WebhookEvent[] {
    return this.act(input, (ctx) => updateComment(ctx, ctx.repo.comment(input.comment), input.body)).events;
  }

  deleteComment(input: Acting & { comment: number }): WebhookEvent[] {
    return this.act(input, (ctx) => deleteComment(ctx, ctx.repo.comment(input.comment))).events;
  }

  react(input: Acting & { comment: number; content: ReactionContent }): WebhookEvent[] {
    return this.act(input, (ctx) => addReaction(ctx, ctx.repo.comment(input.comment), input.content)).events;
  }

  /** Adds and/or removes labels: one `labeled`/`unlabeled` event per change (pull_request.* on PRs). */
  label(input: Acting & { issue: number; add?: string | string[]; remove?: string | string[] }): WebhookEvent[] {
    return this.act(input, (ctx) => {
      const issue = ctx.repo.issue(input.issue);
      for (const name of list(input.remove)) removeIssueLabel(ctx, issue, name);
      if (list(input.add).length > 0) addIssueLabels(ctx, issue, list(input.add));
    }).events;
  }

  assign(input: Acting & { issue: number; add?: string | string[]; remove?: string | string[] }): WebhookEvent[] {
    return this.act(input, (ctx) => {
      requireRole(ctx, 'triage', 'issues');
      const issue = ctx.repo.issue(input.issue);
      unassign(ctx, issue, list(input.remove));
      const wanted = list(input.add);
      assign(ctx, issue, wanted);
      const refused = wanted.filter((login) => !issue.assignees.some((a) => a.toLowerCase() === login.toLowerCase()));
      if (refused.length > 0)
        throw new ApiError(422, `Cannot assign ${refused.join(', ')}: not a collaborator of ${ctx.repo.fullName}`);
    }).events;
  }

  /** Edits the title and/or body: `issues.edited` with `changes` holding the previous values. */
  editIssue(input: Acting & { issue: number; title?: string; body?: string }): WebhookEvent[] {
    return this.act(input, (ctx) => {
      const issue = ctx.repo.issue(input.issue);
      editText(ctx, issue, { title: input.title, body: input.body }, issue.pull ? 'pull_requests' : 'issues');
    }).events;
  }

  /** Closes an issue or pull request (without merging): `issues.closed` / `pull_request.closed`. */
  closeIssue(input: Acting & { issue: number; reason?: StateReason }): WebhookEvent[] {
    return this.act(input, (ctx) => setState(ctx, ctx.repo.issue(input.issue), 'closed', input.reason)).events;
  }

  reopenIssue(input: Acting & { issue: number }): WebhookEvent[] {
    return this.act(input, (ctx) => {
      const issue = ctx.repo.issue(input.issue);
      if (issue.pull?.merged) throw new ApiError(422, 'Cannot reopen a merged pull request');
      setState(ctx, issue, 'open');
    }).events;
  }

  /** Deletes an issue (admins only, as on GitHub): `issues.deleted`; the number then answers 410 Gone. */
  deleteIssue(input: Acting & { issue: number }): WebhookEvent[] {
    return this.act(input, (ctx) => deleteIssue(ctx, ctx.repo.issue(input.issue))).events;
  }

  /** Moves an issue, thread included, to another repository of the same owner: `issues.transferred`. */
  transferIssue(input: Acting & { issue: number; to: string }): WebhookEvent[] {
    return this.act(input, (ctx) => transferIssue(ctx, ctx.repo.issue(input.issue), input.to)).events;
  }

  openPull(
    input: Acting & { head: string; base?: string; title: string; body?: string; draft?: boolean },
  ): WebhookEvent[] {
    return this.act(input, (ctx) =>
      createPull(ctx, {
        head: input.head,
        base: input.base ?? ctx.repo.defaultBranch,
        title: input.title,
        body: input.body || null,
        draft: input.draft,
      }),
    ).events;
  }

  /** Merges a pull request: the base branch gets the head's changes; sends pull_request.closed (merged). */
  mergePull(input: Acting & { pull: number; method?: 'merge' | 'squash' | 'rebase' }): WebhookEvent[] {
    return this.act(input, (ctx) =>
      mergePull(ctx, ctx.repo.pullIssue(input.pull) as PullIssue, { merge_method: input.method }),
    ).events;
  }

  /**
   * A deploy tool records a deployment of `ref` (POST /deployments). GitHub also sends a `deployment`
   * event; none of Firebreak's workflows listens to it, so the emulator sends none.
   */
  deploy(input: Acting & { environment: string; ref: string }): DeploymentRecord {
    return this.act(input, (ctx) => createDeployment(ctx, { ref: input.ref, environment: input.environment })).result;
  }

  /** A published release of `tag` (tagging `ref`, the default branch, when the tag is missing); no event, as for deploy. */
  release(input: Acting & { tag: string; name?: string; ref?: string }): ReleaseRecord {
    return this.act(input, (ctx) =>
      createRelease(ctx, {
        tag_name: input.tag,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.ref !== undefined ? { target_commitish: input.ref } : {}),
      }),
    ).result;
  }

  /** A `repository_dispatch` event, as a tool with a token (or an incident run) sends it through the API. */
  repositoryDispatch(input: Acting & { eventType: string; clientPayload?: Record<string, unknown> }): WebhookEvent[] {
    return this.act(input, (ctx) =>
      dispatchRepositoryEvent(ctx, { event_type: input.eventType, client_payload: input.clientPayload ?? {} }),
    ).events;
  }

  /** Runs a workflow from the Actions tab ("Run workflow"): validated and recorded like the API's dispatch. */
  workflowDispatch(
    input: Acting & { workflow: string; ref?: string; inputs?: Record<string, string> },
  ): WebhookEvent[] {
    return this.act(input, (ctx) =>
      dispatchWorkflow(ctx, input.workflow, { ref: input.ref ?? ctx.repo.defaultBranch, inputs: input.inputs ?? {} }),
    ).events;
  }

  /**
   * The `schedule` event a cron trigger delivers. GitHub runs it on the default branch as the person
   * who last changed the workflow's cron.
   */
  schedule(input: { workflow: string; cron?: string; repository?: string }): WebhookEvent {
    const repo = this.repo(input.repository);
    const workflow = findWorkflow(repo, this.world.now(), input.workflow);
    const cron = input.cron ?? workflow.schedules[0] ?? '*/5 * * * *';
    const head = repo.branchSha(repo.defaultBranch) ?? '';
    const lastEditor = log(repo.git, head)
      .map((c) => this.world.accounts.byEmail(c.author.email))
      .find((a) => a?.type === 'User');
    const sender = lastEditor?.login ?? repo.collaboratorList().find((c) => c.access === 'admin')?.login ?? repo.owner;
    const ctx: Ctx = { world: this.world, repo, actor: { account: this.world.accounts.ensure(sender), kind: 'user' } };
    return emitPlainEvent(ctx, 'schedule', { schedule: cron, workflow: workflow.path }, { triggersWorkflows: true });
  }

  /** A commit on a branch (created from the default branch when missing) — setup for pull requests and config changes. */
  commitFiles(input: Acting & { branch?: string; files: Record<string, string | null>; message?: string }): string {
    return this.push(input).sha;
  }

  /** A person pushes a commit: the sha, and the events GitHub sends (`synchronize` for open pull requests from the branch). */
  push(input: Acting & { branch?: string; files: Record<string, string | null>; message?: string }): {
    sha: string;
    events: WebhookEvent[];
  } {
    const { result, events } = this.act(input, (ctx) => {
      requireRole(ctx, 'write', 'contents');
      const repo = ctx.repo;
      const branch = input.branch ?? repo.defaultBranch;
      if (!repo.branchSha(branch))
        repo.moveRef(`refs/heads/${branch}`, repo.branchSha(repo.defaultBranch) ?? '', this.world.now());
      const changes = new Map(
        Object.entries(input.files).map(([path, content]) => [path, content === null ? null : Buffer.from(content)]),
      );
      const sha = repo.commitFiles(
        branch,
        changes,
        input.message ?? `Update ${Object.keys(input.files).join(', ')}`,
        signatureOf(ctx),
      ).sha;
      // A push to the head branch of an open pull request is what GitHub reports as `synchronize`.
      for (const issue of repo.issues.values()) {
        if (issue.pull && issue.state === 'open' && issue.pull.head === branch)
          emitIssueEvent(ctx, 'synchronize', issue);
      }
      return sha;
    });
    return { sha: result, events };
  }
}
