// The lint's verdict as a check run: `failure` when any file has an error (a `_TODO:` section, an action
// item without an owner, broken front matter), else `success`; a title that counts, a summary that lists
// the problems, and one annotation per problem on its line. Pure.
import type { CheckAnnotation } from '../github-objects.js';
import type { Problem } from './lint.js';

export interface CheckedFile {
  path: string;
  problems: readonly Problem[];
}

export interface CheckRunResult {
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

const SUMMARY_ROWS = 200;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

export function checkRunOutput(files: readonly CheckedFile[]): CheckRunResult {
  const all = files.flatMap((f) => f.problems.map((p) => ({ path: f.path, ...p })));
  const errors = all.filter((p) => p.severity === 'error').length;
  const warnings = all.length - errors;
  const title =
    errors > 0
      ? `${plural(errors, 'error')} to fix before merging${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`
      : warnings > 0
        ? `Ready to merge (${plural(warnings, 'warning')} to consider)`
        : 'Ready to merge';
  const summary: string[] = [];
  for (const file of files) {
    const e = file.problems.filter((p) => p.severity === 'error').length;
    const w = file.problems.length - e;
    summary.push(
      `**\`${file.path}\`**: ${file.problems.length === 0 ? 'no problems.' : `${plural(e, 'error')}, ${plural(w, 'warning')}${e > 0 ? ' — not ready to merge.' : '.'}`}`,
      '',
    );
  }
  if (all.length > 0) {
    summary.push('| File | Line | | Problem |', '|---|---|---|---|');
    for (const p of all.slice(0, SUMMARY_ROWS))
      summary.push(`| \`${cell(p.path)}\` | ${p.line} | ${p.severity} | ${cell(p.message)} |`);
    if (all.length > SUMMARY_ROWS) summary.push('', `… and ${all.length - SUMMARY_ROWS} more (see the annotations).`);
    summary.push('');
  }
  summary.push(
    errors > 0
      ? 'Fix the errors — each is annotated on its line under "Files changed" — and push: the check runs again. `firebreak postmortem lint <file>` shows the same list locally.'
      : 'Every section is written and every action item has an owner. Warnings (blameful language, empty sections) are for the reviewers to weigh.',
  );
  const annotations = all.map(
    (p): CheckAnnotation => ({
      path: p.path,
      startLine: p.line,
      endLine: p.line,
      ...(p.column !== undefined ? { startColumn: p.column, endColumn: p.column } : {}),
      level: p.severity === 'error' ? 'failure' : 'warning',
      message: p.message,
      title: 'Postmortem lint',
    }),
  );
  return {
    conclusion: errors > 0 ? 'failure' : 'success',
    title,
    summary: summary.join('\n').slice(0, 65_000),
    annotations,
  };
}
