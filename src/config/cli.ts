// `firebreak validate [path]`: prints every problem as path:line:col and exits non-zero on any error. With no
// file it says the playbook defaults are in use and what they are.
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { loadConfig } from './load.js';
import { formatProblems, hasErrors, sortProblems, type ConfigProblem } from './problems.js';
import { summarizeConfig } from './summary.js';
import type { GitHubGateway } from '../github/gateway.js';
import { checkContext, VALIDATE_CHECKS, type ConfigCheck } from './validate-checks.js';
import { locatorFor } from './yaml-locator.js';

export interface ValidateIO {
  /** The file's text, or null when it does not exist. */
  readFile(path: string): string | null | Promise<string | null>;
  /** Each call prints one block of text followed by a newline (console.log semantics). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** The clock for checks that look ahead (rotation coverage); default: the current time. */
  now?: () => Date;
  gateway?: GitHubGateway;
}

export const VALIDATE_USAGE = `Usage: firebreak validate [path] [--summary]

Checks a Firebreak configuration file (default ${DEFAULT_CONFIG_PATH}) against the schema and for broken
references, and prints each problem as path:line:column. Exits 1 when there is an error.
  --summary   also print the resulting severities, phases, escalation and rotations`;

/** Exit codes: 0 valid (warnings allowed), 1 errors in the file, 2 bad usage or unreadable file. */
export async function runValidateCommand(argv: readonly string[], io: ValidateIO, checks: readonly ConfigCheck[] = VALIDATE_CHECKS): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('-'));
  const paths = argv.filter((arg) => !arg.startsWith('-'));
  if (flags.includes('--help') || flags.includes('-h')) {
    io.stdout(VALIDATE_USAGE);
    return 0;
  }
  const unknownFlag = flags.find((flag) => flag !== '--summary');
  if (unknownFlag !== undefined || paths.length > 1) {
    io.stderr(`${unknownFlag === undefined ? 'validate takes one path' : `unknown option ${unknownFlag}`}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  const path = paths[0] ?? DEFAULT_CONFIG_PATH;

  let text: string | null;
  try {
    text = await io.readFile(path);
  } catch (error) {
    io.stderr(`cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }

  const loaded = loadConfig(text, path);
  if (text === null || (loaded.usingDefaults && loaded.problems.length === 0)) {
    const why = text === null ? `No ${path} found` : `${path} sets nothing`;
    io.stdout(`${why}: Firebreak uses the playbook defaults.\n\n${summarizeConfig(loaded.config)}`);
    return 0;
  }

  const problems: ConfigProblem[] = [...loaded.problems];
  if (!hasErrors(problems)) {
    const context = checkContext({ config: loaded.config, text, path, now: io.now?.() ?? new Date(), ...(io.gateway ? { gateway: io.gateway } : {}) }, locatorFor(text));
    for (const check of checks) problems.push(...(await check(context)));
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length > 0) io.stdout(formatProblems(sortProblems(problems), path));
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].filter((part) => part !== '').join(', ');
  if (errors > 0) {
    io.stdout(`\n${path}: ${counts}. A file with errors is not used: Firebreak falls back to the playbook defaults.`);
    return 1;
  }
  io.stdout(`${problems.length > 0 ? '\n' : ''}${path}: valid${counts === '' ? '' : ` (${counts})`}.`);
  if (flags.includes('--summary')) io.stdout(`\n${summarizeConfig(loaded.config)}`);
  return 0;
}

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}
