import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { classify, type FormAnswers } from '../../../src/domain/classification/index.js';
import { incidentAnswers, playbookConfig, severityOptions } from './fixtures.js';

const file = (title: string, answers: FormAnswers, labels?: string[]) =>
  classify({ title, answers, ...(labels ? { labels } : {}) }, playbookConfig);

describe('classifying an incident filed from the form (playbook severity levels)', () => {
  it('a P3 report of a complete outage for all users is a P0, decided by the outage rule', () => {
    const c = file(
      'Checkout down',
      incidentAnswers({ severity: severityOptions.P3, 'what-happened': 'Complete outage for all users since 10:00' }),
    );
    expect(c).toMatchObject({ severity: 'P0', reported: 'P3', decidedBy: 'rule', capped: null, security: false });
    expect(c.rule).toEqual({
      id: 'complete-outage',
      description: 'Complete service outage affecting all users',
      matched: '"complete outage" in what-happened',
    });
    expect(c.reasons).toEqual([
      'The reporter chose P3.',
      'Rule "complete-outage" (Complete service outage affecting all users) raised the reporter\'s P3 to P0: "complete outage" in what-happened.',
    ]);
  });

  it('a reporter’s P0 stays P0 when a workaround exists: caps never lower the reporter’s choice', () => {
    const c = file(
      'Payments failing',
      incidentAnswers({ severity: severityOptions.P0, workaround: 'Yes - pay by invoice' }),
    );
    expect(c).toMatchObject({ severity: 'P0', reported: 'P0', decidedBy: 'reporter', rule: null, capped: null });
    expect(c.reasons).toEqual([
      'The reporter chose P0.',
      "No rule sets a severity, so the reporter's P0 stands.",
      'Rule "workaround-exists" (A workaround exists; at most P2) also matched: workaround is "Yes"; it did not decide: caps never lower the reporter’s choice.',
    ]);
  });

  it('major functionality with a workaround and no chosen severity is a P2: P1 capped by the workaround', () => {
    const c = file(
      'Search broken',
      incidentAnswers({
        severity: severityOptions.unsure,
        'what-happened': 'Major functionality impacted',
        workaround: 'Yes',
      }),
    );
    expect(c).toMatchObject({ severity: 'P2', reported: null, decidedBy: 'rule' });
    expect(c.rule?.id).toBe('major-functionality');
    expect(c.capped).toEqual({
      from: 'P1',
      to: 'P2',
      rule: { id: 'workaround-exists', description: 'A workaround exists', matched: 'workaround is "Yes"' },
    });
    expect(c.reasons).toEqual([
      'The reporter chose no severity (the answer was "Not sure").',
      'Rule "major-functionality" (Major functionality impacted or performance severely degraded) gives P1: ' +
        '"major functionality" in what-happened; rule "workaround-exists" (A workaround exists) caps that at P2: ' +
        'workaround is "Yes". So the rules set P2.',
    ]);
  });

  it('"Not sure" with nothing matching gets the default P2', () => {
    const c = file(
      'Something odd on the dashboard',
      incidentAnswers({ severity: severityOptions.unsure, 'what-happened': 'Numbers look off' }),
    );
    expect(c).toMatchObject({
      severity: 'P2',
      reported: null,
      decidedBy: 'default',
      rule: null,
      capped: null,
      security: false,
    });
    expect(c.reasons).toEqual([
      'The reporter chose no severity (the answer was "Not sure").',
      'No rule sets a severity, so the default P2 applies.',
    ]);
  });

  it('the default for unknowns is configurable', () => {
    const config: Config = { ...playbookConfig, defaultSeverity: 'P1' };
    expect(classify({ title: 'Odd', answers: incidentAnswers() }, config)).toMatchObject({
      severity: 'P1',
      decidedBy: 'default',
    });
  });

  it('an unreadable severity answer counts as no choice, and the reasons quote it', () => {
    const c = file('Odd', incidentAnswers({ severity: 'pretty bad I guess' }));
    expect(c).toMatchObject({ severity: 'P2', reported: null, decidedBy: 'default' });
    expect(c.reasons[0]).toBe('The reporter chose no severity (the answer was "pretty bad I guess").');
  });

  it('a workaround does not cap the default: a cap limits only what rules derive', () => {
    const c = file('Odd', incidentAnswers({ workaround: 'Yes' }));
    expect(c).toMatchObject({ severity: 'P2', decidedBy: 'default', capped: null });
    expect(c.reasons).toContain(
      'Rule "workaround-exists" (A workaround exists; at most P2) also matched: workaround is "Yes"; it did not decide: no rule set a severity to cap.',
    );
  });

  it('rules agreeing with the reporter leave the decision with the reporter', () => {
    const c = file('Search: major functionality impacted', incidentAnswers({ severity: severityOptions.P1 }));
    expect(c).toMatchObject({ severity: 'P1', decidedBy: 'reporter', rule: null });
    expect(c.reasons).toEqual([
      'The reporter chose P1.',
      'The rules agree on P1.',
      'Rule "major-functionality" (Major functionality impacted or performance severely degraded; P1) also matched: "major functionality" in title; it did not decide.',
    ]);
  });

  it('rules less severe than the reporter’s choice never lower it', () => {
    const c = file('Cosmetic glitch in the header', incidentAnswers({ severity: severityOptions.P1 }));
    expect(c).toMatchObject({ severity: 'P1', decidedBy: 'reporter' });
    expect(c.reasons[1]).toBe("The rules give only P3, and rules never lower the reporter's P1.");
  });

  it('a cosmetic issue with no chosen severity is a P3', () => {
    expect(file('Cosmetic: logo misaligned', incidentAnswers())).toMatchObject({ severity: 'P3', decidedBy: 'rule' });
  });

  it('minor functionality or performance issues are a P2 by rule', () => {
    const c = file('Exports slow', incidentAnswers({ 'what-happened': 'Performance issues on CSV export' }));
    expect(c).toMatchObject({ severity: 'P2', decidedBy: 'rule' });
    expect(c.rule?.matched).toBe('"performance issues" in what-happened');
  });

  it('the most severe matching rule decides and the others are listed as matched but not deciding', () => {
    const c = file(
      'Cosmetic bug turned into a complete outage',
      incidentAnswers({ 'what-happened': 'Major functionality impacted, then the system completely down' }),
    );
    expect(c).toMatchObject({ severity: 'P0', decidedBy: 'rule' });
    expect(c.rule?.id).toBe('complete-outage');
    expect(c.reasons.slice(2)).toEqual([
      'Rule "major-functionality" (Major functionality impacted or performance severely degraded; P1) also matched: "major functionality" in what-happened; it did not decide.',
      'Rule "cosmetic" (Cosmetic issues, no functional impact; P3) also matched: "cosmetic" in title; it did not decide.',
    ]);
  });

  it('a workaround caps even a complete outage the rules find, but not above the reporter', () => {
    const noChoice = file('Complete outage of reports', incidentAnswers({ workaround: 'Yes' }));
    expect(noChoice).toMatchObject({ severity: 'P2', decidedBy: 'rule', capped: { from: 'P0', to: 'P2' } });
    const reporterP3 = file(
      'Complete outage of reports',
      incidentAnswers({ severity: severityOptions.P3, workaround: 'Yes' }),
    );
    expect(reporterP3.reasons[1]).toContain("So the rules raised the reporter's P3 to P2.");
    const reporterP1 = file(
      'Complete outage of reports',
      incidentAnswers({ severity: severityOptions.P1, workaround: 'Yes' }),
    );
    expect(reporterP1).toMatchObject({ severity: 'P1', decidedBy: 'reporter', capped: { from: 'P0', to: 'P2' } });
  });

  it('the strictest of several caps applies', () => {
    const config: Config = {
      ...playbookConfig,
      classification: [
        ...playbookConfig.classification,
        {
          id: 'internal-only',
          description: 'Only internal users',
          match: { answer: { field: 'who-is-affected', equals: ['Internal staff'] } },
          atMost: 'P3',
        },
      ],
    };
    const c = classify(
      {
        title: 'Major functionality impacted',
        answers: incidentAnswers({ workaround: 'Yes', 'who-is-affected': 'Internal staff - 12 people' }),
      },
      config,
    );
    expect(c).toMatchObject({ severity: 'P3', capped: { from: 'P1', to: 'P3', rule: { id: 'internal-only' } } });
    expect(c.reasons).toContain(
      'Rule "workaround-exists" (A workaround exists; at most P2) also matched: workaround is "Yes"; it did not decide: rule "internal-only" caps at least as tightly.',
    );
  });

  it('on a tie the rule listed first is named', () => {
    const c = file('All users see major functionality gone; complete outage', incidentAnswers());
    expect(c.rule?.id).toBe('complete-outage');
    expect(c.rule?.matched).toBe('"complete outage" in title');
  });

  it('ticking "Customer data may be at risk" makes it at least P1', () => {
    const c = file(
      'Export job misrouted',
      incidentAnswers({ severity: severityOptions.P3, ticked: ['Customer data may be at risk'] }),
    );
    expect(c).toMatchObject({ severity: 'P1', decidedBy: 'rule', security: false });
    expect(c.rule?.matched).toBe('"Customer data may be at risk" ticked in impact-flags');
  });
});

describe('severity labels', () => {
  it('a severity label on the issue counts as the reporter’s choice', () => {
    const c = file('Odd', incidentAnswers(), ['incident', 'severity:P1']);
    expect(c).toMatchObject({ severity: 'P1', reported: 'P1', decidedBy: 'reporter' });
    expect(c.reasons[0]).toBe('The issue is labelled "severity:P1".');
  });

  it('with both an answer and a label the more severe counts', () => {
    const c = file('Odd', incidentAnswers({ severity: severityOptions.P2 }), ['Severity:P0']);
    expect(c).toMatchObject({ severity: 'P0', reported: 'P0', decidedBy: 'reporter' });
    expect(c.reasons[0]).toBe('The reporter chose P2. The issue is labelled "severity:P0".');
  });

  it('a label that is not a configured severity label is ignored', () => {
    expect(file('Odd', incidentAnswers(), ['P0', 'priority:high'])).toMatchObject({
      reported: null,
      decidedBy: 'default',
    });
  });
});

describe('security incidents', () => {
  it('"data breach confirmed" is a P0 security incident', () => {
    const c = file('Data breach confirmed on the billing database', incidentAnswers({ severity: severityOptions.P2 }));
    expect(c).toMatchObject({ severity: 'P0', security: true, decidedBy: 'rule', rule: { id: 'security-compromise' } });
    expect(c.reasons.at(-1)).toBe(
      'Handled as a security incident because of rule "security-compromise" ("data breach confirmed" in title).',
    );
  });

  it('a potential security incident is a P1 security incident', () => {
    expect(file('Potential security incident: odd logins', incidentAnswers())).toMatchObject({
      severity: 'P1',
      security: true,
    });
  });

  it('ticking "Suspected security impact" makes it a P1 security incident', () => {
    const c = file('Odd logins', incidentAnswers({ ticked: ['Suspected security impact'] }));
    expect(c).toMatchObject({ severity: 'P1', security: true, rule: { id: 'suspected-security-impact' } });
  });

  it('a security rule marks the incident even when it does not decide the severity', () => {
    const c = file('Potential security incident', incidentAnswers({ severity: severityOptions.P0 }));
    expect(c).toMatchObject({ severity: 'P0', decidedBy: 'reporter', security: true });
  });

  it('the security label marks the incident', () => {
    const c = file('Odd logins', incidentAnswers(), ['security']);
    expect(c.security).toBe(true);
    expect(c.reasons.at(-1)).toBe('Handled as a security incident because of the label "security".');
  });

  it('an ordinary incident is not a security incident', () => {
    expect(file('Search slow', incidentAnswers({ 'what-happened': 'Performance issues' })).security).toBe(false);
  });
});

describe('odd input', () => {
  it('a raw issue without form answers is still classified', () => {
    expect(file('Complete outage', {})).toMatchObject({ severity: 'P0', decidedBy: 'rule' });
    expect(file('', {})).toMatchObject({ severity: 'P2', decidedBy: 'default' });
  });

  it('very long answers are searched and quoted in at most 80 characters', () => {
    const long = `${'blah '.repeat(20_000)}complete outage`;
    const c = file('x', incidentAnswers({ 'what-happened': long, workaround: `Yes${'!'.repeat(500)}` }));
    expect(c.severity).toBe('P2');
    expect(c.capped?.rule.matched).toBe('workaround is "Yes"');
  });

  it('a configuration without rules leaves the reporter or the default', () => {
    const config: Config = { ...playbookConfig, classification: [] };
    expect(classify({ title: 'Complete outage', answers: incidentAnswers({ severity: 'P3' }) }, config)).toMatchObject({
      severity: 'P3',
      decidedBy: 'reporter',
    });
  });
});
