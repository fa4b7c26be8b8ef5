// Reads an issue-form template (.github/ISSUE_TEMPLATE/*.yml) into the FormTemplate the parser and the
// renderer work from. It is deliberately lenient about everything that does not change how a body is
// rendered; `checkFormTemplate` is the strict judge of whether GitHub would accept the file.
import { parseDocument } from 'yaml';
import type { CheckboxOption, FormField, FormTemplate } from './types.js';

export class FormTemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid issue form template: ${problems.join('; ')}`);
    this.name = 'FormTemplateError';
  }
}

/**
 * The key of a field without an `id`: its label lowercased, every run of characters outside [a-z0-9]
 * turned into "_", leading and trailing "_" trimmed (the rule of @github/issue-parser's formatKey).
 */
export function fieldKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const TEXT_TYPES = new Set(['input', 'textarea', 'upload']);

export type Loose = Record<string, unknown>;

/** A YAML mapping, as plain data. */
export function isMapping(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Scalars as text. YAML may hand us numbers or booleans (`render: true` is rendered as "```true"). */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** `labels:` and `assignees:` are either a list or one comma-delimited string. */
function nameList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(text) : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => (item ?? '').trim()).filter((item) => item !== '');
}

function readField(element: Loose, where: string, problems: string[]): FormField | null {
  const type = element.type;
  const attributes = isMapping(element.attributes) ? element.attributes : {};
  if (type === 'markdown') return null;
  if (typeof type !== 'string' || !(TEXT_TYPES.has(type) || type === 'dropdown' || type === 'checkboxes')) {
    problems.push(`${where}: unknown field type ${JSON.stringify(type)}`);
    return null;
  }
  const label = text(attributes.label);
  if (!label) {
    problems.push(`${where}: a ${type} field needs a label`);
    return null;
  }
  const id = text(element.id) || null;
  const validations = isMapping(element.validations) ? element.validations : {};
  const base = { key: id ?? fieldKey(label), id, label, required: validations.required === true };

  if (type === 'dropdown') {
    const options = Array.isArray(attributes.options) ? attributes.options.map(text) : [];
    if (options.length === 0 || options.some((option) => !option)) {
      problems.push(`${where} (${label}): a dropdown needs a list of non-empty options`);
      return null;
    }
    const defaultIndex = attributes.default;
    return {
      ...base,
      type,
      options: options as string[],
      multiple: attributes.multiple === true,
      default: typeof defaultIndex === 'number' ? defaultIndex : null,
    };
  }
  if (type === 'checkboxes') {
    const raw = Array.isArray(attributes.options) ? attributes.options : [];
    const options: CheckboxOption[] = raw.map((option) => ({
      label: (isMapping(option) ? text(option.label) : null) ?? '',
      required: isMapping(option) && option.required === true,
    }));
    if (options.length === 0 || options.some((option) => !option.label)) {
      problems.push(`${where} (${label}): checkboxes need a list of options with labels`);
      return null;
    }
    return { ...base, type, options };
  }
  return { ...base, type: type as 'input' | 'textarea' | 'upload', render: text(attributes.render) || null };
}

/** Parses a form template. Throws FormTemplateError when the file cannot describe a form body at all. */
export function parseFormTemplate(yamlText: string): FormTemplate {
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) throw new FormTemplateError(doc.errors.map((error) => error.message.split('\n')[0] ?? ''));
  const data: unknown = doc.toJS();
  if (!isMapping(data)) throw new FormTemplateError(['the file is not a YAML mapping']);
  if (!Array.isArray(data.body) || data.body.length === 0) {
    throw new FormTemplateError(['`body` must be a non-empty list of form elements']);
  }

  const problems: string[] = [];
  const fields: FormField[] = [];
  data.body.forEach((element: unknown, index) => {
    const where = `body[${index}]`;
    if (!isMapping(element)) problems.push(`${where}: a form element must be a mapping`);
    else {
      const field = readField(element, where, problems);
      if (field) fields.push(field);
    }
  });
  const seen = new Map<string, string>();
  for (const field of fields) {
    const other = seen.get(field.key);
    if (other !== undefined) {
      problems.push(`fields "${other}" and "${field.label}" share the key "${field.key}"; give one of them an id`);
    }
    seen.set(field.key, field.label);
  }
  if (fields.length === 0 && problems.length === 0) problems.push('`body` has no field besides markdown');
  if (problems.length > 0) throw new FormTemplateError(problems);

  return {
    name: text(data.name) ?? '',
    description: text(data.description) ?? '',
    title: text(data.title) || null,
    labels: nameList(data.labels),
    assignees: nameList(data.assignees),
    fields,
  };
}
