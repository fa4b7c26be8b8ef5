// Severity of a newly filed incident, and why. The semantics:
//  1. The reporter's choice is the severity answer (readSeverity) and any configured severity label on
//     the issue; when both are present the more severe one counts.
//  2. The rules (config.classification, see rules.ts for how one matches) derive a severity: the most
//     severe `severity` among matching rules, then capped by the most restrictive (least severe)
//     `atMost` among matching rules ("a workaround exists" → at most P2). A cap alone derives nothing.
//  3. Final severity = the more severe of the reporter's choice and the rules' severity: rules can raise
//     the reporter's choice but never lower it (a cap limits only what the rules derive). With neither,
//     config.defaultSeverity applies; caps do not touch the default either.
//  4. It is a security incident when any matching rule says `security: true` or the issue carries the
//     security label.
// On ties the rule listed first in the configuration is named. Reasons are sentences for the summary;
// they quote configured phrases and at most 80 characters of an answer (rendering escapes them).
import type { ClassificationRule, Config, Severity } from '../../config/types.js';
import { answerOf, answerValues, foldText, quote } from './answers.js';
import { readSeverity } from './read-severity.js';
import { type ClassificationInput, matchRule, type RuleMatch, SEVERITY_FIELD } from './rules.js';
import { mostSevere, severityRank } from './severity.js';

export interface DecidingRule {
  id: string;
  description: string;
  /** What matched, quoted: `"complete outage" in title`. */
  matched: string;
}

export interface Classification {
  severity: Severity;
  /** The reporter's own choice (answer or severity label); null when none could be read. */
  reported: Severity | null;
  /** 'security-floor' only after applySecurityFloor raised the severity. */
  decidedBy: 'reporter' | 'rule' | 'default' | 'security-floor';
  /** The rule whose severity decided (before any cap); null unless decidedBy is 'rule'. */
  rule: DecidingRule | null;
  reasons: string[];
  security: boolean;
  /** Set when a cap lowered the severity the rules derived (whether or not that decided in the end). */
  capped: { from: Severity; to: Severity; rule: DecidingRule } | null;
  /** Set by applySecurityFloor when the security procedure's floor raised the severity. */
  floor?: { from: Severity; to: Severity; procedure: string; confirmed: boolean };
}

interface Reported {
  severity: Severity;
  reason: string;
}

export function classify(input: ClassificationInput, config: Config): Classification {
  const reported = reporterChoice(input, config);
  const matches = config.classification.map((rule) => matchRule(rule, input)).filter((m): m is RuleMatch => m !== null);

  const raising = firstMost(
    matches,
    (r) => r.severity,
    (a, b) => severityRank(a) < severityRank(b),
  );
  const capping = firstMost(
    matches,
    (r) => r.atMost,
    (a, b) => severityRank(a) > severityRank(b),
  );
  let derived = raising?.rule.severity ?? null;
  let capped: Classification['capped'] = null;
  if (
    derived !== null &&
    capping?.rule.atMost !== undefined &&
    severityRank(derived) < severityRank(capping.rule.atMost)
  ) {
    capped = { from: derived, to: capping.rule.atMost, rule: deciding(capping) };
    derived = capping.rule.atMost;
  }

  const reasons: string[] = [reported.length > 0 ? reported.map((r) => r.reason).join(' ') : noChoiceReason(input)];
  const reportedSeverity = mostSevere(reported.map((r) => r.severity));
  let severity: Severity;
  let decidedBy: Classification['decidedBy'];
  const decisive = new Set<RuleMatch>();

  if (
    derived !== null &&
    raising !== null &&
    (reportedSeverity === null || severityRank(derived) < severityRank(reportedSeverity))
  ) {
    severity = derived;
    decidedBy = 'rule';
    decisive.add(raising);
    if (capped && capping) decisive.add(capping);
    const verb =
      reportedSeverity === null ? `set ${severity}` : `raised the reporter's ${reportedSeverity} to ${severity}`;
    reasons.push(
      capped && capping
        ? `Rule "${raising.rule.id}" (${raising.rule.description}) gives ${capped.from}: ${raising.matched}; ` +
            `rule "${capping.rule.id}" (${capping.rule.description}) caps that at ${capped.to}: ${capping.matched}. ` +
            `So the rules ${verb}.`
        : `Rule "${raising.rule.id}" (${raising.rule.description}) ${verb}: ${raising.matched}.`,
    );
  } else if (reportedSeverity !== null) {
    severity = reportedSeverity;
    decidedBy = 'reporter';
    reasons.push(
      derived === null
        ? `No rule sets a severity, so the reporter's ${severity} stands.`
        : derived === severity
          ? `The rules agree on ${severity}.`
          : `The rules give only ${derived}, and rules never lower the reporter's ${severity}.`,
    );
  } else {
    severity = config.defaultSeverity;
    decidedBy = 'default';
    reasons.push(`No rule sets a severity, so the default ${severity} applies.`);
  }

  for (const m of matches) {
    if (!decisive.has(m)) reasons.push(undecidedReason(m, decidedBy, derived, capped ? capping : null));
  }

  const securityRules = matches.filter((m) => m.rule.security === true);
  const securityLabel = labelled(input, config.labels.security.name);
  if (securityRules.length > 0 || securityLabel) {
    const why = [
      ...securityRules.map((m) => `rule "${m.rule.id}" (${m.matched})`),
      ...(securityLabel ? [`the label "${config.labels.security.name}"`] : []),
    ];
    reasons.push(`Handled as a security incident because of ${why.join(', ')}.`);
  }

  return {
    severity,
    reported: reportedSeverity,
    decidedBy,
    rule: decidedBy === 'rule' && raising ? deciding(raising) : null,
    reasons,
    security: securityRules.length > 0 || securityLabel,
    capped,
  };
}

function reporterChoice(input: ClassificationInput, config: Config): Reported[] {
  const choices: Reported[] = [];
  const answered = answerValues(answerOf(input.answers, SEVERITY_FIELD))
    .map((text) => readSeverity(text, config.severities))
    .filter((s): s is Severity => s !== null);
  const fromAnswer = mostSevere(answered);
  if (fromAnswer !== null) choices.push({ severity: fromAnswer, reason: `The reporter chose ${fromAnswer}.` });
  for (const id of Object.keys(config.labels.severity) as Severity[]) {
    const name = config.labels.severity[id].name;
    if (labelled(input, name)) choices.push({ severity: id, reason: `The issue is labelled "${name}".` });
  }
  return choices;
}

function noChoiceReason(input: ClassificationInput): string {
  const [answer] = answerValues(answerOf(input.answers, SEVERITY_FIELD)).filter((v) => v.trim() !== '');
  return answer === undefined
    ? 'The reporter chose no severity.'
    : `The reporter chose no severity (the answer was ${quote(answer)}).`;
}

function undecidedReason(
  m: RuleMatch,
  decidedBy: Classification['decidedBy'],
  derived: Severity | null,
  capping: RuleMatch | null,
): string {
  const effects = [
    ...(m.rule.severity ? [m.rule.severity] : []),
    ...(m.rule.atMost ? [`at most ${m.rule.atMost}`] : []),
    ...(m.rule.security ? ['security'] : []),
  ];
  const head = `Rule "${m.rule.id}" (${m.rule.description}; ${effects.join(', ') || 'no effect'}) also matched: ${m.matched}`;
  if (m.rule.atMost === undefined) return `${head}; it did not decide.`;
  // Explain why a matching cap changed nothing; the playbook's "workaround → at most P2" surprises people.
  const why =
    decidedBy === 'reporter'
      ? 'caps never lower the reporter’s choice'
      : derived === null
        ? 'no rule set a severity to cap'
        : capping !== null
          ? `rule "${capping.rule.id}" caps at least as tightly`
          : 'the rules’ severity was already within it';
  return `${head}; it did not decide: ${why}.`;
}

function firstMost(
  matches: RuleMatch[],
  pick: (rule: ClassificationRule) => Severity | undefined,
  beats: (a: Severity, b: Severity) => boolean,
): RuleMatch | null {
  let best: RuleMatch | null = null;
  for (const m of matches) {
    const s = pick(m.rule);
    if (s === undefined) continue;
    const bestS = best ? pick(best.rule) : undefined;
    if (bestS === undefined || beats(s, bestS)) best = m;
  }
  return best;
}

function deciding(m: RuleMatch): DecidingRule {
  return { id: m.rule.id, description: m.rule.description, matched: m.matched };
}

function labelled(input: ClassificationInput, name: string): boolean {
  const wanted = foldText(name);
  return (input.labels ?? []).some((label) => typeof label === 'string' && foldText(label) === wanted);
}
