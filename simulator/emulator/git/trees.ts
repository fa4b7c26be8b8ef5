// Trees as flat path maps: the contents API, tree creation with `base_tree`, merges and pull request
// diffs all work on "path → blob" and rebuild nested git trees from it.
import type { FileMode, ObjectStore, ObjectType, TreeEntry } from './objects.js';

export interface FlatEntry {
  mode: FileMode;
  type: ObjectType;
  sha: string;
}

/** Every non-tree entry under `treeSha`, by full path. */
export type FlatTree = Map<string, FlatEntry>;

export function flatten(store: ObjectStore, treeSha: string, prefix = '', into: FlatTree = new Map()): FlatTree {
  const tree = store.tree(treeSha);
  if (!tree) return into;
  for (const entry of tree.entries) {
    const path = prefix + entry.name;
    if (entry.type === 'tree') flatten(store, entry.sha, `${path}/`, into);
    else into.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha });
  }
  return into;
}

/** Builds (and stores) the nested trees for `files`; returns the root tree's sha. */
export function buildTree(store: ObjectStore, files: FlatTree): string {
  const root: Dir = new Map();
  for (const [path, entry] of files) {
    const parts = path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.get(part);
      if (!(next instanceof Map)) {
        next = new Map();
        dir.set(part, next);
      }
      dir = next;
    }
    dir.set(parts[parts.length - 1] as string, entry);
  }
  return writeDir(store, root);
}

type Dir = Map<string, Dir | FlatEntry>;

function writeDir(store: ObjectStore, dir: Dir): string {
  const entries: TreeEntry[] = [];
  for (const [name, child] of dir) {
    if (child instanceof Map) entries.push({ name, mode: '040000', type: 'tree', sha: writeDir(store, child) });
    else entries.push({ name, ...child });
  }
  return store.putTree(entries).sha;
}

/** The entry at `path` (a file or a directory) in the tree, walking one level at a time. */
export function lookup(store: ObjectStore, treeSha: string, path: string): TreeEntry | undefined {
  const parts = path.split('/').filter((p) => p !== '');
  let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
  for (const part of parts) {
    const tree = current.type === 'tree' ? store.tree(current.sha) : undefined;
    const next = tree?.entries.find((e) => e.name === part);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

export interface FileChange {
  path: string;
  status: 'added' | 'removed' | 'modified';
  before?: FlatEntry;
  after?: FlatEntry;
}

/** What changed from `before` to `after`, sorted by path as GitHub lists pull request files. */
export function diffTrees(before: FlatTree, after: FlatTree): FileChange[] {
  const changes: FileChange[] = [];
  for (const [path, entry] of after) {
    const old = before.get(path);
    if (!old) changes.push({ path, status: 'added', after: entry });
    else if (old.sha !== entry.sha || old.mode !== entry.mode)
      changes.push({ path, status: 'modified', before: old, after: entry });
  }
  for (const [path, entry] of before) if (!after.has(path)) changes.push({ path, status: 'removed', before: entry });
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
