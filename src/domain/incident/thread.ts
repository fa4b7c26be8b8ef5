// Reads an incident's comment thread: which comments are the action's own (the only ones trusted), the
// records they carry, which command comments still wait to be executed, duplicates left by races, and
// Firebreak comments a person edited or blanked. The state is the fold of the intact records; when one
// is damaged, the fold starts from the copy in the live summary instead (snapshot.ts), so the damage
// neither repeats a page nor drops one.
import type { Comment } from '../github-objects.js';
import type { BotRecord } from './events.js';
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
  return { trusted, summary, answered, ran, duplicates, keys, damaged, restored };
}

/**
 * The incident's state: the fold of the intact records, or, when comments were damaged, the summary's
 * copy with every later intact record applied on top. Null when the incident was never opened.
 */
export function threadState(number: number, thread: Thread): IncidentState | null {
  if (!thread.restored)
    return foldIncident(
      number,
      thread.trusted.map((t) => t.record),
    );
  let state: IncidentState | null = stateFrom(thread.restored);
  const timeline = thread.trusted.flatMap((t) => t.record.events);
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
