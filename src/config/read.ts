// Reads .github/firebreak.yml (the caller fetches the text; this is pure): YAML 1.2 → schema → merge over the
// playbook defaults → semantic checks. Every problem carries the line and column of the key it is about.
// The schema check is the caller's to give (config/load.ts gives the bundled validator): the action loads
// the validator's chunk only for a file it has not validated before (handlers/last-good-config.ts).
import type { ErrorObject } from 'ajv';
import type { YAMLError } from 'yaml';
import { DEFAULT_CONFIG, defaultConfig } from './defaults.js';
import { mergeConfig } from './merge.js';
import { placeProblem } from './path-problem.js';
import { hasErrors, sortProblems, type ConfigProblem } from './problems.js';
import type { RawConfig } from './raw-config.js';
import { schemaProblems } from './schema-problems.js';
import { semanticProblems } from './semantic-checks.js';
import type { Config } from './types.js';
import { parseConfigYaml, yamlLocator } from './yaml-locator.js';

export interface LoadedConfig {
  /**
   * The configuration to run with. When `problems` holds an error, this is the playbook defaults (never a
   * half-read file): the caller decides whether to carry on with them or to stop.
   */
  config: Config;
  problems: ConfigProblem[];
  /** True when `config` is the playbook defaults: no file, a file that sets nothing, or a file with errors. */
  usingDefaults: boolean;
}

/** The schema's raw errors for a parsed YAML value (config/schema-validator.ts); null: it passed before. */
export type SchemaCheck = ((data: unknown) => ErrorObject[]) | null;

/** YAML aliases may not multiply the document beyond this many nodes (the "billion laughs" guard). */
const MAX_ALIAS_COUNT = 100;

/** The file read with `schemaErrors`, or without a schema check when it is null (the file passed it before). */
export function readConfig(text: string | null, path: string, schemaErrors: SchemaCheck): LoadedConfig {
  if (text === null) return { config: defaultConfig(), problems: [], usingDefaults: true };

  const { doc, lineCounter } = parseConfigYaml(text);
  const yamlProblem =
    (severity: ConfigProblem['severity']) =>
    (error: YAMLError): ConfigProblem => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { severity, path: '', line, column: col, message: `YAML: ${error.message}` };
    };
  const problems: ConfigProblem[] = [
    ...doc.errors.map(yamlProblem('error')),
    ...doc.warnings.map(yamlProblem('warning')),
  ];
  if (hasErrors(problems)) return rejected(problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return rejected([
      ...problems,
      { severity: 'error', path: '', line: 1, column: 1, message: `YAML: ${(error as Error).message}` },
    ]);
  }
  if (data === null || data === undefined) return { config: defaultConfig(), problems, usingDefaults: true };

  const locate = yamlLocator(doc, lineCounter);
  const errors = schemaErrors?.(data) ?? [];
  if (errors.length > 0) {
    return rejected([
      ...problems,
      ...schemaProblems(errors, data, path).map((problem) => placeProblem(problem, locate)),
    ]);
  }

  const merged = mergeConfig(data as RawConfig, DEFAULT_CONFIG);
  const all = [
    ...problems,
    ...[...merged.problems, ...semanticProblems(merged.config)].map((problem) => placeProblem(problem, locate)),
  ];
  if (hasErrors(all)) return rejected(all);
  return { config: merged.config, problems: sortProblems(all), usingDefaults: false };
}

function rejected(problems: ConfigProblem[]): LoadedConfig {
  return { config: defaultConfig(), problems: sortProblems(problems), usingDefaults: true };
}
