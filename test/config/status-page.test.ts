// `status-page:` (src/config/status-page-checks.ts and the merge): defaults as before the setting existed,
// a branch git would refuse, one of Firebreak's own branches or a URL that is not http(s) refuses the
// file with the line of the key, and validate (with the repository) refuses the default branch.
import { describe, expect, it } from 'vitest';
import { runValidateCommand } from '../../src/cli/validate.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { formatProblems } from '../../src/config/problems.js';
import { branchNameProblem, pageUrlProblem } from '../../src/config/status-page-checks.js';
import { summarizeConfig } from '../../src/config/summary.js';
import type { GitHubGateway } from '../../src/github/gateway.js';
import { INDEX_BRANCH } from '../../src/state/schedule-index.js';
import { statusPageUrl, statusPageWrite, STATUS_BRANCH } from '../../src/domain/status/publish.js';

const file = (body: string) => `severities:\n  P1: {response-target: 30m}\nstatus-page:\n${body}`;
const problems = (body: string) => {
  const loaded = loadConfig(file(body), 'f.yml');
  return { text: formatProblems(loaded.problems, 'f.yml'), usingDefaults: loaded.usingDefaults };
};

describe('status-page', () => {
  it('defaults to gh-pages, GitHub Pages address, the repository title, no calendar', () => {
    expect(defaultConfig().statusPage).toEqual({ branch: 'gh-pages', url: null, title: null, oncallCalendar: false });
    expect(STATUS_BRANCH).toBe(defaultConfig().statusPage.branch);
    expect(statusPageUrl('https://github.com/Acme/shop/issues/1')).toBe('https://acme.github.io/shop/');
    expect(statusPageUrl('https://github.com/Acme/shop/issues/1', 'https://status.acme.example/')).toBe(
      'https://status.acme.example/',
    );
  });

  it('merges what the file sets', () => {
    const loaded = loadConfig(
      file('  branch: status\n  url: https://status.acme.example/\n  title: Acme status\n  oncall-calendar: true\n'),
      'f.yml',
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.statusPage).toEqual({
      branch: 'status',
      url: 'https://status.acme.example/',
      title: 'Acme status',
      oncallCalendar: true,
    });
    expect(summarizeConfig(loaded.config)).toContain(
      'Status page (/publish): branch status, https://status.acme.example/, titled "Acme status"; on-call calendar published there',
    );
  });

  it('names branches git refuses, and why', () => {
    for (const good of ['gh-pages', 'status', 'pages/status', 'v1.2', 'a-b_c'])
      expect(branchNameProblem(good), good).toBeNull();
    expect(branchNameProblem('gh pages')).toBe('contains white space');
    expect(branchNameProblem('a..b')).toBe('contains `..`');
    expect(branchNameProblem('a~1')).toMatch(/character git forbids/);
    expect(branchNameProblem('a:b')).toMatch(/character git forbids/);
    expect(branchNameProblem('-x')).toBe('starts with `-`');
    expect(branchNameProblem('a//b')).toBe('has an empty part between slashes');
    expect(branchNameProblem('a/')).toBe('has an empty part between slashes');
    expect(branchNameProblem('x.lock')).toBe('has a part ending with `.lock` (`x.lock`)');
    expect(branchNameProblem('a/.hidden')).toBe('has a part starting with `.` (`.hidden`)');
    expect(branchNameProblem('a@{1}')).toBe('contains `@{` (or is `@`)');
    expect(branchNameProblem('end.')).toBe('ends with `.`');
    expect(branchNameProblem('HEAD')).toBe('is `HEAD`');
  });

  it('accepts only absolute http(s) addresses', () => {
    expect(pageUrlProblem('https://status.acme.example/')).toBeNull();
    expect(pageUrlProblem('http://status.acme.example/shop/')).toBeNull();
    expect(pageUrlProblem('status.acme.example')).toMatch(/not an absolute URL/);
    expect(pageUrlProblem('ftp://status.acme.example/')).toBe('must be an http or https address, not `ftp:`');
    expect(pageUrlProblem('javascript:alert(1)')).toBe('must be an http or https address, not `javascript:`');
    expect(pageUrlProblem('https://u:p@status.acme.example/')).toMatch(/user name/);
    expect(pageUrlProblem('https://status.acme.example/?a=1')).toMatch(/query/);
  });

  it('refuses the file with the line of the key', () => {
    expect(problems('  branch: gh..pages\n')).toEqual({
      text: 'f.yml:4:11: error: status-page.branch: `gh..pages` is not a branch name git accepts: it contains `..`; the status page is not written until it is fixed',
      usingDefaults: true,
    });
    expect(problems(`  branch: ${INDEX_BRANCH}\n`).text).toBe(
      "f.yml:4:11: error: status-page.branch: `firebreak/state` is one of Firebreak's own branches (Firebreak keeps its schedule index there): choose another, e.g. gh-pages",
    );
    expect(problems('  branch: postmortem/x\n').text).toMatch(/one of Firebreak's own branches/);
    expect(problems('  url: ftp://status.acme.example/\n').text).toBe(
      'f.yml:4:8: error: status-page.url: `ftp://status.acme.example/` must be an http or https address, not `ftp:`; replies would name an address nobody can open',
    );
    expect(problems('  colour: red\n').text).toMatch(/unknown key `colour`/);
    expect(problems('  oncall-calendar: yes please\n').text).toMatch(/status-page\.oncall-calendar/);
  });

  it('plans the status write on the configured branch', () => {
    const state = {
      number: 1,
      severity: 'P2',
      status: 'investigating',
      security: false,
      services: [],
      openedAt: '2026-03-02T10:00:00Z',
      resolvedAt: null,
      events: [{ type: 'published', text: 'x', status: 'investigating', at: '2026-03-02T10:05:00Z', by: 'alice' }],
    } as unknown as Parameters<typeof statusPageWrite>[1];
    expect(statusPageWrite(null, state, { branch: 'status' })).toMatchObject({ kind: 'statusPage', branch: 'status' });
    expect(statusPageWrite(null, state)).toMatchObject({ branch: 'gh-pages' });
  });

  it('firebreak validate with the repository refuses its default branch as status-page.branch', async () => {
    const out: string[] = [];
    const gateway = {
      repo: { owner: 'acme', repo: 'shop' },
      getRepo: async () => ({ defaultBranch: 'trunk', visibility: 'private', htmlUrl: 'https://github.com/acme/shop' }),
      getPermission: async () => 'write',
    } as unknown as GitHubGateway;
    const validate = (text: string) =>
      runValidateCommand([], {
        readFile: () => text,
        stdout: (t) => void out.push(t),
        stderr: (t) => void out.push(t),
        now: () => new Date('2026-03-02T10:00:00Z'),
        gateway,
      });
    expect(await validate(file('  branch: trunk\n'))).toBe(1);
    expect(out.join('\n')).toContain(
      ".github/firebreak.yml:4:11: error: status-page.branch: status-page.branch `trunk` is the repository's default branch",
    );
    out.length = 0;
    expect(await validate(file('  branch: status\n'))).toBe(0);
    expect(out.join('\n')).not.toContain('status-page');
  });
});
