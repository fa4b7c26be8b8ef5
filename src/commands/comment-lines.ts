// Finds the lines of a comment that are commands. A command line is one whose first non-space character
// is `/` directly followed by a command-looking word (letters, digits, `-`, `_`, starting with a letter,
// at most 20 characters) and then a space or the end of the line. So `/api/v1 is down`, `/ack.` and
// `/ ack` are prose, not commands.
//
// What a reader of the rendered comment does not see as a command is not one either:
// - lines inside fenced code blocks (``` or ~~~, also inside list items, unclosed fences run to the end);
// - indented code blocks: lines indented four columns or more (a tab counts to the next four) after a
//   blank line — where an example `/resolve` is shown, not meant;
// - inline code that spans lines (a backtick run left open carries on until it closes or the paragraph
//   ends);
// - quoted lines (`> /ack`), e.g. a reply quoting an earlier command, or an e-mail reply;
// - lines inside HTML comments (`<!-- … -->`), which GitHub hides: a hidden command would change the
//   incident with nothing visible to explain it.
// Control and bidirectional-override characters are removed first (they could disguise a command).

import { stripControls } from '../text/controls.js';
import { cutAt, MAX_ARGUMENT_LENGTH, MAX_COMMAND_WORD_LENGTH, MAX_COMMENT_LENGTH } from './limits.js';

export interface CommandLine {
  /** 1-based line number in the body. */
  line: number;
  /** The command word as typed, without the `/`. */
  word: string;
  /** The rest of the line, trimmed and cut to MAX_ARGUMENT_LENGTH. */
  argument: string;
  /** The command line itself, trimmed (cut along with the argument). */
  text: string;
  truncated: boolean;
}

export interface CommandLines {
  lines: CommandLine[];
  bodyTruncated: boolean;
}

const COMMAND = new RegExp(`^/([A-Za-z][A-Za-z0-9_-]{0,${MAX_COMMAND_WORD_LENGTH - 1}})(?=\\s|$)`);
// An opening fence, optionally after a list marker: "```ts", "~~~", "- ```", "1. ~~~~".
const FENCE_OPEN = /^(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t]*$/;

interface Fence {
  char: string;
  length: number;
}

export function findCommandLines(body: string): CommandLines {
  const { text, bodyTruncated } = readableBody(body);
  const lines: CommandLine[] = [];
  let fence: Fence | null = null;
  let hidden: HtmlComment = null;
  /** The length of a backtick run opened by an earlier line of the paragraph and not closed yet. */
  let inlineCode: number | null = null;

  let previousBlank = true;
  let inIndentedCode = false;
  text.split(/\r\n|\r|\n/).forEach((original, index) => {
    // Per line, so that removing a character never joins two lines (line numbers stay the body's own).
    const raw = stripControls(original);
    const trimmed = raw.trimStart();
    const blank = trimmed === '';
    // Indented code (CommonMark): four columns or more after a blank line, or after more indented code;
    // it cannot interrupt a paragraph, so a continuation line indented like that is still read.
    inIndentedCode =
      !blank && indentation(raw) >= 4 && (previousBlank || inIndentedCode) && !fence && !hidden && inlineCode === null;
    previousBlank = blank;
    if (blank) inlineCode = null;
    if (inlineCode !== null) {
      inlineCode = backtickRunOpenAfter(raw, inlineCode);
      return;
    }
    if (hidden) {
      // An HTML block (a line starting with `<!--`) runs to `-->`; a comment opened mid-paragraph only
      // hides text while the paragraph lasts.
      hidden = hidden === 'inline' && trimmed === '' ? null : htmlCommentAfter(raw, hidden);
      return;
    }
    if (fence) {
      const close = FENCE_CLOSE.exec(trimmed);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
      return;
    }
    const open = FENCE_OPEN.exec(trimmed);
    // A backtick "fence" whose info string holds a backtick is inline code (CommonMark), not a fence.
    if (open?.[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      return;
    }
    const command = inIndentedCode ? null : COMMAND.exec(trimmed);
    if (command?.[1]) lines.push(commandLine(index + 1, command[1], trimmed));
    hidden = htmlCommentAfter(raw, null);
    inlineCode = hidden ? null : backtickRunOpenAfter(raw, null);
  });
  return { lines, bodyTruncated };
}

function commandLine(line: number, word: string, trimmed: string): CommandLine {
  const afterWord = trimmed.slice(word.length + 1);
  const rest = afterWord.trimStart();
  const argument = cutAt(rest.trimEnd(), MAX_ARGUMENT_LENGTH).trimEnd();
  const truncated = argument.length < rest.trimEnd().length;
  const end = argument === '' ? word.length + 1 : word.length + 1 + (afterWord.length - rest.length) + argument.length;
  return { line, word, argument, text: trimmed.slice(0, end), truncated };
}

/** The part of the body that is read: all of it, or the complete lines within MAX_COMMENT_LENGTH. */
function readableBody(body: string): { text: string; bodyTruncated: boolean } {
  if (body.length <= MAX_COMMENT_LENGTH) return { text: body, bodyTruncated: false };
  const head = cutAt(body, MAX_COMMENT_LENGTH);
  const next = body[head.length];
  if (next === '\n' || next === '\r') return { text: head, bodyTruncated: true };
  // Drop the line the cap cuts through: half a command must not run as a whole one.
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  return { text: lastBreak < 0 ? '' : head.slice(0, lastBreak), bodyTruncated: true };
}

/** An HTML comment open at the end of a line: started as an HTML block, or inside a paragraph. */
type HtmlComment = 'block' | 'inline' | null;

/** The HTML comment still open at the end of `line`, given the one open at its start. */
function htmlCommentAfter(line: string, open: HtmlComment): HtmlComment {
  // `<!--` inside inline code is shown as text; it opens nothing.
  const visible = open ? line : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  let state = open;
  let at = 0;
  for (;;) {
    const marker = state ? '-->' : '<!--';
    const found = visible.indexOf(marker, at);
    if (found < 0) return state;
    state = state ? null : visible.slice(0, found).trim() === '' ? 'block' : 'inline';
    at = found + marker.length;
  }
}

/** Columns of leading white space (a tab to the next multiple of four, as CommonMark counts). */
function indentation(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns += 1;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** The backtick run (by length) still open at the end of `line`, given the one open at its start. */
function backtickRunOpenAfter(line: string, open: number | null): number | null {
  let state = open;
  for (const match of line.matchAll(/`+/g)) {
    const length = match[0].length;
    if (state === null) state = length;
    else if (length === state) state = null;
  }
  return state;
}
