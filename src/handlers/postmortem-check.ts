// The check "Firebreak postmortem" on a postmortem pull request's head commit: the lint's verdict as a
// completed check run (failure while a section is still `_TODO:` or an action item has no owner),
// with one annotation per problem, 50 per request. Written with the workflow token (an app token:
// personal tokens cannot create check runs), by the incident run whenever it writes the pull request —
// its pushes start no workflows — and by the postmortem workflow on every push people make.
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway } from '../github/gateway.js';
import { checkRunOutput, type CheckedFile } from '../postmortem/check-run.js';
import { CHECK_NAME } from '../postmortem/pull-text.js';

export interface LogLines {
  info(line: string): void;
  warning(line: string): void;
}

const BATCH = 50;

/** Creates the check run on `headSha` (unless one with the same verdict is there); says what it did. */
export async function reportPostmortemCheck(
  gateway: GitHubGateway,
  log: LogLines,
  headSha: string,
  files: readonly CheckedFile[],
  newCommit = false,
): Promise<string> {
  const result = checkRunOutput(files);
  try {
    const existing = newCommit
      ? undefined
      : (await gateway.listCheckRuns(headSha, CHECK_NAME)).find((r) => r.name === CHECK_NAME);
    if (
      existing &&
      existing.conclusion === result.conclusion &&
      existing.title === result.title &&
      existing.summary === result.summary
    ) {
      return `check "${CHECK_NAME}" already ${result.conclusion} on ${headSha.slice(0, 7)}`;
    }
    const [first = [], ...rest] = chunks(result.annotations, BATCH);
    const run = await gateway.createCheckRun({
      name: CHECK_NAME,
      headSha,
      conclusion: result.conclusion,
      output: { title: result.title, summary: result.summary, annotations: first },
    });
    // Annotations beyond the first 50 are appended, 50 per update, as the Checks API asks.
    for (const batch of rest)
      await gateway.updateCheckRun(run.id, {
        output: { title: result.title, summary: result.summary, annotations: batch },
      });
    return `check "${CHECK_NAME}": ${result.conclusion} on ${headSha.slice(0, 7)} (${result.title})`;
  } catch (error) {
    if (!(error instanceof GitHubError) || error.transient) throw error;
    // The lint still ran (its verdict is in the log and, in the postmortem workflow, the job's result).
    const why =
      error.kind === 'forbidden'
        ? "the workflow token may not write checks: add `checks: write` to the job's permissions (check runs need an app token such as GITHUB_TOKEN; a personal token cannot create them)"
        : error.message;
    log.warning(`could not write the check "${CHECK_NAME}" on ${headSha.slice(0, 7)}: ${why}`);
    return `check "${CHECK_NAME}" not written (${error.kind}); the lint found: ${result.title}`;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
