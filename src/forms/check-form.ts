// Judges an issue-form template by the rules GitHub documents ("Syntax for issue forms", "Syntax for
// GitHub's form schema", "Common validation errors when creating issue forms") and the SchemaStore
// schema's structure. It does not check `render:` against GitHub's language list.
import type { PathSegment, ProblemList, TemplateProblem } from './problems.js';
import { readTemplateYaml } from './problems.js';
import type { Loose } from './template.js';
import { fieldKey, isMapping } from './template.js';

const TOP_LEVEL_KEYS = ['name', 'description', 'title', 'labels', 'assignees', 'projects', 'type', 'body'];
const ELEMENT_KEYS: Record<string, string[]> = {
  markdown: ['type', 'attributes'],
  textarea: ['type', 'id', 'attributes', 'validations'],
  input: ['type', 'id', 'attributes', 'validations'],
  dropdown: ['type', 'id', 'attributes', 'validations'],
  checkboxes: ['type', 'id', 'attributes'],
  upload: ['type', 'id', 'attributes', 'validations'],
};
const ATTRIBUTE_KEYS: Record<string, string[]> = {
  markdown: ['value'],
  textarea: ['label', 'description', 'placeholder', 'value', 'render'],
  input: ['label', 'description', 'placeholder', 'value'],
  dropdown: ['label', 'description', 'multiple', 'options', 'default'],
  checkboxes: ['label', 'description', 'options'],
  upload: ['label', 'description'],
};
/** GitHub refuses these words in input and textarea labels, to keep credentials out of public issues. */
const FORBIDDEN_LABEL_WORDS = ['password'];
/** GitHub's limit on a label's name. */
export const LABEL_NAME_LIMIT = 50;
const LOGIN = /^[a-zA-Z0-9](-?[a-zA-Z0-9])*$/;
const LOGIN_LIMIT = 39;

/** An input element: its position in `body`, id, label and (for checkboxes) option labels. */
interface Field {
  index: number;
  id: string | null;
  label: string;
  checkboxes: string[];
}

/** Rails' `parameterize`, which GitHub uses to derive a reference for a field without an id. */
function parameterize(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\-_]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

class FormChecker {
  constructor(private readonly list: ProblemList) {}

  /** A string GitHub accepts: present when required, a string (not a YAML boolean/number), not blank. */
  string(path: PathSegment[], value: unknown, required: boolean): value is string {
    if (value === undefined || value === null) {
      if (required) this.list.error(path, `required key \`${String(path[path.length - 1])}\` is missing`);
      return false;
    }
    if (typeof value !== 'string') {
      this.list.error(path, `must be a string; quote values such as "Yes", "true" or "1.0"`);
      return false;
    }
    if (value.trim() === '') {
      this.list.error(path, 'must not be empty or only whitespace; remove the key instead');
      return false;
    }
    return true;
  }

  permittedKeys(path: PathSegment[], map: Loose, allowed: readonly string[]): void {
    for (const key of Object.keys(map)) {
      if (!allowed.includes(key))
        this.list.error([...path, key], `\`${key}\` is not a permitted key here (allowed: ${allowed.join(', ')})`);
    }
  }

  names(path: PathSegment[], value: unknown, what: 'label' | 'assignee'): void {
    const items: unknown[] =
      typeof value === 'string' ? value.split(',').map((item) => item.trim()) : Array.isArray(value) ? value : [];
    if (!Array.isArray(value) && typeof value !== 'string')
      this.list.error(path, `must be a list or a comma-separated string`);
    if (Array.isArray(value) && value.length === 0)
      this.list.error(path, `must not be an empty list; remove the key instead`);
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const at = Array.isArray(value) ? [...path, i] : path;
      if (!this.string(at, item, true)) return;
      const name = item.trim();
      if (seen.has(name)) this.list.error(at, `${what} "${name}" is listed twice`);
      seen.add(name);
      if (what === 'label' && name.length > LABEL_NAME_LIMIT) {
        this.list.error(
          at,
          `label "${name}" is longer than GitHub's ${LABEL_NAME_LIMIT}-character limit for label names`,
        );
      }
      if (what === 'assignee' && (!LOGIN.test(name) || name.length > LOGIN_LIMIT))
        this.list.error(at, `"${name}" is not a GitHub login`);
    });
  }

  dropdownOptions(path: PathSegment[], options: unknown, defaultIndex: unknown): void {
    if (!Array.isArray(options) || options.length === 0) {
      this.list.error(path, 'a dropdown needs a non-empty list of `options`');
      return;
    }
    const seen = new Set<string>();
    options.forEach((option: unknown, i) => {
      if (typeof option === 'boolean') {
        this.list.error(
          [...path, i],
          `options must not include booleans: wrap "${option ? 'Yes' : 'No'}"-like values in quotes`,
        );
        return;
      }
      if (!this.string([...path, i], option, true)) return;
      if (seen.has(option)) this.list.error([...path, i], `options must be unique: "${option}" appears twice`);
      seen.add(option);
      if (option.trim().toLowerCase() === 'none') {
        this.list.error(
          [...path, i],
          'options must not include the reserved word "None" (GitHub offers it for an optional dropdown)',
        );
      }
    });
    if (
      defaultIndex !== undefined &&
      (!Number.isInteger(defaultIndex) || (defaultIndex as number) < 0 || (defaultIndex as number) >= options.length)
    ) {
      this.list.error(
        [...path.slice(0, -1), 'default'],
        `\`default\` must be the index of an option (0 to ${options.length - 1})`,
      );
    }
  }

  checkboxOptions(path: PathSegment[], options: unknown): string[] {
    if (!Array.isArray(options) || options.length === 0) {
      this.list.error(path, 'checkboxes need a non-empty list of `options`');
      return [];
    }
    const labels: string[] = [];
    options.forEach((option: unknown, i) => {
      if (!isMapping(option)) {
        this.list.error([...path, i], 'a checkbox option is a mapping with `label` (and optionally `required`)');
        return;
      }
      this.permittedKeys([...path, i], option, ['label', 'required']);
      if (option.required !== undefined && typeof option.required !== 'boolean')
        this.list.error([...path, i, 'required'], 'must be true or false');
      if (!this.string([...path, i, 'label'], option.label, true)) return;
      if (labels.includes(option.label))
        this.list.error([...path, i, 'label'], `checkboxes must have unique labels: "${option.label}" appears twice`);
      labels.push(option.label);
    });
    return labels;
  }

  /** Checks one body element; returns what identifies it when it takes input. */
  element(path: PathSegment[], element: unknown): Omit<Field, 'index'> | null {
    if (!isMapping(element)) {
      this.list.error(path, 'a body element must be a mapping with `type` and `attributes`');
      return null;
    }
    const type = element.type;
    if (typeof type !== 'string' || !(type in ELEMENT_KEYS)) {
      this.list.error(
        [...path, 'type'],
        type === undefined ? 'required key `type` is missing' : `"${String(type)}" is not a valid input type`,
      );
      return null;
    }
    this.permittedKeys(path, element, ELEMENT_KEYS[type] as string[]);
    const attributes = element.attributes;
    if (!isMapping(attributes)) {
      this.list.error([...path, 'attributes'], 'required key `attributes` is missing or not a mapping');
      return null;
    }
    const at = [...path, 'attributes'];
    this.permittedKeys(at, attributes, ATTRIBUTE_KEYS[type] as string[]);
    for (const key of ['description', 'placeholder', 'value', 'render'] as const) {
      if (key in attributes && !(type === 'markdown' && key === 'value'))
        this.string([...at, key], attributes[key], false);
    }
    if (type === 'markdown') {
      this.string([...at, 'value'], attributes.value, true);
      return null;
    }
    let id: string | null = null;
    if (element.id !== undefined) {
      if (typeof element.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(element.id)) {
        this.list.error([...path, 'id'], '`id` can only contain letters, digits, "-" and "_"');
      } else id = element.id;
    }
    if (isMapping(element.validations)) {
      this.permittedKeys(
        [...path, 'validations'],
        element.validations,
        type === 'upload' ? ['required', 'accept'] : ['required'],
      );
      const required = element.validations.required;
      if (required !== undefined && typeof required !== 'boolean')
        this.list.error([...path, 'validations', 'required'], 'must be true or false');
    } else if (element.validations !== undefined) this.list.error([...path, 'validations'], 'must be a mapping');
    if (type === 'dropdown' && attributes.multiple !== undefined && typeof attributes.multiple !== 'boolean') {
      this.list.error([...at, 'multiple'], 'must be true or false');
    }

    const checkboxes = type === 'checkboxes' ? this.checkboxOptions([...at, 'options'], attributes.options) : [];
    if (type === 'dropdown') this.dropdownOptions([...at, 'options'], attributes.options, attributes.default);
    if (!this.string([...at, 'label'], attributes.label, true)) return null;
    const label = attributes.label;
    const forbidden = FORBIDDEN_LABEL_WORDS.find((word) => label.toLowerCase().includes(word));
    if ((type === 'input' || type === 'textarea') && forbidden) {
      this.list.error([...at, 'label'], `label contains the forbidden word "${forbidden}"`);
    }
    return { label, id, checkboxes };
  }
}

/** Everything GitHub would reject in an issue-form template (errors), and what would confuse parsing (warnings). */
export function checkFormTemplate(yamlText: string): TemplateProblem[] {
  const { data, list } = readTemplateYaml(yamlText);
  if (data === null) return list.problems;
  if (!isMapping(data)) {
    list.error([], 'an issue form is a YAML mapping with `name`, `description` and `body`');
    return list.problems;
  }
  const checker = new FormChecker(list);
  checker.permittedKeys([], data, TOP_LEVEL_KEYS);
  checker.string(['name'], data.name, true);
  checker.string(['description'], data.description, true);
  for (const key of ['title', 'type'] as const) checker.string([key], data[key], false);
  if (data.labels !== undefined) checker.names(['labels'], data.labels, 'label');
  if (data.assignees !== undefined) checker.names(['assignees'], data.assignees, 'assignee');
  if (
    data.projects !== undefined &&
    !(Array.isArray(data.projects) && data.projects.every((p) => typeof p === 'string'))
  ) {
    list.error(['projects'], 'must be a list of "OWNER/NUMBER" strings');
  }
  if (!Array.isArray(data.body) || data.body.length === 0) {
    list.error(
      ['body'],
      data.body === undefined ? 'required key `body` is missing' : '`body` must be a non-empty list',
    );
    return list.problems;
  }

  const body: unknown[] = data.body;
  const fields = body.flatMap((element, index) => {
    const found = checker.element(['body', index], element);
    return found ? [{ index, ...found }] : [];
  });
  if (body.every((element) => isMapping(element) && element.type === 'markdown')) {
    list.error(['body'], 'body must contain at least one non-markdown field');
  }

  // Each name space maps a name to the first field using it; a clash between two fields that both have
  // ids is reported once, as duplicate ids.
  const spaces = {
    id: new Map<string, Field>(),
    reference: new Map<string, Field>(),
    key: new Map<string, Field>(),
    label: new Map<string, Field>(),
  };
  for (const field of fields) {
    const at: PathSegment[] = ['body', field.index, 'attributes', 'label'];
    const clash = (space: keyof typeof spaces, name: string): Field | undefined => {
      const other = spaces[space].get(name);
      if (!other) spaces[space].set(name, field);
      return other;
    };
    if (field.id !== null) {
      const other = clash('id', field.id);
      if (other)
        list.error(
          ['body', field.index, 'id'],
          `body must have unique ids: "${field.id}" is also the id of body[${other.index}]`,
        );
    }
    // One clash, one error: the same label, else labels GitHub parameterizes alike, else our own key.
    const sameLabel = clash('label', field.label);
    const reference = field.id ?? parameterize(field.label);
    const similar = clash('reference', reference);
    const key = field.id ?? fieldKey(field.label);
    const sameKey = clash('key', key);
    const eitherLacksId = (other: Field): boolean => other.id === null || field.id === null;
    if (sameLabel && sameLabel.id === null && field.id === null) {
      list.error(at, `body must have unique labels: "${field.label}" is also the label of body[${sameLabel.index}]`);
    } else if (similar && eitherLacksId(similar)) {
      list.error(
        at,
        `labels are too similar: body[${similar.index}] and this field both become "${reference}"; give one of them an id`,
      );
    } else if (sameKey && eitherLacksId(sameKey)) {
      list.error(
        at,
        `Firebreak would file this answer and body[${sameKey.index}]'s under the same key "${key}"; give one of them a distinct id`,
      );
    } else if (sameLabel) {
      list.warning(
        at,
        `"${field.label}" is also the label of body[${sameLabel.index}]: the issue will show two identical headings`,
      );
    }
  }
  for (const field of fields) {
    field.checkboxes.forEach((label, i) => {
      const other = spaces.label.get(label);
      if (other)
        list.error(
          ['body', field.index, 'attributes', 'options', i, 'label'],
          `checkbox "${label}" has the same label as body[${other.index}]`,
        );
    });
  }
  return list.problems;
}
