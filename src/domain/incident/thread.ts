// Reads an incident's comment thread: which comments are the action's own (the only ones trusted), the
// records they carry, which command comments still wait to be executed, duplicates left by races, and
// Firebreak comments a person edited or blanked. A command comment is answered by a trusted reply that
// names it, or by a fact the live summary's record keeps for it (fact-only commands get no reply); the
// summary's facts are folded where the command comment stands in the thread, as a reply would be. The state is the fold of the intact records; when one
// is damaged, the fold starts from the copy in the live summary instead (snapshot.ts), so the damage
// neither repeats a page nor drops one.
import type { Comment } from '../github-objects.js';
import type { BotRecord, RecordedFact } from './events.js';
import { readRecord } from './marker.js';
import { isSnapshot, stateFrom, type Snapshot } from './snapshot.js';
import { applyEvent, foldIncident, type IncidentState } from './state.js';

export interface TrustedComment {
  comment: Comment;
  record: BotRecord;
}

/** A comment of the action's whose record no longer matches (edited) or is gone (blanked, rewritten). */
export interface DamagedComment {
  comment: Comment;
  how: 'edited' | 'damaged' | 'missing';
  /** The key it held, when the record is still readable or the snapshot names the comment. */
  key: string | null;
}

export interface Thread {
  /** The action's own comments with an intact record, in creation order. */
  trusted: TrustedComment[];
  /** The live summary (the earliest one, if a race left two). */
  summary: TrustedComment | null;
  /** Human comments already answered (a trusted reply names them). */
  answered: Set<number>;
  /** What the reply to each answered comment ran (a digest of its command lines), when recorded. */
  ran: Map<number, string>;
  /** Trusted comments whose key an earlier trusted comment already holds: safe to delete. */
  duplicates: TrustedComment[];
  /** Every key held by a trusted comment, and every event key recorded. */
  keys: Set<string>;
  /** Firebreak's comments that someone edited or blanked (see `restored`). */
  damaged: DamagedComment[];
  /** The summary's copy the state was restored from, when a comment was damaged. */
  restored: Snapshot | null;
  /**
   * The fact-only commands answered, oldest first: recorded in the live summary's record, and copied
   * into the record of the next reply Firebreak posts (so a damaged summary does not take them along).
   */
  facts: RecordedFact[];
  /** Command comments whose fact a trusted comment other than the summary also holds. */
  copied: Set<number>;
}

export function readThread(comments: readonly Comment[], botLogin: string): Thread {
  const ordered = [...comments].sort((a, b) => a.id - b.id);
  const trusted: TrustedComment[] = [];
  const duplicates: TrustedComment[] = [];
  const answered = new Set<number>();
  const ran = new Map<number, string>();
  const keys = new Set<string>();
  const suspect: DamagedComment[] = [];
  for (const comment of ordered) {
    // Only the action's own identity is trusted: anyone can paste a marker into their own comment.
    if (comment.author !== botLogin) continue;
    const reading = readRecord(comment.body);
    if (reading.status !== 'intact') {
      suspect.push({ comment, how: reading.status, key: reading.status === 'edited' ? reading.record.key : null });
      continue;
    }
    const { record } = reading;
    if (keys.has(`comment:${record.key}`)) {
      duplicates.push({ comment, record });
      continue;
    }
    keys.add(`comment:${record.key}`);
    for (const event of record.events) if (event.key) keys.add(event.key);
    if (record.replyTo !== undefined) answered.add(record.replyTo);
    if (record.replyTo !== undefined && record.ran !== undefined) ran.set(record.replyTo, record.ran);
    trusted.push({ comment, record });
  }
  const summary = trusted.find((t) => t.record.kind === 'summary') ?? null;
  const copies = trusted.filter((t) => t !== summary).map((t) => recordedFacts(t.record));
  const copied = new Set(copies.flat().map((f) => f.replyTo));
  const facts = mergeFacts([recordedFacts(summary?.record), ...copies]);
  for (const fact of facts) {
    answered.add(fact.replyTo);
    ran.set(fact.replyTo, fact.ran);
    for (const event of fact.events) if (event.key) keys.add(event.key);
  }
  const snapshot = isSnapshot(summary?.record.snapshot) ? (summary?.record.snapshot ?? null) : null;
  // A comment without a record may be another workflow's (same bot identity): it counts as damage only
  // when the summary's copy names a comment key that no intact comment holds any more.
  const lost = snapshot ? snapshot.keys.filter((k) => k.startsWith('comment:') && !keys.has(k)) : [];
  const damaged = suspect.filter(
    (d) => d.how !== 'missing' || (lost.length > 0 && d.comment.updatedAt !== d.comment.createdAt),
  );
  const restored = snapshot && (damaged.length > 0 || lost.length > 0) ? snapshot : null;
  if (restored) {
    for (const key of restored.keys) keys.add(key);
    for (const c of ordered) if (c.author !== botLogin && c.id <= restored.answeredThrough) answered.add(c.id);
  }
  return { trusted, summary, answered, ran, duplicates, keys, damaged, restored, facts, copied };
}

/** Facts from several records, one per command comment (the first list's copy wins), oldest first. */
export function mergeFacts(lists: readonly RecordedFact[][]): RecordedFact[] {
  const byComment = new Map<number, RecordedFact>();
  for (const list of lists)
    for (const fact of list) if (!byComment.has(fact.replyTo)) byComment.set(fact.replyTo, fact);
  return [...byComment.values()].sort((a, b) => a.replyTo - b.replyTo);
}

/** The facts a summary record keeps, well-formed ones only, one per command comment, oldest first. */
export function recordedFacts(record: BotRecord | undefined): RecordedFact[] {
  const seen = new Set<number>();
  const facts: RecordedFact[] = [];
  for (const fact of Array.isArray(record?.facts) ? record.facts : []) {
    const ok =
      fact !== null &&
      typeof fact === 'object' &&
      Number.isSafeInteger(fact.replyTo) &&
      typeof fact.ran === 'string' &&
      Array.isArray(fact.events);
    if (!ok || seen.has(fact.replyTo)) continue;
    seen.add(fact.replyTo);
    facts.push(fact);
  }
  return facts.sort((a, b) => a.replyTo - b.replyTo);
}

/**
 * The trusted records in thread order, each reply and each of the summary's facts placed just after the
 * command comment it answers: the order the fold applies them in, so a fact recorded in the summary
 * falls where its reply would have been.
 */
export function recordsInOrder(thread: Thread): BotRecord[] {
  const placed: { at: number; record: BotRecord }[] = [
    // A reply stands with the comment it answers (it is posted after other runs' comments at times).
    ...thread.trusted.map((t) => ({
      at: t.record.replyTo !== undefined ? t.record.replyTo + 0.5 : t.comment.id,
      record: t.record,
    })),
    ...thread.facts.map((f) => ({
      at: f.replyTo + 0.5,
      record: { v: 1 as const, kind: 'fact', key: `fact:${f.replyTo}`, replyTo: f.replyTo, events: f.events },
    })),
  ];
  return placed.sort((a, b) => a.at - b.at).map((p) => p.record);
}

/**
 * The incident's state: the fold of the intact records, or, when comments were damaged, the summary's
 * copy with every later intact record applied on top. Null when the incident was never opened.
 */
export function threadState(number: number, thread: Thread): IncidentState | null {
  if (!thread.restored) return foldIncident(number, recordsInOrder(thread));
  let state: IncidentState | null = stateFrom(thread.restored);
  const timeline = recordsInOrder(thread).flatMap((r) => r.events);
  for (const event of timeline) {
    // Facts the copy already holds are not applied twice; later ones (comments after the summary) are.
    if (event.key !== undefined && state?.keys.has(event.key)) continue;
    state = applyEvent(state, event, number);
  }
  // The timeline is what the intact comments still show; the damaged comments' events are gone from it.
  return state ? { ...state, events: timeline } : null;
}

/** The highest command comment id answered so far (for the summary's copy). */
export function answeredThrough(thread: Thread): number {
  return Math.max(0, ...thread.answered);
}
