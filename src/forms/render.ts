// Renders answers into the issue body GitHub writes when a form is submitted: one "### Label" section
// per field in template order, "_No response_" for an empty answer, multi-select choices joined with
// ", ", "- [X]"/"- [ ]" checkbox lists, `render:` answers fenced. The simulator files incidents with it.
import { fenceFor } from './fences.js';
import type { CheckboxAnswer, FormField, FormTemplate } from './types.js';
import { NO_RESPONSE } from './types.js';

/** What a caller may pass per field: the parser's own values, or for checkboxes just the ticked labels. */
export type RenderableValue = string | string[] | CheckboxAnswer | null | undefined;

function fail(template: FormTemplate, field: FormField, problem: string): never {
  throw new TypeError(`form "${template.name}", field "${field.key}": ${problem}`);
}

function answerText(template: FormTemplate, field: FormField, value: RenderableValue): string {
  if (field.type === 'checkboxes') {
    const ticked =
      value == null ? [] : Array.isArray(value) ? value : typeof value === 'object' ? value.selected : null;
    if (ticked === null) fail(template, field, 'checkboxes take a list of option labels or {selected, unselected}');
    const labels = field.options.map((option) => option.label);
    const unknown = ticked.filter((label) => !labels.includes(label));
    if (unknown.length > 0)
      fail(template, field, `no checkbox is labelled ${unknown.map((l) => JSON.stringify(l)).join(', ')}`);
    return labels.map((label) => `- [${ticked.includes(label) ? 'X' : ' '}] ${label}`).join('\n');
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    fail(template, field, 'only checkboxes take {selected, unselected}');
  if (Array.isArray(value) && !(field.type === 'dropdown' && field.multiple)) {
    fail(template, field, 'only a dropdown with `multiple: true` takes a list');
  }
  const text = (Array.isArray(value) ? value.join(', ') : (value ?? '')).trim();
  if (text === '') return NO_RESPONSE;
  if (field.type !== 'dropdown' && field.render) {
    const fence = fenceFor(text);
    return `${fence}${field.render}\n${text}\n${fence}`;
  }
  return text;
}

/**
 * The body GitHub renders for these answers (keyed like the parser's output). Dropdown answers are
 * written as given, even when they are not among the options, so a scenario can file a bad answer;
 * an unknown field key or checkbox label is an error.
 */
export function renderIssueFormBody(template: FormTemplate, fields: Readonly<Record<string, RenderableValue>>): string {
  const keys = new Set(template.fields.map((field) => field.key));
  const unknown = Object.keys(fields).filter((key) => !keys.has(key));
  if (unknown.length > 0) {
    throw new RangeError(
      `form "${template.name}" has no field ${unknown.map((k) => JSON.stringify(k)).join(', ')}; its fields are ${[...keys].join(', ')}`,
    );
  }
  return template.fields
    .map((field) => `### ${field.label}\n\n${answerText(template, field, fields[field.key])}`)
    .join('\n\n');
}
