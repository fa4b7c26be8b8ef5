// A second copy of what the thread proves, kept in the live summary's record: the incident's state
// without its event list, the idempotency keys and the last answered command comment. When a person
// edits or blanks one of Firebreak's comments, its record stops being trusted; the fold then starts from
// this copy, so no page is repeated (the key is still known) and none is dropped (the fact still is).
// Bounded like every record: the state's values are bounded already, and the lists are capped.
import type { IncidentState } from './state.js';

/** Keys kept in the copy: the most recent ones (an incident's keys grow only with time and commands). */
const MAX_KEYS = 200;
const MAX_DELIVERIES = 50;

export interface Snapshot {
  state: Omit<IncidentState, 'events' | 'keys' | 'deliveries'> & { deliveries: IncidentState['deliveries'] };
  /** Idempotency keys: event keys and `comment:` keys of Firebreak's own comments. */
  keys: string[];
  /** Every command comment up to this id had been answered. */
  answeredThrough: number;
}

export function snapshotOf(state: IncidentState, commentKeys: Iterable<string>, answeredThrough: number): Snapshot {
  const { events: _events, keys, deliveries, ...rest } = state;
  const failed = Object.entries(deliveries)
    .filter(([, d]) => !d.ok)
    .slice(-MAX_DELIVERIES);
  // A command's keys matter only until its comment is known to be answered: answeredThrough covers those.
  const covered = (key: string) =>
    /^cmd:(\d+):/.exec(key)?.[1] !== undefined && Number(/^cmd:(\d+):/.exec(key)?.[1]) <= answeredThrough;
  const all = [
    ...new Set(
      [...[...keys].filter((k) => !covered(k)), ...commentKeys].filter(
        (k) => !/^comment:reply:(\d+)$/.test(k) || Number(k.slice(14)) > answeredThrough,
      ),
    ),
  ];
  return { state: { ...rest, deliveries: Object.fromEntries(failed) }, keys: all.slice(-MAX_KEYS), answeredThrough };
}

/** The state the copy describes, with no events (the timeline of damaged comments is gone). */
export function stateFrom(snapshot: Snapshot): IncidentState {
  return { ...snapshot.state, events: [], keys: new Set(snapshot.keys.filter((k) => !k.startsWith('comment:'))) };
}

/** Whether a value read from a record is a snapshot this code can use. */
export function isSnapshot(value: unknown): value is Snapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<Snapshot>;
  return (
    Boolean(
      v.state &&
        typeof v.state === 'object' &&
        typeof v.state.number === 'number' &&
        typeof v.state.severity === 'string',
    ) &&
    Array.isArray(v.keys) &&
    typeof v.answeredThrough === 'number'
  );
}
