// The golden-file helper of the domain's plan tests fails when a plan differs from its file or the file
// is missing, and never rewrites a file unless asked (UPDATE_GOLDEN=1).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { golden, goldenPath } from './golden.js';

describe('golden()', () => {
  const file = 'decide/triage/p4-observation.txt';

  test('passes on the file as written', () => {
    expect(() => golden(file, readFileSync(goldenPath(file), 'utf8'), false)).not.toThrow();
  });

  test('fails when one character of the plan differs, and leaves the file as it was', () => {
    const before = readFileSync(goldenPath(file), 'utf8');
    expect(() => golden(file, before.replace('P4', 'P3'), false)).toThrow(/differs/);
    expect(readFileSync(goldenPath(file), 'utf8')).toBe(before);
  });

  test('fails when the golden file is missing', () => {
    expect(() => golden('decide/no-such-case.txt', 'anything', false)).toThrow(/missing: run with UPDATE_GOLDEN=1/);
  });
});
