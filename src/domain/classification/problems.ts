// What is wrong with the classification rules, in words a user can act on (for `firebreak validate` and
// the loader). classify() tolerates all of these; they only make rules silently useless.
import type { ClassificationRule } from '../../config/types.js';
import { compilePhrases } from './keywords.js';

export function classificationProblems(rules: ClassificationRule[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const where = `classification rule ${i + 1} ("${rule.id}")`;
    if (seen.has(rule.id))
      problems.push(`${where}: the id "${rule.id}" is used by an earlier rule; ids name rules in summaries`);
    seen.add(rule.id);
    const { keywords, fields, answer, checked } = rule.match ?? {};
    if (keywords === undefined && answer === undefined && checked === undefined) {
      problems.push(`${where} has no condition (keywords, answer or checked), so it never matches`);
    }
    if (keywords !== undefined) {
      const blank = keywords.filter((k) => compilePhrases([k]).length === 0).length;
      if (keywords.length === 0 || blank === keywords.length)
        problems.push(`${where}: keywords has no phrase, so it never matches`);
      else if (blank > 0) problems.push(`${where}: ${blank} blank keyword(s) are ignored`);
    }
    if (fields !== undefined && keywords === undefined)
      problems.push(`${where}: fields is only used with keywords and is ignored`);
    if (answer !== undefined && answer.equals.length === 0)
      problems.push(`${where}: answer.equals lists no value, so it never matches`);
    if (rule.severity === undefined && rule.atMost === undefined && rule.security !== true) {
      problems.push(`${where} sets no severity, atMost or security, so matching it changes nothing`);
    }
  });
  return problems;
}
