// The words Firebreak puts on a postmortem pull request: its body (with a status part Firebreak keeps up
// to date between owned-region markers, so a person's edits of the rest stay), the comment that reports a
// conflict once, and "the timeline and the front matter keys `resolved` and `reopened`". They say what
// happened, never what was meant to. Pure.
import { marker } from '../../state/markers.js';
import { findRegions, OWNED_CLOSE, ownedOpen } from './owned.js';
import type { OwnedConflict, OwnedPart } from './merge-owned.js';

export const CHECK_NAME = 'Firebreak postmortem';
const STATUS = 'status';

/** "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "the header, the timeline and the front matter keys `resolved` and `reopened`". */
export function describeParts(parts: readonly OwnedPart[]): string {
  const regions = parts.filter((p) => p.kind === 'region').map((p) => p.label);
  const keys = parts.filter((p) => p.kind === 'key').map((p) => `\`${p.name}\``);
  const whole = parts.some((p) => p.kind === 'front-matter');
  const front = whole
    ? ['the front matter']
    : keys.length === 0
      ? []
      : [`the front matter ${keys.length === 1 ? 'key' : 'keys'} ${listWords(keys)}`];
  return listWords([...regions, ...front]);
}

export interface PullStatus {
  /** "2026-03-02 15:00 UTC". */
  at: string;
  created: boolean;
  regenerated: OwnedPart[];
  kept: OwnedConflict[];
}

/** What the last write did, for the status part of the body. */
export function statusLines(status: PullStatus): string[] {
  const lines = [
    status.created
      ? `Written by Firebreak from the incident at ${status.at}.`
      : status.regenerated.length > 0
        ? `Last updated by Firebreak at ${status.at}: regenerated ${describeParts(status.regenerated)} from the incident.`
        : `Checked by Firebreak at ${status.at}: ${status.kept.length > 0 ? 'nothing else needed updating' : 'its parts were up to date'}.`,
  ];
  if (status.kept.length > 0)
    lines.push(
      `Kept people's edits of ${describeParts(status.kept)}: Firebreak no longer updates ${status.kept.length === 1 ? 'it' : 'them'} (see its comment on this pull request).`,
    );
  return lines;
}

export function pullBody(input: { incident: number; url: string; path: string; status: PullStatus }): string {
  return [
    `The postmortem of incident [#${input.incident}](${input.url}), written by Firebreak from the incident's history: \`${input.path}\`.`,
    '',
    '**What Firebreak keeps up to date.** The facts — the header, the metrics table and the timeline (between `<!-- firebreak:owned … -->` and `<!-- /firebreak:owned -->` lines) and the front matter keys its `# firebreak:owned` line lists — are rewritten whenever the incident changes (a reopen, another resolution, a new severity …). Everything else is yours and Firebreak never touches it. If you edit one of its parts, your edit is kept and Firebreak says so here; empty the part to have it written again, or delete its markers (or its name from the list) to take it over.',
    '',
    ownedOpen(STATUS),
    ...statusLines(input.status),
    OWNED_CLOSE,
    '',
    'Before merging, fill in every section marked `_TODO:` — summary, impact, root causes, contributing factors, what went well and wrong, where we got lucky — and give every action item an owner (`- [ ] … (@owner)`).',
    `The check **${CHECK_NAME}** lints the file (placeholders, owners, blameful language, front matter) on every change; make it a required status check of the default branch so an unfinished postmortem cannot be merged (\`firebreak doctor\` says whether it is).`,
    '',
    'Merging files each open action item as an issue and adds this postmortem to the learnings index.',
    '',
    `Refs #${input.incident}`,
  ].join('\n');
}

/** The body with its status part rewritten; null when people removed the part (the body is theirs then). */
export function withStatus(body: string, status: PullStatus): string | null {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const region = findRegions(lines).get(STATUS);
  if (!region) return null;
  return [...lines.slice(0, region.open + 1), ...statusLines(status), ...lines.slice(region.close)].join('\n');
}

/** The marker kind of conflict comments; the JSON holds the conflict's id. */
export const CONFLICT_MARKER = 'postmortem-conflict';

export function conflictComment(input: { conflict: OwnedConflict; incident: number; path: string; at: string }): {
  key: string;
  body: string;
} {
  const { conflict, incident, path } = input;
  const how =
    conflict.kind === 'region'
      ? [
          `- **Let Firebreak write it again:** delete everything between \`${ownedOpen(conflict.name)}\` and \`${OWNED_CLOSE}\` in \`${path}\`, keeping those two lines.`,
          '- **Take it over:** delete those two marker lines; the section is yours from then on and Firebreak leaves it alone.',
        ]
      : conflict.kind === 'key'
        ? [
            `- **Let Firebreak write it again:** delete the \`${conflict.name}:\` line from the front matter of \`${path}\`.`,
            `- **Take it over:** delete \`${conflict.name}\` from the \`# firebreak:owned\` line at the top of the front matter; the value is yours from then on.`,
          ]
        : [
            `- **Fix the front matter** of \`${path}\` so it reads as YAML again (\`firebreak postmortem lint\` points at the line); Firebreak then updates its keys again.`,
            '- **Take it over:** delete the `# firebreak:owned` line at the top of the front matter.',
          ];
  const heading =
    conflict.kind === 'front-matter'
      ? 'Firebreak could not update the front matter'
      : `Firebreak kept your edit of ${conflict.label}`;
  const what =
    conflict.kind === 'front-matter'
      ? 'the front matter no longer reads as YAML, so Firebreak left it as it is and its keys are not kept up to date.'
      : `Firebreak would have rewritten ${conflict.label} in \`${path}\`, but someone edited it since Firebreak last wrote it: it stays as you wrote it, and Firebreak no longer keeps it up to date.`;
  return {
    key: conflict.id,
    body: [
      marker(CONFLICT_MARKER, { key: conflict.id }),
      `### ${heading}`,
      '',
      `Bringing the postmortem up to date with incident #${incident} (${input.at}): ${what}`,
      '',
      'To resolve this, either:',
      ...how,
      '',
      `The next change to incident #${incident} (any comment on it will do) applies what you chose.`,
    ].join('\n'),
  };
}
