// Is the check "Firebreak postmortem" required on the default branch? Firebreak puts it on every
// postmortem pull request, but only a required status check stops someone merging a postmortem whose
// sections are still `_TODO:`. Rulesets are readable with read access; classic branch protection only
// by admins (403 otherwise: then doctor says how to look). Never ✗: Firebreak works without it.
import { GitHubError } from '../../github/errors.js';
import type { GitHubGateway } from '../../github/gateway.js';
import { CHECK_NAME } from '../../domain/postmortem/pull-text.js';
import { type CheckItem, ok, warn } from './checklist.js';

export async function requiredCheckItem(gateway: GitHubGateway, branch: string): Promise<CheckItem> {
  const why = `Firebreak puts the check "${CHECK_NAME}" on every postmortem pull request (placeholders, owners, front matter); only a required status check stops an unfinished postmortem from being merged.`;
  const how = `Require it: Settings → Branches → the protection rule for ${branch} (or Settings → Rules → Rulesets) → "Require status checks to pass" → add "${CHECK_NAME}". It is offered there once it has run on a pull request.`;
  const rulesets = await read(() => gateway.getRulesetStatusChecks(branch));
  if (Array.isArray(rulesets) && rulesets.includes(CHECK_NAME))
    return ok(`the check "${CHECK_NAME}" is required on ${branch} (a ruleset)`);
  const protection = await read(() => gateway.getRequiredStatusChecks(branch));
  if (Array.isArray(protection) && protection.includes(CHECK_NAME))
    return ok(`the check "${CHECK_NAME}" is required on ${branch} (branch protection)`);
  if (protection instanceof GitHubError) {
    return warn(
      `the check "${CHECK_NAME}" should be a required status check on ${branch}; this token cannot read its branch protection`,
      why,
      how,
      `${Array.isArray(rulesets) ? 'No ruleset requires it. ' : ''}Reading branch protection needs admin access: run \`firebreak doctor\` with a repository admin's token to see whether it is required.`,
    );
  }
  const state =
    protection === null
      ? `${branch} has no branch protection`
      : `the branch protection of ${branch} does not require it`;
  return warn(
    `the check "${CHECK_NAME}" is not required on ${branch}: a postmortem can be merged unfinished`,
    why,
    `${state}${Array.isArray(rulesets) ? ', and no ruleset does' : ''}.`,
    how,
  );
}

/** The answer, or the refusal (403, or an API without rulesets) to word instead. */
async function read<T>(call: () => Promise<T>): Promise<T | GitHubError> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GitHubError && !error.transient) return error;
    throw error;
  }
}
