// Which incidents are open, for the sweep, without reading them all each time. Up to 100, the read-ahead
// lists them in the query it makes anyway. Past 100, listing them is a request per 100 (102 at 10,000,
// every 5 minutes: past GITHUB_TOKEN's 1,000 an hour), so the sweep lists them all only now and then and
// records in the schedule index the instant (`listed`) at which every open incident had an entry. A later
// sweep takes the index's incidents and corrects them with the 100 incidents updated last, which the
// read-ahead also fetched: when those reach back past `listed`, every change since is among them (an
// issue opened, closed, labelled or unlabelled is updated), and when the count GitHub gives for open
// incidents agrees, nothing is missing. Otherwise, or without a read-ahead, it lists them all again.
//
// Why not conditional requests (ETag, 304s cost nothing): GitHub's ETags are specific to the token, and
// every workflow run has a new GITHUB_TOKEN, so a validator kept from one sweep never matches in the next.
import type { Issue } from '../github/gateway.js';
import type { RunServices } from './run-services.js';
import type { ScheduleIndex } from '../state/schedule-index.js';

/** Margin for the difference between the runner's clock and GitHub's update times. */
const SKEW_MS = 5 * 60_000;

export interface OpenIncidents {
  numbers: Set<number>;
  /** The issues this run has in hand (all of them after a full listing). */
  known: Map<number, Issue>;
  /** Set when every open incident was listed: the index's new `listed` instant. */
  listed?: string;
}

export async function openIncidents(
  services: RunServices,
  label: string,
  index: ScheduleIndex,
  now: Date,
): Promise<OpenIncidents> {
  const { gateway, log } = services;
  const recent = gateway.recentIncidents(label);
  if (recent && recent.openCount > 100 && index.listed !== undefined) {
    const since = Date.parse(index.listed);
    const updated = recent.updated.filter((u) => Date.parse(u.updatedAt) >= since);
    if (recent.all || updated.length < recent.updated.length) {
      const numbers = new Set(Object.keys(index.incidents).map(Number));
      const known = new Map<number, Issue>();
      for (const { issue } of updated) {
        if (issue.state === 'open') {
          numbers.add(issue.number);
          known.set(issue.number, issue);
        } else numbers.delete(issue.number);
      }
      if (numbers.size === recent.openCount) {
        log.info(
          `Open incidents: the schedule index's as listed at ${index.listed}, with ${updated.length} updated since.`,
        );
        return { numbers, known };
      }
    }
  }
  const open = await gateway.listOpenIssues(label);
  const known = new Map(open.map((issue) => [issue.number, issue]));
  return {
    numbers: new Set(known.keys()),
    known,
    // Only worth recording past 100: below, the read-ahead lists them all at no cost.
    ...(open.length > 100 ? { listed: new Date(now.getTime() - SKEW_MS).toISOString() } : {}),
  };
}
