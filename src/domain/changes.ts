// What changed before an incident began: the pull requests merged, the deployments and the releases in
// the configured window before it was filed, newest first and capped. A pull request counts for an
// incident when it changed a file matching the paths (`services.<id>.paths`) of one of the incident's
// services; deployments and releases name no files, so they always count. With no service, or services
// without paths, every merged pull request counts. Pure: the shell reads the lists (github/changes.ts).
import type { Config } from '../config/types.js';
import { formatDuration } from '../config/duration.js';
import type { ChangesView } from './views.js';
import type { IncidentEvent } from './incident/events.js';
import { utc } from './incident/present.js';
import { globToRegExp } from '../text/glob.js';
import { stripControls } from '../text/controls.js';
import { cutToBudget } from './incident/bounds.js';
import type { ChangeLists } from './github-objects.js';

export type ChangeKind = 'pull' | 'deployment' | 'release';

/** One change as the alert lists it and its record keeps it. */
export interface ChangeItem {
  kind: ChangeKind;
  /** When it happened: merged, deployed (created) or published. */
  at: string;
  /** "#12", "v2.4.0", "production". */
  ref: string;
  /** The pull request's or release's title; the deployed ref for a deployment. Cut to TITLE_BUDGET. */
  title: string;
  url: string;
  by: string;
}

export interface WhatChanged {
  /** Start and end of the window (ISO). */
  since: string;
  until: string;
  /** Newest first, at most the limit. */
  items: ChangeItem[];
  /** Changes in the window beyond the limit. */
  more: number;
  /** The lists read did not reach back to the start of the window: older changes may be missing. */
  incomplete: boolean;
}

/** Characters of a title kept (what people typed: bounded like every value of a record). */
export const TITLE_BUDGET = 120;
const LOGIN_BUDGET = 60;
const REF_BUDGET = 80;
const URL_BUDGET = 300;

/** The window's end: when the incident was filed (or its alert fired). */
export function changesWindow(config: Config, filedAt: string): { since: string; until: string } {
  const until = new Date(filedAt);
  return {
    since: new Date(until.getTime() - config.changes.window * 60_000).toISOString(),
    until: until.toISOString(),
  };
}

/** The path globs of the incident's services; empty when none of them has paths (then nothing is filtered). */
export function serviceGlobs(config: Config, services: readonly string[]): string[] {
  return [...new Set(services.flatMap((id) => config.services[id]?.paths ?? []))];
}

export function whatChanged(
  lists: ChangeLists,
  window: { since: string; until: string },
  globs: readonly string[],
  limit: number,
): WhatChanged {
  const since = Date.parse(window.since);
  const until = Date.parse(window.until);
  const inWindow = (at: string) => {
    const t = Date.parse(at);
    return Number.isFinite(t) && t >= since && t <= until;
  };
  const patterns = globs.flatMap((g) => compiled(g.replace(/^\.?\/+/, '')));
  const touches = (files: readonly string[] | null, cut: boolean) =>
    globs.length === 0 || files === null || cut || files.some((f) => patterns.some((p) => p.test(f)));
  const all: ChangeItem[] = [
    ...lists.pulls
      .filter((p) => p.mergedAt !== null && inWindow(p.mergedAt) && touches(p.files, p.filesCut))
      .map((p) => item('pull', p.mergedAt ?? '', `#${p.number}`, p.title, p.url, p.author)),
    ...lists.deployments
      .filter((d) => inWindow(d.createdAt))
      .map((d) => item('deployment', d.createdAt, d.environment, d.ref, d.url, d.creator)),
    ...lists.releases
      .filter((r) => r.publishedAt !== null && inWindow(r.publishedAt))
      .map((r) => item('release', r.publishedAt ?? '', r.tag, r.name || r.tag, r.url, r.author)),
  ];
  // Newest first; at the same second, pull requests before the deployments and releases they lead to.
  const order: Record<ChangeKind, number> = { release: 0, deployment: 1, pull: 2 };
  all.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || order[a.kind] - order[b.kind]);
  const reaches = (back: string | null) => back === null || Date.parse(back) <= since;
  return {
    since: window.since,
    until: window.until,
    items: all.slice(0, limit),
    more: Math.max(0, all.length - limit),
    incomplete: !(
      reaches(lists.completeSince.pulls) &&
      reaches(lists.completeSince.deployments) &&
      reaches(lists.completeSince.releases)
    ),
  };
}

/** A glob as a pattern; one that makes no valid pattern ("[z-a]") matches nothing rather than stopping triage. */
function compiled(glob: string): RegExp[] {
  try {
    return [globToRegExp(glob)];
  } catch {
    return [];
  }
}

function item(kind: ChangeKind, at: string, ref: string, title: string, url: string, by: string): ChangeItem {
  const clean = (text: string, budget: number) => cutToBudget(stripControls(text).replace(/\s+/g, ' ').trim(), budget);
  return {
    kind,
    at: new Date(at).toISOString().replace(/\.\d+Z$/, 'Z'),
    ref: clean(ref, REF_BUDGET),
    title: clean(title, TITLE_BUDGET),
    url: /^https?:\/\//.test(url) ? clean(url, URL_BUDGET) : '',
    by: clean(by, LOGIN_BUDGET),
  };
}

/** What the shell read for triage: the window, and the lists or why they could not be read. */
export interface ChangesFacts {
  window: { since: string; until: string };
  lists: ChangeLists | null;
  /** Why the lists could not be read (null when they were). */
  error: string | null;
}

/** The record of what changed, for the internal alert's hidden record (and so the postmortem). */
export function changesEvent(
  facts: ChangesFacts,
  config: Config,
  services: readonly string[],
  at: string,
): Extract<IncidentEvent, { type: 'changes' }> {
  const found = facts.lists
    ? whatChanged(facts.lists, facts.window, serviceGlobs(config, services), config.changes.limit)
    : null;
  return {
    type: 'changes',
    at,
    by: 'firebreak',
    key: 'changes',
    since: facts.window.since,
    until: facts.window.until,
    items: found?.items ?? [],
    more: found?.more ?? 0,
    incomplete: found?.incomplete ?? false,
    error: !found
      ? cutToBudget(stripControls(facts.error ?? 'unknown error'), 300)
      : facts.lists && facts.lists.unread.length > 0
        ? cutToBudget(stripControls(facts.lists.unread.join('; ')), 300)
        : null,
  };
}

const KIND_NAMES: Record<ChangeKind, string> = {
  pull: 'Pull request',
  deployment: 'Deployment',
  release: 'Release',
};

/** The section as the templates show it. */
export function changesView(event: Extract<IncidentEvent, { type: 'changes' }>): ChangesView {
  const minutes = Math.round((Date.parse(event.until) - Date.parse(event.since)) / 60_000);
  // Records are read from comments: take nothing for granted about their shape.
  const items = Array.isArray(event.items) ? event.items.filter(isItem) : [];
  return {
    window: minutes > 0 && minutes % 60 === 0 && minutes <= 72 * 60 ? `${minutes / 60} hours` : formatDuration(minutes),
    items: items.map((i) => ({
      at: utc(i.at),
      kind: KIND_NAMES[i.kind],
      ref: i.ref,
      title: i.title,
      url: i.url,
      by: i.by,
    })),
    none: !event.error && items.length === 0,
    more: typeof event.more === 'number' ? event.more : 0,
    incomplete: event.incomplete === true,
    error: event.error ?? '',
  };
}

function isItem(value: unknown): value is ChangeItem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    v.kind in KIND_NAMES &&
    ['at', 'ref', 'title', 'url', 'by'].every((k) => typeof v[k] === 'string')
  );
}
