// A postmortem body as lines that know where they are: their line number in the file, the "##" section
// they belong to, and whether they sit inside a fenced code block (logs and commands are quoted there, so
// neither headings, action items nor blameful words count inside one).

export interface BodyLine {
  /** 1-based line number in the whole file (front matter included). */
  line: number;
  text: string;
  /** The nearest heading above ("Action items"); '' before the first heading. */
  section: string;
  /** Inside a fenced code block, or one of its fence lines. */
  inCode: boolean;
  /** This line is a heading. */
  heading: boolean;
  /** 1–6 for a heading ("##" is 2), 0 otherwise. */
  level: number;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function bodyLines(body: string, firstLine: number): BodyLine[] {
  const out: BodyLine[] = [];
  let section = '';
  let fence: string | null = null;
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const fenceMatch = FENCE.exec(text);
    if (fence !== null) {
      // A closing fence is at least as long as the opening one, of the same character, and nothing else.
      if (fenceMatch && fenceMatch[1]!.startsWith(fence) && text.trim() === fenceMatch[1]) fence = null;
      out.push({ line, text, section, inCode: true, heading: false, level: 0 });
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      out.push({ line, text, section, inCode: true, heading: false, level: 0 });
      return;
    }
    const heading = HEADING.exec(text);
    if (heading) section = heading[2]!.trim();
    out.push({
      line,
      text,
      section,
      inCode: false,
      heading: heading !== null,
      level: heading ? heading[1]!.length : 0,
    });
  });
  return out;
}

/** Section names compare without case, surrounding space or a trailing colon. */
export function sameSection(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}
