import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClassificationRule, type Config, SEVERITIES, type Severity } from '../../../src/config/types.js';
import {
  applySecurityFloor,
  classify,
  classifySecurity,
  type FormAnswer,
  type FormAnswers,
  isSeverity,
  moreSevere,
  readSeverity,
  severityRank,
} from '../../../src/domain/classification/index.js';
import { impactFlagOptions, playbookConfig, playbookRules, severityOptions } from './fixtures.js';

const fieldIds = [
  'what-happened',
  'severity',
  'who-is-affected',
  'workaround',
  'services',
  'detection',
  'impact-flags',
  'type',
  'confirmed',
];
const phrases = [
  'complete outage',
  'all users',
  'major functionality',
  'cosmetic',
  'Yes',
  'No',
  'security compromise',
  'Confirmed',
];

// Text that sometimes contains the playbook's phrases, severity options, odd unicode and markup.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    ...Object.values(severityOptions),
    ...phrases,
    ...impactFlagOptions,
    'SEV-1',
    'severity:P0',
    '',
    '   ',
  ),
  fc
    .array(fc.constantFrom(...phrases, ' ', '-', '\n', 'x', 'é', '𝒳'), { maxLength: 12 })
    .map((parts) => parts.join('')),
);
const answer: fc.Arbitrary<FormAnswer> = fc.oneof(
  fc.constant(null),
  text,
  fc.array(text, { maxLength: 4 }),
  fc.record({ selected: fc.array(text, { maxLength: 3 }), unselected: fc.array(text, { maxLength: 3 }) }),
);
const answers: fc.Arbitrary<FormAnswers> = fc.dictionary(
  fc.oneof(fc.constantFrom(...fieldIds, '__proto__', 'constructor'), fc.string()),
  answer,
  {
    maxKeys: 8,
  },
);
const severity = fc.constantFrom(...SEVERITIES);
const rule: fc.Arbitrary<ClassificationRule> = fc.record(
  {
    id: fc.string(),
    description: fc.string(),
    match: fc.record(
      {
        keywords: fc.array(text, { maxLength: 3 }),
        fields: fc.array(fc.oneof(fc.constantFrom(...fieldIds, 'title'), fc.string()), { maxLength: 3 }),
        answer: fc.record({ field: fc.constantFrom(...fieldIds), equals: fc.array(text, { maxLength: 3 }) }),
        checked: fc.record({ field: fc.constantFrom(...fieldIds), option: text }),
      },
      { requiredKeys: [] },
    ),
    severity,
    atMost: severity,
    security: fc.boolean(),
  },
  { requiredKeys: ['id', 'description', 'match'] },
);
const config: fc.Arbitrary<Config> = fc.oneof(
  fc.constant(playbookConfig),
  fc.tuple(fc.array(rule, { maxLength: 6 }), severity, fc.boolean()).map(([rules, defaultSeverity, keepPlaybook]) => ({
    ...playbookConfig,
    defaultSeverity,
    classification: keepPlaybook ? [...playbookRules, ...rules] : rules,
  })),
);
const labels = fc.array(
  fc.oneof(fc.constantFrom('incident', 'security', 'severity:P0', 'severity:P3', 'SEVERITY:p1'), fc.string()),
  {
    maxLength: 4,
  },
);

const reporterChoice = (a: FormAnswers, ls: string[]): Severity | null => {
  const given = [
    ...(Object.hasOwn(a, 'severity') ? answerTexts(a.severity ?? null) : []).map((t) =>
      readSeverity(t, playbookConfig.severities),
    ),
    ...SEVERITIES.filter((s) =>
      ls.some((l) => l.toLowerCase() === playbookConfig.labels.severity[s].name.toLowerCase()),
    ),
  ].filter((s): s is Severity => s !== null);
  return given.length === 0 ? null : given.reduce(moreSevere);
};
const answerTexts = (a: FormAnswer): string[] =>
  typeof a === 'string' ? [a] : Array.isArray(a) ? a : a === null ? [] : a.selected;

describe('classification holds for any input', () => {
  it('never throws, always returns a valid severity, and never goes below the reporter’s choice', () => {
    fc.assert(
      fc.property(text, answers, labels, config, (title, a, ls, cfg) => {
        const c = classify({ title, answers: a, labels: ls }, cfg);
        expect(isSeverity(c.severity)).toBe(true);
        const reported = reporterChoice(a, ls);
        expect(c.reported).toBe(reported);
        if (reported !== null) expect(severityRank(c.severity)).toBeLessThanOrEqual(severityRank(reported));
        else if (c.decidedBy === 'default') expect(c.severity).toBe(cfg.defaultSeverity);
        expect(c.reasons.length).toBeGreaterThanOrEqual(2);
        expect(c.decidedBy === 'rule').toBe(c.rule !== null);
      }),
      { numRuns: 500 },
    );
  });

  it('any incident mentioning a complete outage, with no workaround, is a P0', () => {
    fc.assert(
      fc.property(text, answers, (title, a) => {
        const c = classify({ title: `${title} complete outage`, answers: { ...a, workaround: null } }, playbookConfig);
        expect(c.severity).toBe('P0');
      }),
      { numRuns: 200 },
    );
  });

  it('a security incident is never less severe than its type’s floor', () => {
    fc.assert(
      fc.property(text, answers, (title, a) => {
        const security = classifySecurity(a, playbookConfig);
        const c = applySecurityFloor(classify({ title, answers: a }, playbookConfig), security);
        expect(severityRank(c.severity)).toBeLessThanOrEqual(severityRank(security.floor));
        expect(c.security).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
