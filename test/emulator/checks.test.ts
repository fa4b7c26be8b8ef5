// Check runs as GitHub keeps them: only an app token creates them, annotations come 50 at most per
// request and are appended by updates, a commit lists the latest run of each name, and the snapshot shows
// them on the pull request whose commits they are on. Branch protection is for admins to read.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { requireStatusChecks } from '../../simulator/emulator/repo/checks.js';
import type { Emulator } from '../../simulator/emulator/index.js';
import { as, client, emulator, repo, statusOf } from './support.js';

const gateway = (e: Emulator, token = e.botToken) =>
  new OctokitGateway(createClient({ token, baseUrl: e.url, pacing: 'none', timeoutMs: 5000 }), repo);
const note = (line: number) => ({
  path: 'docs/pm.md',
  startLine: line,
  endLine: line,
  level: 'failure' as const,
  message: `line ${line}`,
});

describe('check runs', () => {
  it('are created by the app token, listed per commit (latest per name) and shown on the pull request', async () => {
    const e = await emulator({ files: { 'README.md': '# shop\n' } });
    const sha = e.commitFiles({ as: 'dave', branch: 'postmortem/incident-1', files: { 'docs/pm.md': '# PM\n' } });
    await client(e).rest.pulls.create({ ...repo, title: 'Postmortem', head: 'postmortem/incident-1', base: 'main' });
    const gh = gateway(e);
    const first = await gh.createCheckRun({
      name: 'Firebreak postmortem',
      headSha: sha,
      conclusion: 'failure',
      output: { title: '2 problems', summary: 'x', annotations: [note(1), note(2)] },
    });
    expect(first).toMatchObject({
      name: 'Firebreak postmortem',
      headSha: sha,
      status: 'completed',
      conclusion: 'failure',
      title: '2 problems',
    });
    const updated = await gh.updateCheckRun(first.id, {
      output: { title: '3 problems', summary: 'y', annotations: [note(3)] },
    });
    expect(updated.title).toBe('3 problems');
    const { data: annotations } = await as(e, 'bob').rest.checks.listAnnotations({ ...repo, check_run_id: first.id });
    expect(annotations.map((a) => a.start_line)).toEqual([1, 2, 3]);
    await gh.createCheckRun({
      name: 'Firebreak postmortem',
      headSha: sha,
      conclusion: 'success',
      output: { title: 'Ready', summary: 'ok', annotations: [] },
    });
    expect((await gh.listCheckRuns(sha, 'Firebreak postmortem')).map((r) => r.conclusion)).toEqual(['success']);
    expect(e.snapshot().pulls[0]?.checks).toEqual([
      {
        name: 'Firebreak postmortem',
        head_sha: sha,
        status: 'completed',
        conclusion: 'failure',
        title: '3 problems',
        annotations: 3,
      },
      {
        name: 'Firebreak postmortem',
        head_sha: sha,
        status: 'completed',
        conclusion: 'success',
        title: 'Ready',
        annotations: 0,
      },
    ]);
  });

  it('refuse personal tokens, 51 annotations, an unknown commit and a token without checks: write', async () => {
    const e = await emulator();
    const { data: main } = await client(e).rest.git.getRef({ ...repo, ref: 'heads/main' });
    const sha = main.object.sha;
    const create = (gh: ReturnType<typeof client>, more: Record<string, unknown> = {}) =>
      statusOf(gh.rest.checks.create({ ...repo, name: 'x', head_sha: sha, conclusion: 'success', ...more }));
    expect(await create(as(e, 'alice'))).toBe(403);
    const many = Array.from({ length: 51 }, (_, i) => ({
      path: 'a',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: 'm',
    }));
    expect(await create(client(e), { output: { title: 't', summary: 's', annotations: many } })).toBe(422);
    expect(await create(client(e), { head_sha: 'f'.repeat(40) })).toBe(422);
    const narrow = await emulator({ bot: { scopes: { checks: 'none' } } });
    expect(await create(client(narrow))).toBe(403);
  });
});

describe('what the default branch requires', () => {
  it('branch protection: admins read it (404 when none), the app token may not; rulesets anyone can read', async () => {
    const e = await emulator();
    const admin = gateway(e, e.tokenFor('alice'));
    expect(await admin.getRequiredStatusChecks('main')).toBeNull();
    await expect(gateway(e).getRequiredStatusChecks('main')).rejects.toMatchObject({ kind: 'forbidden' });
    requireStatusChecks(e.world.repository('acme', 'shop'), 'main', ['build', 'Firebreak postmortem']);
    expect(await admin.getRequiredStatusChecks('main')).toEqual(['build', 'Firebreak postmortem']);
    expect(await gateway(e).getRulesetStatusChecks('main')).toEqual([]);
    requireStatusChecks(e.world.repository('acme', 'shop'), 'main', ['Firebreak postmortem'], 'ruleset');
    expect(await gateway(e).getRulesetStatusChecks('main')).toEqual(['Firebreak postmortem']);
  });
});
