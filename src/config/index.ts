// The configuration module's public face: load and validate .github/firebreak.yml, and the playbook defaults.
export * from './types.js';
export { DEFAULT_CONFIG, DEFAULT_CONFIG_PATH, defaultConfig } from './defaults.js';
export { loadConfig, type LoadedConfig } from './load.js';
export { formatProblems, hasErrors, type ConfigProblem, type ProblemSeverity } from './problems.js';
export { IMMEDIATE_MINUTES, formatDuration, formatTarget, parseDuration, parseTarget } from './duration.js';
export { VALIDATE_CHECKS, type ConfigCheck, type ConfigCheckContext } from './validate-checks.js';
export { summarizeConfig } from './summary.js';
export { closest, didYouMean } from './closest-key.js';
