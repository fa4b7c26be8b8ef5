// `firebreak init` for real: a git checkout on disk whose origin is acme/shop, the emulator as GitHub,
// and the CLI's own wiring (node file system, `git remote get-url origin`, the Octokit gateway).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInitCommand } from '../../src/cli/init.js';
import { EMBEDDED_FILES } from 'firebreak-generated:installed-files';
import { nodeSetupIO } from '../../src/init/node-io.js';
import { emulator, labelsOf } from './support.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function checkout(remote: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-init-'));
  dirs.push(dir);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  if (remote) execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: dir });
  return dir;
}

describe('firebreak init in a git checkout', () => {
  it('finds the repository from origin, writes the files and creates the labels', async () => {
    const e = await emulator();
    const dir = checkout('git@github.com:acme/shop.git');
    writeFileSync(join(dir, 'README.md'), '# shop\n');
    const out: string[] = [];
    const io = {
      ...nodeSetupIO(dir),
      env: { GITHUB_TOKEN: e.botToken, GITHUB_API_URL: e.url },
      stdout: (t: string) => void out.push(t),
    };
    expect(await runInitCommand([], io)).toBe(0);
    expect(out[0]).toBe('Setting up Firebreak for acme/shop (from git remote origin).');
    for (const file of EMBEDDED_FILES) {
      const text = readFileSync(join(dir, file.path), 'utf8');
      if (file.path.endsWith('config.yml'))
        expect(text).toContain('https://github.com/acme/shop/security/advisories/new');
      else expect(text).toBe(file.content);
    }
    expect((await labelsOf(e)).map((l) => l.name)).toContain('severity:P0');

    const again: string[] = [];
    expect(await runInitCommand(['--no-labels'], { ...io, stdout: (t: string) => void again.push(t) })).toBe(0);
    expect(again.filter((line) => /^ {2}up to date {2}/.test(line))).toHaveLength(EMBEDDED_FILES.length);
  });

  it('without a remote still writes the files', async () => {
    const dir = checkout(null);
    const out: string[] = [];
    expect(await runInitCommand([], { ...nodeSetupIO(dir), env: {}, stdout: (t: string) => void out.push(t) })).toBe(0);
    expect(readFileSync(join(dir, '.github/firebreak.yml'), 'utf8')).toBe(
      EMBEDDED_FILES.find((f) => f.path === '.github/firebreak.yml')?.content,
    );
    expect(out.join('\n')).toContain('repository unknown');
  });
});
