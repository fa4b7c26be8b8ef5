// The incident lifecycle: investigating → identified → mitigating → monitoring → resolved, and reopen.
// Moving forward may skip states; moving back (a fix did not hold) is allowed between the open states.
// Resolved is left only by reopening. Closing the issue resolves the incident; reopening reopens it.
import type { Status } from '../../config/types.js';
import type { Issue } from '../github-objects.js';
import type { IncidentEvent } from './events.js';
import type { IncidentState } from './state.js';

export type Transition = { ok: true } | { ok: false; reason: string };

export function canTransition(from: Status, to: Status): Transition {
  if (from === to) return { ok: false, reason: `the incident is already ${to}` };
  if (from === 'resolved') return { ok: false, reason: 'the incident is resolved; `/reopen` it first' };
  return { ok: true };
}

export interface IssueStateChange {
  action: 'closed' | 'reopened';
  actor: string;
  at: string;
}

/**
 * The issue was closed or reopened by hand (or by a pull request "Fixes #n"): the incident follows.
 * `change` is the event that woke this run when it was one; otherwise the actor is unknown.
 */
export function issueStateDrift(
  issue: Issue,
  state: IncidentState,
  change: IssueStateChange | null,
  now: Date,
): IncidentEvent | null {
  const n = state.events.length;
  if (issue.state === 'closed' && state.status !== 'resolved') {
    const at = change?.action === 'closed' ? change.at : (issue.closedAt ?? now.toISOString());
    const by = change?.action === 'closed' ? change.actor : 'someone';
    return { type: 'resolved', summary: null, at, by, key: `closed:${n}` };
  }
  if (issue.state === 'open' && state.status === 'resolved') {
    const at = change?.action === 'reopened' ? change.at : now.toISOString();
    const by = change?.action === 'reopened' ? change.actor : 'someone';
    return { type: 'reopened', at, by, key: `reopened:${n}` };
  }
  return null;
}
