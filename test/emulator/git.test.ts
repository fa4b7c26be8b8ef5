// Files are real git objects: the contents API and the git data API agree on every sha, the shas are
// the ones git computes, and refs only move forward unless forced.
import { describe, expect, it } from 'vitest';
import { client, emulator, repo, statusOf } from './support.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('git objects', () => {
  it('hashes like git: blobs, the empty tree, and a known tree', async () => {
    const e = await emulator();
    const gh = client(e);
    const { data: blob } = await gh.rest.git.createBlob({ ...repo, content: 'hello\n' });
    // `echo hello | git hash-object --stdin`
    expect(blob.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const { data: empty } = await gh.rest.git.createTree({ ...repo, tree: [] });
    expect(empty.sha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    // `git mktree` of one file "hello.txt" holding "hello\n"
    const { data: tree } = await gh.rest.git.createTree({
      ...repo,
      tree: [{ path: 'hello.txt', mode: '100644', type: 'blob', sha: blob.sha }],
    });
    expect(tree.sha).toBe('aaa96ced2d9a1c8e72c56b253a0e2fe78393feb7');
    // `git write-tree` and `git commit-tree` of hello.txt, b and docs/a.md, by alice at 10:00
    const { data: nested } = await gh.rest.git.createTree({
      ...repo,
      tree: [
        { path: 'hello.txt', mode: '100644', type: 'blob', content: 'hello\n' },
        { path: 'docs/a.md', mode: '100644', type: 'blob', content: 'x\n' },
        { path: 'b', mode: '100644', type: 'blob', content: 'y\n' },
      ],
    });
    expect(nested.sha).toBe('059ab944f3798b582d594fe57569d6fb301d9fe9');
    const who = { name: 'alice', email: 'alice@example.com', date: '2026-03-02T10:00:00Z' };
    const { data: commit } = await gh.rest.git.createCommit({
      ...repo,
      message: 'Initial commit\n',
      tree: nested.sha,
      parents: [],
      author: who,
      committer: who,
    });
    expect(commit.sha).toBe('5d2c1fb6b0609747520ea9614f4e550f3ca74e49');
  });

  it('the contents API and the git data API agree', async () => {
    const e = await emulator({ files: { 'docs/runbook.md': '# Runbook\n' } });
    const gh = client(e);
    const { data: put } = await gh.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'docs/runbook.md',
      message: 'edit',
      content: b64('# Runbook v2\n'),
      sha: ((await gh.rest.repos.getContent({ ...repo, path: 'docs/runbook.md' })) as { data: { sha: string } }).data
        .sha,
    });
    const { data: ref } = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(ref.object.sha).toBe(put.commit.sha);
    const { data: commit } = await gh.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    expect(commit.message).toBe('edit');
    expect(commit.author.name).toBe('github-actions[bot]');
    const { data: tree } = await gh.rest.git.getTree({ ...repo, tree_sha: commit.tree.sha, recursive: '1' });
    const entry = tree.tree.find((t) => t.path === 'docs/runbook.md');
    expect(entry?.sha).toBe(put.content?.sha);
    expect(tree.tree.map((t) => `${t.type} ${t.path}`)).toEqual(['tree docs', 'blob docs/runbook.md']);
    const { data: blob } = await gh.rest.git.getBlob({ ...repo, file_sha: entry?.sha ?? '' });
    expect(Buffer.from(blob.content, 'base64').toString()).toBe('# Runbook v2\n');
  });

  it('contents writes check the sha of the file they replace', async () => {
    const e = await emulator({ files: { 'a.md': 'a\n' } });
    const gh = client(e);
    const write = (sha?: string) =>
      gh.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'a.md',
        message: 'm',
        content: b64('b\n'),
        ...(sha ? { sha } : {}),
      });
    expect(await statusOf(write())).toBe(422);
    expect(await statusOf(write('0'.repeat(40)))).toBe(409);
    const { data: file } = await gh.rest.repos.getContent({ ...repo, path: 'a.md' });
    expect((await write((file as { sha: string }).sha)).status).toBe(200);
    expect(
      (await gh.rest.repos.createOrUpdateFileContents({ ...repo, path: 'new.md', message: 'm', content: b64('n\n') }))
        .status,
    ).toBe(201);
  });

  it('reads at any ref and lists directories', async () => {
    const e = await emulator({ files: { 'docs/a.md': 'a\n', 'docs/b.md': 'b\n', 'README.md': 'r\n' } });
    e.commitFiles({ as: 'alice', branch: 'draft', files: { 'docs/a.md': 'draft\n' } });
    const gh = client(e);
    const read = async (ref?: string) =>
      Buffer.from(
        (
          (await gh.rest.repos.getContent({ ...repo, path: 'docs/a.md', ...(ref ? { ref } : {}) })).data as {
            content: string;
          }
        ).content,
        'base64',
      ).toString();
    expect(await read()).toBe('a\n');
    expect(await read('draft')).toBe('draft\n');
    expect(await statusOf(read('nope'))).toBe(404);
    const { data: dir } = await gh.rest.repos.getContent({ ...repo, path: 'docs' });
    expect((dir as { path: string; type: string }[]).map((d) => `${d.type} ${d.path}`)).toEqual([
      'file docs/a.md',
      'file docs/b.md',
    ]);
    const { data: root } = await gh.rest.repos.getContent({ ...repo, path: '' });
    expect((root as { name: string }[]).map((d) => d.name)).toEqual(['README.md', 'docs']);
    const raw = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe('r\n');
  });

  it('trees build on a base tree; a null sha deletes', async () => {
    const e = await emulator({ files: { 'keep.md': 'k\n', 'drop.md': 'd\n' } });
    const gh = client(e);
    const { data: ref } = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    const { data: main } = await gh.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    const { data: tree } = await gh.rest.git.createTree({
      ...repo,
      base_tree: main.tree.sha,
      tree: [
        { path: 'drop.md', mode: '100644', type: 'blob', sha: null },
        { path: 'evidence/1.json', mode: '100644', type: 'blob', content: '{"n":1}\n' },
      ],
    });
    const { data: listed } = await gh.rest.git.getTree({ ...repo, tree_sha: tree.sha, recursive: 'true' });
    expect(listed.tree.filter((t) => t.type === 'blob').map((t) => t.path)).toEqual(['evidence/1.json', 'keep.md']);
  });

  it('refs move forward only, unless forced', async () => {
    const e = await emulator();
    const gh = client(e);
    const { data: main } = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    const { data: base } = await gh.rest.git.getCommit({ ...repo, commit_sha: main.object.sha });
    const commit = async (message: string, parents: string[]) =>
      (await gh.rest.git.createCommit({ ...repo, message, tree: base.tree.sha, parents })).data.sha;
    const a = await commit('a', [main.object.sha]);
    const sideways = await commit('b', [main.object.sha]);
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/evidence', sha: a });
    expect(await statusOf(gh.rest.git.updateRef({ ...repo, ref: 'heads/evidence', sha: sideways }))).toBe(422);
    expect(
      (await gh.rest.git.updateRef({ ...repo, ref: 'heads/evidence', sha: sideways, force: true })).data.object.sha,
    ).toBe(sideways);
    const { data: matching } = await gh.rest.git.listMatchingRefs({ ...repo, ref: 'heads/ev' });
    expect(matching.map((r) => r.ref)).toEqual(['refs/heads/evidence']);
    await gh.rest.git.deleteRef({ ...repo, ref: 'heads/evidence' });
    expect(await statusOf(gh.rest.git.getRef({ ...repo, ref: 'heads/evidence' }))).toBe(404);
    expect(await statusOf(gh.rest.git.deleteRef({ ...repo, ref: 'heads/main' }))).toBe(422);
  });

  it('lists commits newest first, by branch, path and time, with the GitHub accounts behind them', async () => {
    const e = await emulator({ files: { 'README.md': 'r\n' } });
    e.clock.advance(60_000);
    e.commitFiles({ as: 'alice', files: { 'docs/a.md': '1\n' }, message: 'first' });
    e.clock.advance(60_000);
    e.commitFiles({ as: 'dave', files: { 'README.md': 'r2\n' }, message: 'second' });
    const gh = client(e);
    const messages = async (params: Record<string, string>) =>
      (await gh.rest.repos.listCommits({ ...repo, ...params })).data.map((c) => c.commit.message);
    expect(await messages({ sha: 'main' })).toEqual(['second', 'first', 'Initial commit']);
    expect(await messages({ path: 'docs' })).toEqual(['first']);
    expect(await messages({ since: '2026-03-02T10:01:30Z' })).toEqual(['second']);
    const { data } = await gh.rest.repos.listCommits(repo);
    expect(data[0]?.author?.login).toBe('dave');
    const { data: branch } = await gh.rest.repos.getBranch({ ...repo, branch: 'main' });
    expect(branch.commit.sha).toBe(data[0]?.sha);
  });
});
