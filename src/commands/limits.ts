// Bounds on how much of a comment the parser reads. GitHub caps bodies at 65,536 characters; the cap is
// repeated here because bodies also come from edits, API payloads and tests, and parsing must stay cheap
// whatever arrives.

/** Characters of a comment body that are read; later lines are ignored and reported (`bodyTruncated`). */
export const MAX_COMMENT_LENGTH = 65_536;

/** Characters of one command's argument that are parsed; longer ones are cut and flagged (`truncated`). */
export const MAX_ARGUMENT_LENGTH = 4_000;

/** Commands executed from one comment; the rest are reported in `skipped`. */
export const MAX_COMMANDS_PER_COMMENT = 20;

/** The longest word after `/` that still looks like a command (longer ones are prose, e.g. a path). */
export const MAX_COMMAND_WORD_LENGTH = 20;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}
