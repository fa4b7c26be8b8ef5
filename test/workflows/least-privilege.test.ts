// The documented permissions are enough, and they are what GitHub enforces: the built action runs on the
// emulator with GITHUB_TOKEN scoped to each job's `permissions:` (the emulator refuses a write the token's
// scopes do not cover with GitHub's 403, "Resource not accessible by integration"). A whole incident
// goes through the shipped workflows: filing, `/runbook run` refused until `actions: write` is
// uncommented, resolution opening the postmortem pull request, the sweep and the report, the read-only
// postmortem check and the merge. And a sweep that finishes an incident run's left-over postmortem
// needs `pull-requests: write` — which escalation.yml did not have before.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  startEmulator,
  type Emulator,
  type Scope,
  type ScopeLevel,
  type WebhookEvent,
} from '../../simulator/emulator/index.js';
import { parseFormTemplate, renderIssueFormBody } from '../../src/forms/index.js';
import { runAction, type ActionResult } from '../../simulator/harness/run-action.js';
import {
  parseWorkflow,
  plannedSteps,
  triggers,
  type Permissions,
  type Workflow,
} from '../../simulator/harness/workflows.js';
import { installedFiles } from '../../simulator/simulate/installed.js';
import { PERMISSIONS } from './shipped.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REPOSITORY = 'acme/shop';
const REFUSED = 'Resource not accessible by integration';
const meta = parse(readFileSync(`${root}action.yml`, 'utf8')) as { inputs: Record<string, { default?: string }> };

/** The emulator's token scopes for a job's `permissions:` (what it does not list, the token cannot do). */
function tokenScopes(permissions: Permissions): Record<Scope, ScopeLevel> {
  const level = (scope: string): ScopeLevel => permissions?.[scope] ?? 'none';
  return {
    issues: level('issues'),
    pull_requests: level('pull-requests'),
    contents: level('contents'),
    actions: level('actions'),
    checks: level('checks'),
    repository_advisories: 'none',
    workflows: 'none',
  };
}

interface Run {
  workflow: string;
  job: string;
  event: string;
  action?: string;
  scopes: Record<Scope, ScopeLevel>;
  result: ActionResult;
}

/** A repository with Firebreak installed, where each event runs the triggered jobs with their own token scopes. */
class Repository {
  readonly runs: Run[] = [];
  private runId = 1;
  private constructor(
    readonly e: Emulator,
    private readonly scopes: Record<Scope, ScopeLevel>,
  ) {}

  static async start(files: Record<string, string>): Promise<Repository> {
    // The emulator reads the bot's scopes from this object on every request: each job sets its own.
    const scopes = tokenScopes({});
    const e = await startEmulator({
      repository: REPOSITORY,
      start: '2026-03-02T10:00:00Z',
      users: { alice: 'write', carol: 'read' },
      files: { ...installedFiles(), ...files },
      bot: { scopes },
    });
    return new Repository(e, scopes);
  }

  /** The runs one event starts, and the runs their workflow_dispatch events start. */
  async deliver(events: readonly WebhookEvent[]): Promise<Run[]> {
    const started: Run[] = [];
    for (const event of events) {
      if (!event.triggersWorkflows) continue;
      for (const workflow of this.workflows().filter((w) => triggers(w, this.info(event)))) {
        const ctx = {
          github: { event: event.payload, event_name: event.name, repository: REPOSITORY, token: this.e.botToken },
          secrets: {},
          inputs: event.payload.inputs ?? {},
          env: {},
          vars: {},
        };
        // Jobs are separate runners with separate tokens: one failing does not stop the others.
        for (const step of plannedSteps(workflow, ctx)) {
          Object.assign(this.scopes, tokenScopes(step.permissions));
          const before = this.e.webhooks.length;
          const result = await runAction({
            entry: `${root}dist/simulator-action.js`,
            eventName: event.name,
            payload: event.payload,
            repository: REPOSITORY,
            apiUrl: this.e.url,
            inputs: { ...this.defaults(), ...step.inputs },
            env: Object.fromEntries(Object.entries(step.env).filter(([, v]) => v !== '')),
            workflow: workflow.name,
            runId: this.runId++,
            actor: event.sender,
            now: this.e.clock.now(),
            watchUntil: this.e.clock.now(),
          });
          const run: Run = {
            workflow: workflow.file,
            job: step.job,
            event: event.name,
            ...(event.action ? { action: event.action } : {}),
            scopes: { ...this.scopes },
            result,
          };
          this.runs.push(run);
          started.push(run, ...(await this.deliver(this.e.webhooks.slice(before))));
        }
      }
    }
    return started;
  }

  /** action.yml's defaults, as the runner passes them; repo-token is the job's GITHUB_TOKEN. */
  private defaults(): Record<string, string> {
    const values = Object.fromEntries(
      Object.entries(meta.inputs).map(([name, input]) => [name, String(input.default ?? '')]),
    );
    return { ...values, 'repo-token': this.e.botToken };
  }

  private workflows(): Workflow[] {
    return Object.entries(this.e.snapshot().branches.main ?? {})
      .filter(([path]) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
      .map(([path, text]) => parseWorkflow(path.slice('.github/workflows/'.length), text));
  }

  private info(event: WebhookEvent) {
    const pull = event.payload.pull_request as { number?: number } | undefined;
    const changedFiles = pull?.number
      ? Object.keys(this.e.snapshot().pulls.find((p) => p.number === pull.number)?.files ?? {})
      : undefined;
    const workflow =
      typeof event.payload.workflow === 'string'
        ? event.payload.workflow.replace(/^\.github\/workflows\//, '')
        : undefined;
    return {
      eventName: event.name,
      payload: event.payload,
      ...(changedFiles ? { changedFiles } : {}),
      ...(workflow ? { dispatchedWorkflow: workflow } : {}),
    };
  }

  fileIncident(as: string, title: string): WebhookEvent[] {
    const template = parseFormTemplate(this.e.snapshot().branches.main?.['.github/ISSUE_TEMPLATE/incident.yml'] ?? '');
    const body = renderIssueFormBody(template, {
      'what-happened': 'Checkout returns errors for everyone in the EU.',
      severity: 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident',
      workaround: 'No',
    });
    return this.e.openIssue({
      as,
      title: `${template.title ?? ''}${title}`,
      body,
      labels: template.labels,
      template: true,
    });
  }

  comment(as: string, body: string): Promise<Run[]> {
    return this.deliver(this.e.comment({ as, issue: 1, body }));
  }

  /** The schedule, 5 minutes on. */
  sweep(): Promise<Run[]> {
    this.e.clock.advance(5 * 60_000);
    return this.deliver([this.e.schedule({ workflow: 'escalation.yml' })]);
  }

  /** The bot's comments on #1 from the index-th comment on. */
  repliesSince(index: number): string[] {
    return (this.e.snapshot().issues.find((i) => i.number === 1)?.comments ?? [])
      .slice(index)
      .filter((c) => c.author === 'github-actions[bot]')
      .map((c) => c.body);
  }

  comments(): number {
    return this.e.snapshot().issues.find((i) => i.number === 1)?.comments.length ?? 0;
  }
}

const ON_CALL = `rotations:
  on-call:
    time-zone: UTC
    layers:
      - {name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}
`;

/** A runbook workflow `/runbook run database` can dispatch. */
const RESTART_DB = `name: Restart the database pool
on:
  workflow_dispatch:
    inputs:
      incident: {description: The incident, required: true}
permissions: {}
jobs:
  restart:
    runs-on: ubuntu-latest
    steps:
      - run: echo "restarting the pool"
`;

const log = (run: Run | undefined): string => `${run?.result.stdout ?? ''}${run?.result.stderr ?? ''}`;
const only = (runs: Run[], job: string): Run | undefined => {
  expect(runs.map((r) => r.job)).toEqual([job]);
  return runs[0];
};

let repo: Repository | null = null;
afterEach(async () => {
  await repo?.e.close();
  repo = null;
});

describe('each job, with exactly its documented token scopes', () => {
  it('carries an incident from filing to the merged postmortem; /runbook run needs the line uncommented', async () => {
    repo = await Repository.start({
      '.github/firebreak.yml': `${ON_CALL}runbooks:\n  database: {workflow: restart-db.yml}\n`,
      '.github/workflows/restart-db.yml': RESTART_DB,
    });
    const r = repo;

    // Filed: triaged by the incident job.
    const filed = await r.deliver(r.fileIncident('carol', 'Checkout fails'));
    expect(filed.length).toBeGreaterThan(0);
    for (const run of filed) {
      expect(run.job).toBe('incident');
      expect(run.scopes).toMatchObject({ issues: 'write', contents: 'write', pull_requests: 'write', actions: 'read' });
      expect(run.result.exitCode, log(run)).toBe(0);
    }
    const triaged = r.e.snapshot().issues[0];
    expect(triaged?.labels).toContain('severity:P1');
    expect(triaged?.assignees).toEqual(['alice']);

    // /runbook run without actions: write: GitHub refuses the dispatch, the run fails and says why.
    const refused = only(await r.comment('alice', '/runbook run database'), 'incident');
    expect(refused?.result.exitCode).toBe(1);
    expect(log(refused)).toContain(REFUSED);
    expect(r.e.dispatches).toHaveLength(0);

    // Uncommented (and pushed to the default branch): the same command dispatches the runbook's workflow.
    const incidentYml = r.e.snapshot().branches.main?.['.github/workflows/incident.yml'] ?? '';
    expect(incidentYml).toContain('      actions: read\n');
    r.e.push({
      as: 'alice',
      branch: 'main',
      files: {
        '.github/workflows/incident.yml': incidentYml.replace('      actions: read\n', '      actions: write\n'),
      },
      message: 'Firebreak: /runbook run',
    });
    const before = r.comments();
    const dispatched = await r.comment('alice', '/runbook run database');
    expect(dispatched[0]?.scopes.actions).toBe('write');
    expect(dispatched[0]?.result.exitCode, log(dispatched[0])).toBe(0);
    expect(r.e.dispatches.map((d) => [d.workflow, d.inputs])).toEqual([
      ['.github/workflows/restart-db.yml', { incident: '1' }],
    ]);
    expect(r.repliesSince(before).join('\n')).toContain('dispatched workflow `restart-db.yml`');

    // Resolved: the postmortem branch, file and pull request, with contents and pull-requests write.
    const resolved = only(await r.comment('alice', '/resolve rolled back the deploy'), 'incident');
    expect(resolved?.result.exitCode, log(resolved)).toBe(0);
    const pull = r.e.snapshot().pulls[0];
    expect(pull?.head).toBe('postmortem/incident-1');
    // The incident job's pushes start no workflows, so it writes the check run itself (checks: write).
    expect(resolved?.scopes.checks).toBe('write');
    expect(pull?.checks?.map((c) => [c.name, c.conclusion])).toEqual([['Firebreak postmortem', 'failure']]);

    // The scheduled sweep and "Run workflow" (a sweep and the read-only report).
    const swept = only(await r.sweep(), 'sweep');
    expect(swept?.scopes).toMatchObject({
      issues: 'write',
      contents: 'write',
      pull_requests: 'write',
      actions: 'write', // it pauses escalation.yml while nothing is due
    });
    expect(swept?.result.exitCode, log(swept)).toBe(0);
    // Nothing is due any more, so that sweep paused escalation.yml; a person enables it to "Run workflow".
    expect(r.e.workflowState('escalation.yml')).toBe('disabled_manually');
    r.e.enableWorkflow('escalation.yml');
    const byHand = await r.deliver(r.e.workflowDispatch({ as: 'alice', workflow: 'escalation.yml' }));
    expect(byHand.map((run) => [run.job, run.result.exitCode])).toEqual([
      ['sweep', 0],
      ['report', 0],
    ]);
    expect(byHand[1]?.scopes).toMatchObject({
      issues: 'none',
      contents: 'read',
      pull_requests: 'none',
      actions: 'none',
    });
    expect(byHand[1]?.result.summary).toContain('Incidents');
    // The wake job (an incident run sends firebreak-wake): nothing is due, so it leaves the sweeps as they are.
    const daily = only(
      await r.deliver(
        r.e.repositoryDispatch({ as: 'alice', eventType: 'firebreak-wake', clientPayload: { incident: 1 } }),
      ),
      'wake',
    );
    expect(daily?.scopes).toMatchObject({ issues: 'write', contents: 'write', actions: 'write' });
    expect(daily?.result.exitCode, log(daily)).toBe(0);
    // The alert job (a monitoring tool sends firebreak-alert): it opens an incident with its own scopes.
    // (escalation.yml is paused and the new incident has a page due: the alert run sends firebreak-wake too.)
    const alertRuns = await r.deliver(
      r.e.repositoryDispatch({
        as: 'alice',
        eventType: 'firebreak-alert',
        clientPayload: { title: 'Queue depth high', status: 'firing', key: 'queue', severity: 'warning' },
      }),
    );
    expect(alertRuns.map((run) => run.job)).toEqual(['alert', 'wake']);
    const paged = alertRuns[0];
    expect(paged?.scopes).toMatchObject({ issues: 'write', contents: 'write', actions: 'read' });
    expect(paged?.result.exitCode, log(paged)).toBe(0);

    // A push to the postmortem pull request: the check reads with a read-only token; the lint fails it
    // (the other sections are still placeholders), not GitHub.
    const branch = r.e.snapshot().branches['postmortem/incident-1'] ?? {};
    const [path, content] = Object.entries(branch).find(
      ([p]) => /^docs\/postmortems\/.+\.md$/.test(p) && !p.endsWith('README.md'),
    ) ?? ['', ''];
    const items = content.replace(
      /_TODO: one line per action item[^\n]*/,
      '- [ ] Alert on checkout error rate (@alice)',
    );
    expect(items).not.toBe(content);
    const checked = only(
      await r.deliver(
        r.e.push({ as: 'alice', branch: 'postmortem/incident-1', files: { [path]: items }, message: 'Action items' })
          .events,
      ),
      'check',
    );
    expect(checked?.action).toBe('synchronize');
    expect(checked?.scopes).toMatchObject({ issues: 'none', contents: 'read', pull_requests: 'read', actions: 'none' });
    expect(checked?.result.outputs.result).toBe('failed');
    expect(checked?.scopes.checks).toBe('write');
    expect(r.e.snapshot().pulls[0]?.checks?.map((c) => c.conclusion)).toEqual(['failure', 'failure']);
    expect(log(checked)).toContain('not ready to merge');
    expect(log(checked)).not.toContain(REFUSED);

    // Merged: action item issues, their links in the postmortem and the learnings index.
    const merged = only(await r.deliver(r.e.mergePull({ as: 'alice', pull: pull?.number ?? 0 })), 'merged');
    expect(merged?.scopes).toMatchObject({
      issues: 'write',
      contents: 'write',
      pull_requests: 'read',
      actions: 'none',
    });
    expect(merged?.result.exitCode, log(merged)).toBe(0);
    expect(
      r.e
        .snapshot()
        .issues.filter((i) => i.labels.includes('postmortem-action'))
        .map((i) => i.title),
    ).toEqual(['Postmortem action (#1): Alert on checkout error rate']);
    expect(r.e.snapshot().branches.main?.['docs/postmortems/README.md']).toContain('[#1]');

    // Nothing any job did was refused for want of a permission, except the one dispatch above.
    expect(r.runs.filter((run) => log(run).includes(REFUSED))).toEqual([refused]);
    expect(new Set(r.runs.map((run) => `${run.workflow}/${run.job}`))).toEqual(
      new Set(Object.entries(PERMISSIONS).flatMap(([file, jobs]) => Object.keys(jobs).map((job) => `${file}/${job}`))),
    );
  });

  it('a sweep finishes the postmortem pull request an incident run left: it needs pull-requests: write', async () => {
    repo = await Repository.start({ '.github/firebreak.yml': ON_CALL });
    const r = repo;
    await r.deliver(r.fileIncident('carol', 'Checkout fails'));
    // GitHub fails every attempt to open the pull request while the incident is resolved.
    r.e.faults.add({ kind: 'status5xx', status: 502, route: 'POST /repos/{owner}/{repo}/pulls', times: Infinity });
    const resolved = only(await r.comment('alice', '/resolve rolled back'), 'incident');
    expect(r.e.snapshot().issues[0]?.state).toBe('closed');
    expect(r.e.snapshot().pulls).toHaveLength(0);
    expect(log(resolved)).toContain('POST /repos/{owner}/{repo}/pulls: Server Error');
    r.e.faults.clear();

    // With the permissions escalation.yml used to have (no pull-requests), the sweep cannot open it.
    const escalation = r.e.snapshot().branches.main?.['.github/workflows/escalation.yml'] ?? '';
    const old = escalation.replace(/\n {6}pull-requests: write[^\n]*/, '');
    expect(old).not.toBe(escalation);
    r.e.push({
      as: 'alice',
      branch: 'main',
      files: { '.github/workflows/escalation.yml': old },
      message: 'the old permissions',
    });
    const without = only(await r.sweep(), 'sweep');
    expect(without?.scopes.pull_requests).toBe('none');
    expect(log(without)).toContain(REFUSED);
    expect(r.e.snapshot().pulls).toHaveLength(0);

    // With the shipped ones, the next sweep does.
    r.e.push({
      as: 'alice',
      branch: 'main',
      files: { '.github/workflows/escalation.yml': escalation },
      message: 'the shipped permissions',
    });
    const shipped = only(await r.sweep(), 'sweep');
    expect(shipped?.scopes.pull_requests).toBe('write');
    expect(shipped?.result.exitCode, log(shipped)).toBe(0);
    expect(r.e.snapshot().pulls.map((p) => p.head)).toEqual(['postmortem/incident-1']);
  });
});
