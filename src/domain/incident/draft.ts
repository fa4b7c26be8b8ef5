// A decision in progress: the incident's state as the plan will leave it, and the writes so far. Each
// step (intake, commands, labels, due actions) applies its events here, so later steps see the result.
import type { Config } from '../../config/types.js';
import type { Issue } from '../github-objects.js';
import type { PostmortemTemplates } from '../templates.js';
import type { IncidentRoute } from '../escalation/index.js';
import type { OnCallLookup } from '../escalation/targets.js';
import type { CommentText, Message } from '../message.js';
import type { PlannedWrite } from '../plan.js';
import type { BotRecord, IncidentEvent, RecordedFact } from './events.js';
import type { Snapshot } from './snapshot.js';
import type { PresentContext } from './present.js';
import { applyEvent, type IncidentState } from './state.js';

export interface Draft {
  issue: Issue;
  config: Config;
  now: Date;
  /** Words the postmortem file only (its text is compared with the branch's); comments are messages. */
  templates: PostmortemTemplates;
  onCall: OnCallLookup;
  route: IncidentRoute;
  state: IncidentState;
  writes: PlannedWrite[];
  notes: string[];
  /** Shown in the summary: what Firebreak could not do or read. */
  problems: string[];
  /** Fact-only commands answered in this run: recorded in the live summary's record, not in replies. */
  facts: RecordedFact[];
  /** Their confirmations (reactions), written after the summary that records them. */
  confirmations: PlannedWrite[];
}

/** Applies events to the draft's state (keyed events already recorded are skipped by the fold rules). */
export function applyAll(draft: Draft, events: readonly IncidentEvent[]): IncidentEvent[] {
  const applied: IncidentEvent[] = [];
  for (const event of events) {
    if (event.key !== undefined && draft.state.keys.has(event.key)) continue;
    draft.state = applyEvent(draft.state, event, draft.issue.number) ?? draft.state;
    applied.push(event);
  }
  return applied;
}

export function presentContext(draft: Draft): PresentContext {
  return { config: draft.config, url: draft.issue.htmlUrl, route: draft.route, onCall: draft.onCall, now: draft.now };
}

/** The hidden record a bot comment carries (the summary's also carries the copy of the state); sealed when rendered. */
export function record(
  kind: string,
  key: string,
  events: IncidentEvent[],
  replyTo?: number,
  snapshot?: Snapshot,
  ran?: string,
  facts?: RecordedFact[],
): BotRecord {
  return {
    v: 1,
    kind,
    key,
    events,
    ...(replyTo !== undefined ? { replyTo } : {}),
    ...(snapshot ? { snapshot } : {}),
    ...(facts && facts.length > 0 ? { facts } : {}),
    ...(ran ? { ran } : {}),
  };
}

/** A keyed comment: one message, or a composed text (messages with sections). */
export function commentWrite(key: string, describe: string, text: Message | CommentText): PlannedWrite {
  return { kind: 'comment', key, text: 'messages' in text ? text : { messages: [text] }, describe };
}
