// The postmortem Firebreak proposes when an incident is resolved: the facts already written (front matter
// for machines, timeline for people), the analysis left to the team as `_TODO:` placeholders that the lint
// refuses to let through. The facts are marked as Firebreak's (owned.ts) and stamped with digests, so later
// changes to the incident can rewrite them in place (merge-owned.ts) and leave the team's text alone.
// Pure: the caller passes the folded incident, the clock and the templates.
import type { Config } from '../../config/types.js';
import type { IncidentState } from '../incident/state.js';
import { between, incidentRef, utc } from '../incident/present.js';
import type { PostmortemTemplates } from '../templates.js';
import type { ChangesView, PostmortemView } from '../views.js';
import { changesView } from '../changes.js';
import { responseClocks } from './clocks.js';
import { isoTime, writeFrontMatter, type PostmortemFrontMatter } from './front-matter.js';
import { stampOwned } from './merge-owned.js';
import { ownedKeysComment } from './owned.js';
import { postmortemPath, postmortemSlug } from './slug.js';
import { diagramPoints, postmortemTimeline } from './timeline.js';

export interface PostmortemContext {
  config: Config;
  templates: PostmortemTemplates;
  /** The incident issue's URL. */
  url: string;
  /** "owner/name" of the repository the file goes to (the caller's; nothing here depends on it yet). */
  repository: string;
  now: Date;
  /** A security incident whose details must stay out of this repository's files. */
  security: { restricted: boolean };
}

export interface PostmortemFile {
  /** "docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md". */
  path: string;
  content: string;
}

// A file, not a comment: GitHub's comment limit does not apply, but a runaway timeline still gets cut.
const POSTMORTEM_LIMIT = 1_000_000;

const ROLE_TITLES: Record<string, string> = { scribe: 'Scribe', comms: 'Communications', liaison: 'Customer liaison' };

/** Whether resolving this incident opens a postmortem: its severity's `postmortem` flag. */
export function needsPostmortem(state: IncidentState, config: Pick<Config, 'severities'>): boolean {
  return config.severities[state.severity]?.postmortem === true;
}

/** The generic title a restricted security incident gets everywhere public. */
export function restrictedTitle(number: number): string {
  return `Security incident #${number}`;
}

/** What triage recorded in the internal alert about what changed before the incident began. */
function recordedChanges(state: IncidentState): ChangesView | null {
  const event = [...state.events].reverse().find((e) => e.type === 'changes');
  return event?.type === 'changes' ? changesView(event) : null;
}

export function buildPostmortem(state: IncidentState, ctx: PostmortemContext): PostmortemFile {
  const restricted = ctx.security.restricted;
  // GitHub refuses empty issue titles, but the schema needs one whatever the history says.
  const title = restricted
    ? restrictedTitle(state.number)
    : state.title.trim() === ''
      ? `Incident #${state.number}`
      : state.title;
  const clocks = responseClocks(state, ctx.config, ctx.now);
  const services = restricted ? [] : state.services;
  const resolvedAt = state.resolvedAt ?? clocks.firstResolvedAt;

  const frontMatter: PostmortemFrontMatter = {
    incident: state.number,
    url: ctx.url,
    title,
    severity: state.severity,
    services,
    started: isoTime(state.startedAt) ?? isoTime(clocks.detectedAt)!,
    detected: isoTime(clocks.detectedAt)!,
    acknowledged: isoTime(clocks.acknowledgedAt),
    mitigated: isoTime(clocks.mitigatedAt),
    resolved: isoTime(resolvedAt),
    'time-to-acknowledge': clocks.timeToAcknowledge,
    'time-to-mitigate': clocks.timeToMitigate,
    'time-to-resolve': clocks.timeToResolve,
    reopened: clocks.reopened,
    commander: state.commander,
    roles: { ...state.roles },
    security: state.security,
    'response-breach': clocks.responseBreach,
    'action-items': [],
  };

  const view: PostmortemView = {
    incident: { ...incidentRef(state, ctx.config, ctx.url), title },
    summary: '',
    impact: restricted ? '' : (state.impact ?? ''),
    services: services.map((s) => ctx.config.services[s]?.name ?? s),
    commander: state.commander ?? '',
    roles: Object.entries(state.roles).map(([role, login]) => ({
      role: ROLE_TITLES[role] ?? role,
      login: login ?? '',
    })),
    startedAt: utc(state.startedAt),
    detectedAt: utc(clocks.detectedAt),
    acknowledgedAt: utc(clocks.acknowledgedAt),
    mitigatedAt: utc(clocks.mitigatedAt),
    resolvedAt: utc(resolvedAt),
    timeToAcknowledge: between(clocks.detectedAt, clocks.acknowledgedAt),
    timeToMitigate: between(clocks.detectedAt, clocks.mitigatedAt),
    timeToResolve: between(clocks.detectedAt, clocks.firstResolvedAt),
    timeline: postmortemTimeline(state.events, restricted),
    diagram: diagramPoints(state.events, restricted),
    rootCauses: [],
    contributingFactors: [],
    wentWell: [],
    wentWrong: [],
    lucky: [],
    actionItems: [],
    changes: restricted ? null : recordedChanges(state),
  };

  const body = ctx.templates.render('postmortem', view, { limit: POSTMORTEM_LIMIT });
  return {
    path: postmortemPath(
      ctx.config.postmortem.directory,
      state.openedAt,
      postmortemSlug(title, `incident-${state.number}`),
    ),
    content: stampOwned(`---\n${ownedKeysComment()}\n${writeFrontMatter(frontMatter).slice(4)}\n${body}`),
  };
}
