// Path globs as GitHub's workflow filters and shells read them: `*` and `?` within one path segment,
// `**` across segments, `{a,b}` alternatives, `[abc]` classes. Used for workflow `paths:` filters,
// service paths and `firebreak postmortem lint "docs/**/*.md"`.

/** Whether the text has glob syntax (otherwise it is a plain path). */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` also matches no directory at all: `docs/**/*.md` covers docs/a.md.
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((part) => globToRegExp(part).source.slice(1, -1))
          .join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function globMatch(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}

/** The directory a glob's matches are all under: the segments before the first with glob syntax. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const index = segments.findIndex((s) => isGlob(s));
  const base = segments.slice(0, index < 0 ? segments.length : index).join('/');
  return base === '' ? '.' : base;
}
