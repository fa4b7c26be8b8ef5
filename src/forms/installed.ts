// Reading an issue form the way a run does: the forms `firebreak init` installs, kept unchanged, were
// parsed at build time by parseFormTemplate (scripts/generated/modules.ts), so an incident run finds
// them by their text instead of parsing their YAML again; any other text is parsed now.
import { installedForms } from 'firebreak-generated:installed-forms';
import { parseFormTemplate } from './template.js';
import type { FormTemplate } from './types.js';

export function readFormTemplate(yamlText: string): FormTemplate {
  const installed = installedForms.get(yamlText);
  return installed ? structuredClone(installed) : parseFormTemplate(yamlText);
}
