// `firebreak form parse --template <form.yml> --body <file|->`: the answers of an issue body by field id,
// as readable lines or (--json) as JSON; what the body lacks is listed after them (stderr with --json).
// I/O is injected so the command is pure.
import { parseIssueForm } from '../forms/parse.js';
import { FormTemplateError, parseFormTemplate } from '../forms/template.js';
import type { FormValue } from '../forms/types.js';
import { EXIT, helpText, runCommand, stringOption, UsageError } from './command.js';
import { FORM_PARSE } from './specs.js';

export interface FormCommandIo {
  readFile(path: string): Promise<string> | string;
  readStdin(): Promise<string> | string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const FORM_PARSE_USAGE = helpText(FORM_PARSE);

/** Exit codes: 0 parsed, 1 unreadable input or unusable template, 2 wrong usage. */
export async function runFormParseCommand(argv: readonly string[], io: FormCommandIo): Promise<number> {
  return runCommand(FORM_PARSE, argv, io, async ({ values }) => {
    const templatePath = stringOption(values, 'template');
    const bodyPath = stringOption(values, 'body');
    if (templatePath === undefined || bodyPath === undefined)
      throw new UsageError('both --template and --body are required');

    const read = async (what: string, path: string): Promise<string | null> => {
      try {
        return path === '-' && what === 'body' ? await io.readStdin() : await io.readFile(path);
      } catch (error) {
        const code = (error as { code?: string }).code;
        const why =
          code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
        io.stderr(`firebreak form parse: cannot read the ${what} "${path}": ${why}\n`);
        return null;
      }
    };
    const templateText = await read('template', templatePath);
    if (templateText === null) return EXIT.problems;
    let template;
    try {
      template = parseFormTemplate(templateText);
    } catch (error) {
      if (!(error instanceof FormTemplateError)) throw error;
      io.stderr(
        `firebreak form parse: "${templatePath}" is not a usable issue form:\n${error.problems.map((p) => `  - ${p}\n`).join('')}`,
      );
      return EXIT.problems;
    }
    const body = await read('body', bodyPath);
    if (body === null) return EXIT.problems;

    const parsed = parseIssueForm(body, template);
    if (values.json === true) {
      io.stdout(`${JSON.stringify(parsed.fields, null, 2)}\n`);
      for (const diagnostic of parsed.diagnostics) io.stderr(`warning: ${diagnostic.message}\n`);
      return EXIT.ok;
    }
    io.stdout(readable(parsed.fields));
    if (parsed.diagnostics.length > 0)
      io.stdout(`\n${parsed.diagnostics.map((d) => `warning: ${d.message}`).join('\n')}\n`);
    return EXIT.ok;
  });
}

/** One answer per field: `id: value`, multi-line values indented under their id. */
function readable(fields: Record<string, FormValue>): string {
  return Object.entries(fields)
    .map(([id, value]) => {
      const text = show(value);
      return text.includes('\n') ? `${id}:\n${text.replace(/^/gm, '  ')}` : `${id}: ${text}`;
    })
    .join('\n')
    .concat('\n');
}

function show(value: FormValue): string {
  if (value === null) return '(no answer)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  return `ticked: ${value.selected.join(', ') || '(none)'}${value.unselected.length > 0 ? `; not ticked: ${value.unselected.join(', ')}` : ''}`;
}
