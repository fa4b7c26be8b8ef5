// The shapes shared by the form template reader, the body parser and the body renderer.

/** What GitHub writes for an empty answer ("None" is what it writes for an empty dropdown). */
export const NO_RESPONSE = '_No response_';

interface FieldBase {
  /** The key answers are filed under: the field's `id`, else its label slug (see `fieldKey`). */
  key: string;
  id: string | null;
  /** The label as written in the template; GitHub renders it as the section heading `### <label>`. */
  label: string;
  /** `validations.required`. GitHub enforces it only in public repositories. */
  required: boolean;
}

export interface TextField extends FieldBase {
  type: 'input' | 'textarea' | 'upload';
  /** `render:` language: the answer is wrapped in a code fence with this info string. */
  render: string | null;
}

export interface DropdownField extends FieldBase {
  type: 'dropdown';
  options: string[];
  multiple: boolean;
  /** Index of the preselected option. */
  default: number | null;
}

export interface CheckboxOption {
  label: string;
  required: boolean;
}

export interface CheckboxesField extends FieldBase {
  type: 'checkboxes';
  options: CheckboxOption[];
}

export type FormField = TextField | DropdownField | CheckboxesField;

/** A form template reduced to what parsing and rendering need. Markdown elements are dropped. */
export interface FormTemplate {
  name: string;
  description: string;
  title: string | null;
  labels: string[];
  assignees: string[];
  /** The answerable fields in template order. */
  fields: FormField[];
}

export interface CheckboxAnswer {
  /** Option labels, verbatim, in template order. */
  selected: string[];
  unselected: string[];
}

/** input/textarea/upload and single dropdown → string; multiple dropdown → string[]; checkboxes → CheckboxAnswer. */
export type FormValue = string | string[] | CheckboxAnswer | null;

/** Answers keyed by field key. */
export type FormAnswers = Record<string, FormValue>;

/** Where a parsed body departs from what the form asks for; `message` is ready to show the reporter. */
export type FormDiagnostic =
  | { kind: 'missing-required'; field: string; label: string; reason: 'missing' | 'empty'; message: string }
  | { kind: 'unchecked-required'; field: string; label: string; option: string; message: string }
  | { kind: 'invalid-option'; field: string; label: string; value: string; options: string[]; message: string }
  | { kind: 'unknown-checkbox'; field: string; label: string; option: string; message: string }
  | {
      kind: 'unknown-heading';
      heading: string;
      line: number;
      /** A heading that names no field, or repeats one already found. The field whose value the
       * section was kept in (the textarea above it), or null when it was set aside. */
      mergedInto: string | null;
      text: string;
      message: string;
    }
  | { kind: 'leading-text'; text: string; message: string };

export interface ParsedIssueForm {
  fields: FormAnswers;
  diagnostics: FormDiagnostic[];
  /** Keys of the fields whose section was found in the body; empty when the body is not from this form. */
  found: string[];
  /** Text before the first recognised section, trimmed; null when there is none. */
  leadingText: string | null;
}
