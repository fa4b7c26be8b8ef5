// Fenced code blocks, as CommonMark/GFM reads them: a line of three or more backticks or tildes opens a
// block, and only a line of the same character, at least as long and with nothing after it, closes it.
// Escaping and truncation need this to know whether text lands inside a block and to keep blocks closed.

export interface Fence {
  char: '`' | '~';
  length: number;
  /** Whitespace before the fence characters. */
  indent: string;
  /** Info string ("mermaid", "text"); '' when none. */
  info: string;
}

/**
 * The fence a line opens, or null. `maxIndent` is 3 for text as GitHub reads it at the top level;
 * template lines may sit inside list items, so the renderer passes a larger value for them.
 */
export function openingFence(line: string, maxIndent = 3): Fence | null {
  const match = /^([ \t]*)(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match) return null;
  const indent = match[1] ?? '';
  const run = match[2] ?? '';
  const info = (match[3] ?? '').trim();
  if (indent.replace(/\t/g, '    ').length > maxIndent) return null;
  // A backtick fence's info string cannot contain a backtick (that line is an inline code span instead).
  if (run.startsWith('`') && info.includes('`')) return null;
  return { char: run.startsWith('`') ? '`' : '~', length: run.length, indent, info };
}

export function closesFence(line: string, fence: Fence, maxIndent = 3): boolean {
  const match = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/.exec(line);
  if (!match) return false;
  const indent = (match[1] ?? '').replace(/\t/g, '    ').length;
  const run = match[2] ?? '';
  return indent <= maxIndent && run.startsWith(fence.char) && run.length >= fence.length;
}

/** The fence still open at the end of `text`, or null when every block is closed. */
export function openFenceAtEnd(text: string, maxIndent = 3): Fence | null {
  let open: Fence | null = null;
  for (const line of text.split('\n')) {
    if (open) {
      if (closesFence(line, open, maxIndent)) open = null;
    } else {
      open = openingFence(line, maxIndent);
    }
  }
  return open;
}

export function closingLine(fence: Fence): string {
  return fence.indent + fence.char.repeat(fence.length);
}

/** Length of the longest run of `char` in `text`. */
export function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
