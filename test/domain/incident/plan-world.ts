// A small, pure stand-in for GitHub around `decideIncident`: one issue, its comment thread, the people's
// repository permissions and an injected clock. `decide()` runs the decision on the thread as it stands
// (the state is folded from Firebreak's own comments, as the handler does) and applies the plan's
// thread writes the way the executor would (keyed comments once, the live summary edited in place,
// labels, assignees, close/reopen, the postmortem pull request), so the next step sees what GitHub
// would show (comments worded by the render step first). Nothing is sent: notifications and reactions
// are left in the plan.
import { parseCommands } from '../../../src/commands/index.js';
import { defaultConfig } from '../../../src/config/index.js';
import type { Config, Permission } from '../../../src/config/types.js';
import { onCallFromRotations } from '../../../src/domain/escalation/index.js';
import type { Comment, Issue, IssueEvent } from '../../../src/domain/github-objects.js';
import {
  decideIncident,
  type Decision,
  type IncidentFacts,
  type IssueStateChange,
  type LabelChange,
} from '../../../src/domain/incident/decide.js';
import { outsideDrift } from '../../../src/domain/incident/outside-changes.js';
import type { IncidentEvent as RecordedEvent } from '../../../src/domain/incident/events.js';
import type { FiledForm } from '../../../src/domain/incident/intake.js';
import { encodeRecord, replaceRecord } from '../../../src/domain/incident/marker.js';
import type { PostmortemFacts } from '../../../src/domain/incident/postmortem-step.js';
import type { SecurityFacts } from '../../../src/domain/incident/security-step.js';
import type { IncidentState } from '../../../src/domain/incident/state.js';
import { readThread, threadState, type Thread } from '../../../src/domain/incident/thread.js';
import type { PlannedWrite } from '../../../src/domain/plan.js';
import { rendered } from './plan-text.js';
import { TemplateRegistry } from '../../../src/render/registry.js';

export const BOT = 'github-actions[bot]';
export const REPOSITORY = 'acme/shop';
/** Monday 2 March 2026, 10:00 UTC: minute 0 of every case. */
export const T0 = Date.parse('2026-03-02T10:00:00Z');

const templates = TemplateRegistry.defaults();

/**
 * The playbook defaults with two people in the on-call rotation (the defaults ship it empty) and the
 * security procedures' private repository unset: a repository that adopted Firebreak as it comes.
 */
export function playbook(change: (config: Config) => void = () => {}): Config {
  const config = defaultConfig();
  const rotation = config.rotations['on-call'];
  if (rotation?.layers[0]) rotation.layers[0].members = ['dana', 'erik'];
  change(config);
  return config;
}

/** Who is who in every case: dana and erik hold the rotation, rita reports, vic only reads. */
export const PEOPLE: Record<string, Permission | null> = {
  dana: 'write',
  erik: 'triage',
  rita: 'triage',
  vic: 'read',
  mona: 'maintain',
  outsider: null,
};

export interface WorldOptions {
  config?: Config;
  title: string;
  body?: string;
  labels: string[];
  author?: string;
  /** The form the body was filed from (null: labelled by hand or a free-form body). */
  form?: FiledForm | null;
  publicRepository?: boolean;
  privateRepository?: string | null;
}

export class PlanWorld {
  readonly config: Config;
  readonly issue: Issue;
  comments: Comment[] = [];
  /** The issue's event history (labels, assignees, close and reopen), Firebreak's own changes included. */
  history: IssueEvent[] = [];
  /** The change that wakes the next run, when it was one made by hand. */
  private trigger: { labelChange: LabelChange | null; issueChange: IssueStateChange | null } = {
    labelChange: null,
    issueChange: null,
  };
  /** The postmortem pull request and its file once a plan opened it (what GitHub would then show). */
  postmortem: Pick<PostmortemFacts, 'pull' | 'file'> = { pull: null, file: null };
  private nextId = 1001;
  private readonly form: FiledForm | null;
  private readonly security: Omit<SecurityFacts, 'ledger'>;

  constructor(options: WorldOptions) {
    this.config = options.config ?? playbook();
    this.issue = {
      number: 42,
      title: options.title,
      body: options.body ?? '',
      state: 'open',
      labels: [...options.labels],
      assignees: [],
      author: options.author ?? 'rita',
      createdAt: new Date(T0).toISOString().replace('.000Z', 'Z'),
      closedAt: null,
      htmlUrl: `https://github.com/${REPOSITORY}/issues/42`,
      isPullRequest: false,
    };
    this.form = options.form ?? null;
    this.security = {
      publicRepository: options.publicRepository ?? false,
      privateRepository: options.privateRepository ?? null,
      repository: REPOSITORY,
      repositoryUrl: `https://github.com/${REPOSITORY}`,
    };
  }

  /** The instant `minutes` after minute 0. */
  at(minutes: number): Date {
    return new Date(T0 + minutes * 60_000);
  }

  /** The instant as GitHub writes timestamps (whole seconds, no milliseconds). */
  stamp(minutes: number): string {
    return this.at(minutes).toISOString().replace('.000Z', 'Z');
  }

  /** A person's comment, posted `minutes` after minute 0; returns its id. */
  say(author: string, minutes: number, body: string): number {
    const at = this.stamp(minutes);
    const id = this.nextId++;
    this.comments.push({
      id,
      body,
      author,
      authorType: 'User',
      createdAt: at,
      updatedAt: at,
      htmlUrl: `${this.issue.htmlUrl}#issuecomment-${id}`,
    });
    return id;
  }

  /** A person changes the issue by hand at `minutes` (GitHub records it in the history; it wakes the next run). */
  byHand(
    actor: string,
    minutes: number,
    change:
      | { event: 'labeled' | 'unlabeled'; label: string }
      | { event: 'closed' | 'reopened' }
      | { event: 'assigned' | 'unassigned'; assignee: string },
  ): void {
    const at = this.stamp(minutes);
    this.record(actor, at, change);
    if (change.event === 'labeled' || change.event === 'unlabeled')
      this.trigger = { labelChange: { action: change.event, label: change.label, actor, at }, issueChange: null };
    else if (change.event === 'closed' || change.event === 'reopened')
      this.trigger = { labelChange: null, issueChange: { action: change.event, actor, at } };
  }

  private record(actor: string, at: string, change: { event: string; label?: string; assignee?: string }): void {
    const issue = this.issue;
    if (change.event === 'labeled' && change.label) issue.labels = [...new Set([...issue.labels, change.label])];
    if (change.event === 'unlabeled') issue.labels = issue.labels.filter((l) => l !== change.label);
    if (change.event === 'assigned' && change.assignee)
      issue.assignees = [...new Set([...issue.assignees, change.assignee])];
    if (change.event === 'unassigned') issue.assignees = issue.assignees.filter((a) => a !== change.assignee);
    if (change.event === 'closed') Object.assign(issue, { state: 'closed', closedAt: at });
    if (change.event === 'reopened') Object.assign(issue, { state: 'open', closedAt: null });
    this.history.push({ id: 5000 + this.history.length, actor, createdAt: at, ...change });
  }

  thread(): Thread {
    return readThread(this.comments, BOT);
  }

  state(): IncidentState | null {
    return threadState(this.issue.number, this.thread());
  }

  /** The facts the handler would gather at `minutes`, from the thread as it stands. */
  facts(minutes: number, more: Partial<IncidentFacts> = {}): IncidentFacts {
    const thread = this.thread();
    const state = threadState(this.issue.number, thread);
    // As the handler: the history is read when the issue disagrees with the incident.
    const history = state && outsideDrift(this.issue, state, this.config) ? [...this.history] : null;
    return {
      issue: { ...this.issue, labels: [...this.issue.labels], assignees: [...this.issue.assignees] },
      thread,
      state,
      config: this.config,
      now: this.at(minutes),
      botLogin: BOT,
      form: state ? null : this.form,
      onCall: onCallFromRotations(this.config.rotations),
      templates,
      ...this.trigger,
      labelHistory: history,
      becameIncidentAt: state ? null : this.issue.createdAt,
      commands: {
        comments: this.comments,
        permissions: permissionsFor(this.comments),
        defaultBranch: 'main',
        ledger: null,
        known: [...Object.keys(PEOPLE), this.issue.author],
        repository: REPOSITORY,
      },
      postmortem: { ...this.postmortem, reported: [], written: null, restricted: false, repository: REPOSITORY },
      security: { ...this.security, ledger: state?.security ? { entries: [], sha: null } : null },
      warnings: [],
      ...more,
    };
  }

  /** Decides at `minutes` and applies the plan to the thread; returns the decision. */
  decide(minutes: number, more: Partial<IncidentFacts> = {}): Decision {
    const decision = decideIncident(this.facts(minutes, more));
    this.trigger = { labelChange: null, issueChange: null };
    this.apply(decision.plan.writes, minutes);
    return decision;
  }

  /** What the executor does with a plan's writes to the thread and the issue (channels are not called). */
  apply(writes: readonly PlannedWrite[], minutes: number): void {
    const at = this.stamp(minutes);
    const held = this.thread().keys;
    for (const write of rendered(writes)) {
      switch (write.kind) {
        case 'comment':
          if (held.has(`comment:${write.key}`)) break;
          held.add(`comment:${write.key}`);
          this.botComment(write.body, at);
          break;
        case 'summary': {
          const summary = this.thread().summary;
          if (summary) summary.comment.body = write.body;
          else this.botComment(write.body, at);
          break;
        }
        case 'labels':
          for (const label of write.remove.filter((l) => this.issue.labels.includes(l)))
            this.record(BOT, at, { event: 'unlabeled', label });
          for (const label of write.add.filter((l) => !this.issue.labels.includes(l)))
            this.record(BOT, at, { event: 'labeled', label });
          break;
        case 'assign':
          for (const assignee of write.remove) this.record(BOT, at, { event: 'unassigned', assignee });
          for (const assignee of write.add.filter((a) => !this.issue.assignees.includes(a)))
            this.record(BOT, at, { event: 'assigned', assignee });
          break;
        case 'issueState':
          if (write.state !== this.issue.state)
            this.record(BOT, at, { event: write.state === 'closed' ? 'closed' : 'reopened' });
          break;
        case 'editIssue':
          if (write.title !== undefined) this.issue.title = write.title;
          if (write.body !== undefined) this.issue.body = write.body;
          break;
        case 'postmortem':
          this.postmortem = {
            pull: {
              number: 77,
              title: write.pull.title,
              body: `Postmortem of #${write.pull.incident}: \`${write.pull.path}\``,
              state: 'open',
              merged: false,
              head: write.pull.branch,
              base: 'main',
              htmlUrl: `https://github.com/${REPOSITORY}/pull/77`,
              requestedReviewers: write.pull.reviewers,
            },
            file: { path: write.pull.path, content: write.pull.content, sha: 'postmortem-sha' },
          };
          break;
        case 'deleteComment':
          this.comments = this.comments.filter((c) => c.id !== write.commentId);
          break;
        default:
          break;
      }
    }
  }

  /**
   * The outcome of a notification as the executor records it: a `delivery` event added to the record of
   * the comment that claimed it (re-sealed, as only Firebreak can).
   */
  deliver(claimKey: string, ref: string, channel: string, minutes: number, error: string | null): void {
    const claim = this.thread().trusted.find((t) => t.record.key === claimKey);
    if (!claim) throw new Error(`no comment holds ${claimKey}`);
    const { digest: _digest, ...held } = claim.record;
    const event: RecordedEvent = {
      type: 'delivery',
      channel,
      ref,
      ok: error === null,
      ...(error !== null ? { error } : {}),
      at: this.at(minutes).toISOString(),
      by: 'firebreak',
    };
    claim.comment.body = replaceRecord(claim.comment.body, encodeRecord({ ...held, events: [...held.events, event] }));
  }

  private botComment(body: string, at: string): void {
    const id = this.nextId++;
    this.comments.push({
      id,
      body,
      author: BOT,
      authorType: 'Bot',
      createdAt: at,
      updatedAt: at,
      htmlUrl: `${this.issue.htmlUrl}#issuecomment-${id}`,
    });
  }
}

/**
 * Repository permissions as the handler looks them up: every commenter and every login a command names
 * (`/ic`, `/role`, `/page @user`), from PEOPLE; anyone else is not a collaborator (null).
 */
export function permissionsFor(comments: readonly Comment[]): Map<string, Permission | null> {
  const permissions = new Map<string, Permission | null>(Object.entries(PEOPLE));
  const named = comments.flatMap((c) => [
    c.author,
    ...parseCommands(c.body).entries.flatMap(({ outcome }) => {
      if (outcome.kind === 'ic' || outcome.kind === 'role') return [outcome.login];
      if (outcome.kind === 'page' && outcome.target.kind === 'user') return [outcome.target.login];
      return [];
    }),
  ]);
  for (const login of named) if (!permissions.has(login.toLowerCase())) permissions.set(login.toLowerCase(), null);
  return permissions;
}

/** A form answer set as `readForm` in the handler returns it, with nothing missing or invalid. */
export function incidentForm(answers: FiledForm['answers']): FiledForm {
  return { kind: 'incident', answers, missing: [], invalid: [] };
}

/** The issue body GitHub writes for a form: one `### Label` heading per answer. */
export function formBody(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([label, answer]) => `### ${label}\n\n${answer}`)
    .join('\n\n');
}
