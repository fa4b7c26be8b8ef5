// The schedule index: one small JSON file on branch `firebreak/state` saying, per open incident, when
// something next falls due. The sweep reads it (one request) instead of every incident's thread, so a
// sweep with nothing due costs ceil(N/100) + 2 requests. It is a cache: a missing or unreadable entry
// means "check now", and every incident run rewrites its own entry. Writes use the file's sha, so two
// runs cannot overwrite each other's entries.
import type { GitHubGateway } from '../github/gateway.js';
import { GitHubError } from '../github/errors.js';

export const INDEX_BRANCH = 'firebreak/state';
export const INDEX_PATH = 'schedule.json';

export interface IndexEntry {
  /** ISO instant something falls due next, or null when nothing will until the incident changes. */
  due: string | null;
  /** When the entry was computed. */
  checked: string;
  /**
   * The broken configuration version (its notice key) the incident was last reconciled under: while the
   * configuration is broken, the sweep looks at every incident not yet told about the current version.
   */
  config?: string;
}

export interface ScheduleIndex {
  version: 1;
  incidents: Record<string, IndexEntry>;
  /** When Firebreak paused the escalation workflow because nothing was due (sweep-schedule.ts). */
  paused?: string;
}

export interface LoadedIndex {
  index: ScheduleIndex;
  sha: string | null;
}

export async function readIndex(gateway: GitHubGateway): Promise<LoadedIndex> {
  const file = await gateway.getFile(INDEX_PATH, INDEX_BRANCH);
  if (!file) return { index: emptyIndex(), sha: null };
  return { index: parseIndex(file.content), sha: file.sha };
}

export function parseIndex(text: string): ScheduleIndex {
  try {
    const value = JSON.parse(text) as Partial<ScheduleIndex>;
    if (value.version === 1 && value.incidents && typeof value.incidents === 'object')
      return {
        version: 1,
        incidents: value.incidents,
        ...(typeof value.paused === 'string' ? { paused: value.paused } : {}),
      };
  } catch {
    // A damaged index is only a cache: start again and let every incident be checked.
  }
  return emptyIndex();
}

function emptyIndex(): ScheduleIndex {
  return { version: 1, incidents: {} };
}

/**
 * Whether the sweep must look at an incident now: no entry, its due time has come, or the configuration
 * is broken (`configKey`) and the incident has not been reconciled under this broken version yet.
 */
export function needsCheck(index: ScheduleIndex, number: number, now: Date, configKey: string | null = null): boolean {
  const entry = index.incidents[String(number)];
  if (!entry) return true;
  if (configKey !== null && entry.config !== configKey) return true;
  return entry.due !== null && Date.parse(entry.due) <= now.getTime();
}

/** The entry an incident run leaves: when to look again, and the broken configuration it ran under. */
export function entryOf(nextDue: Date | null, checked: Date, configKey: string | null): IndexEntry {
  return {
    due: nextDue?.toISOString() ?? null,
    checked: checked.toISOString(),
    ...(configKey !== null ? { config: configKey } : {}),
  };
}

export type IndexChange = { number: number; entry: IndexEntry | null };

/** The index as written, and as it was read just before. */
export interface IndexWrite {
  index: ScheduleIndex;
  before: ScheduleIndex;
}

/**
 * Applies changes (null entry = remove) and `paused` (null clears it, undefined keeps it), re-reading and
 * retrying when another run wrote in between. Nothing is written when nothing but `checked` times would
 * change. Returns the index as written and as read.
 */
export async function updateIndex(
  gateway: GitHubGateway,
  loaded: LoadedIndex | null,
  changes: IndexChange[],
  keep?: Set<number>,
  paused?: string | null,
): Promise<IndexWrite> {
  let current = loaded ?? (await readIndex(gateway));
  for (let attempt = 0; attempt < 4; attempt++) {
    const next = withPaused(
      applyChanges(current.index, changes, keep),
      paused === undefined ? current.index.paused : paused,
    );
    const text = `${JSON.stringify(next, null, 2)}\n`;
    const before = current.index;
    if (current.sha !== null && text === `${JSON.stringify(before, null, 2)}\n`) return { index: next, before };
    try {
      if (current.sha === null) await ensureBranch(gateway);
      await gateway.putFile({
        path: INDEX_PATH,
        branch: INDEX_BRANCH,
        content: text,
        message: `firebreak: schedule index (${changes.map((c) => `#${c.number}`).join(', ') || 'pruned'})`,
        ...(current.sha ? { sha: current.sha } : {}),
      });
      return { index: next, before };
    } catch (error) {
      const conflict = error instanceof GitHubError && (error.kind === 'conflict' || error.kind === 'validation');
      if (!conflict || attempt === 3) throw error;
      current = await readIndex(gateway);
    }
  }
  throw new Error('unreachable: the schedule index update either returns or throws');
}

function withPaused(index: ScheduleIndex, paused: string | null | undefined): ScheduleIndex {
  const { paused: _, ...rest } = index;
  return paused ? { ...rest, paused } : rest;
}

export function applyChanges(index: ScheduleIndex, changes: IndexChange[], keep?: Set<number>): ScheduleIndex {
  const incidents: Record<string, IndexEntry> = {};
  for (const [number, entry] of Object.entries(index.incidents)) {
    if (!keep || keep.has(Number(number))) incidents[number] = entry;
  }
  for (const change of changes) {
    const old = incidents[String(change.number)];
    // Only `checked` differs: keep the entry as it is, so an unchanged schedule costs no write.
    if (change.entry && old && old.due === change.entry.due && old.config === change.entry.config) continue;
    if (change.entry) incidents[String(change.number)] = change.entry;
    else delete incidents[String(change.number)];
  }
  const sorted = Object.fromEntries(Object.entries(incidents).sort(([a], [b]) => Number(a) - Number(b)));
  return { version: 1, incidents: sorted };
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
