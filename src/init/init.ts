// `firebreak init`: writes the issue forms, the workflows and a commented .github/firebreak.yml into the
// current checkout, and creates Firebreak's labels in the repository. It never overwrites the team's
// .github/firebreak.yml; forms and workflows only with --force, showing the diff. --dry-run only says.
import { DEFAULT_CONFIG_PATH, defaultConfig } from '../config/defaults.js';
import { loadConfig } from '../config/load.js';
import { hasErrors } from '../config/problems.js';
import type { Config } from '../config/types.js';
import type { RepoRef } from '../github/gateway.js';
import { createTwoFilesPatch } from 'diff';
import {
  ACTION_USES,
  actionProblem,
  actionRefProblem,
  filesToInstall,
  isCommitSha,
  webUrlFor,
  type FileToInstall,
  type InstallPart,
} from './install.js';
import { ensureLabels, firebreakLabels, type LabelOutcome } from './labels.js';
import { formatRepository, resolveRepository } from './repository.js';
import { type CheckoutFiles, credentialsFrom, explainFailure, type SetupIO } from './setup-io.js';

export interface InitOptions {
  dryRun: boolean;
  force: boolean;
  /** `--repo owner/name`. */
  repo?: string;
  /** False with --no-labels. */
  labels: boolean;
  /** `--ref`: the action ref for the workflows (a release commit SHA pins it). */
  ref?: string;
  /** `--action owner/repo`: where the workflows take the action from. */
  action?: string;
  /** `--only`: the parts to install (default all). */
  only?: readonly InstallPart[];
}

export interface InitDeps extends SetupIO {
  files: CheckoutFiles;
}

export type FileStatus =
  | 'created'
  | 'would create'
  | 'exists'
  | 'kept'
  | 'up to date'
  | 'refreshed'
  | 'would refresh'
  | 'failed';

export interface FileOutcome {
  path: string;
  status: FileStatus;
  error?: string;
  /** What --force changed (a unified diff), for refreshed files. */
  diff?: string;
}

/** Runs init; returns the exit code: 0 done, 1 something could not be written or created, 2 bad usage. */
export async function runInit(options: InitOptions, deps: InitDeps): Promise<number> {
  const say = deps.stdout;
  const problem =
    (options.ref !== undefined ? actionRefProblem(options.ref) : null) ??
    (options.action !== undefined ? actionProblem(options.action) : null);
  if (problem) {
    deps.stderr(`firebreak init: ${problem}`);
    return 2;
  }
  const resolved = await resolveRepository({
    ...(options.repo === undefined ? {} : { flag: options.repo }),
    env: deps.env,
    gitRemote: () => deps.gitRemote(),
  });
  if (resolved.repo === null && resolved.problem !== null) {
    deps.stderr(`firebreak init: ${resolved.problem}`);
    return 2;
  }
  const repo = resolved.repo;
  const doing = options.dryRun ? 'Dry run: nothing is written or created.' : '';
  say(
    repo
      ? `Setting up Firebreak for ${formatRepository(repo)} (from ${resolved.from}). ${doing}`.trimEnd()
      : `Setting up Firebreak (repository unknown: pass --repo owner/name). ${doing}`.trimEnd(),
  );

  say('\nFiles:');
  const files = await installFiles(options, deps, repo);
  const width = Math.max(0, ...files.map((f) => f.status.length));
  for (const file of files) {
    say(`  ${file.status.padEnd(width)}  ${file.path}${file.error ? `: ${file.error}` : ''}`);
    if (file.diff) say(file.diff.replace(/^/gm, '      ').trimEnd());
  }
  if (files.some((f) => f.status === 'exists'))
    say('  Existing forms and workflows were kept; --force refreshes them (and shows what changes).');
  if (files.some((f) => f.status === 'kept'))
    say(
      `  ${DEFAULT_CONFIG_PATH} is yours: init never overwrites it, not even with --force. Compare it with \`firebreak validate --summary\`.`,
    );
  if (!repo)
    say(
      '  .github/ISSUE_TEMPLATE/config.yml links to OWNER/REPO: replace it with the repository, or run again with --repo.',
    );
  const uses = `${options.action ?? ACTION_USES.split('@')[0]}@${options.ref ?? ACTION_USES.split('@')[1]}`;
  if (files.some((f) => f.path.startsWith('.github/workflows/'))) {
    say(
      `  The workflows use \`uses: ${uses}\`${options.ref !== undefined && isCommitSha(options.ref) ? ' (pinned to a commit)' : '; a release commit SHA (--ref) pins the action against a moved tag'}.`,
    );
  }

  say('\nLabels:');
  const labels = await createLabels(options, deps, repo);

  say('\nNext:');
  say(`  1. Put your on-call team in ${DEFAULT_CONFIG_PATH} (the rotation block) and check it: firebreak validate`);
  say('  2. Commit and push to the default branch: GitHub reads issue forms and schedules only from there.');
  say(`  3. Check the result on GitHub: firebreak doctor${repo ? ` --repo ${formatRepository(repo)}` : ''}`);
  return files.some((f) => f.status === 'failed') || labels === 'failed' ? 1 : 0;
}

async function installFiles(options: InitOptions, deps: InitDeps, repo: RepoRef | null): Promise<FileOutcome[]> {
  const wanted = filesToInstall({
    repository: repo,
    webUrl: webUrlFor(deps.env),
    ...(options.action === undefined ? {} : { action: options.action }),
    ...(options.ref === undefined ? {} : { actionRef: options.ref }),
  }).filter((file) => options.only === undefined || options.only.includes(file.part));
  const outcomes: FileOutcome[] = [];
  for (const file of wanted) outcomes.push(await installFile(file, options, deps));
  return outcomes;
}

async function installFile(file: FileToInstall, options: InitOptions, deps: InitDeps): Promise<FileOutcome> {
  let existing: string | null;
  try {
    existing = await deps.files.readFile(file.path);
  } catch (error) {
    return { path: file.path, status: 'failed', error: (error as Error).message };
  }
  if (existing !== null && existing.replace(/\r\n?/g, '\n') === file.content)
    return { path: file.path, status: 'up to date' };
  // The configuration holds the team's rotation and policies: it is never replaced.
  if (existing !== null && file.part === 'config') return { path: file.path, status: 'kept' };
  if (existing !== null && !options.force) return { path: file.path, status: 'exists' };
  const diff = existing === null ? undefined : unifiedDiff(file.path, existing, file.content);
  if (options.dryRun)
    return { path: file.path, status: existing === null ? 'would create' : 'would refresh', ...(diff ? { diff } : {}) };
  try {
    await deps.files.writeFile(file.path, file.content);
    return { path: file.path, status: existing === null ? 'created' : 'refreshed', ...(diff ? { diff } : {}) };
  } catch (error) {
    return { path: file.path, status: 'failed', error: (error as Error).message };
  }
}

function unifiedDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before.replace(/\r\n?/g, '\n'), after, '', '', {
    context: 2,
  });
  // Drop the "Index:" and "===" lines jsdiff starts with; keep ---/+++ and the hunks.
  return patch
    .split('\n')
    .filter((line) => !/^(Index: |=+$)/.test(line))
    .join('\n');
}

/** Prints what happened to the labels; 'failed' when any could not be read or created. */
async function createLabels(
  options: InitOptions,
  deps: InitDeps,
  repo: RepoRef | null,
): Promise<'done' | 'skipped' | 'failed'> {
  const say = deps.stdout;
  if (!options.labels) {
    say('  skipped (--no-labels)');
    return 'skipped';
  }
  if (!repo) {
    say('  skipped: the repository is unknown (--repo owner/name, GITHUB_REPOSITORY, or a git remote "origin").');
    return 'skipped';
  }
  const credentials = credentialsFrom(deps.env);
  if (!credentials) {
    say('  skipped: no token. Set GITHUB_TOKEN or GH_TOKEN (e.g. GH_TOKEN=$(gh auth token)) and run init again.');
    say(
      '  Until they exist, issues filed from the forms do not get the `incident` label: GitHub skips form labels that do not exist.',
    );
    return 'skipped';
  }
  const config = await configForLabels(deps);
  let outcomes: LabelOutcome[];
  try {
    outcomes = await ensureLabels(
      deps.gateway(repo, credentials.token, credentials.apiUrl),
      firebreakLabels(config.config),
      { dryRun: options.dryRun },
    );
  } catch (error) {
    const why = explainFailure(error, formatRepository(repo), credentials);
    deps.stderr(
      [`  labels not created: ${why.title}: ${(error as Error).message}`, ...why.advice.map((a) => `  ${a}`)].join(
        '\n',
      ),
    );
    return 'failed';
  }
  if (config.note) say(`  ${config.note}`);
  const width = Math.max(...outcomes.map((o) => o.status.length));
  for (const outcome of outcomes)
    say(`  ${outcome.status.padEnd(width)}  ${outcome.name}${outcome.error ? `: ${outcome.error}` : ''}`);
  return outcomes.some((o) => o.status === 'failed') ? 'failed' : 'done';
}

/** The labels follow the checkout's configuration (names and colours may be changed there). */
async function configForLabels(deps: InitDeps): Promise<{ config: Config; note?: string }> {
  let text: string | null = null;
  try {
    text = await deps.files.readFile(DEFAULT_CONFIG_PATH);
  } catch {
    // Unreadable: the defaults, as the action would do.
  }
  const loaded = loadConfig(text, DEFAULT_CONFIG_PATH);
  if (text !== null && hasErrors(loaded.problems)) {
    return {
      config: defaultConfig(),
      note: `${DEFAULT_CONFIG_PATH} has errors (firebreak validate shows them): using the default label names.`,
    };
  }
  return { config: loaded.config };
}
