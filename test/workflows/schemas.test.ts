// action.yml and every workflow we ship, run or generate match SchemaStore's schemas for action
// metadata and workflows (the ones editors use; test/fixtures/schemas/SOURCE names the snapshot). And
// each schema really rejects a broken file.
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { filesToInstall } from '../../src/init/install.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;
// SchemaStore's schemas use keywords and patterns ajv's strict mode rejects; they are draft-07.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const schema = (name: string): ValidateFunction =>
  ajv.compile(JSON.parse(readFileSync(`${root}test/fixtures/schemas/${name}`, 'utf8')) as object);
const actionSchema = schema('github-action.json');
const workflowSchema = schema('github-workflow.json');

const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const yamlFiles = (dir: string): string[] =>
  readdirSync(`${root}${dir}`)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);

/** YAML 1.2, as GitHub reads these files (`on` is a key, not the boolean true). */
const data = (text: string): unknown => parse(text);

function problems(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

const WORKFLOWS: [string, string][] = [
  ...yamlFiles('.github/workflows').map((path): [string, string] => [path, read(path)]),
  ...yamlFiles('examples/workflows').map((path): [string, string] => [path, read(path)]),
  ...filesToInstall({
    repository: { owner: 'acme', repo: 'shop' },
    webUrl: 'https://github.com',
    actionRef: '0123456789abcdef0123456789abcdef01234567',
  })
    .filter((f) => f.path.startsWith('.github/workflows/'))
    .map((f): [string, string] => [`init --ref: ${f.path}`, f.content]),
];

describe('SchemaStore schemas', () => {
  it('action.yml matches the action metadata schema', () => {
    expect(problems(actionSchema, data(read('action.yml')))).toEqual([]);
  });

  it('covers every workflow in .github/workflows and examples/workflows', () => {
    const names = WORKFLOWS.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        'examples/workflows/incident.yml',
        'examples/workflows/escalation.yml',
        'examples/workflows/postmortem.yml',
      ]),
    );
    expect(names.filter((n) => n.startsWith('init'))).toHaveLength(3);
  });

  it.each(WORKFLOWS)('%s matches the workflow schema', (_name, text) => {
    expect(problems(workflowSchema, data(text))).toEqual([]);
  });
});

describe('each schema rejects a broken file', () => {
  const action = data(read('action.yml')) as Record<string, unknown> & { runs: Record<string, unknown> };

  it('action metadata: an unknown runtime, no runs, an unknown top-level key', () => {
    expect(problems(actionSchema, { ...action, runs: { ...action.runs, using: 'node18' } })).not.toEqual([]);
    const { runs: _runs, ...withoutRuns } = action;
    expect(problems(actionSchema, withoutRuns)).not.toEqual([]);
    expect(problems(actionSchema, { ...action, output: {} })).not.toEqual([]);
  });

  it('workflows: no jobs, a job without runs-on, a step with both run and uses, an unknown event', () => {
    const bad = [
      'on: push\n',
      'on: push\njobs:\n  a:\n    steps: [{run: make}]\n',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n',
      'on: [pushed]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
    ];
    for (const text of bad) expect(problems(workflowSchema, data(text)), text).not.toEqual([]);
    expect(
      problems(workflowSchema, data('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n')),
    ).toEqual([]);
  });
});
