// A problem found on the parsed configuration, before it is placed at a line and column of the YAML text.
import { formatPath, type ConfigProblem, type PathSegment, type ProblemSeverity } from './problems.js';
import type { Anchor, Locate } from './yaml-locator.js';

export interface PathProblem {
  severity: ProblemSeverity;
  segments: PathSegment[];
  /** Where the position points: the key (unknown or missing keys, references) or its value. */
  anchor: Anchor;
  message: string;
  /**
   * Where to point when `segments` is not in the file, because the value came from the defaults: e.g. the
   * default policy names contact `escalation` and the user removed it with `escalation: ~`.
   */
  fallback?: PathSegment[];
  /**
   * Text was expected but YAML read an unquoted number or boolean (a colour 5319e7, a keyword 502): quoting
   * is the fix when the text as written is acceptable (it matches `pattern`, when there is one).
   */
  unquoted?: { as: 'number' | 'boolean'; pattern?: string };
}

export function placeProblem(problem: PathProblem, locate: Locate): ConfigProblem {
  const found = locate(problem.segments, problem.anchor);
  let { line, column } = found;
  if (!found.exact && problem.fallback !== undefined) ({ line, column } = locate(problem.fallback, 'key'));
  const { unquoted } = problem;
  const quotable =
    unquoted !== undefined &&
    found.source !== undefined &&
    (unquoted.pattern === undefined || new RegExp(unquoted.pattern, 'u').test(found.source));
  const hint = quotable ? `; YAML reads an unquoted ${found.source} as a ${unquoted.as}: write "${found.source}"` : '';
  return {
    severity: problem.severity,
    path: formatPath(problem.segments),
    line,
    column,
    message: problem.message + hint,
  };
}
