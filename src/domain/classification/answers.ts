// Parsed issue-form answers as the form parser (src/forms) hands them over, and the few ways
// classification reads them. Declared here structurally so the domain does not depend on the parser.

export interface CheckboxAnswer {
  selected: string[];
  unselected: string[];
}
/** input/textarea/dropdown → string, multi-select dropdown → string[], checkboxes → CheckboxAnswer, empty → null. */
export type FormAnswer = string | string[] | CheckboxAnswer | null;
/** Keyed by the form field's id. */
export type FormAnswers = Record<string, FormAnswer>;

/** The answer to `field`, ignoring inherited properties (a field id like "constructor" must not find Object's). */
export function answerOf(answers: FormAnswers, field: string): FormAnswer {
  return Object.hasOwn(answers, field) ? (answers[field] ?? null) : null;
}

export function isCheckboxAnswer(answer: FormAnswer): answer is CheckboxAnswer {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer);
}

/** Every value the reporter gave: the string, each selected dropdown value, each ticked option. */
export function answerValues(answer: FormAnswer): string[] {
  if (typeof answer === 'string') return [answer];
  if (Array.isArray(answer)) return answer.filter((v): v is string => typeof v === 'string');
  if (isCheckboxAnswer(answer) && Array.isArray(answer.selected)) {
    return answer.selected.filter((v): v is string => typeof v === 'string');
  }
  return [];
}

/** Unicode-normalized, whitespace-collapsed, lower-cased: how answers are compared. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The part of an answer that names the choice: dropdown options read "Yes - customers can use the
 * app" or "P1 - High: major functionality impacted", and people type "Yes, restart the pod" or
 * "Yes." in free text. So the head ends at the first " - " (or en/em dash), ":", ",", ";", "(" or
 * line break, and loses trailing full stops and exclamation marks.
 */
export function answerHead(text: string): string {
  const head = text.normalize('NFKC').split(/\s[-\u2013\u2014]\s|[:,;(\n\r]/u)[0] ?? '';
  return head.replace(/[.!]+\s*$/u, '').trim();
}

/** Shortened for quoting in a summary: at most `max` characters, whitespace collapsed. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function quote(text: string): string {
  return `"${excerpt(text)}"`;
}
