// "did you mean `response-target`?" — the nearest known word by edit distance, if it is near enough to be
// a typo rather than a different word.
import { editDistance } from '../text/edit-distance.js';

export function closest(word: string, candidates: readonly string[]): string | undefined {
  const needle = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && candidate !== best) {
      tied = true;
    }
  }
  // A third of the word (at least 2 edits) still reads as a typo ("respons-target", "handof"); a tie
  // ("P5" is as near to P0 as to P4) is no hint at all.
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && !tied && bestDistance <= limit && bestDistance < word.length ? best : undefined;
}

/** " (did you mean `response-target`?)" when a candidate is near enough, else "". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closest(word, candidates);
  return guess === undefined ? '' : ` (did you mean \`${guess}\`?)`;
}
