// `firebreak validate` (and doctor) warn about a runbook whose `workflow:` `/runbook run` cannot
// dispatch: the jobs that run commands lack `actions: write` (the shipped default), or the workflow is
// missing or would refuse the dispatch. And the harness reads each job's permissions as GitHub applies them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { checkContext } from '../../src/config/validate-checks.js';
import {
  runbookDispatchCheck,
  runbookDispatchProblems,
  type WorkflowFile,
} from '../../src/config/workflow-permissions.js';
import { locatorFor } from '../../src/config/yaml-locator.js';
import { parseWorkflow } from '../../simulator/harness/workflows.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shipped = (file: string): WorkflowFile => ({
  file,
  text: readFileSync(`${root}examples/workflows/${file}`, 'utf8'),
});
const enabled = (w: WorkflowFile): WorkflowFile => ({
  ...w,
  text: w.text.replace('      actions: read\n', '      actions: write\n'),
});
const RESTART = {
  file: 'restart-db.yml',
  text: 'on:\n  workflow_dispatch:\n    inputs:\n      incident: {required: true}\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
};
const CONFIG = 'runbooks:\n  database:\n    workflow: restart-db.yml\n';
const config = (text = CONFIG) => loadConfig(text, '.github/firebreak.yml').config;
const messages = (files: WorkflowFile[], text = CONFIG) =>
  runbookDispatchProblems(config(text), files).map((p) => `${p.segments.join('.')}: ${p.message}`);

describe('runbook dispatch warnings', () => {
  it('the shipped workflows: the incident job lacks actions: write (the sweep has it, to pause itself)', () => {
    expect(messages([shipped('incident.yml'), shipped('escalation.yml'), shipped('postmortem.yml'), RESTART])).toEqual([
      'runbooks.database.workflow: `/runbook run database` dispatches restart-db.yml, but job `incident` in .github/workflows/incident.yml does not grant `actions: write`, so GitHub refuses the dispatch (403); grant `actions: write` in its permissions (docs/workflows.md#enabling-runbook-run)',
    ]);
  });

  it('actions: write granted: nothing to say; a sweep job without it is named', () => {
    expect(
      messages([enabled(shipped('incident.yml')), shipped('escalation.yml'), shipped('postmortem.yml'), RESTART]),
    ).toEqual([]);
    const bare = { ...shipped('escalation.yml') };
    bare.text = bare.text.replace(/\n\s+actions: write/, '');
    expect(messages([enabled(shipped('incident.yml')), bare, RESTART])).toEqual([
      'runbooks.database.workflow: `/runbook run database` dispatches restart-db.yml, but job `sweep` in .github/workflows/escalation.yml does not grant `actions: write`, so GitHub refuses the dispatch (403); grant `actions: write` in its permissions (docs/workflows.md#enabling-runbook-run)',
    ]);
  });

  it('no runbook with a workflow, or no workflows read: nothing', () => {
    expect(messages([shipped('incident.yml'), RESTART], 'runbooks:\n  database: {steps: [Look]}\n')).toEqual([]);
    expect(messages([])).toEqual([]);
  });

  it('workflows without permissions run with the repository default, which this cannot know: no warning', () => {
    const legacy = {
      file: 'incident.yml',
      text: 'on: [issues, issue_comment]\njobs:\n  incident:\n    runs-on: ubuntu-latest\n    steps: [{uses: firebreak-dev/firebreak@v1}]\n',
    };
    expect(messages([legacy, RESTART])).toEqual([]);
  });

  it('the dispatched workflow: missing, without workflow_dispatch, without the incident input, with another required input', () => {
    const ok = [enabled(shipped('incident.yml')), enabled(shipped('escalation.yml'))];
    const target = (text: string) => messages([...ok, { file: 'restart-db.yml', text }]);
    expect(messages(ok)).toEqual([
      'runbooks.database.workflow: `/runbook run database` cannot dispatch restart-db.yml: there is no .github/workflows/restart-db.yml',
    ]);
    expect(target('on: push\njobs: {}\n')).toEqual([
      'runbooks.database.workflow: `/runbook run database` cannot dispatch restart-db.yml: it has no `workflow_dispatch` trigger',
    ]);
    expect(target('on: workflow_dispatch\njobs: {}\n')).toEqual([
      'runbooks.database.workflow: `/runbook run database` cannot dispatch restart-db.yml: its `workflow_dispatch` declares no `incident` input, and GitHub refuses inputs a workflow does not declare',
    ]);
    expect(
      target(
        'on:\n  workflow_dispatch:\n    inputs:\n      incident: {}\n      region: {required: true}\n      dry: {required: true, default: "no"}\njobs: {}\n',
      ),
    ).toEqual([
      'runbooks.database.workflow: `/runbook run database` cannot dispatch restart-db.yml: its `workflow_dispatch` requires `region` without a default, and Firebreak passes only `incident`',
    ]);
  });

  it("as a validate check: a warning at the runbook's workflow line", async () => {
    const check = runbookDispatchCheck(() => [shipped('incident.yml'), enabled(shipped('escalation.yml')), RESTART]);
    const context = checkContext(
      { config: config(), text: CONFIG, path: '.github/firebreak.yml', now: new Date('2026-03-02T10:00:00Z') },
      locatorFor(CONFIG),
    );
    const [problem, ...rest] = await check(context);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', path: 'runbooks.database.workflow', line: 3, column: 15 });
    expect(problem?.message).toContain(
      'job `incident` in .github/workflows/incident.yml does not grant `actions: write`',
    );
  });
});

describe('the harness reads job permissions as GitHub applies them', () => {
  const jobs = (text: string) =>
    Object.fromEntries(parseWorkflow('w.yml', text).jobs.map((j) => [j.id, j.permissions]));
  const job = (id: string, permissions?: string) =>
    `  ${id}:\n    runs-on: ubuntu-latest\n${permissions === undefined ? '' : `    permissions: ${permissions}\n`}    steps: [{uses: firebreak-dev/firebreak@v1}]\n`;

  it("a job's own replace the workflow's; none anywhere is the repository default (null)", () => {
    expect(
      jobs(
        `on: push\npermissions: {issues: write}\njobs:\n${job('a')}${job('b', '{contents: read}')}${job('c', '{}')}`,
      ),
    ).toEqual({ a: { issues: 'write' }, b: { contents: 'read' }, c: {} });
    expect(jobs(`on: push\njobs:\n${job('a')}`)).toEqual({ a: null });
  });

  it('read-all and write-all grant every scope', () => {
    const { a, b } = jobs(`on: push\npermissions: read-all\njobs:\n${job('a')}${job('b', 'write-all')}`);
    expect(a?.issues).toBe('read');
    expect(b?.actions).toBe('write');
    expect(Object.keys(b ?? {})).toContain('checks');
  });
});
