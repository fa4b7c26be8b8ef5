// A plan: the writes a decision wants, in order. Pure data. Comments are messages (a template, its view,
// the record), not text: src/render/plan.ts words them (a RenderedPlan), and the executor carries it out.
import type { Notification } from '../channels/types.js';
import type { LabelSpec } from '../config/types.js';
import type { ReactionContent } from './github-objects.js';
import type { CommentText, SummaryMessage } from './message.js';
import type { PublishedIncident } from './status/model.js';

/** The thread's comments as a decision plans them. */
export type ThreadWrite =
  /** A bot comment that must exist once per incident: skipped when a trusted comment already holds `key`. */
  | { kind: 'comment'; key: string; text: CommentText; describe: string }
  /**
   * The live summary: created once, then edited in place. `unchangedFrom` is the summary on GitHub and its
   * "Updated" time: when the message words the same text at that time, nothing is written.
   */
  | {
      kind: 'summary';
      message: SummaryMessage;
      unchangedFrom: { body: string; updatedAt: string } | null;
      describe: string;
    };

/** The same comments as the executor writes them. */
export type RenderedThreadWrite =
  | { kind: 'comment'; key: string; body: string; describe: string }
  | { kind: 'summary'; body: string; describe: string };

export type PlannedWrite = ThreadWrite | OtherWrite;
export type RenderedWrite = RenderedThreadWrite | OtherWrite;

/** Every write that is not a comment's text: the same planned and rendered. */
export type OtherWrite =
  | { kind: 'ensureLabels'; labels: LabelSpec[]; describe: string }
  | { kind: 'labels'; add: string[]; remove: string[]; describe: string }
  | { kind: 'assign'; add: string[]; remove: string[]; describe: string }
  /** `confirms`: a fact-only command's 👍, only once the summary edit that records its fact is made. */
  | { kind: 'react'; commentId: number; content: ReactionContent; describe: string; confirms?: true }
  | { kind: 'issueState'; state: 'open' | 'closed'; describe: string }
  | { kind: 'deleteComment'; commentId: number; describe: string }
  | { kind: 'dispatch'; workflow: string; ref: string; inputs: Record<string, string>; describe: string }
  /**
   * A notification to a channel, sent only by the run whose comment holds `claimKey` (so two racing runs
   * never page twice); the outcome is recorded as a `delivery` event on that comment. `retry` marks a
   * failed delivery from an earlier run being sent again.
   */
  | { kind: 'notify'; claimKey: string; channel: string; notification: Notification; retry: boolean; describe: string }
  /** Replace the title and/or body (a security report hidden from a public repository). */
  | { kind: 'editIssue'; title?: string; body?: string; describe: string }
  /** Open the restricted incident in the configured private repository (before the public body is hidden). */
  | { kind: 'privateIncident'; repository: string; title: string; body: string; describe: string }
  /**
   * Open a draft security advisory for a vulnerability report; the outcome (advisory or why not) is
   * recorded as an event with `key` on the comment holding `claimKey`.
   */
  | {
      kind: 'advisory';
      claimKey: string;
      key: string;
      summary: string;
      description: string;
      severity: 'critical' | 'high' | 'medium' | 'low';
      describe: string;
    }
  /** Commit the evidence ledger (the whole file, compare-and-swap on `sha`). */
  | {
      kind: 'evidence';
      branch: string;
      path: string;
      content: string;
      sha: string | null;
      message: string;
      describe: string;
    }
  /**
   * Bring this incident's part of the public status site (GitHub Pages branch) up to date: its published
   * updates and status. Rewrites the files whose content changed; nothing when they already say it.
   */
  | { kind: 'statusPage'; branch: string; incident: PublishedIncident; describe: string }
  /** Create the postmortem pull request, or bring Firebreak's parts of its file up to date; never over people's edits. */
  | { kind: 'postmortem'; pull: PostmortemPull; describe: string };

export interface PostmortemPull {
  branch: string;
  /** The file's path (the existing file's, when the branch has one). */
  path: string;
  /**
   * The file as Firebreak would write it today: a new file is written as is; an existing one takes only
   * its owned parts (src/domain/postmortem/merge-owned.ts), so what people wrote stays.
   */
  content: string;
  title: string;
  incident: number;
  incidentUrl: string;
  /** Who to ask for a review (logins and org/team slugs); people who cannot review are skipped. */
  reviewers: string[];
  /** Ids of conflicts the pull request already reports (each is reported once). */
  reported: string[];
}

export interface Plan {
  incident: number;
  writes: PlannedWrite[];
  /** Lines for the job log explaining the decision. */
  notes: string[];
}

/** A plan with its comments worded: what the executor takes. */
export interface RenderedPlan {
  incident: number;
  writes: RenderedWrite[];
  notes: string[];
}
