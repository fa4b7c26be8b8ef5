// The `firebreak` command as a user meets it: every command answers --help with exit 0 and examples,
// --version, "did you mean" for a mistyped command, exit 2 for usage mistakes — in the built bundle too.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { COMMAND_SPECS } from '../../src/cli/specs.js';
import { VERSION } from '../../src/version.js';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

function bundle(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...argv],
      { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', ...options.env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}

describe('firebreak', () => {
  it.each(COMMAND_SPECS.map((s) => s.name))('%s --help exits 0 with usage, options and examples', async (name) => {
    const result = await run(...name.split(' '), '--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^Usage: firebreak ${name} `));
    expect(result.out).toContain('\nOptions:\n');
    expect(result.out).toContain('  -h, --help');
    expect(result.out).toMatch(/\nExamples:\n {2}firebreak /);
    expect(result.err).toBe('');
  });

  it('lists every command in its own help, and prints the version', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const spec of COMMAND_SPECS) expect(help.out).toContain(`  ${spec.name} `);
    expect(await run('--version')).toEqual({ code: 0, out: `firebreak ${VERSION}\n`, err: '' });
    expect((await run('-V')).out).toBe(`firebreak ${VERSION}\n`);
    expect((await run('help', 'validate')).out).toMatch(/^Usage: firebreak validate/);
  });

  it('a mistyped command gets a "did you mean" and exit 2; no command is a usage error', async () => {
    expect(await run('valdate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "valdate". Did you mean "validate"?'),
    });
    expect((await run()).code).toBe(2);
  });

  it('groups answer --help and refuse unknown subcommands', async () => {
    expect(await run('form', '--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('firebreak form parse'),
    });
    expect(await run('postmortem', 'publish')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown subcommand "publish"'),
    });
    expect((await run('evidence')).code).toBe(2);
  });

  it('an unknown option is exit 2 with a pointer to the help', async () => {
    expect(await run('report', '--bogus')).toMatchObject({
      code: 2,
      err: 'firebreak report: unknown option --bogus\nRun `firebreak report --help` for usage and examples.\n',
    });
  });
});

describe('the built bundle', () => {
  it('answers --version and --help, and validate of a missing path exits 2', async () => {
    expect(await bundle(['--version'])).toMatchObject({ code: 0, out: `firebreak ${VERSION}\n` });
    for (const name of ['emulator', 'form', 'postmortem lint', 'simulate', 'init'])
      expect((await bundle([...name.split(' '), '--help'])).code, name).toBe(0);
    const missing = await bundle(['validate', 'missing.yml'], { cwd: tmpdir() });
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('no such file: missing.yml') });
  });

  it('uses ASCII marks where the locale cannot show ✓ and ✗, and no colour off a terminal or with NO_COLOR', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'firebreak-cli-'));
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, '.github/firebreak.yml'), 'default-severity: P9\n');
    const ascii = await bundle(['validate'], { cwd: dir, env: { LANG: 'C' } });
    expect(ascii.code).toBe(1);
    expect(ascii.out).not.toContain('\u001b[');
    const noColor = await bundle(['preview'], { cwd: dir, env: { NO_COLOR: '1', LANG: 'C.UTF-8' } });
    expect(noColor.out).not.toContain('\u001b[');
  });

  it('postmortem lint takes folders and globs, and names what matched nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'firebreak-lint-'));
    await mkdir(join(dir, 'docs/postmortems/2026'), { recursive: true });
    await writeFile(join(dir, 'docs/postmortems/README.md'), '# Postmortems\n');
    await writeFile(join(dir, 'docs/postmortems/2026/a.md'), '# not a postmortem\n');
    const folder = await bundle(['postmortem', 'lint', 'docs/postmortems/'], { cwd: dir });
    expect(folder.code).toBe(1);
    expect(folder.out).toContain('docs/postmortems/2026/a.md:1: error:');
    expect(folder.err).toContain('in 1 postmortem');
    const glob = await bundle(['postmortem', 'lint', 'docs/postmortems/**/*.md'], { cwd: dir });
    expect(glob.out).toContain('docs/postmortems/2026/a.md:1: error:');
    const none = await bundle(['postmortem', 'lint', 'docs/nothing/*.md'], { cwd: dir });
    expect(none).toMatchObject({
      code: 1,
      err: expect.stringContaining('docs/nothing/*.md: no file matches the pattern'),
    });
    expect(none.err).toContain('Nothing was checked');
  });
});
