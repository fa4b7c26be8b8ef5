// `firebreak postmortem lint <files…> [--format github]`: checks postmortems before they are merged. Plain
// output is `path:line: error: …` (with `:column` for phrases); `--format github` prints workflow commands
// so each problem shows as an annotation on the pull request's line. Exit 1 when any error is found.
import { parseArgs } from 'node:util';
import type { Config } from '../config/types.js';
import { annotation, plain } from '../postmortem/annotations.js';
import { lintPostmortem, type Problem } from '../postmortem/lint.js';

export interface PostmortemCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  config: Pick<Config, 'postmortem'>;
}

export const POSTMORTEM_USAGE = `Usage: firebreak postmortem lint <files…> [--format text|github]

Checks postmortem files: valid front matter, no section left as a _TODO placeholder and an owner for
every action item (errors, exit 1); blameful language (warnings).
  --format github   print GitHub workflow commands (annotations on the pull request) instead of text
`;

class UsageError extends Error {}

export async function runPostmortemCommand(argv: readonly string[], io: PostmortemCommandIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`firebreak postmortem: ${error.message}\n${POSTMORTEM_USAGE}`);
    return 2;
  }
}

async function run(argv: readonly string[], io: PostmortemCommandIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined || subcommand === 'help' || subcommand === '--help' || subcommand === '-h') {
    io.stdout.write(POSTMORTEM_USAGE);
    return subcommand === undefined ? 2 : 0;
  }
  if (subcommand !== 'lint') throw new UsageError(`unknown subcommand "${subcommand}"`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'github') throw new UsageError(`--format is text or github, not "${format}"`);
  if (parsed.positionals.length === 0) throw new UsageError('name the postmortem files to lint');

  let errors = 0;
  let warnings = 0;
  let files = 0;
  for (const path of parsed.positionals) {
    const name = path.split(/[\\/]/).pop() ?? path;
    // The index files live next to the postmortems; a workflow that lints the whole folder passes them too.
    if (!/\.md$/i.test(name) || /^readme\.md$/i.test(name)) {
      io.stderr.write(`${path}: skipped (not a postmortem)\n`);
      continue;
    }
    files += 1;
    let problems: Problem[];
    try {
      problems = lintPostmortem(await io.readFile(path), path, io.config);
    } catch (error) {
      problems = [{ severity: 'error', line: 1, message: `cannot read the file: ${(error as Error).message}` }];
    }
    for (const problem of problems) {
      if (problem.severity === 'error') errors += 1;
      else warnings += 1;
      io.stdout.write(format === 'github' ? annotation(path, problem) : plain(path, problem));
    }
  }
  io.stderr.write(`${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'postmortem')}\n`);
  return errors > 0 ? 1 : 0;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
