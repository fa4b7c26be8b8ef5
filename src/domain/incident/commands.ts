// Slash commands in the incident's comments, executed once each: a comment is pending until a trusted
// reply names it or the live summary's record keeps a fact for it, so a redelivered or edited comment
// never runs twice. A comment whose commands only record facts (FACT_ONLY) gets a 👍 and a line in the
// summary's timeline, its events kept in the summary's record; every other pending comment gets one
// reply (what was done, refused or not understood, and what people read) carrying the events it caused.
import { defaultBranchRefusal } from '../../config/status-page-checks.js';
import { COMMANDS, type CommandName, type Permission } from '../../config/types.js';
import { formatDuration } from '../../config/duration.js';
import {
  authorize,
  isBotAuthor,
  parseCommands,
  requiredPermission,
  resolveEta,
  USAGE,
  type Command,
  type CommandEntry,
} from '../../commands/index.js';
import type { Comment } from '../github-objects.js';
import { formatCount } from '../../text/fit.js';
import { sha256Hex } from '../security/digest.js';
import type { CommandHelpView, CommandResultView } from '../views.js';
import { severityRank } from '../classification/index.js';
import { nextByHand, resolveTargets, responseDue } from '../escalation/index.js';
import { message, type Message } from '../message.js';
import type { PlannedWrite } from '../plan.js';
import { appendEntry, ledgerBranch, ledgerPath, serializeLedger, type EvidenceEntry } from '../security/index.js';
import { applyAll, commentWrite, presentContext, record, type Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { commanderWrites } from './labels.js';
import { headlineOf, notificationFor, notify } from './notifications.js';
import { escalationStanding } from './due-writes.js';
import { canTransition } from './lifecycle.js';
import { incidentRef, resolutionView, runbookView, utc } from './present.js';
import { commanderPermission, loginProblem, teamProblem } from './people.js';
import type { IncidentState } from './state.js';
import { statusPageUrl } from '../status/publish.js';

/** Commands in comments written this long before the incident was opened predate it and are not run. */
const PREDATES_MS = 10 * 60_000;

export interface CommandFacts {
  comments: readonly Comment[];
  answered: ReadonlySet<number>;
  /** What each answered comment's reply ran (thread.ts). */
  ran: ReadonlyMap<number, string>;
  /** How many fact-only comments the live summary's record already keeps (see MAX_FACTS). */
  factsKept: number;
  /** Repository permission by lower-cased login; null = not a collaborator. */
  permissions: ReadonlyMap<string, Permission | null>;
  botLogin: string;
  defaultBranch: string;
  /** The committed evidence ledger (security incidents with pending /evidence); entries appended here. */
  ledger: Ledger | null;
  /** Logins the incident knows, for "did you mean" when a command names someone who is not a collaborator. */
  known: readonly string[];
  /** "owner/name", for messages. */
  repository: string;
}

/**
 * Commands that only record a fact about the incident (who acknowledged, who holds a role, the ETA, the
 * impact, a timeline note, a breach notification): answered with a reaction and shown in the summary.
 * Everything else replies: its output is read (status updates, drafts, help, runbooks, escalations,
 * pages), it changes the incident's course (severity, resolve, reopen), or it must be seen as a comment.
 */
export const FACT_ONLY: ReadonlySet<CommandName> = new Set([
  'ack',
  'ic',
  'role',
  'eta',
  'impact',
  'timeline',
  'notified',
]);

/**
 * Fact-only comments the summary's record keeps at most: past that, they are answered by replies as
 * before, so the record stays within its budget and no fact is ever dropped from it.
 */
export const MAX_FACTS = 20;

/** What still works on a resolved incident: reopening it, and recording what happened afterwards. */
const AFTER_RESOLUTION: ReadonlySet<CommandName> = new Set(['reopen', 'timeline', 'evidence', 'notified', 'help']);

export interface Ledger {
  entries: EvidenceEntry[];
  /** Entries were appended in this run and must be committed before the reply that records them. */
  dirty: boolean;
  number: number;
}

/** Human comments with commands that no trusted reply answers yet, oldest first. */
export function pendingCommandComments(
  comments: readonly Comment[],
  answered: ReadonlySet<number>,
  state: IncidentState | null,
  botLogin: string,
): Comment[] {
  const opened = state ? Date.parse(state.openedAt) - PREDATES_MS : 0;
  return [...comments]
    .sort((a, b) => a.id - b.id)
    .filter((c) => !answered.has(c.id))
    .filter((c) => c.author !== botLogin && !isBotAuthor(c.author, c.authorType))
    .filter((c) => Date.parse(c.createdAt) >= opened)
    .filter((c) => {
      const parsed = parseCommands(c.body);
      return parsed.entries.length > 0 || parsed.skipped.length > 0;
    });
}

interface Executed {
  result: CommandResultView;
  events: IncidentEvent[];
  /** Messages that go above the reply, each set off by a rule (a status update, a runbook, …). */
  sections: Message[];
  writes: PlannedWrite[];
  mentions: string[];
}

export function runPendingCommands(draft: Draft, facts: CommandFacts): void {
  for (const comment of pendingCommandComments(facts.comments, facts.answered, draft.state, facts.botLogin)) {
    runComment(draft, facts, comment);
  }
  for (const comment of editedAfterRunning(facts)) noticeEdit(draft, comment);
}

/** A digest of a comment's command lines: what its reply ran. */
export function commandsDigest(body: string): string {
  return sha256Hex(
    parseCommands(body)
      .entries.map((e) => e.text)
      .join('\n'),
  );
}

/** Answered comments whose commands someone changed since: an edit never runs a command again. */
function editedAfterRunning(facts: CommandFacts): Comment[] {
  return facts.comments.filter((c) => {
    const ran = facts.ran.get(c.id);
    return ran !== undefined && c.updatedAt !== c.createdAt && commandsDigest(c.body) !== ran;
  });
}

/** Once per version of an edited comment: its changed commands were not run, and how to run them. */
function noticeEdit(draft: Draft, comment: Comment): void {
  const key = `edited:${comment.id}:${commandsDigest(comment.body).slice(0, 16)}`;
  const said = message(
    'notice',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      title: 'Edited commands are not run',
      lines: [
        `@${comment.author} edited [a comment](${comment.htmlUrl}) whose commands had already run. Firebreak runs each comment's commands once, so the edit changed nothing.`,
      ],
      advice: 'To run a command, post it in a new comment.',
    },
    { record: record('notice', key, [], comment.id), allowMentions: [comment.author] },
  );
  draft.writes.push(commentWrite(key, `notice: comment ${comment.id} was edited after its commands ran`, said));
}

function runComment(draft: Draft, facts: CommandFacts, comment: Comment): void {
  const parsed = parseCommands(comment.body);
  const permission = facts.permissions.get(comment.author.toLowerCase()) ?? null;
  const results: CommandResultView[] = [];
  const sections: Message[] = [];
  const events: IncidentEvent[] = [];
  const mentions: string[] = [];
  const effects: PlannedWrite[] = [];
  let help: CommandHelpView[] = [];
  /** Every command ran, only records facts, and recorded something (a no-op "already …" is said in a reply). */
  let factOnly = parsed.entries.length > 0 && parsed.skipped.length === 0;
  for (const entry of parsed.entries) {
    const outcome = entry.outcome;
    if (outcome.kind === 'unknown' || outcome.kind === 'invalid' || !FACT_ONLY.has(outcome.kind)) factOnly = false;
    if (outcome.kind === 'unknown') {
      results.push(
        result(entry, 'invalid', `\`/${outcome.name}\` is not a Firebreak command.`, {
          usage: '/help',
          ...(outcome.suggestion ? { suggestion: `/${outcome.suggestion}` } : {}),
        }),
      );
      continue;
    }
    if (outcome.kind === 'invalid') {
      results.push(result(entry, 'invalid', outcome.problem, { usage: outcome.usage }));
      continue;
    }
    const auth = authorize(outcome, permission, draft.config.commands);
    if (!auth.allowed) {
      const have = permission ? `you have ${permission}` : 'you are not a collaborator';
      results.push(
        result(
          entry,
          'refused',
          `needs **${auth.needed}** permission on this repository (${have}); nothing was changed.`,
        ),
      );
      continue;
    }
    if (draft.state.status === 'resolved' && !AFTER_RESOLUTION.has(outcome.kind)) {
      results.push(
        result(
          entry,
          'refused',
          `the incident was resolved at ${utc(draft.state.resolvedAt)}: only \`/reopen\`, \`/timeline\`, \`/evidence\`, \`/notified\` and \`/help\` work now. \`/reopen\` it first.`,
        ),
      );
      continue;
    }
    const named = namedProblem(draft, facts, outcome);
    if (named) {
      results.push(result(entry, 'refused', named));
      continue;
    }
    if (outcome.kind === 'help') help = helpViews(draft, outcome.topic);
    const done = execute(draft, facts, comment, entry, outcome);
    events.push(...applyAll(draft, done.events));
    results.push(done.result);
    sections.push(...done.sections);
    effects.push(...done.writes);
    mentions.push(...done.mentions);
  }
  for (const skipped of parsed.skipped) {
    results.push({
      command: `/${skipped.name}`,
      done: false,
      refused: false,
      invalid: true,
      failed: false,
      message: 'skipped: a comment runs at most 20 commands.',
      usage: '',
      suggestion: '',
    });
  }
  if (facts.ledger?.dirty) {
    const { ledger } = facts;
    draft.writes.push({
      kind: 'evidence',
      branch: ledgerBranch(ledger.number),
      path: ledgerPath(ledger.number),
      content: serializeLedger(ledger.entries),
      sha: null,
      message: `firebreak: evidence entry ${ledger.entries.length} for incident #${ledger.number}`,
      describe: `commit evidence ledger (${ledger.entries.length} entries)`,
    });
    ledger.dirty = false;
  }
  const ran = commandsDigest(comment.body);
  const quiet =
    factOnly &&
    results.every((r) => r.done) &&
    sections.length === 0 &&
    events.length === parsed.entries.length &&
    mentions.every((login) => mentionedIn(comment.body, login)) &&
    facts.factsKept + draft.facts.length < MAX_FACTS;
  if (quiet) {
    // Recorded in the live summary's record (decide.ts writes it), confirmed once that edit is made.
    draft.facts.push({ replyTo: comment.id, ran, events });
    draft.confirmations.push({
      kind: 'react',
      commentId: comment.id,
      content: '+1',
      confirms: true,
      describe: `react +1 on comment ${comment.id}`,
    });
    draft.notes.push(
      `comment ${comment.id}: ${results.map((r) => r.command.split(' ')[0]).join(', ')} recorded in the summary`,
    );
    draft.writes.push(...effects);
    return;
  }
  const reply = message(
    'command-reply',
    { incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl), author: comment.author, results, help },
    {
      record: record('reply', `reply:${comment.id}`, events, comment.id, undefined, ran),
      allowMentions: mentions,
    },
  );
  draft.writes.push(
    commentWrite(
      `reply:${comment.id}`,
      `reply to comment ${comment.id} (${results.map((r) => r.command.split(' ')[0]).join(', ')})`,
      // Cut to fit GitHub's limit, never refused: the person's own comment keeps the whole text.
      { messages: [...sections, reply], cutPointingTo: `[the comment](${comment.htmlUrl})` },
    ),
  );
  // The reply right under it says what was done; 😕 marks a comment with something not done, so a
  // glance at the thread finds refusals and typos (👍 alone means recorded quietly, in the summary).
  if (!results.every((r) => r.done))
    draft.writes.push({
      kind: 'react',
      commentId: comment.id,
      content: 'confused',
      describe: `react confused on comment ${comment.id}`,
    });
  draft.writes.push(...effects);
  for (const event of events) {
    if (event.type === 'resolved' && event.key)
      notify(
        draft,
        `reply:${comment.id}`,
        notificationFor(
          draft,
          'resolved',
          event.key,
          headlineOf(draft.state, event),
          `Resolved by ${event.by}${event.summary ? `: ${event.summary}` : ''}.`,
        ),
      );
  }
}

/** Whether the comment itself @-mentions the login (so GitHub notifies them without a reply). */
function mentionedIn(body: string, login: string): boolean {
  const escaped = login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w@/])@${escaped}(?![\\w-])`, 'i').test(body);
}

/** Why the person or team a command names cannot be named (not a collaborator, a typo, a broadcast word). */
function namedProblem(draft: Draft, facts: CommandFacts, command: Command): string | null {
  const people = { permissions: facts.permissions, known: facts.known };
  switch (command.kind) {
    case 'ic':
      return loginProblem(command.login, commanderPermission(draft.config), people, facts.repository);
    case 'role':
      return loginProblem(command.login, 'read', people, facts.repository);
    case 'page':
      return command.target.kind === 'user'
        ? loginProblem(command.target.login, 'read', people, facts.repository)
        : teamProblem(command.target.org, command.target.team, draft.config);
    default:
      return null;
  }
}

function result(
  entry: CommandEntry,
  outcome: 'done' | 'refused' | 'invalid' | 'failed',
  message: string,
  extra: { usage?: string; suggestion?: string } = {},
): CommandResultView {
  return {
    command: entry.text,
    done: outcome === 'done',
    refused: outcome === 'refused',
    invalid: outcome === 'invalid',
    failed: outcome === 'failed',
    message,
    usage: extra.usage ?? '',
    suggestion: extra.suggestion ?? '',
  };
}

function helpViews(draft: Draft, topic: CommandName | undefined): CommandHelpView[] {
  const names = topic ? [topic] : COMMANDS.filter((c) => c !== 'evidence' || draft.state.security);
  return names.map((name) => ({
    usage: USAGE[name].usage,
    description: USAGE[name].description,
    permission: requiredPermission(name, draft.config.commands),
  }));
}

function execute(draft: Draft, facts: CommandFacts, comment: Comment, entry: CommandEntry, command: Command): Executed {
  const state = draft.state;
  const at = comment.createdAt;
  const by = comment.author;
  const key = `cmd:${comment.id}:${entry.line}`;
  const ref = () => incidentRef(draft.state, draft.config, draft.issue.htmlUrl);
  const ok = (message: string, events: IncidentEvent[] = [], more: Partial<Executed> = {}): Executed => ({
    result: result(entry, 'done', message),
    events,
    sections: more.sections ?? [],
    writes: more.writes ?? [],
    mentions: more.mentions ?? [],
  });
  const fail = (message: string): Executed => ({
    result: result(entry, 'failed', message),
    events: [],
    sections: [],
    writes: [],
    mentions: [],
  });
  const statusSection = (after: IncidentState, previous: IncidentState, note: string) =>
    message('status-update', {
      incident: incidentRef(after, draft.config, draft.issue.htmlUrl),
      author: by,
      at: utc(at),
      statusChanged: after.status !== previous.status,
      previousStatusLabel: labelOf(previous.status),
      note,
      impact: after.impact ?? '',
      eta: after.eta ? utc(after.eta) : '',
      nextUpdateDue: nextUpdate(after, draft),
    });

  switch (command.kind) {
    case 'ack': {
      // Only a lost record leaves an /ack older than a reopen pending: it acknowledged the earlier cycle.
      if (state.reopenedAt && Date.parse(at) < Date.parse(state.cycleStart))
        return ok(
          `written before the incident was reopened at ${utc(state.cycleStart)}: it acknowledged the earlier response, not this one.`,
        );
      if (state.acknowledgedAt)
        return ok(`already acknowledged by ${state.acknowledgedBy ?? 'someone'} at ${utc(state.acknowledgedAt)}.`);
      const stop = draft.route.policy.stopOn[state.severity];
      const tail =
        stop === 'acknowledged'
          ? 'escalation stops.'
          : `escalation continues until the incident is ${stop}, as the ${state.severity} policy says.`;
      return ok(`acknowledged at ${utc(at)}; ${tail}`, [{ type: 'acknowledged', at, by, key }]);
    }
    case 'status': {
      if (command.status === 'resolved') return resolve(command.note);
      const check = canTransition(state.status, command.status);
      if (!check.ok) return fail(`${check.reason}.`);
      const event: IncidentEvent = {
        type: 'status',
        from: state.status,
        to: command.status,
        note: command.note ?? null,
        at,
        by,
        key,
      };
      const after = preview(draft, event);
      return ok(`status ${labelOf(state.status)} → ${labelOf(command.status)}.`, [event], {
        sections: [statusSection(after, state, command.note ?? '')],
      });
    }
    case 'update': {
      // A one-line update past MAX_ARGUMENT_LENGTH is kept to its beginning; the reader is told where the rest is.
      const text = entry.truncated
        ? `${command.text} … (cut to ${formatCount(command.text.length)} characters; the whole update is in [the comment](${comment.htmlUrl}))`
        : command.text;
      const event: IncidentEvent = { type: 'update', text, at, by, key };
      return ok('status update posted; the update clock restarts.', [event], {
        sections: [statusSection(preview(draft, event), state, text)],
      });
    }
    case 'severity': {
      if (command.severity === state.severity) return ok(`the incident is already ${state.severity}.`);
      const event: IncidentEvent = {
        type: 'severity',
        from: state.severity,
        to: command.severity,
        reason: command.reason ?? `set with /severity by ${by}`,
        source: 'command',
        at,
        by,
        key,
      };
      const after = preview(draft, event);
      const target = draft.config.severities[command.severity].responseTarget;
      const section = message('severity-change', {
        incident: incidentRef(after, draft.config, draft.issue.htmlUrl),
        from: state.severity,
        fromName: draft.config.severities[state.severity].name,
        to: command.severity,
        toName: draft.config.severities[command.severity].name,
        upgrade: severityRank(command.severity) < severityRank(state.severity),
        by,
        via: '`/severity`',
        reason: command.reason ?? '',
        at: utc(at),
        restored: false,
        responseTarget: target === null ? 'none' : formatDuration(target),
        acknowledgeBy:
          target === null || state.acknowledgedAt
            ? ''
            : utc(new Date(responseDue(after, draft.config) ?? Date.parse(state.cycleStart))),
        escalation: draft.route.policy.steps
          .filter((s) => s.severities.includes(state.severity) && !s.severities.includes(command.severity))
          .map((s) => `${s.name} no longer applies to ${command.severity}`),
      });
      return ok(`severity ${state.severity} → ${command.severity}.`, [event], { sections: [section] });
    }
    case 'ic': {
      if (state.commander?.toLowerCase() === command.login.toLowerCase())
        return ok(`${command.login} is already the incident commander.`);
      return ok(
        `${command.login} is now the incident commander.`,
        [{ type: 'commander', login: command.login, at, by, key }],
        {
          writes: commanderWrites(state.commander, command.login, draft.issue),
          mentions: [command.login],
        },
      );
    }
    case 'role':
      return ok(
        `${command.login} is now ${command.role}.`,
        [{ type: 'role', role: command.role, login: command.login, at, by, key }],
        { mentions: [command.login] },
      );
    case 'eta': {
      const eta = resolveEta(command.eta, new Date(at));
      return ok(eta ? `ETA set to ${utc(eta)}.` : 'ETA cleared.', [{ type: 'eta', eta: eta ?? '', at, by, key }]);
    }
    case 'impact':
      return ok('impact recorded.', [{ type: 'impact', text: command.text, at, by, key }]);
    case 'customer': {
      const section = message('customer-communication', {
        incident: ref(),
        description: command.text,
        impact: state.impact ?? 'being assessed',
        status: `${labelOf(state.status)}${state.eta ? `; we expect to resolve it by ${utc(state.eta)}` : ''}`,
        updates: `on our status page, ${statusPageUrl(draft.issue.htmlUrl, draft.config.statusPage.url)}, at least every ${cadence(draft)}`,
        requestedBy: by,
      });
      return ok(
        'customer communication drafted below for review (not sent).',
        [
          { type: 'note', text: 'Customer communication drafted', at, by, key },
          {
            type: 'customer-draft',
            text: `We are currently experiencing ${command.text}.`,
            at,
            by,
            key: `${key}:draft`,
          },
        ],
        { sections: [section] },
      );
    }
    case 'publish': {
      const text = command.draft
        ? [...state.events].reverse().find((e) => e.type === 'customer-draft')?.text
        : command.text;
      if (text === undefined) return fail('there is no customer draft to publish yet: write `/customer <text>` first.');
      // Said here, before anything is written: the status write would refuse it, and the reply must not
      // say "published" for a page that was never written.
      if (draft.config.statusPage.branch === facts.defaultBranch)
        return fail(`not published: ${defaultBranchRefusal(facts.defaultBranch)}.`);
      return ok(
        `published on the status page, ${statusPageUrl(draft.issue.htmlUrl, draft.config.statusPage.url)}${state.security ? ' (a security incident: the page shows a fixed text, no details)' : ''}.`,
        [{ type: 'published', text, status: state.status, at, by, key }],
      );
    }
    case 'timeline':
      return ok('added to the timeline.', [{ type: 'note', text: command.note, at, by, key }]);
    case 'runbook':
    case 'runbook-run': {
      const runbook = findRunbook(draft, command.name);
      if (!runbook)
        return fail(
          `no runbook is named \`${safeName(command.name)}\`. Known: ${
            Object.keys(draft.config.runbooks)
              .map((r) => `\`${r}\``)
              .join(', ') || 'none'
          }.`,
        );
      if (command.kind === 'runbook') {
        const section = message(
          'runbook',
          runbookView(state, presentContext(draft), { runbook, why: `requested by ${by}` }),
        );
        return ok(`runbook ${runbook.id} posted below.`, [], { sections: [section] });
      }
      if (!runbook.workflow)
        return fail(`runbook \`${runbook.id}\` names no workflow to run (set \`workflow:\` in its configuration).`);
      return ok(
        `dispatched workflow \`${runbook.workflow}\` with input incident=${state.number}.`,
        [{ type: 'note', text: `Runbook ${runbook.id}: workflow ${runbook.workflow} dispatched`, at, by, key }],
        {
          writes: [
            {
              kind: 'dispatch',
              workflow: runbook.workflow,
              ref: facts.defaultBranch,
              inputs: { incident: String(state.number) },
              describe: `dispatch ${runbook.workflow}`,
            },
          ],
        },
      );
    }
    case 'escalate': {
      if (state.status === 'resolved') return fail('the incident is resolved.');
      const next = nextByHand(state, draft.route);
      if (!next) return ok(`every escalation step for ${state.severity} has been paged already.`);
      const ctx = presentContext(draft);
      const targets = resolveTargets(next.step.targets, {
        config: draft.config,
        route: draft.route,
        at: new Date(at),
        onCall: draft.onCall,
      });
      const event: IncidentEvent = {
        type: 'escalated',
        step: next.step.id,
        name: next.step.name,
        due: next.due.toISOString(),
        targets: [...targets.mentions, ...targets.contacts.map((c) => c.name), ...targets.channels],
        at,
        by,
        key: next.key,
      };
      const section = message('escalation', {
        incident: ref(),
        steps: [
          {
            name: next.step.name,
            mentions: targets.mentions.map((m) => m.replace(/^@/, '')),
            contacts: targets.contacts.map((c) => ({ name: c.name, phone: c.phone })),
            channels: [...targets.channels, ...targets.unresolved],
            due: utc(ctx.now),
            late: false,
            lateBy: '',
          },
        ],
        several: false,
        manual: true,
        by,
        reason: command.reason ?? '',
        ...escalationStanding(draft),
      });
      return ok(`escalated to ${next.step.name}.`, [event], {
        sections: [section],
        mentions: targets.mentions.map((m) => m.replace(/^@/, '')),
      });
    }
    case 'page': {
      const target =
        command.target.kind === 'user' ? command.target.login : `${command.target.org}/${command.target.team}`;
      return ok(`paged @${target}.`, [{ type: 'paged', target, at, by, key }], { mentions: [target] });
    }
    case 'resolve':
      return resolve(command.summary);
    case 'reopen': {
      if (state.status !== 'resolved') return ok('the incident is not resolved.');
      return ok('incident reopened; the response clock starts again.', [{ type: 'reopened', at, by, key }], {
        writes: [{ kind: 'issueState', state: 'open', describe: 'reopen the issue' }],
      });
    }
    case 'evidence': {
      if (!state.security) return fail('evidence records are kept for security incidents only (label `security`).');
      const ledger = facts.ledger;
      if (!ledger) return fail('the evidence ledger could not be read; nothing was recorded. Try again.');
      const description = command.description.trim();
      // Committed by a run that died before replying: the entry is there, record it instead of adding it again.
      let entry = ledger.entries.find(
        (e) => e.at === new Date(at).toISOString() && e.actor === by && e.description === description,
      );
      if (!entry) {
        try {
          const next = appendEntry(ledger.entries, {
            at,
            actor: by,
            description,
            ...(command.url ? { url: command.url } : {}),
            ...(command.sha256 ? { sha256: command.sha256 } : {}),
          });
          ledger.entries = next.ledger;
          ledger.dirty = true;
          entry = next.entry;
        } catch (error) {
          return fail(error instanceof Error ? error.message : String(error));
        }
      }
      return ok(
        `evidence entry ${entry.seq} recorded in \`${ledgerPath(ledger.number)}\` on branch \`${ledgerBranch(ledger.number)}\`; chain head \`${entry.hash.slice(0, 16)}…\`.`,
        [{ type: 'evidence', seq: entry.seq, head: entry.hash, at, by, key }],
      );
    }
    case 'notified':
      if (state.notifiedAt) return ok(`notification was already recorded at ${utc(state.notifiedAt)}.`);
      return ok('breach notification recorded; the notification deadline clock stops.', [
        { type: 'notified', to: command.to ?? null, at, by, key },
      ]);
    case 'help':
      return ok(command.topic ? `usage of /${command.topic} below.` : 'the commands are listed below.');
  }

  function resolve(summary: string | undefined): Executed {
    if (state.status === 'resolved') return ok(`already resolved at ${utc(state.resolvedAt)}.`);
    const event: IncidentEvent = { type: 'resolved', summary: summary ?? null, at, by, key };
    const after = preview(draft, event);
    const section = message(
      'resolution',
      resolutionView(after, draft.config, draft.issue.htmlUrl, by, at, summary ?? ''),
    );
    return ok('incident resolved; the issue is closed.', [event], {
      sections: [section],
      writes: [{ kind: 'issueState', state: 'closed', describe: 'close the issue' }],
    });
  }
}

/** The state after one more event, without committing it to the draft (for rendering the section). */
function preview(draft: Draft, event: IncidentEvent): IncidentState {
  const copy = { ...draft, state: draft.state };
  applyAll(copy, [event]);
  return copy.state;
}

function labelOf(status: string): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

function cadence(draft: Draft): string {
  const every = draft.config.severities[draft.state.severity].updateEvery;
  return every === null ? 'when something changes' : formatDuration(every);
}

function nextUpdate(state: IncidentState, draft: Draft): string {
  const every = draft.config.severities[state.severity].updateEvery;
  if (every === null || state.status === 'resolved') return '';
  return utc(new Date(Date.parse(state.lastUpdateAt) + every * 60_000));
}

function findRunbook(draft: Draft, name: string) {
  const wanted = name.trim().toLowerCase();
  return Object.values(draft.config.runbooks).find(
    (r) => r.id.toLowerCase() === wanted || r.title.toLowerCase() === wanted,
  );
}

/** Runbook names are user text: keep only a plain id-like form in our own messages. */
function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').slice(0, 40);
}
