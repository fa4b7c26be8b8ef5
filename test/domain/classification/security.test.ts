import { describe, expect, it } from 'vitest';
import type { Config, SecurityType, Severity } from '../../../src/config/types.js';
import {
  applySecurityFloor,
  classify,
  classifySecurity,
  type FormAnswers,
  readConfirmed,
  readSecurityType,
} from '../../../src/domain/classification/index.js';
import { playbookConfig } from './fixtures.js';

const securityForm = (type: string | null, confirmed: string | null, extra: FormAnswers = {}): FormAnswers => ({
  type,
  confirmed,
  'data-at-risk': null,
  systems: null,
  detection: null,
  ...extra,
});

describe('security severity floors by type (playbook: confirmed breach or active compromise P0, potential incident P1, non-critical alert P2)', () => {
  it.each<[string, string, SecurityType, boolean, Severity]>([
    ['Data breach', 'Confirmed', 'data-breach', true, 'P0'],
    ['Data breach', 'Suspected', 'data-breach', false, 'P1'],
    ['Unauthorized access', 'Confirmed', 'unauthorized-access', true, 'P0'],
    ['Unauthorized access', 'Suspected', 'unauthorized-access', false, 'P1'],
    ['DDoS', 'Confirmed', 'ddos', true, 'P1'],
    ['DDoS', 'Suspected', 'ddos', false, 'P2'],
    ['Vulnerability report', 'Confirmed', 'vulnerability', true, 'P1'],
    ['Vulnerability report', 'Suspected', 'vulnerability', false, 'P2'],
    ['Malware', 'Confirmed', 'malware', true, 'P0'],
    ['Malware', 'Suspected', 'malware', false, 'P1'],
    ['Other', 'Confirmed', 'other', true, 'P1'],
    ['Other', 'Suspected', 'other', false, 'P2'],
  ])('%s, %s → %s floor %s', (typeAnswer, confirmedAnswer, type, confirmed, floor) => {
    const s = classifySecurity(securityForm(typeAnswer, confirmedAnswer), playbookConfig);
    expect(s).toMatchObject({ type, confirmed, floor });
    expect(s.procedure).toBe(playbookConfig.security.procedures[type]);
  });

  it('says which procedure applies without echoing the report', () => {
    const s = classifySecurity(
      securityForm('Data breach', 'Confirmed', { 'data-at-risk': 'card numbers of 10k users' }),
      playbookConfig,
    );
    expect(s.reason).toBe('Confirmed security incident of type "Data breach": at least P0.');
  });
});

describe('reading the security form leniently', () => {
  it.each<[string, SecurityType]>([
    ['data breach', 'data-breach'],
    ['DATA-BREACH', 'data-breach'],
    ['  Data   Breach ', 'data-breach'],
    ['Unauthorised access', 'unauthorized-access'],
    ['unauthorized_access', 'unauthorized-access'],
    ['ddos', 'ddos'],
    ['D.D.o.S', 'ddos'],
    ['Denial of service', 'ddos'],
    ['DDoS - traffic flood from one ASN', 'ddos'],
    ['vulnerability', 'vulnerability'],
    ['Vulnerability Report', 'vulnerability'],
    ['Ransomware', 'malware'],
    ['other', 'other'],
    ['Other security incident', 'other'],
  ])('reads type %j as %s', (text, type) => {
    expect(readSecurityType(text, playbookConfig)).toBe(type);
  });

  it('reads an unknown type as none, and classifies it under "other"', () => {
    expect(readSecurityType('phishing')).toBeNull();
    const s = classifySecurity(securityForm('phishing campaign', 'Confirmed'), playbookConfig);
    expect(s).toMatchObject({ type: 'other', confirmed: true, floor: 'P1' });
    expect(s.reason).toBe(
      'Confirmed security incident of type "Other security incident" (the type answer names no known type): at least P1.',
    );
  });

  it('recognises a type by the title configured for its procedure', () => {
    const config: Config = {
      ...playbookConfig,
      security: {
        ...playbookConfig.security,
        procedures: {
          ...playbookConfig.security.procedures,
          malware: { ...playbookConfig.security.procedures.malware, title: 'Compromised host' },
        },
      },
    };
    expect(readSecurityType('Compromised host', config)).toBe('malware');
  });

  it('a missing type is "other"', () => {
    const s = classifySecurity(securityForm(null, 'Suspected'), playbookConfig);
    expect(s).toMatchObject({ type: 'other', floor: 'P2' });
    expect(s.reason).toContain('(no type was given)');
  });

  it.each([
    ['Confirmed', true],
    ['confirmed - we see exfiltration', true],
    ['Yes, confirmed', true],
    ['Suspected', false],
    ['Not confirmed', false],
    ['unclear', false],
    ['', false],
  ])('reads confirmed %j as %s', (text, confirmed) => {
    expect(readConfirmed(text)).toBe(confirmed);
  });

  it('an unanswered "confirmed" is treated as suspected', () => {
    expect(classifySecurity(securityForm('Data breach', null), playbookConfig)).toMatchObject({
      confirmed: false,
      floor: 'P1',
    });
  });
});

describe('the severity of a security incident is the more severe of the classification and the floor', () => {
  it('a confirmed data breach reported as P3 becomes P0 by the floor', () => {
    const answers = securityForm('Data breach', 'Confirmed', { systems: 'billing' });
    const c = applySecurityFloor(
      classify({ title: 'Billing export', answers }, playbookConfig),
      classifySecurity(answers, playbookConfig),
    );
    expect(c).toMatchObject({ severity: 'P0', decidedBy: 'security-floor', rule: null, security: true });
    expect(c.reasons.at(-1)).toBe(
      'Confirmed security incident of type "Data breach": at least P0. That raises P2 to P0.',
    );
  });

  it('a suspected DDoS stays at the rules’ P1 when they find more than the P2 floor', () => {
    const answers = securityForm('DDoS', 'Suspected', { detection: 'Performance severely degraded on the edge' });
    const c = applySecurityFloor(
      classify({ title: 'Traffic spike', answers }, playbookConfig),
      classifySecurity(answers, playbookConfig),
    );
    expect(c).toMatchObject({ severity: 'P1', decidedBy: 'rule', security: true });
    expect(c.reasons.at(-1)).toBe(
      'Suspected security incident of type "DDoS": at least P2. P1 already meets that floor.',
    );
  });
});
