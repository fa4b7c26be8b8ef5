// The scheduled sweep: every open incident whose schedule-index entry says something is due (or that
// has no entry) is reconciled; the rest cost nothing. With nothing due: one request, the read-ahead of
// the configuration, the index and the open incidents (past 100 of them, see open-incidents.ts; a full
// listing, a request per 100, only when the index cannot say). While the configuration is
// broken, every incident not yet told about the broken version is looked at too (its notice). One
// incident that cannot be reconciled does not stop the others, but ends the job red (the next sweep
// retries it); an entry whose issue is gone (deleted or transferred) is dropped instead. With nothing due
// anywhere the escalation schedule is paused until an incident wakes it (sweep-schedule.ts).
import { issueGone } from '../github/errors.js';
import type { RunCache, RunServices } from './run-services.js';
import { NO_TRIGGER, reconcileIncident, type IncidentOutcome } from './incident.js';
import { entryOf, needsCheck, applyChanges, type IndexChange } from '../state/schedule-index.js';
import { readIndex, writeScheduleIndex } from '../executor/schedule-index.js';
import { keepSweepsNeeded, somethingDue } from './sweep-schedule.js';
import { openIncidents } from './open-incidents.js';
import { sweepCalendar } from './oncall-calendar.js';
import type { Issue } from '../github/gateway.js';

export async function sweep(services: RunServices, cache: RunCache): Promise<IncidentOutcome[]> {
  const { gateway, clock, log } = services;
  const { config } = await cache.loadSettings();
  const configKey = cache.configKey();
  const loaded = await readIndex(gateway);
  const now = clock.now();
  const listing = await openIncidents(services, config.labels.incident.name, loaded.index, now);
  const openNumbers = listing.numbers;
  // A closed incident can still have something due (a confirmed data breach's notification deadline).
  const closedDue = Object.entries(loaded.index.incidents)
    .filter(([n, entry]) => !openNumbers.has(Number(n)) && entry.due !== null && Date.parse(entry.due) <= now.getTime())
    .map(([n]) => Number(n));
  const due: Array<{ number: number; issue?: Issue }> = [
    ...[...openNumbers]
      .sort((a, b) => b - a)
      .filter((number) => needsCheck(loaded.index, number, now, configKey))
      .map((number) => ({ number, issue: listing.known.get(number) })),
    ...closedDue.map((number) => ({ number })),
  ];
  log.info(`Sweep at ${now.toISOString()}: ${openNumbers.size} open incident(s), ${due.length} to check.`);
  const outcomes: IncidentOutcome[] = [];
  const changes: IndexChange[] = [];
  for (const { number, issue } of due) {
    try {
      const outcome = await reconcileIncident(services, cache, number, NO_TRIGGER, issue);
      outcomes.push(outcome);
      const keep = outcome.handled && (openNumbers.has(number) || outcome.nextDue !== null);
      changes.push({ number, entry: keep ? entryOf(outcome.nextDue, configKey) : null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (issueGone(error)) {
        // Deleted or transferred: nothing here is due any more, and retrying would fail for ever.
        log.info(`[#${number}] the issue is no longer in this repository (${message}); its schedule entry is dropped.`);
        changes.push({ number, entry: null });
        continue;
      }
      // One broken incident must not stop the others; it stays due for the next sweep, and the job is red.
      log.fail(`[#${number}] ${message}`);
    }
  }
  // Entries of closed incidents are kept while something is still due for them.
  const keep = new Set([
    ...openNumbers,
    ...Object.entries(loaded.index.incidents)
      .filter(([, e]) => e.due !== null)
      .map(([n]) => Number(n)),
  ]);
  const stale = Object.keys(loaded.index.incidents).some((n) => !keep.has(Number(n)));
  // The index as this sweep leaves it (its `listed` aside, settled just below).
  const after = applyChanges(loaded.index, changes, keep);
  // `listed` promises that every open incident had an entry: not so when one without an entry could not
  // be reconciled (a later sweep trusting the index would leave it out whenever the count agrees by
  // coincidence). Then no instant is recorded (null clears it), and the next sweep lists them all again.
  const everyEntered = [...openNumbers].every((n) => after.incidents[String(n)] !== undefined);
  const listed = listing.listed === undefined ? undefined : everyEntered ? listing.listed : null;
  if (listed === null) log.info('Some open incidents have no schedule entry yet: the next sweep lists them all again.');
  // Anything due later, or anything this run could not do, keeps the schedule on; otherwise it pauses.
  const needed = somethingDue(after) || log.failure() !== null || log.totals().left > 0;
  const paused = await keepSweepsNeeded(services, loaded.index, needed, cache.budget);
  if (changes.length > 0 || stale || paused !== undefined || listed !== undefined) {
    const update = {
      keep,
      ...(paused !== undefined ? { paused } : {}),
      ...(listed !== undefined ? { listed } : {}),
      validated: cache.configStamp(),
    };
    const written = (await writeScheduleIndex(services, loaded, changes, update))?.index;
    // An incident run wrote a due entry between this sweep's read and its pause: switch straight back on.
    if (
      written &&
      paused &&
      somethingDue(written) &&
      (await keepSweepsNeeded(services, written, true, cache.budget)) === null
    )
      await writeScheduleIndex(services, null, [], { paused: null });
  }
  // The published on-call calendar (off by default): no request unless it changed, at most once a day.
  await sweepCalendar(services, cache);
  return outcomes;
}
