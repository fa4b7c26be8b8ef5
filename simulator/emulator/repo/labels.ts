// Repository labels and the labels on an issue. Label names match case-insensitively; adding a label
// that does not exist yet creates it (grey), as GitHub does.
import { ApiError, GITHUB_LIMITS, validationFailed } from '../errors.js';
import { emitIssueEvent } from '../webhooks.js';
import { type Ctx, requireRole } from './context.js';
import { recordEvent, touch } from './events.js';
import type { IssueRecord, LabelRecord } from './records.js';

export interface LabelInput {
  name?: unknown;
  new_name?: unknown;
  color?: unknown;
  description?: unknown;
}

function checkName(name: unknown, field = 'name'): string {
  if (typeof name !== 'string' || name.trim() === '')
    throw validationFailed({ resource: 'Label', field, code: 'missing_field' });
  if (name.length > GITHUB_LIMITS.labelName) {
    throw validationFailed({
      resource: 'Label',
      field,
      code: 'custom',
      message: `${field} is too long (maximum is ${GITHUB_LIMITS.labelName} characters)`,
    });
  }
  return name;
}

function checkColor(color: unknown): string | undefined {
  if (color === undefined) return undefined;
  if (typeof color !== 'string' || !/^#?[0-9a-fA-F]{6}$/.test(color))
    throw validationFailed({ resource: 'Label', field: 'color', code: 'invalid' });
  return color.replace(/^#/, '').toLowerCase();
}

function checkDescription(description: unknown): string | null | undefined {
  if (description === undefined || description === null) return description as null | undefined;
  if (typeof description !== 'string')
    throw validationFailed({ resource: 'Label', field: 'description', code: 'invalid' });
  if (description.length > GITHUB_LIMITS.labelDescription) {
    throw validationFailed({
      resource: 'Label',
      field: 'description',
      code: 'custom',
      message: `description is too long (maximum is ${GITHUB_LIMITS.labelDescription} characters)`,
    });
  }
  return description;
}

export function createLabel(ctx: Ctx, input: LabelInput): LabelRecord {
  requireRole(ctx, 'write', 'issues');
  const name = checkName(input.name);
  const color = checkColor(input.color) ?? 'ededed';
  const description = checkDescription(input.description);
  if (ctx.repo.label(name)) throw validationFailed({ resource: 'Label', field: 'name', code: 'already_exists' });
  return ctx.repo.addLabel({ name, color, description: description ?? null });
}

export function updateLabel(ctx: Ctx, current: string, input: LabelInput): LabelRecord {
  requireRole(ctx, 'write', 'issues');
  const label = requireLabel(ctx, current);
  const newName = input.new_name === undefined ? undefined : checkName(input.new_name, 'new_name');
  const color = checkColor(input.color);
  const description = checkDescription(input.description);
  if (newName !== undefined && newName.toLowerCase() !== label.name.toLowerCase() && ctx.repo.label(newName)) {
    throw validationFailed({ resource: 'Label', field: 'name', code: 'already_exists' });
  }
  if (newName !== undefined) label.name = newName;
  if (color !== undefined) label.color = color;
  if (description !== undefined) label.description = description;
  return label;
}

export function deleteLabel(ctx: Ctx, name: string): void {
  requireRole(ctx, 'write', 'issues');
  const label = requireLabel(ctx, name);
  ctx.repo.labels.splice(ctx.repo.labels.indexOf(label), 1);
  for (const issue of ctx.repo.issues.values()) issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
}

export function requireLabel(ctx: Ctx, name: string): LabelRecord {
  const label = ctx.repo.label(name);
  if (!label) throw new ApiError(404, 'Not Found');
  return label;
}

/** Label names from any of the request shapes GitHub accepts: ["a"], {labels: ["a"]}, [{name: "a"}]. */
export function labelNames(input: unknown): string[] {
  const list = Array.isArray(input) ? input : (input as { labels?: unknown } | null)?.labels;
  if (list === undefined || list === null) return [];
  if (typeof list === 'string') return [list];
  if (!Array.isArray(list)) throw validationFailed({ resource: 'Label', field: 'labels', code: 'invalid' });
  return list.map((item) => {
    const name = typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name;
    return checkName(name);
  });
}

export function ensureLabel(ctx: Ctx, name: string): LabelRecord {
  return ctx.repo.label(name) ?? ctx.repo.addLabel({ name: checkName(name), color: 'ededed' });
}

/** Adds labels (already present ones are skipped); sends one `labeled` event per label added. */
export function addIssueLabels(
  ctx: Ctx,
  issue: IssueRecord,
  names: string[],
  options: { checked?: boolean } = {},
): LabelRecord[] {
  if (!options.checked) requireRole(ctx, 'triage', 'issues');
  const added: LabelRecord[] = [];
  for (const name of names) {
    const label = ensureLabel(ctx, name);
    if (issue.labelIds.includes(label.id)) continue;
    issue.labelIds.push(label.id);
    added.push(label);
  }
  if (added.length > 0) touch(ctx, issue);
  for (const label of added) {
    recordEvent(ctx, issue, 'labeled', { label: { name: label.name, color: label.color } });
    emitIssueEvent(ctx, 'labeled', issue, { label });
  }
  return ctx.repo.labelsOf(issue);
}

/** Removes one label; GitHub answers 404 "Label does not exist" when the issue does not carry it. */
export function removeIssueLabel(ctx: Ctx, issue: IssueRecord, name: string): LabelRecord[] {
  requireRole(ctx, 'triage', 'issues');
  const label = ctx.repo.label(name);
  if (!label || !issue.labelIds.includes(label.id)) throw new ApiError(404, 'Label does not exist');
  issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
  touch(ctx, issue);
  recordEvent(ctx, issue, 'unlabeled', { label: { name: label.name, color: label.color } });
  emitIssueEvent(ctx, 'unlabeled', issue, { label });
  return ctx.repo.labelsOf(issue);
}

/** Replaces the label set: `unlabeled` for each removed, `labeled` for each added. */
export function setIssueLabels(
  ctx: Ctx,
  issue: IssueRecord,
  names: string[],
  options: { checked?: boolean } = {},
): LabelRecord[] {
  if (!options.checked) requireRole(ctx, 'triage', 'issues');
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const label of ctx.repo.labelsOf(issue)) {
    if (!wanted.has(label.name.toLowerCase())) removeIssueLabel(ctx, issue, label.name);
  }
  return addIssueLabels(ctx, issue, names, { checked: true });
}
