// End to end: the `firebreak simulate` command of the built CLI (dist/cli.js) — the transcript's line per
// run, the scenario check that runs before anything, and a package that holds nothing but dist/.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './kit.js';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; entry?: string } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [options.entry ?? join(root, 'dist/cli.js'), 'simulate', ...args],
      { cwd: options.cwd ?? root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const temporary: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-simulate-cli-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('firebreak simulate --transcript', () => {
  it('says per run what Firebreak did: the EM paged, carol’s /resolve refused, the postmortem pull request opened', async () => {
    const { code, stdout } = await cli(['examples/demo.yml', '--transcript']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const line = (text: string) => lines.find((l) => l.includes(text));
    expect(line('paged On-call Engineer (alice')).toMatch(
      /^ {2}incident\.yml on issues\.opened: exit 0 · commented internal alert, summary · .*labelled .*severity:P1.* · assigned alice · /,
    );
    expect(line('paged Engineering Manager')).toMatch(
      /^ {2}escalation\.yml on schedule: exit 0 · commented escalation · /,
    );
    expect(line('refused /resolve from carol (needs write)')).toMatch(
      /^ {2}incident\.yml on issue_comment\.created: exit 0 · /,
    );
    expect(line('opened pull request #2')).toContain('closed #1 · resolved by alice');
    expect(line('cancelled (replaced while pending)')).toBeDefined();
    expect(stdout).not.toContain('firebreak/state');
  });
});

describe('the scenario check', () => {
  it('reports every problem with file:line:column and exits 2 before any step runs', async () => {
    const demo = readFileSync(join(root, 'examples/demo.yml'), 'utf8');
    const bad = demo
      .replace('what-happened: |', 'what-hapened: |')
      .replace('comment: { issue: 1, as: alice, body: "/ack" }', 'comment: { issue: 1, as: alcie, body: "/ack" }')
      .replace('detection: Customer report', 'detection: Customer reprot');
    const dir = tempDir();
    writeFileSync(join(dir, 'scenario.yml'), bad);
    const { code, stdout, stderr } = await cli(['scenario.yml', '--transcript'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lineOf = (text: string) => bad.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(stderr).toContain(
      `scenario.yml:${lineOf('what-hapened')}:9: step 1: incident.yml has no field \`what-hapened\` (did you mean \`what-happened\`?)`,
    );
    expect(stderr).toContain(
      `scenario.yml:${lineOf('Customer reprot')}:20: step 1: detection: "Customer reprot" is not an option (did you mean "Customer report"?)`,
    );
    expect(stderr).toContain(
      `scenario.yml:${lineOf('alcie')}:30: step 4: alcie is not in users (did you mean \`alice\`?)`,
    );
    expect(stderr).toContain(
      'warning: step 1: incident.yml: required field what-happened (What happened?) not answered',
    );
    expect(stderr).toContain('firebreak simulate: 3 problems in scenario.yml; nothing was run.');
    expect(stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
  });

  it('a step the parser rejects is located too', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'scenario.yml'),
      'users: { alice: write }\nsteps:\n  - sweep: {}\n  - comment: { issue: 1, body: hi }\n',
    );
    const { code, stderr } = await cli(['scenario.yml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('scenario.yml:4:5: step 2: comment needs "as"');
  });
});

describe('an installed package', () => {
  it('simulates with nothing but dist/ and package.json: the forms and workflows are in the bundle', async () => {
    const project = tempDir();
    const pkg = join(project, 'node_modules/firebreak');
    cpSync(join(root, 'dist'), join(pkg, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
    writeFileSync(join(project, 'demo.yml'), readFileSync(join(root, 'examples/demo.yml'), 'utf8'));
    const { code, stdout, stderr } = await cli(['demo.yml', '--transcript'], {
      cwd: project,
      entry: join(pkg, 'dist/cli.js'),
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('paged Engineering Manager (Secondary)');
    expect(stdout).toContain('opened pull request #2');
  });
});
