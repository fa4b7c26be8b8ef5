import { describe, expect, it } from 'vitest';
import type { ClassificationRule } from '../../../src/config/types.js';
import { type ClassificationInput, matchRule } from '../../../src/domain/classification/index.js';
import { incidentAnswers, severityOptions } from './fixtures.js';

const outage: ClassificationRule = {
  id: 'complete-outage',
  description: 'Complete service outage affecting all users',
  match: { keywords: ['complete outage', 'all users', 'system completely down'] },
  severity: 'P0',
};

const filed = (title: string, answers = incidentAnswers()): ClassificationInput => ({ title, answers });
const matches = (rule: ClassificationRule, input: ClassificationInput): boolean => matchRule(rule, input) !== null;

describe('keyword rules', () => {
  it('match a phrase in the title and say where it was found', () => {
    expect(matchRule(outage, filed('Complete outage of checkout'))?.matched).toBe('"complete outage" in title');
  });

  it('match a phrase in any text answer', () => {
    const answers = incidentAnswers({ 'who-is-affected': 'All users in the EU region' });
    expect(matchRule(outage, filed('Checkout broken', answers))?.matched).toBe('"all users" in who-is-affected');
  });

  it('match a phrase in a multi-select answer', () => {
    const rule: ClassificationRule = {
      id: 'db',
      description: 'Database',
      match: { keywords: ['database'] },
      severity: 'P2',
    };
    expect(matches(rule, filed('Slow', incidentAnswers({ services: ['API', 'Database'] })))).toBe(true);
  });

  it('ignore case', () => {
    expect(matches(outage, filed('SYSTEM COMPLETELY DOWN'))).toBe(true);
  });

  it('match whole words only: "allusers" and "small users" are not "all users"', () => {
    expect(matches(outage, filed('allusers report errors'))).toBe(false);
    expect(matches(outage, filed('small users see a glitch'))).toBe(false);
    expect(matches(outage, filed('all usersettings are lost'))).toBe(false);
  });

  it('accept any spacing, line breaks or dashes between the words of a phrase', () => {
    expect(matches(outage, filed('all  users'))).toBe(true);
    expect(matches(outage, filed('', incidentAnswers({ 'what-happened': 'it hits all\r\nusers' })))).toBe(true);
    expect(matches(outage, filed('an all-users outage'))).toBe(true);
  });

  it('match next to punctuation and markdown', () => {
    expect(matches(outage, filed('**Complete outage**!'))).toBe(true);
    expect(matches(outage, filed('(all users)'))).toBe(true);
  });

  it('work in any script and respect its word boundaries', () => {
    const rule: ClassificationRule = {
      id: 'ausfall',
      description: 'Totalausfall',
      match: { keywords: ['vollständiger ausfall', 'все пользователи'] },
      severity: 'P0',
    };
    expect(matches(rule, filed('VOLLSTÄNDIGER Ausfall im Checkout'))).toBe(true);
    expect(matches(rule, filed('Затронуты ВСЕ ПОЛЬЗОВАТЕЛИ'))).toBe(true);
    expect(matches(rule, filed('unvollständiger ausfall'))).toBe(false);
    // "ä" written as "a" + combining diaeresis is the same word
    expect(matches(rule, filed('vollsta\u0308ndiger Ausfall'))).toBe(true);
  });

  it('need no boundary next to a phrase edge that is punctuation', () => {
    const rule: ClassificationRule = {
      id: 'errors',
      description: '5xx',
      match: { keywords: ['5xx', 'c++'] },
      severity: 'P2',
    };
    expect(matches(rule, filed('spike of 5xx'))).toBe(true);
    expect(matches(rule, filed('C++ service crashed'))).toBe(true);
    expect(matches(rule, filed('HTTP-5xxs'))).toBe(false);
  });

  it('treat regular-expression characters in a phrase literally', () => {
    const rule: ClassificationRule = { id: 'p', description: 'p', match: { keywords: ['a.b (c)'] }, severity: 'P2' };
    expect(matches(rule, filed('see a.b (c) now'))).toBe(true);
    expect(matches(rule, filed('see axb (c) now'))).toBe(false);
  });

  it('search only the named fields when a rule gives fields ("title" is the issue title)', () => {
    const rule: ClassificationRule = { ...outage, match: { keywords: ['all users'], fields: ['who-is-affected'] } };
    expect(matches(rule, filed('all users'))).toBe(false);
    expect(matches(rule, filed('x', incidentAnswers({ 'who-is-affected': 'all users' })))).toBe(true);
    const titleOnly: ClassificationRule = { ...outage, match: { keywords: ['all users'], fields: ['title'] } };
    expect(matches(titleOnly, filed('x', incidentAnswers({ 'who-is-affected': 'all users' })))).toBe(false);
    expect(matches(titleOnly, filed('all users'))).toBe(true);
  });

  it('do not read the severity dropdown: its text is the form’s definitions, not the reporter’s words', () => {
    expect(matches(outage, filed('Checkout slow', incidentAnswers({ severity: severityOptions.P0 })))).toBe(false);
  });

  it('do not read checkbox options unless a rule names their field, and never unticked ones', () => {
    const rule: ClassificationRule = {
      id: 'data',
      description: 'data',
      match: { keywords: ['customer data'] },
      severity: 'P1',
    };
    const ticked = incidentAnswers({ ticked: ['Customer data may be at risk'] });
    expect(matches(rule, filed('x', ticked))).toBe(false);
    const named: ClassificationRule = { ...rule, match: { keywords: ['customer data'], fields: ['impact-flags'] } };
    expect(matches(named, filed('x', ticked))).toBe(true);
    expect(matches(named, filed('x', incidentAnswers()))).toBe(false);
  });

  it('ignore blank phrases instead of matching everything', () => {
    const rule: ClassificationRule = {
      id: 'blank',
      description: 'blank',
      match: { keywords: ['', '   '] },
      severity: 'P0',
    };
    expect(matches(rule, filed('anything at all'))).toBe(false);
  });

  it('do not find inherited properties when a field is named like one', () => {
    const rule: ClassificationRule = {
      ...outage,
      match: { keywords: ['function'], fields: ['constructor', 'toString'] },
    };
    expect(matches(rule, filed('x'))).toBe(false);
  });
});

describe('answer rules', () => {
  const workaround: ClassificationRule = {
    id: 'workaround-exists',
    description: 'A workaround exists',
    match: { answer: { field: 'workaround', equals: ['Yes'] } },
    atMost: 'P2',
  };

  it.each([
    ['Yes'],
    ['yes'],
    ['Yes - customers can pay by invoice'],
    ['Yes: restart the worker'],
    ['Yes, restart the worker'],
    ['Yes.'],
    ['Yes — use the mobile app'],
  ])('read %j as "Yes"', (answer) => {
    expect(matchRule(workaround, filed('x', incidentAnswers({ workaround: answer })))?.matched).toMatch(
      /^workaround is "yes"$/iu,
    );
  });

  it.each([['No'], ['Not yet'], ['Yesterday it worked'], ['Unknown'], ['']])('do not read %j as "Yes"', (answer) => {
    expect(matches(workaround, filed('x', incidentAnswers({ workaround: answer })))).toBe(false);
  });

  it('do not hold when the question was not answered', () => {
    expect(matches(workaround, filed('x', incidentAnswers({ workaround: null })))).toBe(false);
    expect(matches(workaround, filed('x', {}))).toBe(false);
  });

  it('quote at most 80 characters of a long answer', () => {
    const long: ClassificationRule = {
      ...workaround,
      match: { answer: { field: 'workaround', equals: ['x'.repeat(200)] } },
    };
    const matched = matchRule(long, filed('x', incidentAnswers({ workaround: 'x'.repeat(200) })))?.matched ?? '';
    const quoted = /"(.*)"/u.exec(matched)?.[1] ?? '';
    expect(Array.from(quoted)).toHaveLength(80);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

describe('checkbox rules', () => {
  const suspected: ClassificationRule = {
    id: 'suspected-security-impact',
    description: 'The reporter suspects security impact',
    match: { checked: { field: 'impact-flags', option: 'Suspected security impact' } },
    severity: 'P1',
    security: true,
  };

  it('hold when the option is ticked', () => {
    const match = matchRule(suspected, filed('x', incidentAnswers({ ticked: ['Suspected security impact'] })));
    expect(match?.matched).toBe('"Suspected security impact" ticked in impact-flags');
  });

  it('do not hold when the option is left unticked', () => {
    expect(matches(suspected, filed('x', incidentAnswers({ ticked: ['Customer data may be at risk'] })))).toBe(false);
  });
});

describe('rules with several conditions', () => {
  const both: ClassificationRule = {
    id: 'db-outage',
    description: 'Database outage without workaround',
    match: { keywords: ['database'], answer: { field: 'workaround', equals: ['No'] } },
    severity: 'P1',
  };

  it('hold only when every condition holds, and quote each', () => {
    expect(matchRule(both, filed('database down', incidentAnswers({ workaround: 'No' })))?.matched).toBe(
      '"database" in title and workaround is "No"',
    );
    expect(matches(both, filed('database down', incidentAnswers({ workaround: 'Yes' })))).toBe(false);
    expect(matches(both, filed('api down', incidentAnswers({ workaround: 'No' })))).toBe(false);
  });

  it('never hold without any condition', () => {
    expect(matches({ id: 'empty', description: 'empty', match: {}, severity: 'P0' }, filed('anything'))).toBe(false);
  });
});
