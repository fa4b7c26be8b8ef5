// Whether GitHub would accept a `file-incident` step's answers on its issue form: every field id is the
// form's, a dropdown answer is one of its options (a list of them with `multiple: true`), checkboxes are
// ticked by their labels, and required fields are answered — GitHub enforces `required` only in public
// repositories, so in a private one a missing answer is a warning (the submission goes through).
import { closest, didYouMean } from '../../src/config/closest-key.js';
import type { FormField, FormTemplate } from '../../src/forms/index.js';

export interface AnswerProblem {
  severity: 'error' | 'warning';
  /** The answer's key in `fields`, or null for the `fields` mapping as a whole. */
  field: string | null;
  anchor: 'key' | 'value';
  message: string;
}

const quoted = (text: string): string => JSON.stringify(text);

export function checkAnswers(
  template: FormTemplate,
  form: string,
  fields: unknown,
  visibility: 'public' | 'private',
): AnswerProblem[] {
  if (fields !== undefined && fields !== null && (typeof fields !== 'object' || Array.isArray(fields))) {
    return [
      { severity: 'error', field: null, anchor: 'value', message: 'fields must be a mapping of field id to answer' },
    ];
  }
  const answers = (fields ?? {}) as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  const keys = template.fields.map((f) => f.key);
  for (const [key, value] of Object.entries(answers)) {
    const field = template.fields.find((f) => f.key === key);
    if (!field) {
      problems.push({
        severity: 'error',
        field: key,
        anchor: 'key',
        message: `${form} has no field \`${key}\`${didYouMean(key, keys)}; its fields: ${keys.join(', ')}`,
      });
      continue;
    }
    const message = answerProblem(field, value);
    if (message) problems.push({ severity: 'error', field: key, anchor: 'value', message: `${key}: ${message}` });
  }
  const missing = template.fields
    .filter((f) => f.required && unanswered(answers[f.key]))
    .map((f) => `${f.key} (${f.label})`);
  const unticked = template.fields.flatMap((f) =>
    f.type === 'checkboxes'
      ? f.options
          .filter((o) => o.required && !ticked(answers[f.key]).includes(o.label))
          .map((o) => `${f.key}: ${quoted(o.label)}`)
      : [],
  );
  if (missing.length + unticked.length > 0) {
    const what = [
      missing.length > 0 ? `required field${missing.length === 1 ? '' : 's'} ${missing.join(', ')} not answered` : '',
      unticked.length > 0
        ? `required checkbox${unticked.length === 1 ? '' : 'es'} ${unticked.join(', ')} not ticked`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    problems.push(
      visibility === 'public'
        ? {
            severity: 'error',
            field: null,
            anchor: 'key',
            message: `${form}: ${what}; GitHub would refuse the submission`,
          }
        : {
            severity: 'warning',
            field: null,
            anchor: 'key',
            message: `${form}: ${what}; GitHub enforces required fields only in public repositories, so this private one accepts it`,
          },
    );
  }
  return problems;
}

function unanswered(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return ticked(value).length === 0;
  return false;
}

/** The labels ticked: a list, or the renderer's {selected, unselected}. */
function ticked(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value && typeof value === 'object' && Array.isArray((value as { selected?: unknown }).selected))
    return (value as { selected: unknown[] }).selected.map(String);
  return [];
}

/** What is wrong with one answer, or null. */
function answerProblem(field: FormField, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (field.type === 'checkboxes') {
    const list = Array.isArray(value)
      ? value
      : value && typeof value === 'object' && Array.isArray((value as { selected?: unknown }).selected)
        ? (value as { selected: unknown[] }).selected
        : null;
    if (list === null)
      return `checkboxes take a list of the labels to tick, e.g. [${quoted(field.options[0]?.label ?? '')}]`;
    const labels = field.options.map((o) => o.label);
    const unknown = list.filter((label) => typeof label !== 'string' || !labels.includes(label));
    return unknown.length === 0
      ? null
      : `${unknown.map((label) => `no checkbox is labelled ${quoted(String(label))}${hint(String(label), labels)}`).join('; ')}; its labels: ${labels.map(quoted).join(', ')}`;
  }
  if (Array.isArray(value)) {
    if (field.type !== 'dropdown' || !field.multiple)
      return field.type === 'dropdown' ? 'this dropdown takes one option, not a list' : 'takes text, not a list';
    const unknown = value.filter((option) => typeof option !== 'string' || !field.options.includes(option));
    return unknown.length === 0 ? null : notOptions(field.options, unknown.map(String));
  }
  if (typeof value === 'object')
    return field.type === 'dropdown' ? 'takes an option as text' : 'takes text, not a mapping';
  if (typeof value !== 'string') return `${quoted(String(value))} is read as a ${typeof value}: write it in quotes`;
  if (field.type === 'dropdown' && value.trim() !== '' && !field.options.includes(value))
    return notOptions(field.options, [value]);
  return null;
}

/** Each unknown value with the option it is nearest to; all options only when some value is near none. */
function notOptions(options: readonly string[], unknown: readonly string[]): string {
  const hints = unknown.map((value) => hint(value, options));
  const each = unknown.map((value, i) => `${quoted(value)} is not an option${hints[i]}`);
  return hints.every(Boolean) ? each.join('; ') : `${each.join('; ')}; the options: ${options.map(quoted).join(', ')}`;
}

/** The option meant: the only one that starts with what was written ("P1" → "P1 - High: …"), else the nearest by edit distance. */
function hint(value: string, options: readonly string[]): string {
  const needle = value.trim().toLowerCase();
  const starting = needle === '' ? [] : options.filter((o) => o.toLowerCase().startsWith(needle));
  const guess = starting.length === 1 ? starting[0] : closest(value, options);
  return guess === undefined ? '' : ` (did you mean ${quoted(guess)}?)`;
}
