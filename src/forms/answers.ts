// Turns the text of one section into the field's answer. GitHub writes "_No response_" (or "None" for
// a dropdown) for an empty answer, joins multi-select choices with ", ", lists checkboxes as "- [X]".
import { unwrapFence } from './fences.js';
import { looseLabel } from './headings.js';
import type { CheckboxesField, DropdownField, FormDiagnostic, FormField, FormValue, TextField } from './types.js';
import { NO_RESPONSE } from './types.js';

function isEmpty(text: string): boolean {
  return text === '' || text === NO_RESPONSE || text === 'None';
}

/** Choices compare without regard to case, runs of spaces, or the spacing around commas. */
function looseChoice(choice: string): string {
  return choice.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/ ?, ?/g, ',').trim();
}

function optionFinder(options: readonly string[]): (text: string) => string | undefined {
  const loose = new Map<string, string>();
  for (const option of options) if (!loose.has(looseChoice(option))) loose.set(looseChoice(option), option);
  return (text) => (options.includes(text) ? text : loose.get(looseChoice(text)));
}

function invalidOption(field: DropdownField, value: string): FormDiagnostic {
  return {
    kind: 'invalid-option',
    field: field.key,
    label: field.label,
    value,
    options: field.options,
    message: `"${field.label}": "${value}" is not one of the options (${field.options.join(' | ')}).`,
  };
}

function textAnswer(field: TextField, text: string): string | null {
  const inner = field.render ? unwrapFence(text)?.trim() : undefined;
  const value = inner ?? text;
  return isEmpty(value) ? null : value;
}

/**
 * Splits a multi-select answer into options. Options may themselves contain ", " ("Yes, partially"),
 * so the answer is cut into comma-separated parts and regrouped: the grouping with the fewest parts
 * that match no option wins, then the one with the fewest choices (a whole option beats its pieces).
 */
export function splitChoices(text: string, options: readonly string[]): { choices: string[]; unknown: string[] } {
  const find = optionFinder(options);
  const parts = text.split(/,|\n/).map((part) => part.trim());
  const widest = Math.max(...options.map((option) => option.split(',').length));
  // best[i]: the cheapest reading of parts[0..i) as [unknown parts, choices], with a back-pointer.
  const best: Array<{ unknown: number; choices: number; from: number; option: string | null } | undefined> = [
    { unknown: 0, choices: 0, from: -1, option: null },
  ];
  const offer = (at: number, unknown: number, choices: number, from: number, option: string | null): void => {
    const current = best[at];
    if (!current || unknown < current.unknown || (unknown === current.unknown && choices < current.choices)) {
      best[at] = { unknown, choices, from, option };
    }
  };
  for (let i = 0; i < parts.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (let width = 1; width <= widest && i + width <= parts.length; width++) {
      const option = find(parts.slice(i, i + width).join(', '));
      if (option !== undefined) offer(i + width, here.unknown, here.choices + 1, i, option);
    }
    if (parts[i] === '') offer(i + 1, here.unknown, here.choices, i, null);
    else offer(i + 1, here.unknown + 1, here.choices + 1, i, null);
  }
  const choices: string[] = [];
  const unknown: string[] = [];
  for (let at = parts.length; at > 0; ) {
    const step = best[at] as { from: number; option: string | null };
    if (step.option !== null) choices.unshift(step.option);
    else if (parts[step.from] !== '') {
      choices.unshift(parts[step.from] as string);
      unknown.unshift(parts[step.from] as string);
    }
    at = step.from;
  }
  return { choices, unknown };
}

function dropdownAnswer(field: DropdownField, text: string, diagnostics: FormDiagnostic[]): string | string[] | null {
  if (isEmpty(text)) return null;
  if (!field.multiple) {
    // A single choice is never split: "P1 - High: slow, failing requests" is one option.
    const option = optionFinder(field.options)(text);
    if (option === undefined) diagnostics.push(invalidOption(field, text));
    return option ?? text;
  }
  const { choices, unknown } = splitChoices(text, field.options);
  for (const value of unknown) diagnostics.push(invalidOption(field, value));
  return choices.length > 0 ? choices : null;
}

const CHECKBOX = /^\s*[-*+]\s+\[([ xX])\]\s?(.*)$/;

function checkboxAnswer(field: CheckboxesField, text: string, diagnostics: FormDiagnostic[]): FormValue {
  if (isEmpty(text)) return null;
  const labels = field.options.map((option) => option.label);
  const find = (label: string): string | undefined =>
    labels.includes(label)
      ? label
      : labels.find((option) => looseLabel(option) === looseLabel(label) && looseLabel(label) !== '');
  const checked = new Set<string>();
  for (const line of text.split('\n')) {
    const match = CHECKBOX.exec(line);
    if (!match) continue;
    const label = (match[2] as string).trim();
    const option = find(label);
    if (option === undefined) {
      diagnostics.push({
        kind: 'unknown-checkbox',
        field: field.key,
        label: field.label,
        option: label,
        message: `"${field.label}": "${label}" is not one of its checkboxes.`,
      });
    } else if (match[1] !== ' ') checked.add(option);
  }
  return {
    selected: labels.filter((label) => checked.has(label)),
    unselected: labels.filter((label) => !checked.has(label)),
  };
}

/** The answer a section's text gives to its field; `text` is the section body, already trimmed. */
export function readAnswer(field: FormField, text: string, diagnostics: FormDiagnostic[]): FormValue {
  switch (field.type) {
    case 'dropdown':
      return dropdownAnswer(field, text, diagnostics);
    case 'checkboxes':
      return checkboxAnswer(field, text, diagnostics);
    default:
      return textAnswer(field, text);
  }
}
