// What happened to an incident, as facts. Every state change Firebreak makes is recorded as events in the
// hidden marker of the bot comment that announces it, so the incident's state is a fold over the action's
// own comments (see state.ts): a lost summary edit, a crashed run or two racing runs cannot lose a fact,
// and a duplicated comment is harmless because keyed events count once.
import type { SecurityType, Severity, Status } from '../../config/types.js';
import type { Snapshot } from './snapshot.js';
import type { ChangeItem } from '../changes.js';

export const ROLES = ['scribe', 'comms', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

interface EventBase {
  /** ISO instant the fact happened (a command's comment time, not the time Firebreak processed it). */
  at: string;
  /** GitHub login, or "firebreak" for the action's own decisions. */
  by: string;
  /** Idempotency key: an event with a key already folded is ignored. */
  key?: string;
  /** Values cut to fit the record's budget (bounds.ts): field → SHA-256 of the whole value. */
  cut?: Record<string, string>;
}

export type IncidentEvent = EventBase &
  (
    | {
        type: 'opened';
        title: string;
        severity: Severity;
        /** The reporter's answer, when the form had one we could read. */
        reported: Severity | null;
        /** Which rule decided the severity, in words. */
        reason: string;
        services: string[];
        security: boolean;
        commander: string | null;
        /** When the incident started, as reported (else the filing time). */
        startedAt: string;
        impact: string | null;
        /** Security incidents: the procedure that applies. */
        securityProfile?: { type: SecurityType; confirmed: boolean } | null;
      }
    | { type: 'severity'; from: Severity; to: Severity; reason: string; source: 'command' | 'label' | 'rules' }
    | { type: 'status'; from: Status; to: Status; note: string | null }
    | { type: 'acknowledged' }
    | { type: 'update'; text: string }
    /** Published on the public status page (`/publish`), with the incident's status then. */
    | { type: 'published'; text: string; status: Status }
    /** The customer-facing sentence of a `/customer` draft, which `/customer publish` publishes. */
    | { type: 'customer-draft'; text: string }
    | { type: 'commander'; login: string }
    | { type: 'role'; role: Role; login: string }
    | { type: 'eta'; eta: string }
    | { type: 'impact'; text: string }
    | { type: 'note'; text: string }
    | { type: 'escalated'; step: string; name: string; due: string; targets: string[] }
    | { type: 'paged'; target: string }
    | { type: 'breach'; target: 'response' | 'notification'; due: string }
    | { type: 'reminder'; due: string }
    | { type: 'resolved'; summary: string | null }
    | { type: 'reopened' }
    | { type: 'postmortem'; pull: number; url: string }
    /** A notification's outcome; a record keeps the latest per ref and channel, counting the attempts. */
    | { type: 'delivery'; channel: string; ref: string; ok: boolean; error?: string; attempt?: number }
    /** Regulators / affected users were notified of a data breach (stops the deadline clock). */
    | { type: 'notified'; to: string | null }
    /** An evidence ledger entry was committed: its sequence number and the chain head after it. */
    | { type: 'evidence'; seq: number; head: string }
    /** The report was hidden from a public repository; `digest` is the SHA-256 of the original body. */
    | { type: 'restricted'; digest: string; channel: 'repository' | 'advisory' | 'none'; reference: string }
    /**
     * What changed before the incident began, as triage read it (in the internal alert's record): the
     * window, the changes listed (bounded: at most `changes.limit`, each value cut), how many more there
     * were, whether older ones went unread; `error` when nothing could be read.
     */
    | {
        type: 'changes';
        since: string;
        until: string;
        items: ChangeItem[];
        more: number;
        incomplete: boolean;
        error: string | null;
      }
  );

export type IncidentEventType = IncidentEvent['type'];

/**
 * A fact-only command's outcome (commands.ts, `FACT_ONLY`): kept in the live summary's record instead of
 * a reply of its own, keyed by the command comment's id, so the comment counts as answered once.
 */
export interface RecordedFact {
  /** The command comment this records. */
  replyTo: number;
  /** SHA-256 of the command lines it ran (as a reply's `ran`), so an edit of the comment is noticed. */
  ran: string;
  events: IncidentEvent[];
}

/** The hidden record a bot comment carries. */
export interface BotRecord {
  v: 1;
  /** What the comment is: "summary", "alert", "reply", "escalation", … */
  kind: string;
  /** Unique per incident for comments that must exist once ("summary", "alert", "reply:123"). */
  key: string;
  /** The command comment this replies to. */
  replyTo?: number;
  /**
   * The run that posted the comment (set by the executor). A run whose create request was retried after
   * a lost response recognises the surviving copy as its own by this, and keeps its claim.
   */
  run?: string;
  events: IncidentEvent[];
  /** The live summary only: a copy of what the thread proves (snapshot.ts). */
  snapshot?: Snapshot;
  /** The live summary only: the fact-only commands it answers, oldest first (at most MAX_FACTS). */
  facts?: RecordedFact[];
  /** A reply only: SHA-256 of the command lines it ran, so an edit of the comment is noticed. */
  ran?: string;
  /**
   * SHA-256 of the record without this field (marker.ts): a record someone edited no longer matches, so
   * it is not trusted (and a record without one is not either).
   */
  digest?: string;
}
