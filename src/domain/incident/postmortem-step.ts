// Resolving an incident whose severity needs a postmortem opens it as a pull request: decide asks for
// the pull request (created, or updated after a reopen) and, once GitHub shows it, announces it on the
// incident with the postmortem communication template. The `postmortem` event (one per response cycle)
// records the announcement, so neither happens twice.
import { buildPostmortem, needsPostmortem } from '../../postmortem/index.js';
import type { PullRequest } from '../../github/gateway.js';
import { applyAll, commentWrite, record, type Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { incidentRef } from './present.js';

export const postmortemBranch = (number: number): string => `postmortem/incident-${number}`;

export interface PostmortemFacts {
  /** The pull request from the postmortem branch, when the shell looked (resolved incidents only). */
  pull: PullRequest | null;
  /** This run already created or refreshed the pull request (the second pass only announces it). */
  written: boolean;
  /** The incident's details must stay out of public files (a security incident in a public repository). */
  restricted: boolean;
  repository: string;
}

export function postmortemKey(cycle: number): string {
  return `postmortem:${cycle}`;
}

/** Whether this run should look for (or open) the postmortem pull request. */
export function wantsPostmortem(draft: Pick<Draft, 'state' | 'config'>): boolean {
  const { state, config } = draft;
  return state.status === 'resolved' && needsPostmortem(state, config) && !state.keys.has(postmortemKey(state.cycle));
}

export function postmortemStep(draft: Draft, facts: PostmortemFacts): void {
  if (!wantsPostmortem(draft)) return;
  const { state, config } = draft;
  const branch = postmortemBranch(state.number);
  const reviewers = [...new Set([...(state.commander ? [state.commander] : []), ...config.postmortem.reviewers])];
  const open = facts.pull?.state === 'open' ? facts.pull : null;
  // Resolved again after a reopen: the same pull request gets the regenerated file (unless people
  // already committed to it — the shell checks and says so instead).
  if (!facts.written && (!open || state.cycle > 0)) {
    const file = buildPostmortem(state, { config, templates: draft.templates, url: draft.issue.htmlUrl, repository: facts.repository, now: draft.now, security: { restricted: facts.restricted } });
    draft.writes.push({
      kind: 'postmortem',
      pull: {
        branch,
        path: file.path,
        content: file.content,
        title: `Postmortem: ${facts.restricted ? `security incident #${state.number}` : state.title} (#${state.number})`,
        body: pullBody(state.number, draft.issue.htmlUrl, file.path),
        reviewers,
        commitMessage: `firebreak: postmortem for incident #${state.number}${state.cycle > 0 ? ` (resolved again, cycle ${state.cycle + 1})` : ''}`,
      },
      describe: `postmortem pull request from ${branch}`,
    });
  }
  if (!open) return; // announced once GitHub shows the pull request
  const event: IncidentEvent = { type: 'postmortem', pull: open.number, url: open.htmlUrl, at: draft.now.toISOString(), by: 'firebreak', key: postmortemKey(state.cycle) };
  const events = applyAll(draft, [event]);
  if (events.length === 0) return;
  const body = draft.templates.render(
    'postmortem-communication',
    {
      incident: incidentRef(draft.state, config, draft.issue.htmlUrl),
      pullNumber: open.number,
      pullUrl: open.htmlUrl,
      path: pathOf(open) ?? '',
      reviewers,
      updated: state.cycle > 0,
    },
    { marker: record('postmortem', postmortemKey(state.cycle), events), allowMentions: reviewers },
  );
  draft.writes.push(commentWrite(postmortemKey(state.cycle), `postmortem announcement (pull request #${open.number})`, body));
}

function pathOf(pull: PullRequest): string | null {
  return /`([^`]+\.md)`/.exec(pull.body)?.[1] ?? null;
}

function pullBody(number: number, url: string, path: string): string {
  return [
    `The postmortem of incident [#${number}](${url}), written by Firebreak from the incident's history: \`${path}\`.`,
    '',
    'Before merging, fill in every section marked `_TODO:` — summary, impact, root causes, contributing factors, what went well and wrong, where we got lucky — and give every action item an owner (`- [ ] … (@owner)`).',
    'The postmortem check lints the file (placeholders, owners, blameful language).',
    '',
    'Merging files each open action item as an issue and adds this postmortem to the learnings index.',
    '',
    `Refs #${number}`,
  ].join('\n');
}
