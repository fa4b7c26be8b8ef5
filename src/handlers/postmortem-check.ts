// The check "Firebreak postmortem" on a postmortem pull request's head commit: the lint's verdict as a
// completed check run (failure while a section is still `_TODO:` or an action item has no owner),
// with one annotation per problem, 50 per request. Written with the workflow token (an app token:
// personal tokens cannot create check runs), by the incident run whenever it writes the pull request —
// its pushes start no workflows — and by the postmortem workflow on every push people make. The write
// itself goes through the executor (a `checkRun` write, batched there).
import type { Budget } from '../executor/execute.js';
import { applyRepositoryWrite, type WriteOutcome } from '../executor/repository-writes.js';
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway } from '../github/gateway.js';
import { checkRunOutput, type CheckedFile } from '../domain/postmortem/check-run.js';
import { CHECK_NAME } from '../domain/postmortem/pull-text.js';

export interface LogLines {
  info(line: string): void;
  warning(line: string): void;
}

export interface CheckOptions {
  /** The commit was made by this run, so it carries no check run yet (nothing to read). */
  newCommit?: boolean;
  dryRun?: boolean;
  /**
   * The run's operations budget. Absent inside the incident executor's postmortem write, which the budget
   * already charged: the check is part of that one write.
   */
  budget?: Budget;
}

/**
 * Plans the check run on `headSha` (none when one with the same verdict is there) and applies it through
 * the executor (dry run, budget); says what it did.
 */
export async function reportPostmortemCheck(
  gateway: GitHubGateway,
  log: LogLines,
  headSha: string,
  files: readonly CheckedFile[],
  options: CheckOptions = {},
): Promise<string> {
  const result = checkRunOutput(files);
  const at = headSha.slice(0, 7);
  const describe = `check "${CHECK_NAME}": ${result.conclusion} on ${at} (${result.title})`;
  const notWritten = (why: string, kind: string) => {
    log.warning(`could not write the check "${CHECK_NAME}" on ${at}: ${why}`);
    return `check "${CHECK_NAME}" not written (${kind}); the lint found: ${result.title}`;
  };
  let outcome: WriteOutcome<void>;
  try {
    const existing = options.newCommit
      ? undefined
      : (await gateway.listCheckRuns(headSha, CHECK_NAME)).find((r) => r.name === CHECK_NAME);
    if (
      existing &&
      existing.conclusion === result.conclusion &&
      existing.title === result.title &&
      existing.summary === result.summary
    ) {
      return `check "${CHECK_NAME}" already ${result.conclusion} on ${at}`;
    }
    outcome = await applyRepositoryWrite(
      {
        kind: 'checkRun',
        name: CHECK_NAME,
        headSha,
        ...result,
        describe,
        ...(options.budget ? {} : { essential: true as const }),
      },
      { gateway, dryRun: options.dryRun ?? false, budget: options.budget ?? null, log },
    );
  } catch (error) {
    outcome = { status: 'failed', error };
  }
  if (outcome.status === 'done') return describe;
  if (outcome.status === 'dry-run')
    return `dry run: check "${CHECK_NAME}" not written; the lint found: ${result.title}`;
  if (outcome.status === 'over-budget') return notWritten('the operations budget of this run is spent', 'budget');
  const error = outcome.error;
  if (!(error instanceof GitHubError) || error.transient) throw error;
  // The lint still ran (its verdict is in the log and, in the postmortem workflow, the job's result).
  const why =
    error.kind === 'forbidden'
      ? "the workflow token may not write checks: add `checks: write` to the job's permissions (check runs need an app token such as GITHUB_TOKEN; a personal token cannot create them)"
      : error.message;
  return notWritten(why, error.kind);
}
