// Time zones for the rotation arithmetic without an Intl.DateTimeFormat on the hot path. luxon's IANAZone
// reads every offset through a DateTimeFormat, and ICU's first DateTimeFormat costs about 17 ms (its
// pattern data), a tenth of a triage run's CPU. Node reads the same ICU time-zone database for Date's local
// time, which follows process.env.TZ (Node resets V8's zone cache on each assignment): a zone's offsets for
// a year are read there in one synchronous step — TZ set, read, restored, no other code runs in between —
// and kept as that year's transitions. Only names Intl lists (its canonical zones) are read this way; any
// other name (an alias such as "US/Eastern", another spelling) and any instant outside FIRST_YEAR–LAST_YEAR
// goes to luxon's IANAZone as before. test/time/zone.test.ts holds both to the same answers in every zone.
// Not in the pure core's folders because it assigns process.env.TZ, though it answers like a pure function.
import { IANAZone, Zone } from 'luxon';

// From 1980: before 1972 some zones (Africa/Monrovia) kept offsets of fractional minutes, which Date rounds.
const FIRST_YEAR = 1980;
const LAST_YEAR = 2199;
/** Offsets are sampled this far apart and bisected where they differ: no zone has had two changes within it since 1980. */
const SAMPLE_MS = 6 * 3_600_000;

let listed: Set<string> | null = null;

/** Whether Intl lists the name as a time zone (about 2 ms once, against 17 ms for a DateTimeFormat). */
export function isListedZone(name: string): boolean {
  listed ??= new Set(Intl.supportedValuesOf('timeZone'));
  return listed.has(name);
}

interface YearTable {
  /** Instants (epoch ms) from which offsets[i + 1] holds; before starts[0], offsets[0]. */
  starts: number[];
  /** Minutes east of UTC, as luxon's Zone.offset answers. */
  offsets: number[];
}

/** A listed IANA zone whose offsets come from Date's local time under TZ=name, a year at a time. */
class TableZone extends Zone {
  private readonly years = new Map<number, YearTable>();
  private fallback: IANAZone | null = null;

  constructor(private readonly zoneName: string) {
    super();
  }

  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.zoneName;
  }
  /** luxon reads it when it writes a zone name (toISO with extendedZone). */
  get ianaName(): string {
    return this.zoneName;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return true;
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.zoneName;
  }
  // Names and formatted offsets are for display (rare, not on the triage path): luxon's own answer.
  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.iana().offsetName(ts, options);
  }
  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.iana().formatOffset(ts, format);
  }

  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return NaN;
    const year = new Date(ts).getUTCFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) return this.iana().offset(ts);
    let table = this.years.get(year);
    if (!table) {
      table = readYear(this.zoneName, year);
      this.years.set(year, table);
    }
    let lo = 0;
    let hi = table.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((table.starts[mid] as number) <= ts) lo = mid + 1;
      else hi = mid;
    }
    return table.offsets[lo] as number;
  }

  private iana(): IANAZone {
    this.fallback ??= IANAZone.create(this.zoneName);
    return this.fallback;
  }
}

/** The zone's transitions during `year` (UTC), read with TZ set to it; TZ is as before on return. */
function readYear(name: string, year: number): YearTable {
  const before = process.env.TZ;
  process.env.TZ = name;
  try {
    // luxon's offsets drop the instant's milliseconds; so does this (the same second, the same answer).
    const at = (ms: number): number => {
      const whole = ms - (((ms % 1000) + 1000) % 1000);
      return -new Date(whole).getTimezoneOffset();
    };
    const from = Date.UTC(year, 0, 1);
    const to = Date.UTC(year + 1, 0, 1);
    const starts: number[] = [];
    const offsets = [at(from)];
    let previous = from;
    let current = offsets[0] as number;
    for (let t = from + SAMPLE_MS; previous < to; t += SAMPLE_MS) {
      const point = Math.min(t, to);
      const offset = at(point);
      if (offset !== current) {
        // The first second at `offset`, between `previous` (still at `current`) and `point`.
        let lo = previous;
        let hi = point;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (at(mid) === current) lo = mid;
          else hi = mid;
        }
        starts.push(hi);
        offsets.push(offset);
        current = offset;
      }
      previous = point;
    }
    return { starts, offsets };
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

const zones = new Map<string, TableZone>();

/**
 * What to hand luxon as the zone `name`: a table-backed zone for a name Intl lists, else the name itself
 * (luxon reads "UTC" without Intl, and any other name through its IANAZone).
 */
export function zoneFor(name: string): Zone | string {
  if (!isListedZone(name)) return name;
  let zone = zones.get(name);
  if (!zone) {
    zone = new TableZone(name);
    zones.set(name, zone);
  }
  return zone;
}
