// What one run changed on the emulator, read from the snapshots before and after it: the action's new
// and edited comments (named by the kind in their hidden record), labels, assignees, states, the issues
// and pull requests it opened, commits and notification deliveries — each as a short phrase.
import type { Snapshot, SnapshotComment } from '../emulator/index.js';
import { decodeRecords } from '../../src/domain/incident/marker.js';
import { INDEX_BRANCH } from '../../src/state/schedule-index.js';

/** A phrase about one issue or pull request (`subject`), or about the repository (null). */
export interface Change {
  subject: number | null;
  text: string;
}

/** How a bot comment reads at a glance, by the kind of its (first) hidden record. */
const KIND_NAMES: Record<string, string> = {
  alert: 'internal alert',
  'intake-problems': 'intake problems',
  severity: 'severity change',
  reopened: 'reopening',
  postmortem: 'postmortem notice',
  breach: 'response breach',
  reminder: 'update reminder',
  procedure: 'security procedure',
  restricted: 'restriction notice',
  'deadline-reminder': 'deadline reminder',
  'deadline-breach': 'deadline breach',
};

export function commentKind(body: string): string {
  const kind = decodeRecords(body)[0]?.kind;
  return kind === undefined ? 'comment' : (KIND_NAMES[kind] ?? kind);
}

interface Thread {
  number: number;
  pull: boolean;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  labels: string[];
  assignees: string[];
  reviewers: string[];
  comments: SnapshotComment[];
  files: Record<string, string | null>;
  head: string | null;
}

export function threads(snapshot: Snapshot): Map<number, Thread> {
  const all = new Map<number, Thread>();
  for (const i of snapshot.issues)
    all.set(i.number, { ...i, pull: false, merged: false, reviewers: [], files: {}, head: null });
  for (const p of snapshot.pulls)
    all.set(p.number, { ...p, pull: true, assignees: [], reviewers: p.requested_reviewers, head: p.head });
  return all;
}

const added = (after: readonly string[], before: readonly string[]): string[] =>
  after.filter((x) => !before.includes(x));

/** Comments `bot` wrote or edited on the thread, grouped by kind: "commented internal alert, summary", "updated summary". */
function commentChanges(bot: string, before: Thread | undefined, after: Thread): Change[] {
  const earlier = new Map((before?.comments ?? []).map((c) => [c.id, c]));
  const mine = after.comments.filter((c) => c.author === bot);
  const written = mine.filter((c) => !earlier.has(c.id)).map((c) => commentKind(c.body));
  const edited = mine
    .filter((c) => earlier.has(c.id) && earlier.get(c.id)?.body !== c.body)
    .map((c) => commentKind(c.body));
  const deleted = (before?.comments ?? []).filter(
    (c) => c.author === bot && !after.comments.some((a) => a.id === c.id),
  ).length;
  const changes: Change[] = [];
  if (written.length > 0) changes.push({ subject: after.number, text: `commented ${counted(written)}` });
  if (edited.length > 0) changes.push({ subject: after.number, text: `updated ${counted(edited)}` });
  if (deleted > 0)
    changes.push({ subject: after.number, text: `deleted ${deleted} comment${deleted === 1 ? '' : 's'}` });
  return changes;
}

/** "reply, reply, summary" → "reply ×2, summary" (in first-seen order). */
export function counted(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
}

function threadChanges(bot: string, before: Thread | undefined, after: Thread): Change[] {
  const n = after.number;
  const changes: Change[] = [];
  const say = (text: string): void => void changes.push({ subject: n, text });
  if (!before) say(after.pull ? `opened pull request #${n}` : `opened issue #${n}`);
  changes.push(...commentChanges(bot, before, after));
  const labels = labelChanges(added(after.labels, before?.labels ?? []), added(before?.labels ?? [], after.labels));
  if (labels) say(labels);
  const assigned = added(after.assignees, before?.assignees ?? []);
  const unassigned = added(before?.assignees ?? [], after.assignees);
  if (assigned.length > 0) say(`assigned ${assigned.join(', ')}`);
  if (unassigned.length > 0) say(`unassigned ${unassigned.join(', ')}`);
  const reviewers = added(after.reviewers, before?.reviewers ?? []);
  if (reviewers.length > 0) say(`requested review from ${reviewers.join(', ')}`);
  if (!before) return changes;
  if (after.title !== before.title) say(`retitled #${n}`);
  if (after.body !== before.body) say(`edited the description of #${n}`);
  if (after.merged && !before.merged) say(`merged #${n}`);
  else if (after.state !== before.state) say(`${after.state === 'closed' ? 'closed' : 'reopened'} #${n}`);
  if (after.pull && JSON.stringify(after.files) !== JSON.stringify(before.files)) say(`updated pull request #${n}`);
  return changes;
}

/** "relabelled status:investigating → status:identified": a label replaced by one of the same `prefix:`. */
function labelChanges(labelled: string[], unlabelled: string[]): string | null {
  const prefix = (label: string): string | null => /^([^:]+):/.exec(label)?.[1] ?? null;
  const swaps: string[] = [];
  for (const label of [...labelled]) {
    const old = unlabelled.find((u) => prefix(u) !== null && prefix(u) === prefix(label));
    if (old === undefined) continue;
    swaps.push(`${old} → ${label}`);
    labelled.splice(labelled.indexOf(label), 1);
    unlabelled.splice(unlabelled.indexOf(old), 1);
  }
  const parts = [
    labelled.length > 0 ? `labelled ${labelled.join(', ')}` : '',
    swaps.length > 0 ? `relabelled ${swaps.join(', ')}` : '',
    unlabelled.length > 0 ? `unlabelled ${unlabelled.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join(' · ') || null;
}

/** Commits to branches other than the head of a pull request this run opened: "committed to main: a.md". */
function commitChanges(before: Snapshot, after: Snapshot, newHeads: ReadonlySet<string>): Change[] {
  const changes: Change[] = [];
  for (const [branch, files] of Object.entries(after.branches)) {
    // The schedule index is Firebreak's own bookkeeping, rewritten by nearly every run.
    if (newHeads.has(branch) || branch === INDEX_BRANCH) continue;
    const old = before.branches[branch];
    if (!old) {
      changes.push({ subject: null, text: `created branch ${branch}` });
      continue;
    }
    const paths = [...new Set([...Object.keys(files), ...Object.keys(old)])].filter((p) => files[p] !== old[p]).sort();
    if (paths.length > 0)
      changes.push({
        subject: null,
        text: `committed to ${branch}: ${paths.length > 3 ? `${paths.length} files` : paths.join(', ')}`,
      });
  }
  return changes;
}

/** Everything the run changed, issue by issue in number order, then commits and deliveries. */
export function runChanges(before: Snapshot, after: Snapshot, bot: string): Change[] {
  const was = threads(before);
  const now = threads(after);
  const changes: Change[] = [];
  for (const thread of [...now.values()].sort((a, b) => a.number - b.number))
    changes.push(...threadChanges(bot, was.get(thread.number), thread));
  const newHeads = new Set(after.pulls.filter((p) => !was.has(p.number)).map((p) => p.head));
  changes.push(...commitChanges(before, after, newHeads));
  const delivered = after.deliveries.slice(before.deliveries.length).map((d) => d.channel);
  if (delivered.length > 0) changes.push({ subject: null, text: `notified ${counted(delivered)}` });
  return changes;
}
