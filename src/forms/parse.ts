// Reads the body GitHub renders from an issue form back into answers keyed by field, against the form
// template, and says where the body departs from the form (missing answers, unknown options, stray
// headings, text before the first section) so the reporter can be told exactly what to fix.
//
// We do not use @github/issue-parser: as-is it fails most of our conformance corpus (splits single
// selects and comma-containing options, keeps render fences, cuts values at a mid-line "###", needs
// exact headings, drops leading text), so an adapter would rewrite most of its output.
import { readAnswer } from './answers.js';
import { fencedLines } from './fences.js';
import { headingText, matchHeading } from './headings.js';
import type { FormAnswers, FormDiagnostic, FormField, FormTemplate, ParsedIssueForm } from './types.js';

interface StraySection {
  heading: string;
  line: number;
  lines: string[];
  mergedInto: FormField | null;
  duplicateOf: FormField | null;
}

/** Free text can hold a "### " line of its own; a heading after a choice field cannot be part of it. */
function holdsFreeText(field: FormField): boolean {
  return field.type === 'textarea' || field.type === 'upload';
}

function strayDiagnostic(stray: StraySection): FormDiagnostic {
  const where = `"### ${stray.heading}" (line ${stray.line})`;
  const what = stray.duplicateOf
    ? `${where} repeats the section "${stray.duplicateOf.label}"`
    : `${where} matches no field of the form`;
  const outcome = stray.mergedInto
    ? `; it was kept as part of "${stray.mergedInto.label}".`
    : '; its text was not read as an answer.';
  return {
    kind: 'unknown-heading',
    heading: stray.heading,
    line: stray.line,
    mergedInto: stray.mergedInto?.key ?? null,
    text: stray.lines.join('\n').trim(),
    message: what + outcome,
  };
}

export function parseIssueForm(body: string, template: FormTemplate): ParsedIssueForm {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const fenced = fencedLines(lines);
  const leading: string[] = [];
  const sections = new Map<string, string[]>();
  const strays: StraySection[] = [];
  // Lines go to every sink: a stray heading merged into a textarea feeds both the answer and the report.
  let sinks: string[][] = [leading];
  let section: FormField | null = null;

  lines.forEach((line, index) => {
    const heading = fenced[index] ? null : headingText(line);
    if (heading === null) {
      for (const sink of sinks) sink.push(line);
      return;
    }
    const match = matchHeading(heading, template.fields, new Set(sections.keys()));
    if (match && !match.duplicate) {
      section = match.field;
      sinks = [[]];
      sections.set(section.key, sinks[0] as string[]);
      return;
    }
    if (sections.size === 0) {
      // Before the first section, a stray heading is just more leading text.
      leading.push(line);
      return;
    }
    const last: FormField | null = section;
    const mergedInto = last && holdsFreeText(last) ? last : null;
    const stray: StraySection = { heading, line: index + 1, lines: [], mergedInto, duplicateOf: match?.field ?? null };
    strays.push(stray);
    if (mergedInto) {
      (sections.get(mergedInto.key) as string[]).push(line);
      sinks = [sections.get(mergedInto.key) as string[], stray.lines];
    } else {
      section = null;
      sinks = [stray.lines];
    }
  });

  const diagnostics: FormDiagnostic[] = [];
  const leadingText = leading.join('\n').trim() || null;
  if (leadingText !== null) {
    diagnostics.push({
      kind: 'leading-text',
      text: leadingText,
      message: 'The body has text before the first form section; it was not read as an answer.',
    });
  }
  diagnostics.push(...strays.map(strayDiagnostic));

  const fields: FormAnswers = {};
  for (const field of template.fields) {
    const text = sections.get(field.key)?.join('\n').trim();
    const value = text === undefined ? null : readAnswer(field, text, diagnostics);
    fields[field.key] = value;
    if (value === null && field.required) {
      const reason = text === undefined ? 'missing' : 'empty';
      diagnostics.push({
        kind: 'missing-required',
        field: field.key,
        label: field.label,
        reason,
        message:
          reason === 'missing'
            ? `"${field.label}" is required, but its section is missing from the issue.`
            : `"${field.label}" is required, but it has no answer.`,
      });
    }
    if (field.type === 'checkboxes') {
      const selected = value && typeof value === 'object' && !Array.isArray(value) ? value.selected : [];
      for (const option of field.options) {
        if (!option.required || selected.includes(option.label)) continue;
        diagnostics.push({
          kind: 'unchecked-required',
          field: field.key,
          label: field.label,
          option: option.label,
          message: `"${field.label}": "${option.label}" must be checked.`,
        });
      }
    }
  }
  return {
    fields,
    diagnostics,
    found: template.fields.filter((f) => sections.has(f.key)).map((f) => f.key),
    leadingText,
  };
}
