// Reading and writing the schedule index (its format: state/schedule-index.ts). Every write of it goes
// through `writeScheduleIndex`, under the run's rules: in a dry run it is logged, not made. It is not
// under the operations budget: the index is what keeps incidents escalating (the sweep finds what is due
// there), so a spent budget must never leave an entry unwritten. Writes carry the file's sha: when another
// run wrote in between, the index is read again and the change applied to what it holds.
import type { GitHubGateway } from '../github/gateway.js';
import { GitHubError } from '../github/errors.js';
import {
  INDEX_BRANCH,
  INDEX_PATH,
  applyChanges,
  emptyIndex,
  parseIndex,
  serializeIndex,
  soonerWhereChanged,
  withPaused,
  withStamp,
  type IndexChange,
  type IndexUpdate,
  type IndexWrite,
  type LoadedIndex,
} from '../state/schedule-index.js';

export async function readIndex(gateway: GitHubGateway): Promise<LoadedIndex> {
  const file = await gateway.getFile(INDEX_PATH, INDEX_BRANCH);
  if (!file) return { index: emptyIndex(), sha: null };
  return { index: parseIndex(file.content), sha: file.sha };
}

/** What a write needs of the run (its RunServices fit): the gateway, the dry-run input and the log. */
export interface IndexWriteContext {
  gateway: GitHubGateway;
  inputs: { dryRun: boolean };
  log: { info(line: string): void };
}

/**
 * The one way a run changes the schedule index: `updateIndex`, or in a dry run a log line saying what
 * would change. Returns the index as written and as read, or null in a dry run (nothing was written).
 */
export async function writeScheduleIndex(
  ctx: IndexWriteContext,
  loaded: LoadedIndex | null,
  changes: IndexChange[],
  update: IndexUpdate = {},
): Promise<IndexWrite | null> {
  if (ctx.inputs.dryRun) {
    ctx.log.info(`dry run, would: update the schedule index (${describeChanges(changes, update)})`);
    return null;
  }
  return updateIndex(ctx.gateway, loaded, changes, update);
}

function describeChanges(changes: IndexChange[], update: IndexUpdate): string {
  const parts = changes.map((c) => (c.entry ? `#${c.number} due ${c.entry.due ?? 'never'}` : `#${c.number} removed`));
  if (update.keep) parts.push(`keep ${update.keep.size} entries`);
  if (update.paused !== undefined) parts.push(update.paused ? `paused at ${update.paused}` : 'not paused');
  if (update.listed !== undefined) parts.push(update.listed ? `listed at ${update.listed}` : 'listed cleared');
  if (update.validated) parts.push('configuration stamp');
  return parts.join(', ') || 'no change';
}

/**
 * Applies changes (null entry = remove), `paused`, `listed` and the configuration stamp, re-reading and
 * retrying when another run wrote in between. Nothing is written when nothing but `checked` times or the
 * stamp would change. Returns the index as written and as read.
 */
async function updateIndex(
  gateway: GitHubGateway,
  loaded: LoadedIndex | null,
  changes: IndexChange[],
  update: IndexUpdate = {},
): Promise<IndexWrite> {
  const { keep, paused, listed, validated } = update;
  let current = loaded ?? (await readIndex(gateway));
  // What the caller decided from. After a conflict, an entry another run wrote since is not the caller's
  // to drop or overwrite on stale knowledge: the sooner of the two stands (a cache that checks too early
  // costs a look; one that drops a new incident's or a reopened one's entry stops its escalation).
  const read = current.index.incidents;
  for (let attempt = 0; attempt < 4; attempt++) {
    const next = withPaused(
      soonerWhereChanged(applyChanges(current.index, changes, keep, listed), read, current.index.incidents),
      paused === undefined ? current.index.paused : paused,
    );
    const before = current.index;
    if (current.sha !== null && serializeIndex(next) === serializeIndex(before)) return { index: next, before };
    // The configuration stamp rides along with a write that happens anyway; it never causes one.
    const written = withStamp(next, validated);
    const text = serializeIndex(written);
    try {
      if (current.sha === null) await ensureBranch(gateway);
      await gateway.putFile({
        path: INDEX_PATH,
        branch: INDEX_BRANCH,
        content: text,
        message: `firebreak: schedule index (${changes.map((c) => `#${c.number}`).join(', ') || 'pruned'})`,
        ...(current.sha ? { sha: current.sha } : {}),
      });
      return { index: written, before };
    } catch (error) {
      const conflict = error instanceof GitHubError && (error.kind === 'conflict' || error.kind === 'validation');
      if (!conflict || attempt === 3) throw error;
      current = await readIndex(gateway);
    }
  }
  throw new Error('unreachable: the schedule index update either returns or throws');
}

async function ensureBranch(gateway: GitHubGateway): Promise<void> {
  if (await gateway.getBranchSha(INDEX_BRANCH)) return;
  const repo = await gateway.getRepo();
  const base = await gateway.getBranchSha(repo.defaultBranch);
  if (!base)
    throw new Error(`Cannot create branch ${INDEX_BRANCH}: the default branch ${repo.defaultBranch} has no commits.`);
  try {
    await gateway.createBranch(INDEX_BRANCH, base);
  } catch (error) {
    // Created by a concurrent run in the meantime.
    if (!(error instanceof GitHubError && error.kind === 'validation')) throw error;
  }
}
