// Watch mode: a fresh P0/P1 should not wait for GitHub's (late, sometimes skipped) schedule for its first
// escalations. The job that triaged it stays alive for `watch-minutes`, waking when the next action falls
// due and reconciling the incident again, so early steps fire within about a minute of being due.
import { NO_TRIGGER, reconcileIncident, type IncidentOutcome } from './incident.js';
import type { RunCache, RunServices } from './run-services.js';
import { entryOf, updateIndex } from './schedule-index.js';

const WATCHED = new Set(['P0', 'P1']);
/** Wake a little after the due time, so the action is due when the run looks. */
const GRACE_MS = 5_000;

export async function watch(services: RunServices, cache: RunCache, first: IncidentOutcome): Promise<IncidentOutcome> {
  const { clock, inputs, log } = services;
  const minutes = inputs.watchMinutes;
  if (minutes <= 0 || !first.handled || !WATCHED.has(first.severity) || first.status === 'resolved') return first;
  const started = clock.now().getTime();
  // Only a fresh incident: one filed within the watch window (an old one is the sweep's business).
  if (started - Date.parse(first.openedAt) > minutes * 60_000) return first;
  const end = Math.min(started + minutes * 60_000, services.watchUntil?.getTime() ?? Infinity);
  let outcome = first;
  while (outcome.nextDue && outcome.status !== 'resolved' && WATCHED.has(outcome.severity)) {
    const wake = outcome.nextDue.getTime() + GRACE_MS;
    if (wake > end) break;
    const wait = Math.max(0, wake - clock.now().getTime());
    log.info(
      `Watching #${outcome.number}: next action due ${outcome.nextDue.toISOString()}, checking again in ${Math.round(wait / 1000)} s.`,
    );
    await clock.sleep(wait);
    outcome = await reconcileIncident(services, cache, outcome.number, NO_TRIGGER);
    if (!inputs.dryRun) {
      await updateIndex(services.gateway, null, [
        { number: outcome.number, entry: entryOf(outcome.nextDue, clock.now(), cache.configKey()) },
      ]);
    }
  }
  log.info(`Watch of #${first.number} ends.`);
  return outcome;
}
