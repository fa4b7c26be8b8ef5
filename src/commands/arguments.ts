// Small readers for command arguments. An argument is the rest of the command's line (trimmed); nothing
// on the following lines belongs to it.

import { SEVERITIES, type Severity } from '../config/types.js';

/** The first whitespace-separated word and the trimmed rest. */
export function firstWord(text: string): { word: string; rest: string } {
  const match = /^(\S*)\s*([\s\S]*)$/.exec(text);
  return { word: match?.[1] ?? '', rest: match?.[2] ?? '' };
}

/** A keyword as typed in prose: `mitigating:` and `P1,` are `mitigating` and `P1`. */
export function keyword(word: string): string {
  return word.replace(/[:,]$/, '');
}

/**
 * Optional free text after a keyword, or undefined when there is none. A separator the responder put
 * between keyword and text ("/severity P1 - only EU", "/status identified: bad deploy") is dropped.
 */
export function freeText(rest: string): string | undefined {
  const text = rest.replace(/^[-–—:]\s+/, '').trim();
  return text === '' ? undefined : text;
}

/** The option `word` names, compared case-insensitively. */
export function oneOf<T extends string>(word: string, options: readonly T[]): T | undefined {
  const typed = word.toLowerCase();
  return options.find((option) => option.toLowerCase() === typed);
}

/**
 * A severity: `P0`…`P4` in any case, and the common SEV spelling `SEV0`…`SEV4` / `sev-1`, which numbers
 * the levels the same way (SEV1 = P1). Names ("high", "critical") are configurable, so they are not read.
 */
export function severityIn(word: string): Severity | undefined {
  const match = /^(?:p|sev-?)([0-9])$/i.exec(keyword(word));
  return match ? SEVERITIES.find((severity) => severity === `P${match[1]}`) : undefined;
}
