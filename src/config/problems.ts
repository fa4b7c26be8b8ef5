// What is wrong with a configuration file, and where: every problem names the key path, the line and column
// in the YAML, and what to do about it.

export type ProblemSeverity = 'error' | 'warning';

export interface ConfigProblem {
  severity: ProblemSeverity;
  /** Key path in the YAML's own terms: `rotations.web.layers[0].handoff` ('' for the whole file). */
  path: string;
  /** 1-based position of the offending key (or value) in the file. */
  line: number;
  column: number;
  message: string;
}

/** A key path as segments: map keys are strings, list indexes numbers. */
export type PathSegment = string | number;

export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

/** "path:line:col: error: message", one line per problem, errors and warnings in file order. */
export function formatProblems(problems: readonly ConfigProblem[], path: string): string {
  return sortProblems(problems)
    .map((p) => `${path}:${p.line}:${p.column}: ${p.severity}: ${p.path === '' ? '' : `${p.path}: `}${p.message}`)
    .join('\n');
}

export function sortProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}

export function hasErrors(problems: readonly ConfigProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
