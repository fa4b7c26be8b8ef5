// Workflows come from .github/workflows on the default branch; their state follows GitHub's rules;
// dispatches are validated against the workflow file and recorded.
import { describe, expect, it } from 'vitest';
import { as, client, emulator, repo, statusOf } from './support.js';

const ESCALATION = `name: Escalation
on:
  schedule:
    - cron: '*/5 * * * *'
  workflow_dispatch:
    inputs:
      incident:
        required: true
      reason:
        default: manual
`;
const INTAKE = 'name: Incident intake\non:\n  issues:\n    types: [opened, labeled]\n';

describe('workflows', () => {
  it('lists the workflow files on the default branch, by id or file name', async () => {
    const e = await emulator({
      files: {
        '.github/workflows/escalation.yml': ESCALATION,
        '.github/workflows/intake.yaml': INTAKE,
        '.github/workflows/notes.txt': 'x',
      },
    });
    const gh = client(e);
    const { data } = await gh.rest.actions.listRepoWorkflows(repo);
    expect(data.total_count).toBe(2);
    expect(data.workflows.map((w) => `${w.name} ${w.path} ${w.state}`)).toEqual([
      'Escalation .github/workflows/escalation.yml active',
      'Incident intake .github/workflows/intake.yaml active',
    ]);
    const { data: byFile } = await gh.rest.actions.getWorkflow({ ...repo, workflow_id: 'escalation.yml' });
    const { data: byId } = await gh.rest.actions.getWorkflow({ ...repo, workflow_id: byFile.id });
    expect(byId.path).toBe('.github/workflows/escalation.yml');
  });

  it('a disabled workflow says so and cannot be dispatched', async () => {
    const e = await emulator({ files: { '.github/workflows/escalation.yml': ESCALATION } });
    e.disableWorkflow('escalation.yml');
    const gh = client(e);
    expect((await gh.rest.actions.getWorkflow({ ...repo, workflow_id: 'escalation.yml' })).data.state).toBe(
      'disabled_manually',
    );
    expect(
      await statusOf(
        gh.rest.actions.createWorkflowDispatch({
          ...repo,
          workflow_id: 'escalation.yml',
          ref: 'main',
          inputs: { incident: '1' },
        }),
      ),
    ).toBe(422);
    e.enableWorkflow('escalation.yml');
    expect((await gh.rest.actions.getWorkflow({ ...repo, workflow_id: 'escalation.yml' })).data.state).toBe('active');
  });

  it('GitHub disables a scheduled workflow in a public repository after 60 days without a push', async () => {
    const e = await emulator({
      visibility: 'public',
      files: { '.github/workflows/escalation.yml': ESCALATION, '.github/workflows/intake.yml': INTAKE },
    });
    const state = async (id: string) =>
      (await client(e).rest.actions.getWorkflow({ ...repo, workflow_id: id })).data.state;
    e.clock.advance(59 * 86_400_000);
    expect(await state('escalation.yml')).toBe('active');
    e.clock.advance(2 * 86_400_000);
    expect(await state('escalation.yml')).toBe('disabled_inactivity');
    expect(await state('intake.yml')).toBe('active');
    e.commitFiles({ as: 'alice', files: { 'README.md': 'activity\n' } });
    expect(await state('escalation.yml')).toBe('active');
  });

  it('records dispatches with defaults filled in, and refuses what GitHub refuses', async () => {
    const e = await emulator({
      files: { '.github/workflows/escalation.yml': ESCALATION, '.github/workflows/intake.yml': INTAKE },
    });
    const gh = client(e);
    await gh.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'escalation.yml',
      ref: 'main',
      inputs: { incident: '7' },
    });
    expect(e.dispatches).toMatchObject([
      {
        workflow: '.github/workflows/escalation.yml',
        ref: 'refs/heads/main',
        inputs: { incident: '7', reason: 'manual' },
        actor: 'github-actions[bot]',
        at: '2026-03-02T10:00:00Z',
      },
    ]);
    // A dispatch is the one event GITHUB_TOKEN causes that starts a run.
    expect(e.webhooks.at(-1)).toMatchObject({
      name: 'workflow_dispatch',
      triggersWorkflows: true,
      payload: { inputs: { incident: '7', reason: 'manual' }, workflow: '.github/workflows/escalation.yml' },
    });
    const refusal = (p: Promise<unknown>) =>
      p.catch((error: { response: { data: { message: string } } }) => error.response.data.message);
    expect(
      await refusal(gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'escalation.yml', ref: 'main' })),
    ).toBe("Required input 'incident' not provided");
    expect(
      await refusal(
        gh.rest.actions.createWorkflowDispatch({
          ...repo,
          workflow_id: 'escalation.yml',
          ref: 'main',
          inputs: { incident: '1', x: 'y' },
        }),
      ),
    ).toBe('Unexpected inputs provided: ["x"]');
    expect(
      await refusal(gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'intake.yml', ref: 'main' })),
    ).toBe("Workflow does not have 'workflow_dispatch' trigger");
    expect(
      await refusal(
        gh.rest.actions.createWorkflowDispatch({
          ...repo,
          workflow_id: 'escalation.yml',
          ref: 'nope',
          inputs: { incident: '1' },
        }),
      ),
    ).toBe('No ref found for: nope');
    expect(
      await statusOf(
        as(e, 'bob').rest.actions.createWorkflowDispatch({
          ...repo,
          workflow_id: 'escalation.yml',
          ref: 'main',
          inputs: { incident: '1' },
        }),
      ),
    ).toBe(403);
    expect(e.dispatches).toHaveLength(1);
  });

  it('the Actions tab’s "Run workflow" is a dispatch by a person', async () => {
    const e = await emulator({ files: { '.github/workflows/escalation.yml': ESCALATION } });
    const [event] = e.workflowDispatch({ workflow: 'escalation.yml', as: 'dave', inputs: { incident: '3' } });
    expect(event).toMatchObject({
      name: 'workflow_dispatch',
      sender: 'dave',
      payload: { ref: 'refs/heads/main', sender: { login: 'dave' } },
    });
    expect(() => e.workflowDispatch({ workflow: 'escalation.yml', as: 'bob', inputs: { incident: '3' } })).toThrow(
      /write/,
    );
  });
});

describe('security advisories', () => {
  it('an admin opens a draft advisory, which is recorded', async () => {
    const e = await emulator();
    const { data } = await as(e, 'alice').rest.securityAdvisories.createRepositoryAdvisory({
      ...repo,
      summary: 'Tokens in checkout logs',
      description: 'Access tokens were logged.',
      severity: 'high',
      cwe_ids: ['CWE-532'],
      vulnerabilities: [{ package: { ecosystem: 'npm', name: 'shop-checkout' } }],
    });
    expect(data).toMatchObject({
      state: 'draft',
      severity: 'high',
      summary: 'Tokens in checkout logs',
      author: { login: 'alice' },
    });
    expect(data.ghsa_id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
    expect(e.advisories.map((a) => a.ghsaId)).toEqual([data.ghsa_id]);
    expect(
      await statusOf(
        as(e, 'dave').rest.securityAdvisories.createRepositoryAdvisory({
          ...repo,
          summary: 's',
          description: 'd',
          vulnerabilities: [],
        }),
      ),
    ).toBe(403);
  });
});
