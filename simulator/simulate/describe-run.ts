// One transcript line per run: what Firebreak did, from the emulator's state before and after the run
// (run-changes.ts), the facts its comments record (`<!-- firebreak:v1 {json} -->`: pages, acks, status
// changes, …) and the commands its replies refused — "incident.yml on issues.opened: exit 0 · commented
// internal alert, summary · labelled severity:P1 · assigned alice · paged On-call Engineer (alice)".
import type { RequestRecord, Snapshot } from '../emulator/index.js';
import { GITHUB_ACTIONS_BOT } from '../emulator/accounts.js';
import { decodeRecords, recordEvents } from '../../src/domain/incident/marker.js';
import type { IncidentEvent } from '../../src/domain/incident/events.js';
import type { ActionResult } from '../harness/run-action.js';
import { runChanges, threads, type Change } from './run-changes.js';
import type { RunRecord } from './simulate.js';

/** What the emulator looked like around a run (or around the runs a concurrent step started together). */
export interface RunEffect {
  before: Snapshot;
  after: Snapshot;
  /** The API requests made meanwhile, with any fault injected into them. */
  requests: readonly RequestRecord[];
  /** How many runs the effect is of, when a concurrent step started several at once. */
  together?: number;
}

const BOT = GITHUB_ACTIONS_BOT.login;

export function describeRun(run: RunRecord, result: ActionResult | null, effect: RunEffect | null): string {
  const head = `${run.workflow} on ${run.event}${run.action ? `.${run.action}` : ''}`;
  if (run.cancelled) return `${head}: cancelled (replaced while pending)`;
  if (run.skipped) return `${head}: skipped (the job's if: is false: no runner, nothing billed)`;
  if (!result) return `${head}: skipped (no Firebreak step's if: holds)`;
  const status = `exit ${result.exitCode}${run.concurrent ? ' (concurrent)' : ''}`;
  const parts: string[] = [];
  if (effect) {
    const done = said(effect, Number(result.outputs.incident) || null);
    const what =
      done.length > 0 ? done.join(' · ') : result.outputs.result === 'ignored' ? 'nothing to do' : 'no changes';
    parts.push(effect.together ? `${effect.together} runs together: ${what}` : what);
    const faults = effect.requests.filter((r) => r.fault).length;
    if (faults > 0) parts.push(`${faults} GitHub API fault${faults === 1 ? '' : 's'} injected`);
  }
  const left = Number(result.outputs.left ?? 0);
  if (left > 0) parts.push(`${left} write${left === 1 ? '' : 's'} left for the next run`);
  if (result.exitCode !== 0) {
    const error = `${result.stdout}\n${result.stderr}`.split('\n').find((line) => line.startsWith('::error'));
    if (error) parts.push(`error: ${clip(error.replace(/^::error[^:]*::/, ''), 120)}`);
  }
  return [`${head}: ${status}`, ...parts].join(' · ');
}

/**
 * The phrases, incident by incident. When the run touched several issues or pull requests, those about
 * any but the incident it handled (all of them, for a sweep) say which: "… on #3".
 */
function said(effect: RunEffect, incident: number | null): string[] {
  const changes: Change[] = [
    ...runChanges(effect.before, effect.after, BOT),
    ...recordedFacts(effect.before, effect.after),
    ...refusals(effect.before, effect.after),
  ];
  const order = (c: Change): number => (c.subject === null ? Infinity : c.subject);
  const sorted = changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order(a.c) - order(b.c) || a.i - b.i)
    .map(({ c }) => c);
  const subjects = new Set(sorted.map((c) => c.subject).filter((s) => s !== null));
  const named = (c: Change): boolean =>
    subjects.size > 1 && c.subject !== null && c.subject !== incident && !c.text.includes(`#${c.subject}`);
  return sorted.map((c) => (named(c) ? `${c.text} on #${c.subject}` : c.text));
}

/** Events in the action's comments that were not there before the run (keyed events count once). */
function recordedFacts(before: Snapshot, after: Snapshot): Change[] {
  const identity = (event: IncidentEvent): string => event.key ?? JSON.stringify(event);
  const eventsOf = (snapshot: Snapshot): Map<number, Map<string, IncidentEvent>> => {
    const found = new Map<number, Map<string, IncidentEvent>>();
    for (const thread of threads(snapshot).values()) {
      const events = new Map<string, IncidentEvent>();
      for (const comment of thread.comments.filter((c) => c.author === BOT))
        for (const record of decodeRecords(comment.body))
          for (const e of recordEvents(record)) events.set(identity(e), e);
      found.set(thread.number, events);
    }
    return found;
  };
  const was = eventsOf(before);
  const changes: Change[] = [];
  for (const [number, events] of eventsOf(after)) {
    for (const [id, event] of events) {
      if (was.get(number)?.has(id)) continue;
      const text = factText(event);
      if (text) changes.push({ subject: number, text });
    }
  }
  return changes;
}

const handle = (target: string): string => target.replace(/^@/, '');

/** A fact at a glance; null for those the other phrases already say (labels, the postmortem's pull request). */
export function factText(event: IncidentEvent): string | null {
  switch (event.type) {
    case 'escalated':
      return `paged ${event.name}${event.targets.length > 0 ? ` (${event.targets.map(handle).join(', ')})` : ' (nobody: no targets)'}`;
    case 'paged':
      return `paged ${handle(event.target)}`;
    case 'acknowledged':
      return `acknowledged by ${event.by}`;
    case 'severity':
      return `severity ${event.from} → ${event.to}`;
    case 'status':
      return `status ${event.from} → ${event.to}`;
    case 'commander':
      return `commander ${event.login}`;
    case 'role':
      return `${event.role} ${event.login}`;
    case 'eta':
      return `ETA ${event.eta.slice(11, 16)} UTC`;
    case 'update':
      return `status update from ${event.by}`;
    case 'published':
      return `published on the status page by ${event.by}`;
    case 'customer-draft':
      return `customer communication drafted by ${event.by}`;
    case 'breach':
      return event.target === 'response' ? 'response target breached' : 'notification deadline breached';
    case 'reminder':
      return 'reminded the commander to post an update';
    case 'resolved':
      return `resolved by ${event.by}`;
    case 'reopened':
      return `reopened by ${event.by}`;
    case 'delivery':
      return event.ok ? null : `delivery to ${event.channel} failed`;
    case 'notified':
      return `notification recorded${event.to ? ` (${event.to})` : ''}`;
    case 'evidence':
      return `evidence entry ${event.seq}`;
    case 'restricted':
      return `hid the report (${event.channel})`;
    case 'changes':
      if (event.error) return 'could not read what changed';
      return event.items.length > 0
        ? `listed ${event.items.length + event.more} change${event.items.length + event.more === 1 ? '' : 's'} before it began`
        : null;
    case 'opened':
    case 'impact':
    case 'note':
    case 'postmortem':
      return null;
  }
}

/** One reply line of the command-reply template: "- `/resolve …` — **refused:** needs **write** permission …". */
const REPLY_LINE = /^- `(\/[^`\s]*)[^`]*` — \*\*(refused|not understood|failed):\*\* (.*)$/;

/** Commands the action's new or edited replies refused, did not understand or failed: "refused /resolve from carol (needs write)". */
function refusals(before: Snapshot, after: Snapshot): Change[] {
  const was = threads(before);
  const changes: Change[] = [];
  for (const thread of threads(after).values()) {
    const earlier = new Map((was.get(thread.number)?.comments ?? []).map((c) => [c.id, c.body]));
    for (const comment of thread.comments) {
      if (comment.author !== BOT || earlier.get(comment.id) === comment.body) continue;
      const record = decodeRecords(comment.body).find((r) => r.kind === 'reply');
      if (!record) continue;
      const from = thread.comments.find((c) => c.id === record.replyTo)?.author;
      for (const line of comment.body.split('\n')) {
        const match = REPLY_LINE.exec(line);
        if (!match) continue;
        const [, command, outcome, message = ''] = match;
        const who = from ? ` from ${from}` : '';
        const needs = /needs \*\*(\w+)\*\*/.exec(message)?.[1];
        const hint = /Did you mean `([^`]+)`\?/.exec(message)?.[1];
        if (outcome === 'refused')
          changes.push({ subject: thread.number, text: `refused ${command}${who}${needs ? ` (needs ${needs})` : ''}` });
        else if (outcome === 'not understood')
          changes.push({
            subject: thread.number,
            text: `did not understand ${command}${who}${hint ? ` (did you mean ${hint}?)` : ''}`,
          });
        else changes.push({ subject: thread.number, text: `failed ${command}${who}: ${clip(message, 80)}` });
      }
    }
  }
  return changes;
}

function clip(text: string, length: number): string {
  const plain = text.replace(/\*\*/g, '').trim();
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain;
}
