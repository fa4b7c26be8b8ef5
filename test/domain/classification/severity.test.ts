import { describe, expect, it } from 'vitest';
import {
  isSeverity,
  lessSevere,
  moreSevere,
  mostSevere,
  readSeverity,
  severityRank,
} from '../../../src/domain/classification/index.js';
import { playbookConfig, severityOptions } from './fixtures.js';

describe('severity order', () => {
  it('ranks P0 as the most severe and P4 as the least', () => {
    expect(['P4', 'P0', 'P2', 'P1', 'P3'].map((s) => severityRank(s as 'P0'))).toEqual([4, 0, 2, 1, 3]);
  });

  it('picks the more and the less severe of two levels', () => {
    expect(moreSevere('P1', 'P3')).toBe('P1');
    expect(moreSevere('P3', 'P1')).toBe('P1');
    expect(lessSevere('P1', 'P3')).toBe('P3');
    expect(lessSevere('P0', 'P0')).toBe('P0');
  });

  it('finds the most severe of several, or none of none', () => {
    expect(mostSevere(['P2', 'P0', 'P3'])).toBe('P0');
    expect(mostSevere([])).toBeNull();
  });

  it('knows a severity when it sees one', () => {
    expect(isSeverity('P2')).toBe(true);
    expect(isSeverity('p2')).toBe(false);
    expect(isSeverity('P5')).toBe(false);
    expect(isSeverity(null)).toBe(false);
  });
});

describe('reading the severity a person wrote', () => {
  it.each([
    ['P1', 'P1'],
    ['p1', 'P1'],
    ['P1 - High: major functionality impacted for a significant share of users', 'P1'],
    ['SEV1', 'P1'],
    ['sev-1', 'P1'],
    ['Sev 0', 'P0'],
    ['severity:P1', 'P1'],
    ['Severity: p3', 'P3'],
    ['severity/P2', 'P2'],
    ['[P0] everything is down', 'P0'],
    ['**P2**', 'P2'],
    ['  P4  ', 'P4'],
    ['P2.', 'P2'],
    ['P1-High', 'P1'],
    ['Ｐ１', 'P1'], // full-width, as some input methods type it
  ])('reads %j as %s', (text, expected) => {
    expect(readSeverity(text)).toBe(expected);
  });

  it.each([
    ['Not sure'],
    [''],
    ['   '],
    ['P5'],
    ['P10'],
    ['P1.5'],
    ['SEV12'],
    ['several things broke'],
    ['not P0, maybe P2'],
    ['priority high'],
    ['High'],
  ])('reads %j as no severity', (text) => {
    expect(readSeverity(text)).toBeNull();
  });

  it('reads nothing from a missing answer', () => {
    expect(readSeverity(null)).toBeNull();
  });

  it('reads every option of the incident form’s severity dropdown, and "Not sure" as none', () => {
    expect(readSeverity(severityOptions.P0)).toBe('P0');
    expect(readSeverity(severityOptions.P4)).toBe('P4');
    expect(readSeverity(severityOptions.unsure)).toBeNull();
  });

  it('reads a level name ("High", "critical: …") only when given the configured levels', () => {
    expect(readSeverity('High', playbookConfig.severities)).toBe('P1');
    expect(readSeverity('critical: checkout is down', playbookConfig.severities)).toBe('P0');
    expect(readSeverity('Informational', playbookConfig.severities)).toBe('P4');
    expect(readSeverity('Highly unusual', playbookConfig.severities)).toBeNull();
    expect(readSeverity('Not sure', playbookConfig.severities)).toBeNull();
  });
});
