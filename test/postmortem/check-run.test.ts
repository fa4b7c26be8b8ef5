// The lint's verdict as the check run "Firebreak postmortem": failure with an annotation per problem,
// 50 per request (the rest appended by updates), not written twice for the same verdict on a commit, and a
// warning — not a failed run — when the token may not write checks.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { reportPostmortemCheck } from '../../src/handlers/postmortem-check.js';
import { checkRunOutput } from '../../src/domain/postmortem/check-run.js';
import type { Problem } from '../../src/domain/postmortem/lint.js';
import { startEmulator, type Emulator } from '../../simulator/emulator/index.js';

const problem = (line: number, severity: Problem['severity'] = 'error'): Problem => ({
  severity,
  line,
  message: `problem | on line ${line}`,
});

describe('checkRunOutput', () => {
  it('fails on errors, passes with warnings, and lists every problem', () => {
    const failing = checkRunOutput([{ path: 'docs/postmortems/a.md', problems: [problem(3), problem(9, 'warning')] }]);
    expect(failing).toMatchObject({ conclusion: 'failure', title: '1 error to fix before merging, 1 warning' });
    expect(failing.summary).toContain('| `docs/postmortems/a.md` | 3 | error | problem \\| on line 3 |');
    expect(failing.annotations).toEqual([
      {
        path: 'docs/postmortems/a.md',
        startLine: 3,
        endLine: 3,
        level: 'failure',
        message: 'problem | on line 3',
        title: 'Postmortem lint',
      },
      {
        path: 'docs/postmortems/a.md',
        startLine: 9,
        endLine: 9,
        level: 'warning',
        message: 'problem | on line 9',
        title: 'Postmortem lint',
      },
    ]);
    expect(checkRunOutput([{ path: 'a.md', problems: [problem(2, 'warning')] }])).toMatchObject({
      conclusion: 'success',
      title: 'Ready to merge (1 warning to consider)',
    });
    expect(checkRunOutput([{ path: 'a.md', problems: [] }])).toMatchObject({
      conclusion: 'success',
      title: 'Ready to merge',
      annotations: [],
    });
  });
});

describe('reportPostmortemCheck', () => {
  const lines: string[] = [];
  const log = { info: (l: string) => void lines.push(l), warning: (l: string) => void lines.push(`warning: ${l}`) };

  async function setUp(
    options: Parameters<typeof startEmulator>[0] = {},
  ): Promise<{ e: Emulator; gh: OctokitGateway; sha: string }> {
    const e = await startEmulator({ start: '2026-03-02T10:00:00Z', users: { alice: 'write' }, ...options });
    const gh = new OctokitGateway(
      createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none', timeoutMs: 5000 }),
      { owner: 'acme', repo: 'shop' },
    );
    return { e, gh, sha: (await gh.getBranchSha('main')) ?? '' };
  }

  it('writes 120 annotations in batches of 50, and not again for the same verdict', async () => {
    const { e, gh, sha } = await setUp();
    try {
      const files = [
        { path: 'docs/postmortems/a.md', problems: Array.from({ length: 120 }, (_, i) => problem(i + 1)) },
      ];
      expect(await reportPostmortemCheck(gh, log, sha, files)).toBe(
        `check "Firebreak postmortem": failure on ${sha.slice(0, 7)} (120 errors to fix before merging)`,
      );
      expect(e.requests['POST /repos/{owner}/{repo}/check-runs']).toBe(1);
      expect(e.requests['PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}']).toBe(2);
      const [run] = await gh.listCheckRuns(sha, 'Firebreak postmortem');
      const { data } = await createClient({
        token: e.botToken,
        baseUrl: e.url,
        pacing: 'none',
        timeoutMs: 5000,
      }).rest.checks.get({ owner: 'acme', repo: 'shop', check_run_id: run?.id ?? 0 });
      expect(data.output.annotations_count).toBe(120);
      expect(await reportPostmortemCheck(gh, log, sha, files)).toBe(
        `check "Firebreak postmortem" already failure on ${sha.slice(0, 7)}`,
      );
      expect(e.requests['POST /repos/{owner}/{repo}/check-runs']).toBe(1);
    } finally {
      await e.close();
    }
  });

  it('says what to add when the token may not write checks, and does not throw', async () => {
    const { e, gh, sha } = await setUp({ bot: { scopes: { checks: 'none' } } });
    try {
      lines.length = 0;
      expect(await reportPostmortemCheck(gh, log, sha, [{ path: 'a.md', problems: [problem(1)] }])).toBe(
        'check "Firebreak postmortem" not written (forbidden); the lint found: 1 error to fix before merging',
      );
      expect(lines.join('\n')).toContain("add `checks: write` to the job's permissions");
    } finally {
      await e.close();
    }
  });
});
