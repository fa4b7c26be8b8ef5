// `firebreak postmortem lint <path…> [--format github] [--json]`: checks postmortems before they are merged.
// Paths may be files, folders or globs. Plain output is `path:line: error: …` (with `:column` for
// phrases); `--format github` prints workflow commands so each problem shows as an annotation on the pull
// request's line. Exit 1 when any error is found, or when the paths name no postmortem at all.
import type { Config } from '../config/types.js';
import { annotation, plain } from '../domain/postmortem/annotations.js';
import { lintPostmortem, type Problem } from '../domain/postmortem/lint.js';
import { EXIT, helpText, runCommand, stringOption, UsageError } from './command.js';
import { expandPaths, type PathsIo } from './paths.js';
import { POSTMORTEM_LINT } from './specs.js';

export interface PostmortemCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  /** Folders and globs; without it every argument is read as a file. */
  paths?: PathsIo;
  config: Pick<Config, 'postmortem'>;
}

export const POSTMORTEM_USAGE = helpText(POSTMORTEM_LINT);

/** The index files live next to the postmortems; a folder or glob passes them too. */
const isPostmortem = (path: string): boolean => {
  const name = path.split(/[\\/]/).pop() ?? path;
  return /\.md$/i.test(name) && !/^(readme|index)\.md$/i.test(name);
};

export async function runPostmortemLint(argv: readonly string[], io: PostmortemCommandIo): Promise<number> {
  const out = { stdout: (t: string) => void io.stdout.write(t), stderr: (t: string) => void io.stderr.write(t) };
  return runCommand(POSTMORTEM_LINT, argv, out, async ({ values, positionals }) => {
    const format = stringOption(values, 'format') ?? 'text';
    if (format !== 'text' && format !== 'github') throw new UsageError(`--format is text or github, not "${format}"`);
    const json = values.json === true;
    const { files, unmatched } = io.paths
      ? await expandPaths(positionals, io.paths, isPostmortem)
      : { files: positionals, unmatched: [] };
    for (const { argument, why } of unmatched) io.stderr.write(`${argument}: ${why}\n`);

    const results: Array<{ path: string; problems: Problem[] }> = [];
    for (const path of files) {
      if (!isPostmortem(path)) {
        io.stderr.write(`${path}: skipped (not a postmortem)\n`);
        continue;
      }
      let problems: Problem[];
      try {
        problems = lintPostmortem(await io.readFile(path), path, io.config);
      } catch (error) {
        problems = [{ severity: 'error', line: 1, message: `cannot read the file: ${(error as Error).message}` }];
      }
      results.push({ path, problems });
    }
    const all = results.flatMap((r) => r.problems);
    const errors = all.filter((p) => p.severity === 'error').length;
    const warnings = all.length - errors;
    if (json) io.stdout.write(`${JSON.stringify({ files: results, errors, warnings, unmatched }, null, 2)}\n`);
    else
      for (const { path, problems } of results)
        for (const problem of problems)
          io.stdout.write(format === 'github' ? annotation(path, problem) : plain(path, problem));
    io.stderr.write(
      `${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(results.length, 'postmortem')}\n`,
    );
    if (results.length === 0) {
      io.stderr.write(
        'Nothing was checked: name postmortem files, a folder that holds them, or a glob such as "docs/postmortems/**/*.md".\n',
      );
      return EXIT.problems;
    }
    return errors > 0 || unmatched.length > 0 ? EXIT.problems : EXIT.ok;
  });
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
