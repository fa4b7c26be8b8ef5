// Issue forms: read templates, check them, parse the bodies GitHub renders from them, render bodies.
export { checkTemplateChooserConfig } from './check-chooser.js';
export { checkFormTemplate, LABEL_NAME_LIMIT } from './check-form.js';
export { readFormTemplate } from './installed.js';
export { parseIssueForm } from './parse.js';
export type { TemplateProblem } from './problems.js';
export { renderIssueFormBody } from './render.js';
export type { RenderableValue } from './render.js';
export { fieldKey, FormTemplateError, parseFormTemplate } from './template.js';
export * from './types.js';
