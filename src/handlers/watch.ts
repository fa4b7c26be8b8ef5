// Watch mode: a fresh P0/P1 should not wait for GitHub's (late, sometimes skipped) schedule for its
// escalations. The job that triaged it stays alive while a page or a response breach is still ahead,
// up to `watch-minutes` after the incident was filed: it wakes when the next action falls due and
// reconciles the incident again, so every step of the matrix fires within seconds of being due.
//
// While it waits, the events of the incident's own thread queue behind it (the job's concurrency group),
// so it asks GitHub every `pollMs` whether the issue changed (a conditional request: answered 304 while
// nothing did, which costs no rate limit) and reconciles at once when it did: an `/ack` is answered
// within that time, and ends the watch. (A comment edit does not change the issue: the run queued
// behind the watch answers it.)
import { issueGone } from '../github/errors.js';
import { NO_TRIGGER, reconcileIncident, type IncidentOutcome } from './incident.js';
import type { RunCache, RunServices } from './run-services.js';
import { entryOf } from '../state/schedule-index.js';
import { writeScheduleIndex } from '../executor/schedule-index.js';

const WATCHED = new Set(['P0', 'P1']);
/** Wake a little after the due time, so the action is due when the run looks. */
const GRACE_MS = 5_000;
/** After a run that left work undone (a failed write), wait this long before trying again. */
const RETRY_MS = 60_000;

export async function watch(services: RunServices, cache: RunCache, first: IncidentOutcome): Promise<IncidentOutcome> {
  const { clock, inputs, log } = services;
  const minutes = inputs.watchMinutes;
  if (minutes <= 0 || !first.handled || !WATCHED.has(first.severity) || first.status === 'resolved') return first;
  // The window runs from the filing: a later run of the same incident (one queued behind the watch, or
  // a label change) watches what is left of it; an old incident is the sweep's business.
  const end = Math.min(Date.parse(first.openedAt) + minutes * 60_000, services.watchUntil?.getTime() ?? Infinity);
  let outcome = first;
  while (watching(outcome)) {
    const now = clock.now().getTime();
    const due = outcome.nextDue?.getTime() ?? Infinity;
    const wake = due <= now ? now + RETRY_MS : due + GRACE_MS;
    // Nothing urgent left inside the window (reminders are the sweep's business), or no time to wait.
    if ((outcome.nextUrgent as Date).getTime() + GRACE_MS > end || wake > end) break;
    log.info(
      `Watching #${outcome.number}: next action due ${new Date(Math.max(due, now)).toISOString()}, checking again in ${Math.round((wake - now) / 1000)} s.`,
    );
    const changed = await waitFor(services, outcome.number, wake);
    if (changed) log.info(`#${outcome.number} changed while watching: reconciling now.`);
    // Each wake does what a run of its own would have done (the events it answers queue behind it): it
    // gets a run's budget, so a busy thread cannot use up what the later pages need.
    cache.budget.renew();
    try {
      outcome = await reconcileIncident(services, cache, outcome.number, NO_TRIGGER);
    } catch (error) {
      if (!issueGone(error)) throw error;
      // Deleted or transferred while watched: nothing here is due any more (as in the sweep and dispatch).
      log.info(
        `#${outcome.number} is no longer in this repository (${error instanceof Error ? error.message : String(error)}): the watch ends.`,
      );
      await writeScheduleIndex(services, null, [{ number: outcome.number, entry: null }]);
      return { ...outcome, nextDue: null, nextUrgent: null };
    }
    await writeScheduleIndex(services, null, [
      { number: outcome.number, entry: entryOf(outcome.nextDue, cache.configKey()) },
    ]);
  }
  log.info(`Watch of #${first.number} ends.`);
  return outcome;
}

/** Still a watched incident with a page or breach ahead. */
function watching(outcome: IncidentOutcome): boolean {
  return (
    outcome.handled && outcome.status !== 'resolved' && WATCHED.has(outcome.severity) && outcome.nextUrgent !== null
  );
}

/**
 * Sleeps until `wake`, asking every poll interval whether the issue changed; true when it did (the run
 * reconciles early). Without polling, or when GitHub cannot say, it simply sleeps until `wake`.
 */
async function waitFor(services: RunServices, number: number, wake: number): Promise<boolean> {
  const { clock } = services;
  const poll = services.watchPollMs ?? null;
  let version: string | null = null;
  if (poll !== null && poll > 0) version = await versionOf(services, number);
  if (version === GONE) return true;
  for (;;) {
    const left = wake - clock.now().getTime();
    if (left <= 0) return false;
    if (version === null) {
      await clock.sleep(left);
      return false;
    }
    await clock.sleep(Math.min(poll as number, left));
    if (clock.now().getTime() >= wake) return false;
    const now = await versionOf(services, number);
    if (now === null) version = null;
    else if (now !== version) return true;
  }
}

/** Never the version of an issue: it is gone (deleted, transferred), so the watch reconciles at once. */
const GONE = '\u0000gone';

async function versionOf(services: RunServices, number: number): Promise<string | null> {
  try {
    return await services.gateway.issueVersion(number);
  } catch (error) {
    if (issueGone(error)) return GONE;
    services.log.warning(
      `Watching #${number}: could not ask whether the issue changed (${error instanceof Error ? error.message : String(error)}); waiting for the next due time instead.`,
    );
    return null;
  }
}
