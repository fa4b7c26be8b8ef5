// The action's inputs, read once into a typed object and validated here. Nothing else calls getInput.
import * as core from '@actions/core';

export type Mode = 'auto' | 'sweep' | 'wake' | 'report' | 'alert';

export interface Inputs {
  token: string;
  configPath: string;
  dryRun: boolean;
  botLogin: string;
  /** Most writes one run makes; the rest waits for the next run. */
  operationsBudget: number;
  /** Token for postmortem pull requests (GitHub App or PAT) so their checks run; defaults to `token`. */
  postmortemToken: string;
  /** Keep the job alive this many minutes to fire early escalations of a fresh P0/P1 on time. */
  watchMinutes: number;
  mode: Mode;
  /** The workflow whose schedule sweeps: paused while nothing is due ('' — input `none` — never pauses it). */
  escalationWorkflow: string;
  /** mode report: the period, back from now ("90d"). */
  reportSince: string;
}

export class InputError extends Error {}

export function readInputs(): Inputs {
  const token = core.getInput('repo-token') || process.env.GITHUB_TOKEN || '';
  if (!token)
    throw new InputError('Input `repo-token` is empty. Leave it unset to use ${{ github.token }}, or pass a token.');
  const mode = (core.getInput('mode') || 'auto') as Mode;
  if (!['auto', 'sweep', 'wake', 'report', 'alert'].includes(mode))
    throw new InputError(`Input \`mode\` must be auto, sweep, wake, report or alert, not "${mode}".`);
  const named = core.getInput('escalation-workflow').trim() || 'escalation.yml';
  const escalationWorkflow = named === 'none' ? '' : named;
  if (escalationWorkflow !== '' && !/^[\w.-]+\.ya?ml$/.test(escalationWorkflow))
    throw new InputError(
      `Input \`escalation-workflow\` must be a workflow file name such as escalation.yml, not "${escalationWorkflow}".`,
    );
  return {
    token,
    configPath: core.getInput('config-path') || '.github/firebreak.yml',
    dryRun: boolInput('dry-run', false),
    botLogin: core.getInput('bot-login') || 'github-actions[bot]',
    operationsBudget: intInput('operations-budget', 100, 1, 10_000),
    postmortemToken: core.getInput('postmortem-token') || token,
    watchMinutes: intInput('watch-minutes', 0, 0, 120),
    mode,
    escalationWorkflow,
    reportSince: core.getInput('report-since') || '90d',
  };
}

function boolInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new InputError(`Input \`${name}\` must be true or false, not "${raw}".`);
}

function intInput(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`Input \`${name}\` must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}
