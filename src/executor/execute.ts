// The one place writes happen. It applies a plan in order, skips what GitHub already shows as done,
// honours dry-run and the operations budget (what does not fit is reported as left for the next run,
// which re-derives it), and settles races: when two runs posted the same keyed comment, the earliest
// stays and later ones are deleted. The live summary is edited after a fresh read of the thread: the
// fact-only commands another run recorded there meanwhile are kept in it (summaryWithFacts).
import type { DeliveryResult, Notification } from '../channels/types.js';
import type { LabelSpec } from '../config/types.js';
import type { IncidentEvent } from '../domain/incident/events.js';
import { decodeRecords, encodeRecord, replaceRecord } from '../domain/incident/marker.js';
import type { PostmortemPull, RenderedPlan, RenderedWrite } from '../domain/plan.js';
import { readThread, recordedFacts, type Thread } from '../domain/incident/thread.js';
import { GitHubError } from '../github/errors.js';
import { COMMENT_LIMIT, fitComment } from '../text/fit.js';
import type { Comment, GitHubGateway, Issue } from '../github/gateway.js';
import type { IncidentLog } from '../runtime/log.js';

export interface ExecutionContext {
  gateway: GitHubGateway;
  issue: Issue;
  /** Keys held by the action's own comments when the run read the thread. */
  keys: Set<string>;
  summaryCommentId: number | null;
  /** The comments the run decided on; kept up to date with this run's writes for a second decision. */
  comments?: readonly Comment[];
  /** An earlier pass of this run posted comments and left settling their races to this one. */
  unsettled?: boolean;
  botLogin: string;
  dryRun: boolean;
  budget: Budget;
  log: IncidentLog;
  /** Labels known to exist in the repository (filled lazily). */
  labelCache: LabelCache;
  /** Unique to this run: written into the records of the comments it posts (claims survive retried creates). */
  runToken: string;
  /** Sends one notification; never throws (failures come back as results). */
  notifier: (channel: string, notification: Notification) => Promise<DeliveryResult>;
  /** Creates or updates the postmortem pull request (with the postmortem token); returns what it did. */
  postmortem: (pull: PostmortemPull) => Promise<string>;
  /** Opens the restricted copy of an incident in a private repository; returns its URL. */
  privateIncident: (repository: string, title: string, body: string) => Promise<string>;
  /** Commits the evidence ledger file (compare-and-swap on sha). */
  commitEvidence: (write: Extract<RenderedWrite, { kind: 'evidence' }>) => Promise<void>;
  /** Brings the incident's part of the status site up to date; returns what it did. */
  statusPage: (write: Extract<RenderedWrite, { kind: 'statusPage' }>) => Promise<string>;
  now: Date;
}

export class Budget {
  private used = 0;
  /** Writes made before the current allowance began (renew). */
  private before = 0;
  constructor(readonly limit: number) {}
  take(): boolean {
    if (this.used - this.before >= this.limit) return false;
    this.used += 1;
    return true;
  }
  /**
   * A new allowance of `limit` writes: for a watching run's next reconciliation, which stands for the run
   * that would otherwise have come (watch.ts). `spent` still counts every write.
   */
  renew(): void {
    this.before = this.used;
  }
  get spent(): number {
    return this.used;
  }
}

export class LabelCache {
  private names: Set<string> | null = null;
  async has(gateway: GitHubGateway, name: string): Promise<boolean> {
    if (!this.names) this.names = new Set((await gateway.listLabels()).map((l) => l.name.toLowerCase()));
    return this.names.has(name.toLowerCase());
  }
  add(name: string): void {
    this.names?.add(name.toLowerCase());
  }
}

export interface ExecutionResult {
  written: number;
  left: number;
  failed: number;
  postedComments: number;
  delivered: number;
  /** Notifications that failed this run; the next run retries them (the summary says so). */
  undelivered: number;
  /** The postmortem pull request was created or updated: the caller decides once more to announce it. */
  postmortemWritten: boolean;
  /**
   * For that second decision, what this run knows without reading again: the issue and the comments
   * as its writes left them (comments null: read them), and whether it left races to settle.
   */
  issue: Issue;
  comments: Comment[] | null;
  unsettled: boolean;
}

export async function execute(plan: RenderedPlan, ctx: ExecutionContext): Promise<ExecutionResult> {
  const result: ExecutionResult = {
    written: 0,
    left: 0,
    failed: 0,
    postedComments: 0,
    delivered: 0,
    undelivered: 0,
    postmortemWritten: false,
    issue: { ...ctx.issue, labels: [...ctx.issue.labels], assignees: [...ctx.issue.assignees] },
    comments: null,
    unsettled: false,
  };
  for (const note of plan.notes) ctx.log.info(note);
  const labels = new Set(ctx.issue.labels.map((l) => l.toLowerCase()));
  const created = new Set<number>();
  // The thread as re-read in this run, and whether this run posted a comment since (races to settle).
  const reread: Reread = {
    thread: null,
    comments: ctx.comments ? [...ctx.comments] : null,
    postedSince: ctx.unsettled === true,
  };
  // Writes that happen outside GitHub's issue thread and whose outcome is recorded on a claim comment:
  // only after this run's comments are posted and races settled, and only by the claim's holder.
  const claimed = plan.writes.filter((w): w is ClaimedWrite => w.kind === 'notify' || w.kind === 'advisory');
  // Whether the summary edit this run planned was not made: the facts it records are not recorded, so
  // their comments stay pending, and their 👍 would confirm what is not done.
  let summaryUndone = false;
  for (const write of plan.writes) {
    if (write.kind === 'notify' || write.kind === 'advisory') continue;
    // The summary cannot name a postmortem pull request this run just wrote: the second decision, which
    // announces it, writes the summary once (and the 👍 of the facts it records) instead of twice.
    if (write.kind === 'summary' && result.postmortemWritten) {
      ctx.log.info(`${write.describe}: left to the decision that announces the postmortem`);
      summaryUndone = true;
      continue;
    }
    if (write.kind === 'react' && write.confirms && summaryUndone) {
      ctx.log.left(write.describe);
      result.left += 1;
      continue;
    }
    if (isAlreadyDone(write, ctx, labels)) {
      ctx.log.skipped(write.describe);
      continue;
    }
    if (write.kind === 'ensureLabels' && (await missingLabels(write.labels, ctx, labels)).length === 0) continue;
    if (ctx.dryRun) {
      ctx.log.info(`dry run, would: ${write.describe}`);
      continue;
    }
    if (!ctx.budget.take()) {
      ctx.log.left(write.describe);
      result.left += 1;
      if (write.kind === 'summary') summaryUndone = true;
      continue;
    }
    try {
      if (write.kind === 'postmortem') {
        ctx.log.info(`postmortem: ${await ctx.postmortem(write.pull)}`);
        result.postmortemWritten = true;
        result.written += 1;
        ctx.log.done(write.describe);
        continue;
      }
      const posted = await apply(write, ctx, labels, reread, result.issue);
      if (posted !== null) {
        result.postedComments += 1;
        created.add(posted.id);
        reread.postedSince = true;
        reread.comments?.push(posted);
      }
      result.written += 1;
      ctx.log.done(write.describe);
    } catch (error) {
      result.failed += 1;
      if (write.kind === 'summary') summaryUndone = true;
      ctx.log.failed(write.describe, error instanceof Error ? error.message : String(error));
      // A transient failure leaves the rest for the next run, which re-derives it; anything else
      // (permissions, validation) would fail again, so carry on with the independent writes.
      // The reply that records an evidence entry must never be posted without the committed entry.
      if ((error instanceof GitHubError && error.transient) || write.kind === 'evidence') {
        result.left += plan.writes.length - plan.writes.indexOf(write) - 1;
        break;
      }
    }
  }
  if (ctx.dryRun) {
    for (const n of claimed) ctx.log.info(`dry run, would: ${n.describe}`);
    return result;
  }
  // A second decision follows to announce the postmortem: it settles this run's races after its own
  // comments, with one read for both (claims, settled here, need the read before they act).
  if (result.postmortemWritten && claimed.length === 0 && reread.postedSince && reread.comments) {
    ctx.log.info('races of the comments posted are settled after the postmortem is announced');
    result.unsettled = true;
  } else if (reread.postedSince || (claimed.length > 0 && !reread.thread)) await settleRaces(ctx, reread);
  if (claimed.length > 0 && reread.thread) {
    await runClaimedWrites(claimed, reread.thread, created, ctx, result);
    // They edit comments after the last read: a second decision reads them again.
    reread.comments = null;
  }
  result.comments = reread.comments;
  return result;
}

interface Reread {
  thread: Thread | null;
  /** The comments as GitHub holds them after this run's writes (its last read, and its writes since). */
  comments: Comment[] | null;
  postedSince: boolean;
}

/**
 * The summary body to write over the one on GitHub: the planned body, with every fact the summary on
 * GitHub records and the plan does not (another run answered a fact-only command after this run read
 * the thread) added to its record, so an edit never drops one. Re-reads the thread (settling races, as
 * after posting a comment); the visible text catches up in the next run, which folds those facts.
 */
async function summaryWithFacts(body: string, ctx: ExecutionContext, reread: Reread): Promise<string> {
  const thread = await settleRaces(ctx, reread);
  const onGitHub = thread.summary;
  const planned = decodeRecords(body)[0];
  if (!onGitHub || onGitHub.comment.id !== ctx.summaryCommentId || !planned) return body;
  const kept = recordedFacts(planned);
  const inPlan = new Set(kept.map((f) => f.replyTo));
  // A fact this run already knew (its keys were in the thread it read) was left out on purpose: another
  // comment holds a copy. Only facts it could not know are added.
  const missing = recordedFacts(onGitHub.record).filter(
    (f) => !inPlan.has(f.replyTo) && !f.events.some((e) => e.key !== undefined && ctx.keys.has(e.key)),
  );
  if (missing.length === 0) return body;
  ctx.log.info(`keeping ${missing.length} fact(s) another run recorded in the summary meanwhile`);
  const facts = [...kept, ...missing].sort((a, b) => a.replyTo - b.replyTo);
  const { digest: _digest, ...rest } = planned;
  return replaceRecord(body, encodeRecord({ ...rest, facts }));
}

function isAlreadyDone(write: RenderedWrite, ctx: ExecutionContext, labels: Set<string>): boolean {
  switch (write.kind) {
    case 'comment':
      return ctx.keys.has(`comment:${write.key}`);
    case 'labels':
      return (
        write.add.every((l) => labels.has(l.toLowerCase())) && write.remove.every((l) => !labels.has(l.toLowerCase()))
      );
    case 'assign':
      return (
        write.add.every((a) => ctx.issue.assignees.includes(a)) &&
        write.remove.every((a) => !ctx.issue.assignees.includes(a))
      );
    case 'issueState':
      return ctx.issue.state === write.state;
    default:
      return false;
  }
}

async function apply(
  write: RenderedWrite,
  ctx: ExecutionContext,
  labels: Set<string>,
  reread: Reread,
  after: Issue,
): Promise<Comment | null> {
  const { gateway, issue } = ctx;
  switch (write.kind) {
    case 'comment': {
      // The run's stamp makes the record a little longer: keep the body within GitHub's limit.
      const comment = await gateway.createComment(
        issue.number,
        fitComment(stampRun(write.body, ctx.runToken), COMMENT_LIMIT),
      );
      ctx.keys.add(`comment:${write.key}`);
      return comment;
    }
    case 'summary': {
      if (ctx.summaryCommentId !== null) {
        const edited = await gateway.updateComment(
          ctx.summaryCommentId,
          await summaryWithFacts(write.body, ctx, reread),
        );
        if (reread.comments) reread.comments = reread.comments.map((c) => (c.id === edited.id ? edited : c));
        return null;
      }
      // Not stamped: the summary holds no claim, and it is compared with its next rendering.
      const posted = await gateway.createComment(issue.number, write.body);
      ctx.summaryCommentId = posted.id;
      return posted;
    }
    case 'ensureLabels':
      await ensureLabels(write.labels, ctx, labels);
      return null;
    case 'labels': {
      const add = write.add.filter((l) => !labels.has(l.toLowerCase()));
      if (add.length > 0) {
        await gateway.addLabels(issue.number, add);
        for (const l of add) labels.add(l.toLowerCase());
        after.labels.push(...add);
      }
      for (const l of write.remove.filter((r) => labels.has(r.toLowerCase()))) {
        await gateway.removeLabel(issue.number, l);
        labels.delete(l.toLowerCase());
        after.labels = after.labels.filter((name) => name.toLowerCase() !== l.toLowerCase());
      }
      return null;
    }
    case 'assign': {
      const add = write.add.filter((a) => !issue.assignees.includes(a));
      if (add.length > 0) await gateway.addAssignees(issue.number, add);
      after.assignees.push(...add.filter((a) => !after.assignees.includes(a)));
      const remove = write.remove.filter((a) => issue.assignees.includes(a));
      if (remove.length > 0) await gateway.removeAssignees(issue.number, remove);
      after.assignees = after.assignees.filter((a) => !remove.includes(a));
      return null;
    }
    case 'react':
      await gateway.addReaction(write.commentId, write.content);
      return null;
    case 'issueState':
      await gateway.updateIssue(issue.number, {
        state: write.state,
        stateReason: write.state === 'closed' ? 'completed' : 'reopened',
      });
      after.state = write.state;
      after.closedAt = write.state === 'closed' ? ctx.now.toISOString() : null;
      return null;
    case 'deleteComment':
      await gateway.deleteComment(write.commentId);
      if (reread.comments) reread.comments = reread.comments.filter((c) => c.id !== write.commentId);
      return null;
    case 'dispatch':
      await gateway.dispatchWorkflow(write.workflow, write.ref, write.inputs);
      return null;
    case 'editIssue':
      await gateway.updateIssue(issue.number, {
        ...(write.title !== undefined ? { title: write.title } : {}),
        ...(write.body !== undefined ? { body: write.body } : {}),
      });
      if (write.title !== undefined) after.title = write.title;
      if (write.body !== undefined) after.body = write.body;
      return null;
    case 'privateIncident':
      ctx.log.info(`restricted copy: ${await ctx.privateIncident(write.repository, write.title, write.body)}`);
      return null;
    case 'evidence':
      await ctx.commitEvidence(write);
      return null;
    case 'statusPage':
      ctx.log.info(`status page: ${await ctx.statusPage(write)}`);
      return null;
    case 'notify':
    case 'advisory':
    case 'postmortem':
      return null;
  }
}

/** Labels the repository lacks. A label on the issue exists: only the others cost a read of the list. */
async function missingLabels(specs: LabelSpec[], ctx: ExecutionContext, onIssue: Set<string>): Promise<LabelSpec[]> {
  const missing: LabelSpec[] = [];
  for (const spec of specs) {
    if (onIssue.has(spec.name.toLowerCase())) continue;
    if (!(await ctx.labelCache.has(ctx.gateway, spec.name))) missing.push(spec);
  }
  return missing;
}

async function ensureLabels(specs: LabelSpec[], ctx: ExecutionContext, onIssue: Set<string>): Promise<void> {
  for (const spec of await missingLabels(specs, ctx, onIssue)) {
    await ctx.gateway.createLabel({ name: spec.name, color: spec.color, description: spec.description });
    ctx.labelCache.add(spec.name);
  }
}

/** Two runs may post the same keyed comment at once. Re-read and delete every copy but the earliest. */
async function settleRaces(ctx: ExecutionContext, reread: Reread): Promise<Thread> {
  const comments = await ctx.gateway.listComments(ctx.issue.number);
  const thread = readThread(comments, ctx.botLogin);
  for (const dup of thread.duplicates) {
    ctx.log.info(`removing duplicate comment ${dup.comment.id} (${dup.record.key}) left by a concurrent run`);
    await ctx.gateway.deleteComment(dup.comment.id);
  }
  const deleted = new Set(thread.duplicates.map((d) => d.comment.id));
  reread.thread = thread;
  reread.comments = comments.filter((c) => !deleted.has(c.id));
  reread.postedSince = false;
  return thread;
}

type ClaimedWrite = Extract<RenderedWrite, { kind: 'notify' | 'advisory' }>;

/**
 * Notifications and advisories, done only by the run that holds their claim: the surviving comment with
 * the claim key is one this run created or carries this run's token (for a retried delivery, any
 * surviving one). A racing run whose copy was deleted does nothing. Each outcome is recorded as an
 * event on the claim comment, with a visible line.
 */
async function runClaimedWrites(
  writes: ClaimedWrite[],
  thread: Thread,
  created: Set<number>,
  ctx: ExecutionContext,
  result: ExecutionResult,
): Promise<void> {
  const outcomes = new Map<number, { comment: Thread['trusted'][number]; events: IncidentEvent[] }>();
  for (const write of writes) {
    const claim = thread.trusted.find((t) => t.record.key === write.claimKey);
    const retry = write.kind === 'notify' && write.retry;
    // The surviving copy is this run's when this run created it, or when its record carries this run's
    // token (the create was retried after a lost response, and the first copy won).
    const ours = claim !== undefined && (created.has(claim.comment.id) || claim.record.run === ctx.runToken);
    if (!claim || (!retry && !ours)) {
      ctx.log.info(`not doing ${write.describe}: another run holds its claim`);
      continue;
    }
    const entry = outcomes.get(claim.comment.id) ?? { comment: claim, events: [] };
    outcomes.set(claim.comment.id, entry);
    if (write.kind === 'advisory') {
      entry.events.push(await openAdvisory(write, ctx));
      continue;
    }
    const delivery = await ctx.notifier(write.channel, write.notification);
    if (delivery.ok) {
      result.delivered += 1;
      ctx.log.done(write.describe);
    } else {
      result.undelivered += 1;
      ctx.log.undelivered(
        write.describe,
        `after ${delivery.attempts} attempt(s): ${delivery.error ?? `status ${delivery.status}`}`,
      );
    }
    entry.events.push({
      type: 'delivery',
      channel: write.channel,
      ref: write.notification.key,
      ok: delivery.ok,
      ...(delivery.error ? { error: delivery.error } : {}),
      at: ctx.now.toISOString(),
      by: 'firebreak',
    });
  }
  for (const [id, { comment, events }] of outcomes) {
    if (events.length === 0) continue;
    const record = decodeRecords(comment.comment.body)[0];
    if (!record) continue;
    const all = withDeliveries(record.events, events);
    const marker = encodeRecord({ ...record, events: all });
    const lines = deliveryLines(all);
    const advisory = all.find((e) => e.type === 'note' && e.key === 'advisory');
    const footer = [
      ...(lines.length > 0 ? [`<sub>Notifications: ${lines.join(' · ')}</sub>`] : []),
      ...(advisory?.type === 'note' ? [`<sub>Security advisory: ${advisory.text}</sub>`] : []),
    ];
    const body = replaceRecord(comment.comment.body, marker).replace(
      /(\n\n?<sub>(Notifications|Security advisory): [^\n]*<\/sub>)+\n?$/,
      '',
    );
    if (!ctx.budget.take()) {
      ctx.log.left(`record deliveries on comment ${id}`);
      result.left += 1;
      continue;
    }
    await ctx.gateway.updateComment(id, `${body.trimEnd()}\n\n${footer.join('\n\n')}\n`);
  }
}

/**
 * The record's events with new delivery outcomes: only the latest per notification and channel is kept,
 * counting the attempts, so a channel that stays down for days does not grow the record.
 */
export function withDeliveries(events: readonly IncidentEvent[], outcomes: readonly IncidentEvent[]): IncidentEvent[] {
  const id = (e: Extract<IncidentEvent, { type: 'delivery' }>) => `${e.ref}|${e.channel}`;
  let kept = [...events];
  for (const outcome of outcomes) {
    if (outcome.type !== 'delivery') {
      kept.push(outcome);
      continue;
    }
    const same = (e: IncidentEvent) => e.type === 'delivery' && id(e) === id(outcome);
    const attempts = kept
      .filter(same)
      .reduce((n, e) => n + ((e as Extract<IncidentEvent, { type: 'delivery' }>).attempt ?? 1), 0);
    const at = kept.findIndex(same);
    const latest: IncidentEvent = { ...outcome, attempt: attempts + 1 };
    // The latest outcome takes the place of the first one, so the visible line keeps its order.
    kept = at < 0 ? [...kept, latest] : kept.flatMap((e, i) => (i === at ? [latest] : same(e) ? [] : [e]));
  }
  return kept;
}

/** The latest outcome per channel and notification, for the visible line under the claim comment. */
function deliveryLines(events: readonly IncidentEvent[]): string[] {
  const latest = new Map<string, Extract<IncidentEvent, { type: 'delivery' }>>();
  for (const e of events) if (e.type === 'delivery') latest.set(`${e.ref}|${e.channel}`, e);
  return [...latest.values()].map((d) =>
    d.ok ? `${d.channel} ✓` : `${d.channel} ✗ (${d.error ?? 'failed'}; the next run retries)`,
  );
}

/** Opens the draft advisory; either way the outcome is a keyed note, so it is tried once per incident. */
async function openAdvisory(
  write: Extract<RenderedWrite, { kind: 'advisory' }>,
  ctx: ExecutionContext,
): Promise<IncidentEvent> {
  const at = ctx.now.toISOString();
  try {
    const advisory = await ctx.gateway.createDraftAdvisory({
      summary: write.summary,
      description: write.description,
      severity: write.severity,
    });
    ctx.log.done(`${write.describe}: ${advisory.ghsaId}`);
    return {
      type: 'note',
      text: `draft security advisory ${advisory.ghsaId} opened (maintainers only): ${advisory.htmlUrl}`,
      at,
      by: 'firebreak',
      key: write.key,
    };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    ctx.log.warning(`${write.describe} failed: ${why}`);
    return {
      type: 'note',
      text: `no draft security advisory: ${why} (opening one needs a token with repository advisories write, e.g. a GitHub App's, as repo-token)`,
      at,
      by: 'firebreak',
      key: write.key,
    };
  }
}

/** Writes the run's token into the comment's record, so the run can recognise the comment as its own. */
function stampRun(body: string, token: string): string {
  const record = decodeRecords(body)[0];
  if (!record) return body;
  return replaceRecord(body, encodeRecord({ ...record, run: token }));
}
