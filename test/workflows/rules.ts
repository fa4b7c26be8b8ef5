// The workflow hardening rules Firebreak holds its own and its users' workflows to (GitHub's "Security
// hardening for GitHub Actions"): explicit permissions, actions pinned to a commit, and no untrusted
// text spliced into a script, and secrets only in the steps that use them. Each rule returns what it finds wrong, so a test can show a bad workflow
// failing it.
import { parse } from 'yaml';
import { ACTION_USES } from '../../src/init/install.js';

/**
 * Our own action, as the shipped workflows name it: its release commit is not known when they are
 * written, so they use the release tag. `firebreak init --ref <sha>` writes a pinned one instead.
 */
export const UNPINNED_EXCEPTION = ACTION_USES;

/**
 * Expressions that carry text an outsider controls (issue titles and bodies, comment bodies, branch
 * and tag names, dispatch inputs). In a script they are code; passed through `env:` they are data.
 * (A ref name may hold `$(…)`, `;` and `|`: git forbids spaces, not shell syntax.)
 */
const UNTRUSTED = [
  /\bgithub\.event\b/,
  /\bgithub\.head_ref\b/,
  /\bgithub\.ref_name\b/,
  /\binputs\./,
  /\bgithub\.event_path\b/,
];

type Json = Record<string, unknown>;

interface Step {
  job: string;
  index: number;
  step: Json;
}

/** YAML 1.2, as GitHub reads workflows: `on` is a key, not the boolean true YAML 1.1 makes of it. */
export function readWorkflow(text: string): Json {
  const data: unknown = parse(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('a workflow is a YAML mapping');
  return data as Json;
}

const isMap = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function jobs(workflow: Json): [string, Json][] {
  return isMap(workflow.jobs)
    ? Object.entries(workflow.jobs).filter((entry): entry is [string, Json] => isMap(entry[1]))
    : [];
}

function steps(workflow: Json): Step[] {
  return jobs(workflow).flatMap(([job, spec]) =>
    (Array.isArray(spec.steps) ? spec.steps : []).filter(isMap).map((step, index) => ({ job, index, step })),
  );
}

/** Every job runs with declared permissions: the workflow's, or its own — and never `write-all`. */
export function permissionProblems(workflow: Json): string[] {
  const problems: string[] = [];
  if (workflow.permissions === 'write-all')
    problems.push('top-level permissions: write-all grants every scope; list the ones needed');
  const topLevel = workflow.permissions !== undefined;
  for (const [job, spec] of jobs(workflow)) {
    if (spec.permissions === 'write-all')
      problems.push(`job ${job}: permissions: write-all grants every scope; list the ones needed`);
    // A job that calls a reusable workflow gets the caller's permissions; it still should say so.
    if (!topLevel && spec.permissions === undefined)
      problems.push(`job ${job} declares no permissions (and the workflow has no top-level permissions)`);
  }
  return problems;
}

/** Every action and reusable workflow from elsewhere is pinned to a full commit SHA (docker images to a digest). */
export function pinningProblems(workflow: Json): string[] {
  const uses: [string, string][] = [
    ...steps(workflow).flatMap(({ job, index, step }): [string, string][] =>
      typeof step.uses === 'string' ? [[`job ${job}, step ${index + 1}`, step.uses]] : [],
    ),
    ...jobs(workflow).flatMap(([job, spec]): [string, string][] =>
      typeof spec.uses === 'string' ? [[`job ${job}`, spec.uses]] : [],
    ),
  ];
  const problems: string[] = [];
  for (const [where, ref] of uses) {
    if (ref.startsWith('./')) continue;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref))
        problems.push(`${where}: ${ref} is not pinned to an image digest (@sha256:…)`);
      continue;
    }
    if (ref === UNPINNED_EXCEPTION) continue;
    if (!/^[^@\s]+@[0-9a-f]{40}$/.test(ref)) problems.push(`${where}: ${ref} is not pinned to a 40-hex commit SHA`);
  }
  return problems;
}

/** Scripts (`run:`, and actions/github-script's `script:`) that splice untrusted text in with `${{ }}`. */
export function injectionProblems(workflow: Json): string[] {
  const problems: string[] = [];
  for (const { job, index, step } of steps(workflow)) {
    const scripts: [string, unknown][] = [['run', step.run]];
    if (typeof step.uses === 'string' && step.uses.startsWith('actions/github-script@') && isMap(step.with))
      scripts.push(['with.script', step.with.script]);
    for (const [key, script] of scripts) {
      if (typeof script !== 'string') continue;
      for (const [, expression] of script.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        if (UNTRUSTED.some((pattern) => pattern.test(expression ?? ''))) {
          problems.push(
            `job ${job}, step ${index + 1}: ${key} interpolates \${{${expression}}}; pass it through env: and use the variable`,
          );
        }
      }
    }
  }
  return problems;
}

/**
 * Secrets go to the steps that use them: a secret in the workflow's or a job's `env:` reaches every step
 * of every job it covers, third-party actions and scripts included.
 */
export function secretProblems(workflow: Json): string[] {
  const hasSecret = (env: unknown): string[] =>
    isMap(env)
      ? Object.entries(env)
          .filter(([, v]) => typeof v === 'string' && /\bsecrets\./.test(v))
          .map(([k]) => k)
      : [];
  const problems = hasSecret(workflow.env).map(
    (name) => `top-level env: ${name} holds a secret every job sees; set it in the env: of the step that uses it`,
  );
  for (const [job, spec] of jobs(workflow)) {
    for (const name of hasSecret(spec.env))
      problems.push(
        `job ${job}: env: ${name} holds a secret every step sees; set it in the env: of the step that uses it`,
      );
  }
  return problems;
}

/** pull_request_target runs with a write token and secrets on a fork's pull request: Firebreak needs none of that. */
export function triggerProblems(workflow: Json): string[] {
  const on = workflow.on;
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : isMap(on) ? Object.keys(on) : [];
  return events.includes('pull_request_target')
    ? ['pull_request_target runs fork code with a write token and secrets; use pull_request']
    : [];
}

export function hardeningProblems(text: string): string[] {
  const workflow = readWorkflow(text);
  return [
    ...permissionProblems(workflow),
    ...pinningProblems(workflow),
    ...injectionProblems(workflow),
    ...secretProblems(workflow),
    ...triggerProblems(workflow),
  ];
}
