// "Did you mean …?" for mistyped command words and arguments.

import { COMMANDS, type CommandName } from '../config/types.js';

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions, substitutions
 * and transpositions of two adjacent characters each cost 1 (`akc` → `ack` is 1, `stauts` → `status` is 1).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rolling rows: the one two back is needed for transpositions.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

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
