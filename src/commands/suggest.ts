// "Did you mean …?" for mistyped command words and arguments.

import { COMMANDS, type CommandName } from '../config/types.js';
import { editDistance } from '../text/edit-distance.js';

/**
 * The candidate closest to `word` (case-insensitive), if any is within `maxDistance`; ties go to the
 * earlier candidate.
 */
export function closest<T extends string>(word: string, candidates: readonly T[], maxDistance: number): T | undefined {
  const typed = word.toLowerCase();
  let best: { candidate: T; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance <= maxDistance && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** How a command is typed after the `/`: `runbook-run` is spoken `runbook run`. */
export function spokenName(name: CommandName): string {
  return name === 'runbook-run' ? 'runbook run' : name;
}

/**
 * The known command a mistyped word most likely meant: the closest by edit distance (at most 2; at most 1
 * for words under four letters, where 2 would match almost anything), else the first command the word
 * begins (`/sev` → severity, `/esc` → escalate) when it has at least three letters.
 */
export function suggestCommand(word: string): CommandName | undefined {
  const typed = word.toLowerCase();
  const maxDistance = typed.length < 4 ? 1 : 2;
  const spoken = COMMANDS.map(spokenName);
  const near = closest(typed, spoken, maxDistance);
  if (near !== undefined) return COMMANDS[spoken.indexOf(near)];
  if (typed.length >= 3) return COMMANDS.find((name) => name.startsWith(typed));
  return undefined;
}
