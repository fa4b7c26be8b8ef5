// Commit graph queries: ancestry (fast-forward checks), merge bases (pull request diffs) and logs.
import type { CommitObject, ObjectStore } from './objects.js';
import { buildTree, type FlatEntry, type FlatTree, flatten } from './trees.js';

export function ancestors(store: ObjectStore, sha: string): Set<string> {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(store.commit(next)?.parents ?? []));
  }
  return seen;
}

/** True when `descendant` contains `ancestor` (a commit is its own ancestor). */
export const isAncestor = (store: ObjectStore, ancestor: string, descendant: string): boolean =>
  ancestors(store, descendant).has(ancestor);

/** The nearest common ancestor, found breadth-first from `b`; null for unrelated histories. */
export function mergeBase(store: ObjectStore, a: string, b: string): string | null {
  const ofA = ancestors(store, a);
  const seen = new Set<string>();
  const queue = [b];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (ofA.has(next)) return next;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(store.commit(next)?.parents ?? []));
  }
  return null;
}

/** Commits reachable from `sha`, newest first (by committer date, then discovery order), like `git log`. */
export function log(store: ObjectStore, sha: string): CommitObject[] {
  const reachable = [...ancestors(store, sha)];
  const order = new Map(reachable.map((s, i) => [s, i]));
  const commits = reachable.map((s) => store.commit(s)).filter((c): c is CommitObject => c !== undefined);
  const time = (c: CommitObject): number => Date.parse(c.committer.date);
  return commits.sort((x, y) => time(y) - time(x) || (order.get(x.sha) ?? 0) - (order.get(y.sha) ?? 0));
}

export interface MergeOutcome {
  tree: string;
  conflicts: string[];
}

/** A file-level three-way merge: a path changed on both sides in different ways is a conflict. */
export function mergeTrees(
  store: ObjectStore,
  baseTree: string | null,
  oursTree: string,
  theirsTree: string,
): MergeOutcome {
  const base = baseTree ? flatten(store, baseTree) : new Map<string, FlatEntry>();
  const ours = flatten(store, oursTree);
  const theirs = flatten(store, theirsTree);
  const merged: FlatTree = new Map();
  const conflicts: string[] = [];
  const same = (x?: FlatEntry, y?: FlatEntry): boolean => x?.sha === y?.sha && x?.mode === y?.mode;
  for (const path of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [b, o, t] = [base.get(path), ours.get(path), theirs.get(path)];
    let pick: FlatEntry | undefined;
    if (same(o, t) || same(t, b)) pick = o;
    else if (same(o, b)) pick = t;
    else {
      conflicts.push(path);
      continue;
    }
    if (pick) merged.set(path, pick);
  }
  return { tree: buildTree(store, merged), conflicts: conflicts.sort() };
}
