// The published on-call calendar (`status-page.oncall-calendar`, off by default): `oncall.ics` and
// `oncall/<login>.ics` on the status branch, the files `firebreak oncall --ics [--person <login>]` prints
// (domain/rotation/calendar.ts), 90 days from the write. A stamp on `firebreak/state`
// (state/calendar-stamp.ts: the digest of what was published, when, which files) says whether the
// calendar changed without reading it: the sweep's read-ahead fetches the stamp in its one query, so a
// sweep whose calendar is unchanged costs no request. This file decides what to publish and when; the
// executor writes it (executor/calendar.ts: only the files whose content changed, DTSTAMP aside). A person
// who no longer has a shift, and every file when the setting is turned off, gets an empty calendar, so
// subscribers see the shifts go. Writes: after every status-site write, and from the sweep at most once a day.
import type { Config } from '../config/types.js';
import { readStamp, writeCalendar } from '../executor/calendar.js';
import { applyRepositoryWrite, errorText } from '../executor/repository-writes.js';
import type { GitHubGateway } from '../github/gateway.js';
import {
  calendarDigest,
  stampFor,
  upToDate,
  type CalendarStamp,
  type WantedCalendar,
} from '../state/calendar-stamp.js';
import type { RunCache, RunServices } from './run-services.js';

/** The sweep rewrites a changed calendar at most this often (a sweep run by hand: whenever it changed). */
export const SWEEP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * The files to publish now, or null when there is nothing to do: the setting is off and nothing was
 * published (on the configured branch) before. Loads the calendar code (ical-generator) only when needed.
 */
export async function wantedCalendar(
  config: Config,
  stamp: CalendarStamp | null,
  now: Date,
): Promise<WantedCalendar | null> {
  const { branch, oncallCalendar: enabled } = config.statusPage;
  const before = stamp !== null && stamp.branch === branch ? stamp.files : [];
  if (!enabled && before.length === 0) return null;
  const { publishedCalendars, oncallCalendar } = await import('../domain/rotation/calendar.js');
  const current = enabled ? publishedCalendars(config, now) : {};
  const empty = oncallCalendar([], { from: now, days: 0, now, name: 'On call (no longer published)' });
  const files: Record<string, string> = { ...current };
  for (const path of before) if (!(path in files)) files[path] = empty.endsWith('\r\n') ? empty : `${empty}\r\n`;
  return { branch, files, published: Object.keys(current), digest: calendarDigest(files) };
}

/**
 * After a status-site write: publish the calendar when it changed (one read of the stamp, then the files
 * that differ). Empty text when the setting is off.
 */
export async function calendarWithSite(
  gateway: GitHubGateway,
  config: Config,
  defaultBranch: () => Promise<string>,
  now: Date,
): Promise<string> {
  // Off: nothing read here (a /publish run costs what it did); the sweep empties what was published.
  if (!config.statusPage.oncallCalendar) return '';
  const loaded = await readStamp(gateway);
  const wanted = await wantedCalendar(config, loaded.stamp, now);
  if (!wanted) return '';
  if (upToDate(loaded.stamp, wanted)) return 'on-call calendar up to date';
  return writeCalendar(gateway, {
    wanted,
    stamp: stampFor(wanted, now),
    stampSha: loaded.sha,
    base: await defaultBranch(),
  });
}

/**
 * The sweep's part: the stamp comes with the read-ahead, so an unchanged calendar (or the setting off)
 * costs no request. A changed one is written at most once a day (a sweep run by hand: at once); a write
 * that fails is logged as a failure (the job ends red) and retried by the next sweep.
 */
export async function sweepCalendar(services: RunServices, cache: RunCache): Promise<void> {
  const { gateway, clock, log, inputs, context } = services;
  const { config } = await cache.loadSettings();
  const now = clock.now();
  try {
    const loaded = await readStamp(gateway);
    const wanted = await wantedCalendar(config, loaded.stamp, now);
    if (!wanted || upToDate(loaded.stamp, wanted)) return;
    const last = loaded.stamp === null ? null : Date.parse(loaded.stamp.written);
    const byHand = context.eventName === 'workflow_dispatch';
    if (!byHand && last !== null && now.getTime() - last < SWEEP_INTERVAL_MS) {
      log.info(
        `On-call calendar changed; the sweep writes it at most once a day: after ${new Date(last + SWEEP_INTERVAL_MS).toISOString()}.`,
      );
      return;
    }
    const base = (await cache.repoInfo()).defaultBranch;
    const outcome = await applyRepositoryWrite(
      {
        kind: 'calendar',
        wanted,
        stamp: stampFor(wanted, now),
        stampSha: loaded.sha,
        base,
        describe: `write the on-call calendar to ${wanted.branch}`,
      },
      { gateway, dryRun: inputs.dryRun, budget: cache.budget, log },
    );
    if (outcome.status === 'done') log.info(outcome.value);
    else if (outcome.status === 'over-budget')
      log.warning('On-call calendar changed; the operations budget of this sweep is spent: the next sweep writes it.');
    else if (outcome.status === 'failed') throw outcome.error;
  } catch (error) {
    log.fail(`on-call calendar (status-page.oncall-calendar): ${errorText(error)}`);
  }
}
