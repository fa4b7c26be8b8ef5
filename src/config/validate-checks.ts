// EXTENSION POINT for `firebreak validate`: checks that need more than the file itself — a clock, or the
// repository — run after the file has loaded without errors. Planned here (issue 5): rotation coverage gaps
// (times with nobody on call) and members who cannot be assigned in the repository. Add a check by
// appending it to VALIDATE_CHECKS; it receives the merged configuration and returns problems placed with
// `place` (a key path in the YAML's terms → line and column).
import type { GitHubGateway } from '../github/gateway.js';
import { placeProblem, type PathProblem } from './path-problem.js';
import type { ConfigProblem } from './problems.js';
import type { Config } from './types.js';
import type { Locate } from './yaml-locator.js';

export interface ConfigCheckContext {
  /** The merged configuration (defaults plus the file), already free of errors. */
  config: Config;
  /** The file as read, and where from. */
  text: string;
  path: string;
  /** The validation time (coverage is checked from here on). */
  now: Date;
  /** The repository, when the command can reach it (e.g. with a token); checks that need it skip without it. */
  gateway?: GitHubGateway;
  place(problem: PathProblem): ConfigProblem;
}

export type ConfigCheck = (context: ConfigCheckContext) => ConfigProblem[] | Promise<ConfigProblem[]>;

export const VALIDATE_CHECKS: ConfigCheck[] = [];

export function checkContext(base: Omit<ConfigCheckContext, 'place'>, locate: Locate): ConfigCheckContext {
  return { ...base, place: (problem) => placeProblem(problem, locate) };
}
