// Restricted handling of security reports in repositories anyone can read: the reported details leave
// the issue, and only a digest stays, so the original can be matched later without being shown. The
// replacement text is built from the digest and the private channel alone — never from the report.
import type { IncidentState } from '../incident/state.js';
import { sha256Hex } from './digest.js';

/** As the GitHub API reports it; anything else (or unknown) is treated as public. */
export type RepositoryVisibility = 'public' | 'private' | 'internal';

/**
 * Whether an incident's details must stay out of everything Firebreak writes. Private and internal
 * repositories show details to the people who can already read the issue; a public one — or one whose
 * visibility is unknown — does not.
 */
export function isRestricted(
  state: Pick<IncidentState, 'security'>,
  visibility: RepositoryVisibility | string | null | undefined,
): boolean {
  return state.security && visibility !== 'private' && visibility !== 'internal';
}

/**
 * SHA-256 (hex) of an issue body as UTF-8, with line endings as LF: the API and the web UI hand back the
 * same text with CRLF or LF, and the digest must match whichever copy is checked later.
 */
export function bodyDigest(body: string): string {
  return sha256Hex(body.replace(/\r\n?/g, '\n'));
}

export type PrivateChannel =
  /** The incident continues in the configured private repository under an opaque reference. */
  | { kind: 'repository'; reference: string }
  /** The repository's private vulnerability reporting (a draft advisory, or the "report a vulnerability" form). */
  | { kind: 'advisory'; url: string }
  | { kind: 'none' };

export interface HiddenBodyNotice {
  digest: string;
  privateChannel: PrivateChannel;
  repositoryVisibility: RepositoryVisibility | string | null | undefined;
}

function readers(visibility: HiddenBodyNotice['repositoryVisibility']): string {
  if (visibility === 'internal') return 'everyone in the enterprise';
  if (visibility === 'private') return 'everyone with access to this repository';
  return 'anyone on the internet';
}

function continuePrivately(channel: PrivateChannel): string {
  switch (channel.kind) {
    case 'repository':
      return (
        `**Continue privately.** The security team is handling this incident in a private tracker as ` +
        `**${channel.reference}** and will contact you directly. Send further details only to them, quoting that reference — not here.`
      );
    case 'advisory':
      return `**Continue privately.** Send the details through this repository's private vulnerability reporting: ${channel.url}`;
    case 'none':
      return '**Continue privately.** The security team will contact you directly. Until then, keep the details to yourself.';
  }
}

/** The issue body that replaces a restricted report: plain markdown with no reported detail in it. */
export function hiddenBodyNotice(notice: HiddenBodyNotice): string {
  const who = readers(notice.repositoryVisibility);
  return [
    '## This report was hidden to protect it',
    '',
    `This issue was filed as a security incident, and ${who} can read this repository. ` +
      'Firebreak replaced the description so the reported details are not shown here; the incident is being handled by the security team.',
    '',
    '**The original can be verified later.** SHA-256 of the original description (UTF-8, line endings as LF):',
    '',
    `\`${notice.digest}\``,
    '',
    '**The original is still in the edit history.** GitHub keeps earlier versions of an issue description ' +
      `visible to anyone who can read the issue — here, ${who} — through the "edited" menu above. ` +
      'If you filed this report, please ask a repository admin to delete that revision as well. People watching the repository may already ' +
      'have received the original by email; treat the details as exposed until the security team says otherwise.',
    '',
    `**The original title is still shown too.** Firebreak replaced the title, but GitHub lists every earlier title in the issue's timeline ` +
      `("changed the title …") for ${who} to read, and no edit removes that entry. If the title gave details away, ask a repository admin ` +
      `to delete this issue, and report it again through ${notice.privateChannel.kind === 'repository' ? 'the private repository the security team named' : "this repository's private vulnerability reporting"}` +
      `${notice.privateChannel.kind === 'advisory' ? ` (${notice.privateChannel.url})` : ''}, with a title that names no detail.`,
    '',
    continuePrivately(notice.privateChannel),
    '',
    'Please do not add details in comments: comments on this issue are as visible as the issue.',
    '',
  ].join('\n');
}

export const OPAQUE_REFERENCE = /^SEC-[0-9a-f]{10}$/;

/**
 * The public stub's name for the restricted incident: "SEC-" and 10 hex digits of a SHA-256 over the
 * public repository ("owner/name", any case), the issue number and an optional secret salt. Stable, so
 * both sides can find each other; it reveals neither the private repository nor its issue number, and
 * with a salt nobody else can compute it.
 */
export function opaqueReference(number: number, options: { repository: string; secretSalt?: string }): string {
  const digest = sha256Hex(JSON.stringify([options.repository.toLowerCase(), number, options.secretSalt ?? '']));
  return `SEC-${digest.slice(0, 10)}`;
}
