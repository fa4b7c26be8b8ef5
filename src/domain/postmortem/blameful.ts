// Words that turn a postmortem into a search for someone to blame. Each is a warning, not an error: the
// reviewer decides, but the author sees the line and a blameless way to say it. One table, so adding a
// phrase is one line (and one test case in test/postmortem/lint.test.ts).

export interface BlamefulPhrase {
  id: string;
  pattern: RegExp;
  /** How to say it without blame. */
  advice: string;
}

const HINDSIGHT = 'hindsight: describe what was known at the time, and what would have made the right action easy';
const JUDGEMENT = 'judges a person: describe the conditions that made the action reasonable at the time';
// A login named as the subject of a failure: "@bob broke prod", "@bob forgot to …".
const PERSON = String.raw`(?<![\w@/.])@[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][\w.-]*)?`;

export const BLAMEFUL_LANGUAGE: readonly BlamefulPhrase[] = [
  {
    id: 'should-have',
    pattern: /\b(?:should(?:n['’]t| not)?|ought to)\s+(?:have|['’]ve)\b|\bshould['’]ve\b/i,
    advice: HINDSIGHT,
  },
  {
    id: 'could-have-prevented',
    pattern: /\b(?:could|would)\s+have\s+(?:prevented|avoided|caught)\b/i,
    advice: HINDSIGHT,
  },
  { id: 'careless', pattern: /\bcareless(?:ly|ness)?\b/i, advice: JUDGEMENT },
  { id: 'negligent', pattern: /\bneglig(?:ent|ently|ence)\b/i, advice: JUDGEMENT },
  { id: 'reckless', pattern: /\breckless(?:ly|ness)?\b/i, advice: JUDGEMENT },
  { id: 'sloppy', pattern: /\bsloppy\b|\bsloppiness\b/i, advice: JUDGEMENT },
  { id: 'lazy', pattern: /\blaz(?:y|iness)\b(?!-)/i, advice: JUDGEMENT },
  { id: 'stupid', pattern: /\b(?:stupid(?:ity)?|dumb|idiot(?:ic)?|foolish)\b/i, advice: JUDGEMENT },
  { id: 'incompetent', pattern: /\bincompeten(?:t|ce|cy)\b/i, advice: JUDGEMENT },
  {
    id: 'fault',
    pattern: /\bfault of\b|\b[\w@-]+['’]s fault\b|\bat fault\b/i,
    advice: 'assigns fault: name the conditions in the system that allowed the failure',
  },
  {
    id: 'blame',
    pattern: /\bblam(?:e|ed|es|ing)\b/i,
    advice: 'assigns blame: name the conditions in the system that allowed the failure',
  },
  {
    id: 'human-error',
    pattern: /\bhuman[\s-]+errors?\b/i,
    advice:
      '"human error" ends the analysis where it should start: why did the system make the error easy and its effect large?',
  },
  {
    id: 'person-as-cause',
    pattern: new RegExp(
      `${PERSON}\\s+(?:(?:accidentally|mistakenly|wrongly)\\s+)?(?:caused|broke|brought down|took down|crashed|deleted|dropped|wiped|forgot|missed|ignored|messed up|screwed up|failed to|didn['’]t|did not|neglected|was responsible)\\b`,
      'i',
    ),
    advice: 'a person is named as the cause: describe the change and the conditions that let it cause harm',
  },
  {
    id: 'caused-by-person',
    pattern: new RegExp(`\\b(?:because of|due to|caused by)\\s+${PERSON}`, 'i'),
    advice: 'a person is named as the cause: describe the change and the conditions that let it cause harm',
  },
];

export interface BlamefulFinding {
  phrase: BlamefulPhrase;
  /** What matched, as written. */
  text: string;
  /** 1-based column. */
  column: number;
}

/** Every phrase of the table found in one line (each phrase once, at its first place). */
export function findBlameful(line: string): BlamefulFinding[] {
  const findings: BlamefulFinding[] = [];
  for (const phrase of BLAMEFUL_LANGUAGE) {
    const match = phrase.pattern.exec(line);
    if (match) findings.push({ phrase, text: match[0], column: match.index + 1 });
  }
  return findings.sort((a, b) => a.column - b.column);
}
