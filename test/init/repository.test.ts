// Which repository init and doctor work on: --repo, else GITHUB_REPOSITORY, else the origin remote —
// whatever form the remote URL takes.
import { describe, expect, it } from 'vitest';
import { repositoryGateway } from '../../src/init/connect.js';
import { parseRemoteUrl, parseRepository, resolveRepository } from '../../src/init/repository.js';

describe('the repository from a git remote', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'acme/shop'],
    ['https://github.com/acme/shop', 'acme/shop'],
    ['https://github.com/acme/shop/', 'acme/shop'],
    ['https://x-access-token:abc@github.com/acme/shop.git', 'acme/shop'],
    ['git@github.com:acme/shop.git', 'acme/shop'],
    ['git@github.com:acme/my.site', 'acme/my.site'],
    ['ssh://git@github.com/acme/shop.git', 'acme/shop'],
    ['ssh://git@ghe.example.com:2222/acme/shop.git', 'acme/shop'],
    ['git://github.com/acme/shop.git', 'acme/shop'],
    ['https://ghe.example.com/acme/shop.git\n', 'acme/shop'],
  ])('%s → %s', (url, expected) => {
    const repo = parseRemoteUrl(url);
    expect(repo && `${repo.owner}/${repo.repo}`).toBe(expected);
  });

  it.each([
    '/srv/git/shop.git',
    '../shop',
    'https://gitlab.com/group/sub/shop.git',
    'file:///srv/acme/shop',
    'not a url',
    '',
  ])('%s is no GitHub repository', (url) => {
    expect(parseRemoteUrl(url)).toBeNull();
  });

  it('owner/name must look like one', () => {
    expect(parseRepository('acme/shop')).toEqual({ owner: 'acme', repo: 'shop' });
    for (const bad of ['acme', 'acme/', '/shop', 'a/b/c', '-acme/shop', 'acme/..', 'ac me/shop'])
      expect(parseRepository(bad)).toBeNull();
  });
});

describe('choosing the repository', () => {
  const remote = (url: string | null) => () => Promise.resolve(url);

  it('--repo first, then GITHUB_REPOSITORY, then the remote', async () => {
    const env = { GITHUB_REPOSITORY: 'env/repo' };
    expect(await resolveRepository({ flag: 'flag/repo', env, gitRemote: remote('git@github.com:git/repo') })).toEqual({
      repo: { owner: 'flag', repo: 'repo' },
      from: '--repo',
    });
    expect(await resolveRepository({ env, gitRemote: remote('git@github.com:git/repo') })).toEqual({
      repo: { owner: 'env', repo: 'repo' },
      from: 'GITHUB_REPOSITORY',
    });
    expect(await resolveRepository({ env: {}, gitRemote: remote('git@github.com:git/repo') })).toEqual({
      repo: { owner: 'git', repo: 'repo' },
      from: 'git remote origin',
    });
  });

  it('a bad --repo is a problem; no repository at all is not', async () => {
    expect(await resolveRepository({ flag: 'nope', env: {}, gitRemote: remote(null) })).toEqual({
      repo: null,
      problem: '--repo must be "owner/name", not "nope"',
    });
    expect(await resolveRepository({ env: {}, gitRemote: remote(null) })).toEqual({ repo: null, problem: null });
    expect(await resolveRepository({ env: {}, gitRemote: () => Promise.reject(new Error('git: not found')) })).toEqual({
      repo: null,
      problem: null,
    });
  });
});

describe('a gateway to this repository, when the environment allows one', () => {
  const io = (env: Record<string, string>, remote: string | null = null) => ({
    env,
    gitRemote: () => Promise.resolve(remote),
    gateway: (repo: { owner: string; repo: string }, token: string, apiUrl: string) =>
      ({ repo, token, apiUrl }) as never,
  });

  it('needs a token and a repository', async () => {
    expect(await repositoryGateway(io({ GITHUB_REPOSITORY: 'acme/shop' }))).toBeUndefined();
    expect(await repositoryGateway(io({ GH_TOKEN: 't' }))).toBeUndefined();
    expect(await repositoryGateway(io({ GH_TOKEN: 't' }, 'git@github.com:acme/shop.git'))).toEqual({
      repo: { owner: 'acme', repo: 'shop' },
      token: 't',
      apiUrl: 'https://api.github.com',
    });
    expect(
      await repositoryGateway(
        io({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b', GITHUB_API_URL: 'https://ghe.example.com/api/v3' }),
        'x/y',
      ),
    ).toEqual({ repo: { owner: 'x', repo: 'y' }, token: 'a', apiUrl: 'https://ghe.example.com/api/v3' });
  });
});
