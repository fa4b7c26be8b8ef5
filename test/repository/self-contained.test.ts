// A clone of this repository is all a team has: no tracked file may read or name a folder beside it
// (the project's old shared workspace), and everything the tests read lives inside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Spelt in pieces so that this file does not name the folder it looks for.
const OUTSIDE = ['..', 'sha' + 'red'];
const PATTERNS = [
  new RegExp(`\\.\\.[/\\\\]${OUTSIDE[1]}\\b`),
  new RegExp(`['"]\\.\\.['"]\\s*,\\s*['"]${OUTSIDE[1]}['"]`),
];

/**
 * Tracked files and new ones not ignored, so a file is caught before it is committed. A tracked file
 * deleted in the working tree (a rebuild renames dist/chunks/*) is left out: there is nothing to read.
 */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(ROOT, file)));
}

describe('the repository stands alone', () => {
  const files = trackedFiles();

  it('tracks files (the check below is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('package.json');
  });

  it(`no tracked file names ${OUTSIDE.join('/')}`, () => {
    const offenders: string[] = [];
    for (const file of files) {
      // A tracked file deleted in the working tree (a rebuilt bundle chunk) has nothing to say.
      if (!existsSync(join(ROOT, file))) continue;
      const text = readFileSync(join(ROOT, file), 'utf8');
      if (text.includes('\0')) continue;
      text.split('\n').forEach((line, i) => {
        if (PATTERNS.some((p) => p.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('the patterns catch both spellings of the outside path', () => {
    expect(PATTERNS.some((p) => p.test(`read('${OUTSIDE.join('/')}/seeds/playbook.txt')`))).toBe(true);
    expect(PATTERNS.some((p) => p.test(`resolve(root, '..', '${OUTSIDE[1]}')`))).toBe(true);
    expect(PATTERNS.some((p) => p.test('test/fixtures/schemas/github-issue-forms.json'))).toBe(false);
  });

  it('the copied test data keeps its source and licence notes', () => {
    expect(readFileSync(join(ROOT, 'test/fixtures/schemas/SOURCE'), 'utf8')).toMatch(/Apache-2\.0/);
    const cases = files.filter((f) => /^test\/fixtures\/issue-form-corpus\/[^/]+\/template\.yml$/.test(f));
    expect(cases.length).toBe(13);
    for (const template of cases) {
      const source = readFileSync(join(ROOT, dirname(template), 'SOURCE'), 'utf8');
      expect(source, dirname(template)).toMatch(/https:\/\/github\.com\//);
    }
    expect(files).toContain('docs/playbook.md');
  });
});
