// What the emulator stores. REST responses and webhook payloads are rendered from these records by
// simulator/emulator/present; nothing here is a wire shape.
import type { Scope, ScopeLevel } from '../access.js';

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  isDefault: boolean;
}

export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';

export interface IssueRecord {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  stateReason: StateReason | null;
  /** Label ids, so renaming a label renames it on every issue, as on GitHub. */
  labelIds: number[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Set when the issue is a pull request: they share numbers, titles, labels and comments. */
  pull: PullRecord | null;
}

export interface PullRecord {
  id: number;
  nodeId: string;
  head: string;
  base: string;
  /** The head commit; follows the head branch while the pull request is open. */
  headSha: string;
  /** Frozen when the pull request merges, so its files stay the diff it was merged with. */
  mergeBaseAtMerge: string | null;
  baseShaAtClose: string | null;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  requestedTeams: string[];
  reviews: ReviewRecord[];
}

export interface ReviewRecord {
  id: number;
  nodeId: string;
  author: string;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';
  commitId: string;
  submittedAt: string | null;
}

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';
export const REACTIONS: readonly ReactionContent[] = [
  '+1',
  '-1',
  'laugh',
  'confused',
  'heart',
  'hooray',
  'rocket',
  'eyes',
];

export interface ReactionRecord {
  id: number;
  nodeId: string;
  user: string;
  content: ReactionContent;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

export interface IssueEventRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  event:
    | 'labeled'
    | 'unlabeled'
    | 'assigned'
    | 'unassigned'
    | 'closed'
    | 'reopened'
    | 'renamed'
    | 'review_requested'
    | 'merged';
  actor: string;
  createdAt: string;
  label?: { name: string; color: string };
  assignee?: string;
  stateReason?: StateReason | null;
  rename?: { from: string; to: string };
  reviewer?: string;
  commitId?: string;
}

export interface DispatchRecord {
  id: number;
  workflowId: number;
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
  actor: string;
  at: string;
}

export interface AdvisoryRecord {
  ghsaId: string;
  summary: string;
  description: string;
  severity: 'critical' | 'high' | 'medium' | 'low' | null;
  cveId: string | null;
  cweIds: string[];
  vulnerabilities: unknown[];
  author: string;
  createdAt: string;
  state: 'draft';
}

export type BotScopes = Partial<Record<Scope, ScopeLevel>>;
