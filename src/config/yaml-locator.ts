// Maps a key path back to a line and column in the YAML text, so every problem points at the offending key
// (or value) the way a compiler would.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { PathSegment } from './problems.js';

export interface Position {
  line: number;
  column: number;
}

/** 'key': the key that holds the value (unknown keys, missing keys); 'value': the value itself (wrong type, bad text). */
export type Anchor = 'key' | 'value';

/** `exact`: the whole path is in the file; `source`: the value as written, when it is a scalar. */
export type Locate = (path: readonly PathSegment[], anchor: Anchor) => Position & { exact: boolean; source?: string };

const START: Position = { line: 1, column: 1 };

/** The deepest node the path reaches; a path that leaves the document points at the last key it found. */
export function yamlLocator(doc: Document, lineCounter: LineCounter): Locate {
  const at = (node: Node | null | undefined): Position | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, anchor) => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    let found = at(doc.contents as Node | null) ?? START;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair === undefined) return { ...found, exact: false };
        keyNode = pair.key as Node;
        next = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        next = node.items[segment];
        keyNode = next as Node;
      } else {
        return { ...found, exact: false };
      }
      node = next;
      found = at(keyNode) ?? found;
    }
    const source = isScalar(node) && typeof node.source === 'string' ? { source: node.source } : {};
    return { ...((anchor === 'value' ? at(node as Node | null) : undefined) ?? found), exact: true, ...source };
  };
}

/** YAML 1.2 (`on`, `yes` and `09:00` stay text); duplicate keys are errors rather than "the last one wins". */
export function parseConfigYaml(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

export function locatorFor(text: string): Locate {
  const { doc, lineCounter } = parseConfigYaml(text);
  return yamlLocator(doc, lineCounter);
}
