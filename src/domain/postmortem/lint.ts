// `firebreak postmortem lint`: a postmortem is ready to merge when its front matter is valid, no section
// is still the template's `_TODO:` placeholder and every action item has an owner (errors); blameful
// language is pointed out line by line (warnings) for the reviewers to weigh.
import type { Config } from '../../config/types.js';
import { findBlameful } from './blameful.js';
import { ACTION_ITEMS_SECTION, parsePostmortem, PostmortemFormatError, type ParsedPostmortem } from './parse.js';
import { frontMatterProblems } from './schema.js';
import { bodyLines, sameSection } from './sections.js';
import { POSTMORTEM_FILE, postmortemDirectory } from './slug.js';

export interface Problem {
  severity: 'error' | 'warning';
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when the problem is a phrase within the line. */
  column?: number;
  message: string;
}

const PLACEHOLDER = /^\s*_TODO:/;
const TEAM = /(?<![\w@])@[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][\w.-]*/;
// The template's own guidance on blameless writing quotes the words it warns against.
const GUIDANCE_SECTION = 'Blameless review';

export function lintPostmortem(text: string, path: string, config: Pick<Config, 'postmortem'>): Problem[] {
  let parsed: ParsedPostmortem;
  try {
    parsed = parsePostmortem(text);
  } catch (error) {
    if (!(error instanceof PostmortemFormatError)) throw error;
    return [{ severity: 'error', line: error.line, message: error.message }];
  }
  const problems: Problem[] = [
    ...frontMatter(parsed),
    ...placeholders(parsed),
    ...emptySections(parsed),
    ...actionItems(parsed),
    ...blameful(parsed),
    ...location(parsed, path, config),
  ];
  return problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

function frontMatter(parsed: ParsedPostmortem): Problem[] {
  if (parsed.frontMatter === null) {
    return [
      {
        severity: 'error',
        line: 1,
        message: 'no front matter: the file must start with "---", the incident facts in YAML, and "---"',
      },
    ];
  }
  return frontMatterProblems(parsed.frontMatter, parsed.frontMatterText).map((p) => ({
    severity: 'error',
    line: p.line,
    message: p.message,
  }));
}

function placeholders(parsed: ParsedPostmortem): Problem[] {
  return bodyLines(parsed.body, parsed.bodyLine)
    .filter((l) => !l.inCode && PLACEHOLDER.test(l.text))
    .map((l) => ({
      severity: 'error',
      line: l.line,
      message: `${l.section ? `section "${l.section}"` : 'the postmortem'} is still the template placeholder: replace the _TODO line with what you found (or "None")`,
    }));
}

/** A section whose placeholder was deleted but nothing written: a warning, since "None" may be the answer. */
function emptySections(parsed: ParsedPostmortem): Problem[] {
  const lines = bodyLines(parsed.body, parsed.bodyLine);
  const problems: Problem[] = [];
  lines.forEach((line, i) => {
    if (!line.heading || line.level < 2) return;
    const rest = lines.slice(i + 1);
    const end = rest.findIndex((l) => l.heading && l.level <= line.level);
    const content = (end < 0 ? rest : rest.slice(0, end)).filter((l) => l.text.trim() !== '');
    if (content.length === 0) {
      problems.push({
        severity: 'warning',
        line: line.line,
        message: `section "${line.section}" is empty: write what you found, or "None"`,
      });
    }
  });
  return problems;
}

function actionItems(parsed: ParsedPostmortem): Problem[] {
  const problems: Problem[] = [];
  if (!parsed.hasActionItems) {
    const title = bodyLines(parsed.body, parsed.bodyLine).find((l) => l.heading && !l.inCode);
    problems.push({
      severity: 'warning',
      line: title?.line ?? parsed.bodyLine,
      message: `no "## ${ACTION_ITEMS_SECTION}" section: action items are filed as issues from it when the postmortem is merged`,
    });
  }
  for (const item of parsed.actionItems) {
    if (item.text === '')
      problems.push({ severity: 'error', line: item.line, message: 'action item has no text: say what will change' });
    if (item.owner === null) {
      const team = TEAM.exec(item.text)?.[0];
      problems.push({
        severity: 'error',
        line: item.line,
        message: team
          ? `action item is owned by the team ${team}: name one person, "(@login)" — an issue cannot be assigned to a team`
          : 'action item has no owner: end the line with "(@login)" of the person who will do it',
      });
    }
  }
  return problems;
}

function blameful(parsed: ParsedPostmortem): Problem[] {
  return bodyLines(parsed.body, parsed.bodyLine)
    .filter((l) => !l.inCode && !l.heading && !sameSection(l.section, GUIDANCE_SECTION))
    .flatMap((l) =>
      findBlameful(l.text).map((f) => ({
        severity: 'warning' as const,
        line: l.line,
        column: f.column,
        message: `blameful language "${f.text.trim()}": ${f.phrase.advice}`,
      })),
    );
}

function location(parsed: ParsedPostmortem, path: string, config: Pick<Config, 'postmortem'>): Problem[] {
  const problems: Problem[] = [];
  const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const name = normalised.split('/').pop() ?? normalised;
  const directory = postmortemDirectory(config.postmortem.directory);
  const file = POSTMORTEM_FILE.exec(name);
  if (!file) {
    problems.push({
      severity: 'warning',
      line: 1,
      message: `file name "${name}" is not <YYYY-MM-DD>-<slug>.md (lowercase letters, digits and dashes)`,
    });
  }
  if (!normalised.startsWith(`${directory}/`) && !normalised.includes(`/${directory}/`)) {
    problems.push({
      severity: 'warning',
      line: 1,
      message: `postmortems live in ${directory}/ (postmortem.directory); the index and report only read that folder`,
    });
  }
  const detected = parsed.frontMatter?.detected;
  if (
    file &&
    typeof detected === 'string' &&
    /^\d{4}-\d{2}-\d{2}T/.test(detected) &&
    !Number.isNaN(Date.parse(detected))
  ) {
    const day = new Date(detected).toISOString().slice(0, 10);
    if (day !== file[1])
      problems.push({
        severity: 'warning',
        line: 1,
        message: `the file name says ${file[1]} but \`detected\` is ${day} (UTC)`,
      });
  }
  return problems;
}
