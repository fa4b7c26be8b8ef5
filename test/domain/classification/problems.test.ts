import { describe, expect, it } from 'vitest';
import { classificationProblems } from '../../../src/domain/classification/index.js';
import { playbookRules } from './fixtures.js';

describe('checking classification rules', () => {
  it('finds nothing wrong with the playbook’s rules', () => {
    expect(classificationProblems(playbookRules)).toEqual([]);
  });

  it('names every rule that can never match or changes nothing', () => {
    expect(
      classificationProblems([
        { id: 'empty', description: 'no condition', match: {}, severity: 'P0' },
        { id: 'blank', description: 'blank words', match: { keywords: [' '] }, severity: 'P1' },
        { id: 'some-blank', description: 'one blank word', match: { keywords: ['outage', ''] }, severity: 'P1' },
        {
          id: 'fields',
          description: 'fields alone',
          match: { fields: ['title'], checked: { field: 'f', option: 'o' } },
          severity: 'P1',
        },
        {
          id: 'no-values',
          description: 'no values',
          match: { answer: { field: 'workaround', equals: [] } },
          atMost: 'P2',
        },
        { id: 'inert', description: 'no effect', match: { keywords: ['x'] } },
        { id: 'inert', description: 'same id', match: { keywords: ['y'] }, security: true },
      ]),
    ).toEqual([
      'classification rule 1 ("empty") has no condition (keywords, answer or checked), so it never matches',
      'classification rule 2 ("blank"): keywords has no phrase, so it never matches',
      'classification rule 3 ("some-blank"): 1 blank keyword(s) are ignored',
      'classification rule 4 ("fields"): fields is only used with keywords and is ignored',
      'classification rule 5 ("no-values"): answer.equals lists no value, so it never matches',
      'classification rule 6 ("inert") sets no severity, atMost or security, so matching it changes nothing',
      'classification rule 7 ("inert"): the id "inert" is used by an earlier rule; ids name rules in summaries',
    ]);
  });
});
