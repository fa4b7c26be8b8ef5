// When an incident's part of the status site must be written, and what it holds: on each `/publish` and
// on resolution or reopening of an incident that published something. Pure: states in, a write out.
import type { StatusPageConfig } from '../../config/types.js';
import type { PlannedWrite } from '../plan.js';
import type { IncidentState } from '../incident/state.js';
import type { PublishedIncident } from './model.js';

/** The branch GitHub Pages serves the status site from, unless `status-page.branch` says otherwise. */
export const STATUS_BRANCH = 'gh-pages';

/**
 * The site's address: `status-page.url` when configured (a custom domain), else GitHub Pages' default for
 * the repository (https://owner.github.io/name/).
 */
export function statusPageUrl(issueUrl: string, configured: string | null = null): string {
  if (configured !== null) return configured;
  const match = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\//.exec(issueUrl);
  if (!match) return 'the status page';
  const [, owner = '', name = ''] = match;
  return `https://${owner.toLowerCase()}.github.io/${name}/`;
}

/** This incident as the status site knows it: only its published updates, and its public facts. */
export function publishedIncident(state: IncidentState): PublishedIncident {
  return {
    number: state.number,
    severity: state.severity,
    status: state.status,
    security: state.security,
    services: [...state.services],
    openedAt: state.openedAt,
    resolvedAt: state.resolvedAt,
    updates: state.events.flatMap((e) =>
      e.type === 'published' ? [{ at: e.at, status: e.status, text: e.text, key: e.key ?? e.at }] : [],
    ),
  };
}

/**
 * The status-site write, when this decision changes what the site shows: a new published update, or a
 * resolution or reopening of an incident that published something. Null otherwise.
 */
export function statusPageWrite(
  before: IncidentState | null,
  after: IncidentState,
  page: Pick<StatusPageConfig, 'branch'> = { branch: STATUS_BRANCH },
): PlannedWrite | null {
  const published = (s: IncidentState | null): number => s?.events.filter((e) => e.type === 'published').length ?? 0;
  if (published(after) === 0) return null;
  const changed = published(after) > published(before) || (before?.resolvedAt ?? null) !== after.resolvedAt;
  if (!changed) return null;
  return {
    kind: 'statusPage',
    branch: page.branch,
    incident: publishedIncident(after),
    describe: `status page: incident #${after.number} (${after.resolvedAt ? 'resolved' : after.status})`,
  };
}
