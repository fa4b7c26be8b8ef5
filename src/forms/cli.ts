// `firebreak form parse --template <form.yml> --body <file|->`: prints the answers of an issue body as
// JSON keyed by field id; what the body lacks goes to stderr. I/O is injected so the command is pure.
import { parseIssueForm } from './parse.js';
import { FormTemplateError, parseFormTemplate } from './template.js';

export interface FormCommandIo {
  readFile(path: string): Promise<string> | string;
  readStdin(): Promise<string> | string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = 'usage: firebreak form parse --template <form.yml> --body <file|->';

/** Exit codes: 0 parsed, 1 unreadable input or unusable template, 2 wrong usage. */
export async function runFormParseCommand(argv: readonly string[], io: FormCommandIo): Promise<number> {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      io.stdout(`${USAGE}\n  --template  the issue form (.github/ISSUE_TEMPLATE/*.yml)\n  --body      the issue body, or - for stdin\n`);
      return 0;
    }
    const match = /^--(template|body)(?:=(.*))?$/.exec(arg);
    const value = match?.[2] ?? argv[i + 1];
    if (!match || value === undefined) {
      io.stderr(`firebreak form parse: ${match ? `${arg} needs a value` : `unknown argument "${arg}"`}\n${USAGE}\n`);
      return 2;
    }
    if (match[2] === undefined) i++;
    options[match[1] as string] = value;
  }
  const { template: templatePath, body: bodyPath } = options;
  if (templatePath === undefined || bodyPath === undefined) {
    io.stderr(`firebreak form parse: both --template and --body are required\n${USAGE}\n`);
    return 2;
  }

  const read = async (what: string, path: string): Promise<string | null> => {
    try {
      return path === '-' && what === 'body' ? await io.readStdin() : await io.readFile(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
      io.stderr(`firebreak form parse: cannot read the ${what} "${path}": ${why}\n`);
      return null;
    }
  };
  const templateText = await read('template', templatePath);
  if (templateText === null) return 1;
  let template;
  try {
    template = parseFormTemplate(templateText);
  } catch (error) {
    if (!(error instanceof FormTemplateError)) throw error;
    io.stderr(`firebreak form parse: "${templatePath}" is not a usable issue form:\n${error.problems.map((p) => `  - ${p}\n`).join('')}`);
    return 1;
  }
  const body = await read('body', bodyPath);
  if (body === null) return 1;

  const parsed = parseIssueForm(body, template);
  io.stdout(`${JSON.stringify(parsed.fields, null, 2)}\n`);
  for (const diagnostic of parsed.diagnostics) io.stderr(`warning: ${diagnostic.message}\n`);
  return 0;
}
