// Reads an incident's comment thread: which comments are the action's own (the only ones trusted), the
// records they carry, which command comments still wait to be executed, and duplicates left by races.
import type { Comment } from '../../github/gateway.js';
import type { BotRecord } from './events.js';
import { decodeRecords } from './marker.js';

export interface TrustedComment {
  comment: Comment;
  record: BotRecord;
}

export interface Thread {
  /** The action's own comments with a record, in creation order. */
  trusted: TrustedComment[];
  /** The live summary (the earliest one, if a race left two). */
  summary: TrustedComment | null;
  /** Human comments already answered (a trusted reply names them). */
  answered: Set<number>;
  /** Trusted comments whose key an earlier trusted comment already holds: safe to delete. */
  duplicates: TrustedComment[];
  /** Every key held by a trusted comment, and every event key recorded. */
  keys: Set<string>;
}

export function readThread(comments: readonly Comment[], botLogin: string): Thread {
  const ordered = [...comments].sort((a, b) => a.id - b.id);
  const trusted: TrustedComment[] = [];
  const duplicates: TrustedComment[] = [];
  const answered = new Set<number>();
  const keys = new Set<string>();
  for (const comment of ordered) {
    // Only the action's own identity is trusted: anyone can paste a marker into their own comment.
    if (comment.author !== botLogin) continue;
    const record = decodeRecords(comment.body)[0];
    if (!record) continue;
    if (keys.has(`comment:${record.key}`)) {
      duplicates.push({ comment, record });
      continue;
    }
    keys.add(`comment:${record.key}`);
    for (const event of record.events) if (event.key) keys.add(event.key);
    if (record.replyTo !== undefined) answered.add(record.replyTo);
    trusted.push({ comment, record });
  }
  const summary = trusted.find((t) => t.record.kind === 'summary') ?? null;
  return { trusted, summary, answered, duplicates, keys };
}
