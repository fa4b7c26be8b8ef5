// scripts/release-notes.mjs: the release workflow's notes come from CHANGELOG.md's section for the
// tagged version, and a tag whose version has no section (or an empty one) fails the release.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'release-notes.mjs');
const dir = mkdtempSync(join(tmpdir(), 'firebreak-release-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function notes(changelog: string | null, ...args: string[]) {
  const extra: string[] = [];
  if (changelog !== null) {
    const file = join(dir, `CHANGELOG-${(files += 1)}.md`);
    writeFileSync(file, changelog);
    extra.push('--file', file);
  }
  const run = spawnSync(process.execPath, [SCRIPT, ...args, ...extra], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const CHANGELOG = `# Changelog

All notable changes to this project will be documented in this file.

## [Unreleased]

### Added

- Something not released yet.

## [1.2.0] - 2026-12-01

### Added

- Watch mode.

### Fixed

- The sweep catches up.

## [1.1.0] - 2026-11-01

- The first one.

## 1.0.0

Plain heading.

[Unreleased]: https://github.com/firebreak-dev/firebreak/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/firebreak-dev/firebreak/compare/v1.1.0...v1.2.0
[1.1.0]: https://github.com/firebreak-dev/firebreak/releases/tag/v1.1.0
`;

describe('scripts/release-notes.mjs', () => {
  it('prints the body of the version section, subsections included, up to the next version', () => {
    expect(notes(CHANGELOG, '1.2.0')).toEqual({
      code: 0,
      stdout: '### Added\n\n- Watch mode.\n\n### Fixed\n\n- The sweep catches up.\n',
      stderr: '',
    });
  });

  it('accepts the tag (v1.2.0) as well as the version', () => {
    expect(notes(CHANGELOG, 'v1.2.0').stdout).toBe(notes(CHANGELOG, '1.2.0').stdout);
  });

  it('leaves the link definitions at the end of the file out of the last sections', () => {
    expect(notes(CHANGELOG, '1.0.0')).toMatchObject({ code: 0, stdout: 'Plain heading.\n' });
    expect(notes(CHANGELOG, '1.1.0')).toMatchObject({ code: 0, stdout: '- The first one.\n' });
  });

  it('does not take 1.2.0 for 1.2.0-rc.1, nor Unreleased for a version', () => {
    const withRc = CHANGELOG.replace(
      '## [1.2.0] - 2026-12-01',
      '## [1.2.0-rc.1] - 2026-11-20\n\n- A candidate.\n\n## [1.2.0] - 2026-12-01',
    );
    expect(notes(withRc, '1.2.0-rc.1')).toMatchObject({ code: 0, stdout: '- A candidate.\n' });
    expect(notes(withRc, '1.2.0').stdout).toMatch(/^### Added\n\n- Watch mode\./);
  });

  it('fails when the version has no section, naming the heading to add', () => {
    const result = notes(CHANGELOG, '1.3.0');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no section for 1.3.0');
    expect(result.stderr).toContain('## [1.3.0] - YYYY-MM-DD');
  });

  it('fails when the section is empty', () => {
    const result = notes('# Changelog\n\n## [2.0.0] - 2026-12-02\n\n## [1.0.0]\n\n- One.\n', '2.0.0');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is empty');
  });

  it('handles CRLF line endings', () => {
    expect(notes(CHANGELOG.replace(/\n/g, '\r\n'), '1.1.0')).toMatchObject({ code: 0, stdout: '- The first one.\n' });
  });

  it('rejects bad usage with exit 2', () => {
    expect(notes(CHANGELOG).code).toBe(2);
    expect(notes(CHANGELOG, 'latest').code).toBe(2);
    expect(notes(CHANGELOG, '1.2.0', '1.1.0').code).toBe(2);
  });

  it('fails when the changelog cannot be read', () => {
    const result = spawnSync(process.execPath, [SCRIPT, '1.0.0', '--file', join(dir, 'missing.md')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read');
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  it('follows Keep a Changelog: an [Unreleased] section first, then versions', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const heading of headings.slice(1))
      expect(heading).toMatch(/^## \[\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\](?: - \d{4}-\d{2}-\d{2})?$/);
    expect(text).toContain('https://keepachangelog.com/en/1.1.0/');
  });

  it(`has notes for package.json's version (${version}), so that version can be released`, () => {
    const result = notes(null, version);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^### Added$/m);
  });
});
