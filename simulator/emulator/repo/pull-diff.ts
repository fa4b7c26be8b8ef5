// What a pull request contains: its head and base commits, its merge base, the files it changes (head
// against the merge base, as GitHub shows them), line counts, and whether it merges cleanly.
import type { CommitObject } from '../git/objects.js';
import { ancestors, mergeBase, mergeTrees } from '../git/history.js';
import { diffTrees, type FileChange } from '../git/trees.js';
import type { PullRecord } from './records.js';
import type { Repository } from './repository.js';

export function headShaOf(repo: Repository, pull: PullRecord, open: boolean): string {
  return (open && repo.branchSha(pull.head)) || pull.headSha;
}

export function baseShaOf(repo: Repository, pull: PullRecord, open: boolean): string {
  return (open ? repo.branchSha(pull.base) : pull.baseShaAtClose) ?? repo.branchSha(pull.base) ?? pull.headSha;
}

function mergeBaseOf(repo: Repository, pull: PullRecord, open: boolean): string | null {
  if (pull.mergeBaseAtMerge) return pull.mergeBaseAtMerge;
  return mergeBase(repo.git, baseShaOf(repo, pull, open), headShaOf(repo, pull, open));
}

export function pullFileChanges(repo: Repository, pull: PullRecord, open: boolean): FileChange[] {
  const base = mergeBaseOf(repo, pull, open);
  return diffTrees(base ? repo.filesAt(base) : new Map(), repo.filesAt(headShaOf(repo, pull, open)));
}

/** Commits on the head that the base does not have, oldest first. */
export function pullCommits(repo: Repository, pull: PullRecord, open: boolean): CommitObject[] {
  const base = mergeBaseOf(repo, pull, open);
  const excluded = base ? ancestors(repo.git, base) : new Set<string>();
  return [...ancestors(repo.git, headShaOf(repo, pull, open))]
    .filter((sha) => !excluded.has(sha))
    .map((sha) => repo.git.commit(sha))
    .filter((c): c is CommitObject => c !== undefined)
    .sort((a, b) => Date.parse(a.committer.date) - Date.parse(b.committer.date));
}

const lines = (repo: Repository, sha: string | undefined): string[] => {
  const text = sha ? (repo.git.blob(sha)?.content.toString('utf8') ?? '') : '';
  if (text === '') return [];
  return text.replace(/\n$/, '').split('\n');
};

/** Added and deleted lines, by longest common subsequence (plain counts for very large files). */
export function lineStats(repo: Repository, change: FileChange): { additions: number; deletions: number } {
  const before = lines(repo, change.before?.sha);
  const after = lines(repo, change.after?.sha);
  if (before.length * after.length > 4_000_000) return { additions: after.length, deletions: before.length };
  let previous = new Array<number>(after.length + 1).fill(0);
  for (const line of before) {
    const row = [0];
    for (let j = 0; j < after.length; j++)
      row.push(line === after[j] ? (previous[j] as number) + 1 : Math.max(previous[j + 1] as number, row[j] as number));
    previous = row;
  }
  const common = previous[after.length] as number;
  return { additions: after.length - common, deletions: before.length - common };
}

export interface Mergeability {
  mergeable: boolean | null;
  state: 'clean' | 'dirty' | 'unknown';
  conflicts: string[];
}

export function mergeability(repo: Repository, pull: PullRecord, open: boolean): Mergeability {
  if (!open) return { mergeable: null, state: 'unknown', conflicts: [] };
  const baseSha = baseShaOf(repo, pull, open);
  const headSha = headShaOf(repo, pull, open);
  const base = mergeBase(repo.git, baseSha, headSha);
  const tree = (sha: string): string => repo.git.commit(sha)?.tree ?? '';
  const merged = mergeTrees(repo.git, base ? tree(base) : null, tree(baseSha), tree(headSha));
  return merged.conflicts.length > 0
    ? { mergeable: false, state: 'dirty', conflicts: merged.conflicts }
    : { mergeable: true, state: 'clean', conflicts: [] };
}
