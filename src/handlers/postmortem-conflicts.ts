// Conflicts on a postmortem pull request: an owned part of the file someone edited is reported in one
// comment each, by the workflow token (the trusted identity), carrying the conflict's id in a hidden
// marker. A conflict already reported by that identity is not reported again.
import type { GitHubGateway } from '../github/gateway.js';
import { parseMarkers } from '../state/markers.js';
import type { OwnedConflict } from '../domain/postmortem/merge-owned.js';
import { CONFLICT_MARKER, conflictComment } from '../domain/postmortem/pull-text.js';

/** Ids of the conflicts the pull request reports (in comments by `botLogin`). */
export async function reportedConflicts(gateway: GitHubGateway, pull: number, botLogin: string): Promise<string[]> {
  const ids: string[] = [];
  for (const comment of await gateway.listComments(pull)) {
    if (comment.author.toLowerCase() !== botLogin.toLowerCase()) continue;
    for (const found of parseMarkers(comment.body)) {
      const key = (found.data as { key?: unknown } | null)?.key;
      if (found.kind === CONFLICT_MARKER && typeof key === 'string') ids.push(key);
    }
  }
  return ids;
}

/** Posts one comment per conflict not yet reported; returns how many it posted. */
export async function reportConflicts(
  io: { gateway: GitHubGateway; botLogin: string },
  pull: number,
  conflicts: readonly OwnedConflict[],
  about: { incident: number; path: string; at: string },
): Promise<number> {
  if (conflicts.length === 0) return 0;
  // Read again right before posting: another run may have reported it since this one looked.
  const already = new Set(await reportedConflicts(io.gateway, pull, io.botLogin));
  let posted = 0;
  for (const conflict of conflicts) {
    if (already.has(conflict.id)) continue;
    await io.gateway.createComment(pull, conflictComment({ conflict, ...about }).body);
    already.add(conflict.id);
    posted += 1;
  }
  return posted;
}
