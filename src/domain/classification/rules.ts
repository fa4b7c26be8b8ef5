// Does one classification rule match an incident? Every condition a rule gives must hold:
//  - keywords: any phrase occurs as whole words (see keywords.ts) in the rule's `fields`, or by default in
//    the title and every text answer. The severity answer is left out by default: its text is the form's
//    own definitions ("P0 - Critical: complete service outage affecting all users"), not the reporter's
//    words, and the reporter's choice is weighed separately. Ticked checkbox options are searched only
//    when a rule names their field; unticked options never.
//  - answer: the head of the answer (see answerHead) equals one of `equals`, case-insensitively.
//  - checked: the option is ticked.
// A rule with no condition at all matches nothing: an empty `match` is a configuration slip, and
// matching every incident would silently decide every severity.
import type { ClassificationRule } from '../../config/types.js';
import { answerHead, answerOf, answerValues, foldText, type FormAnswers, isCheckboxAnswer, quote } from './answers.js';
import { compilePhrases, findPhrase } from './keywords.js';

export interface ClassificationInput {
  title: string;
  answers: FormAnswers;
  labels?: string[];
}

/** The incident form's severity dropdown. */
export const SEVERITY_FIELD = 'severity';
/** In a rule's `fields`, the issue title. */
export const TITLE_FIELD = 'title';

export interface RuleMatch {
  rule: ClassificationRule;
  /** What matched, quoted for the summary: `"complete outage" in title and workaround is "Yes"`. */
  matched: string;
}

export function matchRule(rule: ClassificationRule, input: ClassificationInput): RuleMatch | null {
  const { keywords, fields, answer, checked } = rule.match ?? {};
  if (keywords === undefined && answer === undefined && checked === undefined) return null;
  const found: string[] = [];

  if (keywords !== undefined) {
    const hit = findKeyword(keywords, fields, input);
    if (hit === null) return null;
    found.push(hit);
  }
  if (answer !== undefined) {
    const hit = findAnswer(answer, input.answers);
    if (hit === null) return null;
    found.push(hit);
  }
  if (checked !== undefined) {
    const hit = findChecked(checked, input.answers);
    if (hit === null) return null;
    found.push(hit);
  }
  return { rule, matched: found.join(' and ') };
}

function findKeyword(keywords: string[], fields: string[] | undefined, input: ClassificationInput): string | null {
  const phrases = compilePhrases(Array.isArray(keywords) ? keywords : []);
  if (phrases.length === 0) return null;
  for (const [field, text] of keywordSources(fields, input)) {
    const phrase = findPhrase(text, phrases);
    if (phrase !== null) return `${quote(phrase)} in ${field}`;
  }
  return null;
}

function keywordSources(fields: string[] | undefined, input: ClassificationInput): Array<[string, string]> {
  const sources: Array<[string, string]> = [];
  const add = (field: string, values: string[]): void => {
    for (const value of values) sources.push([field, value]);
  };
  if (fields !== undefined && fields.length > 0) {
    for (const field of fields) {
      if (field === TITLE_FIELD) add(TITLE_FIELD, [input.title]);
      add(field, answerValues(answerOf(input.answers, field)));
    }
    return sources;
  }
  add(TITLE_FIELD, [input.title]);
  for (const field of Object.keys(input.answers)) {
    const value = answerOf(input.answers, field);
    if (field === SEVERITY_FIELD || isCheckboxAnswer(value)) continue;
    add(field, answerValues(value));
  }
  return sources;
}

function findAnswer(condition: { field: string; equals: string[] }, answers: FormAnswers): string | null {
  const wanted = new Set((Array.isArray(condition.equals) ? condition.equals : []).map(foldText));
  for (const value of answerValues(answerOf(answers, condition.field))) {
    const head = answerHead(value);
    if (head !== '' && wanted.has(foldText(head))) return `${condition.field} is ${quote(head)}`;
  }
  return null;
}

function findChecked(condition: { field: string; option: string }, answers: FormAnswers): string | null {
  const option = foldText(condition.option ?? '');
  if (option === '') return null;
  const ticked = answerValues(answerOf(answers, condition.field)).find((value) => foldText(value) === option);
  return ticked === undefined ? null : `${quote(ticked)} ticked in ${condition.field}`;
}
