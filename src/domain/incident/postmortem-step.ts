// Resolving an incident whose severity needs a postmortem opens it as a pull request, and from then on
// the pull request follows the incident: whenever the incident changes (a reopen, another resolution, a
// new severity or commander, a note), Firebreak's parts of the file — front matter facts, header, metrics,
// timeline — are brought up to date in place, and what people wrote is never touched (merge-owned.ts). An
// owned part someone edited is kept and reported on the pull request, once. Each resolution's pull
// request is announced on the incident (the `postmortem` event of the cycle records it), saying what was
// really done.
import { message } from '../message.js';
import { buildPostmortem, needsPostmortem } from '../postmortem/build.js';
import { mergeOwned, type OwnedConflict, type OwnedPart } from '../postmortem/merge-owned.js';
import { describeParts } from '../postmortem/pull-text.js';
import type { FileContent, PullRequest } from '../github-objects.js';
import { applyAll, commentWrite, record, type Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { incidentRef } from './present.js';
import type { IncidentState } from './state.js';

export const postmortemBranch = (number: number): string => `postmortem/incident-${number}`;

/** What the shell's write did to the pull request (the second pass announces it). */
export interface PostmortemWritten {
  created: boolean;
  regenerated: OwnedPart[];
  kept: OwnedConflict[];
}

export interface PostmortemFacts {
  /** The pull request from the postmortem branch, when the shell looked (see tracksPostmortem). */
  pull: PullRequest | null;
  /** The postmortem file at the open pull request's head; null when there is none (or it was not read). */
  file: FileContent | null;
  /** Ids of the conflicts the pull request already reports. */
  reported: string[];
  /** This run already wrote the pull request: what it did (the second pass only announces it). */
  written: PostmortemWritten | null;
  /** The incident's details must stay out of public files (a security incident in a public repository). */
  restricted: boolean;
  repository: string;
}

export function postmortemKey(cycle: number): string {
  return `postmortem:${cycle}`;
}

/** Whether this resolution still has its postmortem pull request to open (or announce). */
export function wantsPostmortem(draft: Pick<Draft, 'state' | 'config'>): boolean {
  const { state, config } = draft;
  return state.status === 'resolved' && needsPostmortem(state, config) && !state.keys.has(postmortemKey(state.cycle));
}

/** Whether the shell should look at the postmortem pull request: one is due, or one was opened. */
export function tracksPostmortem(draft: Pick<Draft, 'state' | 'config'>): boolean {
  return wantsPostmortem(draft) || announced(draft.state);
}

const announced = (state: IncidentState): boolean => state.events.some((e) => e.type === 'postmortem');

/**
 * Who reviews: the commander, else the people who acknowledged, mitigated and resolved it; then the
 * configured reviewers. Firebreak's own events are nobody's; the shell skips bots, the pull request's
 * author and people who are not collaborators.
 */
export function postmortemReviewers(state: IncidentState, reviewers: readonly string[]): string[] {
  const responders = state.events
    .filter((e) => e.type === 'acknowledged' || e.type === 'resolved' || (e.type === 'status' && e.to === 'mitigating'))
    .map((e) => e.by)
    .filter((by) => by !== 'firebreak');
  const people = state.commander ? [state.commander] : responders;
  const seen = new Set<string>();
  return [...people, ...reviewers.map((r) => r.replace(/^@/, ''))].filter((login) => {
    const key = login.toLowerCase();
    if (login === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function postmortemStep(draft: Draft, facts: PostmortemFacts): void {
  if (!tracksPostmortem(draft)) return;
  const { state, config } = draft;
  const wants = wantsPostmortem(draft);
  const open = facts.pull?.state === 'open' ? facts.pull : null;
  // A write this run is announced by the second pass, once it is done and GitHub shows the result.
  const check = facts.written ? null : planWrite(draft, facts, open, wants);
  // The write can find the postmortem merged already, with nothing new to propose: that pull request is it.
  const merged = facts.written && facts.pull?.merged ? facts.pull : null;
  const shown = open ?? merged;
  if (check === 'planned' || !shown || !wants) return;
  const event: IncidentEvent = {
    type: 'postmortem',
    pull: shown.number,
    url: shown.htmlUrl,
    at: draft.now.toISOString(),
    by: 'firebreak',
    key: postmortemKey(state.cycle),
  };
  const events = applyAll(draft, [event]);
  if (events.length === 0) return;
  const reviewers = merged ? [] : (shown.requestedReviewers ?? []);
  // Nothing to write this run: Firebreak's parts were already up to date (and their conflicts reported).
  const written =
    facts.written ?? (check?.kind === 'up-to-date' ? { created: false, regenerated: [], kept: check.kept } : null);
  const said = message(
    'postmortem-communication',
    {
      incident: incidentRef(draft.state, config, draft.issue.htmlUrl),
      pullNumber: shown.number,
      pullUrl: shown.htmlUrl,
      path: facts.file?.path ?? pathOf(shown) ?? '',
      reviewers,
      updated: state.cycle > 0 && written?.created !== true,
      regenerated: written ? describeParts(written.regenerated) : '',
      unchanged: written !== null && !written.created && written.regenerated.length === 0,
      kept: written ? describeParts(written.kept) : '',
      merged: merged !== null,
    },
    { record: record('postmortem', postmortemKey(state.cycle), events), allowMentions: reviewers },
  );
  draft.writes.push(
    commentWrite(postmortemKey(state.cycle), `postmortem announcement (pull request #${shown.number})`, said),
  );
}

type Planned = 'planned' | { kind: 'up-to-date'; kept: OwnedConflict[] } | null;

/** Opens the pull request, or brings Firebreak's parts of its file up to date when that changes anything. */
function planWrite(draft: Draft, facts: PostmortemFacts, open: PullRequest | null, wants: boolean): Planned {
  const { state, config } = draft;
  const file = buildPostmortem(state, {
    config,
    templates: draft.templates,
    url: draft.issue.htmlUrl,
    repository: facts.repository,
    now: draft.now,
    security: { restricted: facts.restricted },
  });
  let describe: string;
  if (open && facts.file) {
    const merged = mergeOwned(facts.file.content, file.content);
    const fresh = merged.kept.filter((k) => !facts.reported.includes(k.id));
    if (!merged.changed && fresh.length === 0) return { kind: 'up-to-date', kept: merged.kept };
    describe = [
      merged.changed
        ? `regenerate ${describeParts(merged.regenerated)} in the postmortem (pull request #${open.number})`
        : '',
      fresh.length > 0 ? `report that people edited ${describeParts(fresh)} (kept)` : '',
    ]
      .filter((s) => s !== '')
      .join('; ');
  } else if (wants) {
    describe = open
      ? `postmortem file in pull request #${open.number} (it was missing)`
      : `postmortem pull request from ${postmortemBranch(state.number)}`;
  } else {
    return null; // the pull request was closed, or its file deleted: that was someone's decision
  }
  draft.writes.push({
    kind: 'postmortem',
    pull: {
      branch: postmortemBranch(state.number),
      path: facts.file?.path ?? (open ? pathOf(open) : null) ?? file.path,
      content: file.content,
      title: `Postmortem: ${facts.restricted ? `security incident #${state.number}` : state.title} (#${state.number})`,
      incident: state.number,
      incidentUrl: draft.issue.htmlUrl,
      reviewers: postmortemReviewers(state, config.postmortem.reviewers),
      reported: facts.reported,
    },
    describe,
  });
  return 'planned';
}

/** The file the pull request's body names (Firebreak writes it there in backticks). */
export function pathOf(pull: PullRequest): string | null {
  return /`([^`\n]+\.md)`/.exec(pull.body)?.[1] ?? null;
}
