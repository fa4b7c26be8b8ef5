// `firebreak validate [path]`: every problem as path:line:col, exit 1 on any error, exit 2 when the path
// it was given does not exist (a mistyped path must not pass CI). Without a file it says the playbook
// defaults are in use, what they are, and what in them still pages nobody.
import { HISTORY_LIMIT } from '../config/last-good.js';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { loadConfig } from '../config/load.js';
import { placeholderProblems } from '../config/placeholders.js';
import { formatPath, formatProblems, hasErrors, sortProblems, type ConfigProblem } from '../config/problems.js';
import { summarizeConfig } from '../config/summary.js';
import { checkContext, VALIDATE_CHECKS, type ConfigCheck } from '../config/validate-checks.js';
import { locatorFor } from '../config/yaml-locator.js';
import type { GitHubGateway } from '../github/gateway.js';
import { repositoryGateway } from '../init/connect.js';
import type { SetupIO } from '../init/setup-io.js';
import { EXIT, helpText, runCommand, stringOption, UsageError } from './command.js';
import { VALIDATE } from './specs.js';

export interface ValidateIO {
  /** The file's text, or null when it does not exist. */
  readFile(path: string): string | null | Promise<string | null>;
  /** Each call prints one block of text followed by a newline (console.log semantics). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** The clock for checks that look ahead (rotation coverage); default: the current time. */
  now?: () => Date;
  /** The repository, for checks that ask GitHub (who can be assigned). */
  gateway?: GitHubGateway;
  /** Or the environment to find one in (a token and -R, GITHUB_REPOSITORY or the origin remote). */
  setup?: Pick<SetupIO, 'env' | 'gitRemote' | 'gateway'>;
}

export const VALIDATE_USAGE = helpText(VALIDATE);

interface Verdict {
  path: string;
  exists: boolean;
  valid: boolean;
  usingDefaults: boolean;
  errors: number;
  warnings: number;
  problems: ConfigProblem[];
}

/** Exit codes: 0 valid (warnings allowed), 1 errors in the file, 2 bad usage, a missing path or an unreadable file. */
export async function runValidateCommand(
  argv: readonly string[],
  io: ValidateIO,
  checks: readonly ConfigCheck[] = VALIDATE_CHECKS,
): Promise<number> {
  const out = {
    stdout: (t: string) => io.stdout(t.replace(/\n$/, '')),
    stderr: (t: string) => io.stderr(t.replace(/\n$/, '')),
  };
  return runCommand(VALIDATE, argv, out, async ({ values, positionals }) => {
    const given = positionals[0];
    const path = given ?? DEFAULT_CONFIG_PATH;
    let text: string | null;
    try {
      text = await io.readFile(path);
    } catch (error) {
      io.stderr(`firebreak validate: cannot read ${path}: ${(error as Error).message}`);
      return EXIT.usage;
    }
    if (text === null && given !== undefined) throw new UsageError(`no such file: ${path}`);
    const json = values.json === true;
    const loaded = loadConfig(text, path);
    const problems: ConfigProblem[] = [...loaded.problems];
    const defaultsOnly = text === null || (loaded.usingDefaults && !hasErrors(loaded.problems));
    if (!hasErrors(problems)) {
      if (text !== null && !loaded.usingDefaults) {
        const gateway =
          io.gateway ?? (io.setup ? await repositoryGateway(io.setup, stringOption(values, 'repo')) : undefined);
        const context = checkContext(
          { config: loaded.config, text, path, now: io.now?.() ?? new Date(), ...(gateway ? { gateway } : {}) },
          locatorFor(text),
        );
        for (const check of checks) problems.push(...(await check(context)));
      } else {
        problems.push(
          ...placeholderProblems(loaded.config).map((p) => ({
            severity: p.severity,
            path: formatPath(p.segments),
            line: 0,
            column: 0,
            message: p.message,
          })),
        );
      }
    }
    const errors = problems.filter((p) => p.severity === 'error').length;
    const verdict: Verdict = {
      path,
      exists: text !== null,
      valid: errors === 0,
      usingDefaults: loaded.usingDefaults,
      errors,
      warnings: problems.length - errors,
      problems: sortProblems(problems),
    };
    if (json) io.stdout(JSON.stringify(verdict, null, 2));
    else report(verdict, defaultsOnly, text === null, loaded.config, values.summary === true, io);
    return errors > 0 ? EXIT.problems : EXIT.ok;
  });
}

function report(
  verdict: Verdict,
  defaultsOnly: boolean,
  missing: boolean,
  config: Parameters<typeof summarizeConfig>[0],
  summary: boolean,
  io: ValidateIO,
): void {
  const { path, problems, errors, warnings } = verdict;
  if (defaultsOnly) {
    io.stdout(
      `${missing ? `No ${path} found` : `${path} sets nothing`}: Firebreak uses the playbook defaults.\n\n${summarizeConfig(config)}`,
    );
    if (problems.length > 0) {
      io.stdout(`\nBefore an incident relies on them, set these in ${path}:`);
      io.stdout(problems.map((p) => `  warning: ${p.path}: ${p.message}`).join('\n'));
    }
    return;
  }
  if (problems.length > 0) io.stdout(formatProblems(problems, path));
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].filter((part) => part !== '').join(', ');
  if (errors > 0) {
    io.stdout(
      `\n${path}: ${counts}. A file with errors is not used: Firebreak runs with the last commit of it that validated (the playbook defaults if none of its last ${HISTORY_LIMIT} commits does), posts a notice on every open incident and fails its jobs until the file is fixed.`,
    );
    return;
  }
  io.stdout(`${problems.length > 0 ? '\n' : ''}${path}: valid${counts === '' ? '' : ` (${counts})`}.`);
  if (summary) io.stdout(`\n${summarizeConfig(config)}`);
}

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}
