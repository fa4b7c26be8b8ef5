// Does every Firebreak workflow run the action, and does its `uses:` line resolve? GitHub fails a run
// whose action repository or ref does not exist, so a typo here silently means no triage, no escalation.
import { parse as parseYaml } from 'yaml';
import type { GitHubGateway, RepoRef } from '../../github/gateway.js';
import { GitHubError } from '../../github/errors.js';
import { REPOSITORY } from '../../version.js';
import { type CheckItem, fail, ok, warn } from './checklist.js';
import { FIREBREAK_WORKFLOWS } from './workflows.js';

/** A gateway to another repository with the same token. */
export type GatewayFor = (repo: RepoRef) => GitHubGateway;

export interface ActionUse {
  /** Workflow files that use it. */
  workflows: string[];
  uses: string;
}

/** The `uses:` of every step in Firebreak's workflow files that is not one of GitHub's own actions. */
export function firebreakUses(files: ReadonlyArray<{ file: string; text: string }>): {
  uses: ActionUse[];
  without: string[];
} {
  const byUses = new Map<string, ActionUse>();
  const without: string[] = [];
  for (const { file, text } of files) {
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch {
      without.push(file);
      continue;
    }
    const jobs = (doc as { jobs?: Record<string, { steps?: Array<{ uses?: unknown }> }> } | null)?.jobs ?? {};
    const found = Object.values(jobs)
      .flatMap((job) => job?.steps ?? [])
      .map((step) => step?.uses)
      .filter((uses): uses is string => typeof uses === 'string' && !/^(actions|github)\//.test(uses));
    if (found.length === 0) without.push(file);
    for (const uses of found) {
      const entry = byUses.get(uses) ?? { uses, workflows: [] };
      if (!entry.workflows.includes(file)) entry.workflows.push(file);
      byUses.set(uses, entry);
    }
  }
  return { uses: [...byUses.values()], without };
}

export async function actionItems(gateway: GitHubGateway, gatewayFor: GatewayFor): Promise<CheckItem[]> {
  const files: Array<{ file: string; text: string }> = [];
  for (const workflow of FIREBREAK_WORKFLOWS) {
    try {
      const file = await gateway.getFile(`.github/workflows/${workflow.file}`);
      if (file) files.push({ file: workflow.file, text: file.content });
    } catch {
      // The workflow checks above already say what is wrong with reading workflows.
    }
  }
  if (files.length === 0) return [];
  const { uses, without } = firebreakUses(files);
  const items: CheckItem[] = without.map((file) =>
    fail(
      `workflow ${file} runs no action`,
      `Its job must have a step \`uses: ${REPOSITORY}@<ref>\`: restore it with \`firebreak init --force --only workflows\`.`,
    ),
  );
  for (const use of uses) items.push(await resolveUse(use, gateway, gatewayFor));
  return items;
}

async function resolveUse(use: ActionUse, gateway: GitHubGateway, gatewayFor: GatewayFor): Promise<CheckItem> {
  const where = `${use.workflows.join(', ')}: \`uses: ${use.uses}\``;
  const fix = `Set it to \`${REPOSITORY}@<release tag or commit SHA>\` (\`firebreak init --force --only workflows\` writes it).`;
  if (use.uses === './' || use.uses === '.') {
    const here = await actionFile(gateway, undefined);
    return here
      ? ok(`${where} resolves to this repository's own action.yml`)
      : fail(`${where}: this repository has no action.yml`, fix);
  }
  const match = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]+)?)@(\S+)$/.exec(use.uses);
  if (!match) return warn(`${where} is not an action in a repository (owner/repo@ref)`, fix);
  const [, owner = '', repo = '', sub = '', ref = ''] = match;
  const target = gatewayFor({ owner, repo });
  let found: boolean;
  try {
    found = (await actionFile(target, ref, sub.replace(/^\//, ''))) !== null;
  } catch (error) {
    return warn(`${where}: could not check it`, (error as Error).message);
  }
  if (!found) {
    let exists = true;
    try {
      await target.getRepo();
    } catch (error) {
      if (!(error instanceof GitHubError && error.kind === 'not-found'))
        return warn(`${where}: could not check it`, (error as Error).message);
      exists = false;
    }
    if (!exists)
      return fail(
        `${where}: repository ${owner}/${repo} does not exist (or this token cannot see it)`,
        'GitHub cannot find the action, so every run of this workflow fails.',
        fix,
      );
    return fail(
      `${where}: ${owner}/${repo} has no action.yml at \`${ref}\` (no such tag, branch or commit)`,
      'GitHub cannot find the action, so every run of this workflow fails.',
      fix,
    );
  }
  if (/^[0-9a-f]{40}$/.test(ref)) return ok(`${where} resolves (pinned to a commit)`);
  const branch = await target.getBranchSha(ref).catch(() => null);
  if (branch !== null)
    return warn(
      `${where} resolves, but \`${ref}\` is a branch: every push to it changes what runs`,
      'Use a release tag, or a commit SHA to pin it.',
    );
  return ok(`${where} resolves`);
}

async function actionFile(gateway: GitHubGateway, ref: string | undefined, directory = ''): Promise<string | null> {
  const prefix = directory ? `${directory}/` : '';
  for (const name of ['action.yml', 'action.yaml']) {
    const file = await gateway.getFile(`${prefix}${name}`, ref);
    if (file) return file.path;
  }
  return null;
}
