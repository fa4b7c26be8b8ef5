// The schedule index's format: one small JSON file on branch `firebreak/state` saying, per open incident,
// when something next falls due. The sweep reads it (in its one read-ahead query) instead of every
// incident's thread, so a sweep with nothing due costs one request (handlers/open-incidents.ts). It is a
// cache: a missing or unreadable entry means "check now", and every incident run rewrites its own entry.
// It also carries the configuration stamp (state/config-stamp.ts): a missing one means "validate in full".
// Pure: reading and writing the file (with its sha, so two runs cannot overwrite each other's entries,
// and under the run's dry run) is executor/schedule-index.ts.

import { parseStamp, type ConfigStamp } from './config-stamp.js';

export const INDEX_BRANCH = 'firebreak/state';
export const INDEX_PATH = 'schedule.json';

export interface IndexEntry {
  /** ISO instant something falls due next, or null when nothing will until the incident changes. */
  due: string | null;
  /**
   * When the entry was computed: no longer written (at 10,000 incidents the index must stay small enough
   * for the read-ahead's one query), still read from older indexes.
   */
  checked?: string;
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
  /**
   * An instant at which every open incident had an entry here (a sweep listed them all, minus a margin for
   * clock skew): a later sweep need only look at the incidents updated since (open-incidents.ts).
   */
  listed?: string;
  /**
   * The configuration file that last passed the schema (state/config-stamp.ts): it rides along when an
   * incident run writes the index anyway, and is never the reason for a write.
   */
  validated?: ConfigStamp;
}

export interface LoadedIndex {
  index: ScheduleIndex;
  sha: string | null;
}

export function parseIndex(text: string): ScheduleIndex {
  try {
    const value = JSON.parse(text) as Partial<ScheduleIndex>;
    if (value.version === 1 && value.incidents && typeof value.incidents === 'object') {
      const validated = parseStamp(value.validated);
      return {
        version: 1,
        incidents: value.incidents,
        ...(typeof value.paused === 'string' ? { paused: value.paused } : {}),
        ...(typeof value.listed === 'string' && !Number.isNaN(Date.parse(value.listed))
          ? { listed: value.listed }
          : {}),
        ...(validated ? { validated } : {}),
      };
    }
  } catch {
    // A damaged index is only a cache: start again and let every incident be checked.
  }
  return emptyIndex();
}

export function emptyIndex(): ScheduleIndex {
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
export function entryOf(nextDue: Date | null, configKey: string | null): IndexEntry {
  return {
    due: nextDue?.toISOString() ?? null,
    ...(configKey !== null ? { config: configKey } : {}),
  };
}

export type IndexChange = { number: number; entry: IndexEntry | null };

/** The index as written, and as it was read just before. */
export interface IndexWrite {
  index: ScheduleIndex;
  before: ScheduleIndex;
}

export interface IndexUpdate {
  /** Only these incidents' entries stay (the sweep's open incidents and those with something due). */
  keep?: Set<number>;
  /** When the sweeps were paused; null clears it, undefined keeps what the index says. */
  paused?: string | null;
  /**
   * A new `listed` instant (the sweep listed every open incident); null removes it (it listed them, but
   * some have no entry); undefined keeps what the index says.
   */
  listed?: string | null;
  /** The configuration stamp this run would leave: written only when the index is written anyway. */
  validated?: ConfigStamp | null;
}

/**
 * The file's text: one line per incident, so that a diff of the state branch reads entry by entry and
 * 10,000 incidents stay under the 512 KB GraphQL returns of a file in one piece.
 */
export function serializeIndex(index: ScheduleIndex): string {
  const { incidents, ...rest } = index;
  const entries = Object.entries(incidents).map(([n, e]) => `    ${JSON.stringify(n)}: ${JSON.stringify(e)}`);
  const head = Object.entries(rest).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const body = entries.length > 0 ? `{\n${entries.join(',\n')}\n  }` : '{}';
  return `{\n${[...head, `  "incidents": ${body}`].join(',\n')}\n}\n`;
}

/** `next` with, for every entry changed since `read` (in `now`), the sooner of `next`'s and `now`'s. */
export function soonerWhereChanged(
  next: ScheduleIndex,
  read: Record<string, IndexEntry>,
  now: Record<string, IndexEntry>,
): ScheduleIndex {
  const incidents = { ...next.incidents };
  let merged = false;
  for (const [number, theirs] of Object.entries(now)) {
    if (JSON.stringify(read[number]) === JSON.stringify(theirs)) continue;
    const mine = incidents[number];
    if (mine === undefined || dueOf(theirs) < dueOf(mine)) {
      incidents[number] = theirs;
      merged = true;
    }
  }
  return merged ? { ...next, incidents: byNumber(incidents) } : next;
}

/** Entries in incident-number order, as the file keeps them. */
function byNumber(incidents: Record<string, IndexEntry>): Record<string, IndexEntry> {
  return Object.fromEntries(Object.entries(incidents).sort(([a], [b]) => Number(a) - Number(b)));
}

const dueOf = (entry: IndexEntry): number => (entry.due === null ? Infinity : Date.parse(entry.due));

/** `index` with the configuration stamp `validated` in place of its own (kept when null or undefined). */
export function withStamp(index: ScheduleIndex, validated: ConfigStamp | null | undefined): ScheduleIndex {
  return validated && validated !== index.validated ? { ...index, validated } : index;
}

/** `index` with `paused` set, or without it when null or undefined. */
export function withPaused(index: ScheduleIndex, paused: string | null | undefined): ScheduleIndex {
  const { paused: _, ...rest } = index;
  return paused ? { ...rest, paused } : rest;
}

export function applyChanges(
  index: ScheduleIndex,
  changes: IndexChange[],
  keep?: Set<number>,
  listed: string | null | undefined = index.listed,
): ScheduleIndex {
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
  // `paused` is not carried: the one writer (executor/schedule-index.ts) sets it with withPaused.
  return {
    version: 1,
    incidents: byNumber(incidents),
    ...(listed !== undefined && listed !== null ? { listed } : {}),
    ...(index.validated ? { validated: index.validated } : {}),
  };
}
