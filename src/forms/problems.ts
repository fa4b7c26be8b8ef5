// Problems found in a template file, each pointing at the line to fix. Files are read the way GitHub
// reads them: YAML 1.1, where unquoted yes/no/on/off are booleans.
import type { Document, LineCounter } from 'yaml';
import { isScalar, LineCounter as Lines, parseAllDocuments, parseDocument, visit } from 'yaml';

export interface TemplateProblem {
  severity: 'error' | 'warning';
  /** Where in the file: "body[2].attributes.options[0]"; "" for the whole file. */
  path: string;
  /** 1-based line, when the file has one for the path. */
  line: number | null;
  message: string;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

export class ProblemList {
  readonly problems: TemplateProblem[] = [];

  constructor(
    private readonly doc: Document | null = null,
    private readonly lines: LineCounter | null = null,
  ) {}

  error(path: readonly PathSegment[], message: string): void {
    this.add('error', path, message);
  }

  warning(path: readonly PathSegment[], message: string): void {
    this.add('warning', path, message);
  }

  private add(severity: TemplateProblem['severity'], path: readonly PathSegment[], message: string): void {
    this.problems.push({ severity, path: formatPath(path), line: this.lineOf(path), message });
  }

  /** The line of the nearest node on the path that the file has (a missing key points at its parent). */
  private lineOf(path: readonly PathSegment[]): number | null {
    if (!this.doc || !this.lines) return null;
    for (let end = path.length; end >= 0; end--) {
      const node: unknown = end === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, end), true);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return null;
  }
}

/**
 * Parses a template file as GitHub does. Returns the plain data, or null when the file is empty or not
 * usable YAML (the reasons are in `list`). Keys that YAML 1.1 reads as booleans are reported here.
 */
export function readTemplateYaml(yamlText: string): { data: unknown; list: ProblemList } {
  const lines = new Lines();
  if (parseAllDocuments(yamlText, { version: '1.1' }).length > 1) {
    const list = new ProblemList();
    list.error(
      [],
      'the file holds more than one YAML document: remove the extra `---` line (GitHub then sees no `body`)',
    );
    return { data: null, list };
  }
  const doc = parseDocument(yamlText, { version: '1.1', lineCounter: lines });
  const list = new ProblemList(doc, lines);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      list.problems.push({
        severity: 'error',
        path: '',
        line: error.linePos?.[0].line ?? null,
        message: error.message.split('\n')[0] ?? '',
      });
    }
    return { data: null, list };
  }
  if (doc.contents === null) {
    list.error([], 'the file is empty');
    return { data: null, list };
  }
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'boolean') {
        const range = pair.key.range;
        list.problems.push({
          severity: 'error',
          path: '',
          line: range ? lines.linePos(range[0]).line : null,
          message: `forbidden key "${String(pair.key.source)}": YAML reads it as a boolean`,
        });
      }
    },
  });
  return { data: doc.toJS(), list };
}
