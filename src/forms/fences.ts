// Fenced code blocks (CommonMark's ``` and ~~~), the one piece of Markdown structure the form body
// parser must respect: a "### " line inside a fence is code, not a section heading.

interface Fence {
  char: '`' | '~';
  length: number;
}

const OPENER = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSER = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function opener(line: string): Fence | null {
  const match = OPENER.exec(line);
  if (!match) return null;
  const marker = match[1] as string;
  // CommonMark: the info string of a backtick fence cannot contain a backtick (that is inline code).
  if (marker.startsWith('`') && (match[2] ?? '').includes('`')) return null;
  return { char: marker[0] as '`' | '~', length: marker.length };
}

function closes(line: string, fence: Fence): boolean {
  const match = CLOSER.exec(line);
  return match !== null && (match[1] as string)[0] === fence.char && (match[1] as string).length >= fence.length;
}

/**
 * Marks the lines that belong to a fenced code block (fence lines included). Unlike CommonMark, a fence
 * that is never closed opens nothing: a stray ``` typed into one answer must not swallow every later
 * section of the form.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  // longestCloser[c][i]: the longest closing fence of char c at index >= i, so "is there a closer
  // for this opener?" is answered without rescanning the rest of the body (bodies reach 65,536 chars).
  const longestCloser = {
    '`': new Array<number>(lines.length + 1).fill(0),
    '~': new Array<number>(lines.length + 1).fill(0),
  };
  for (let i = lines.length - 1; i >= 0; i--) {
    const marker = CLOSER.exec(lines[i] as string)?.[1] ?? '';
    for (const char of ['`', '~'] as const) {
      const own = marker.startsWith(char) ? marker.length : 0;
      longestCloser[char][i] = Math.max(own, longestCloser[char][i + 1] as number);
    }
  }
  const fenced = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const fence = opener(lines[i] as string);
    if (!fence || (longestCloser[fence.char][i + 1] as number) < fence.length) continue;
    let end = i + 1;
    while (!closes(lines[end] as string, fence)) end++;
    fenced.fill(true, i, end + 1);
    i = end;
  }
  return fenced;
}

/** The content of a value that is exactly one fenced block (any info string: ```shell, ```true, …), else null. */
export function unwrapFence(value: string): string | null {
  const lines = value.split('\n');
  if (lines.length < 2) return null;
  const fence = opener(lines[0] as string);
  if (!fence || !closes(lines[lines.length - 1] as string, fence)) return null;
  return lines.slice(1, -1).join('\n');
}

/** A backtick fence long enough that no line of `value` closes it early (``` unless the value has one). */
export function fenceFor(value: string): string {
  let longest = 0;
  for (const match of value.matchAll(/^ {0,3}(`{3,})/gm)) longest = Math.max(longest, (match[1] as string).length);
  return '`'.repeat(Math.max(3, longest + 1));
}
