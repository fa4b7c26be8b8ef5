// The executor of writes outside an incident thread (a merged postmortem's action items, links, index):
// dry run writes nothing and says what it would do, the operations budget holds (what it stops is a
// failure, since no later run comes for a merged pull request), an owner who cannot be assigned still
// gets the item filed, and one failed write neither stops the others nor passes silently. One write at a
// time (applyRepositoryWrite): its outcome comes back, essential writes pass a spent budget, a check run's
// annotations go 50 per request.
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/executor/execute.js';
import {
  applyRepositoryWrite,
  executeRepositoryWrites,
  type RepositoryWrite,
} from '../../src/executor/repository-writes.js';
import type { GitHubGateway, Issue } from '../../src/github/gateway.js';
import { RunLog, type IncidentLog } from '../../src/runtime/log.js';

const item = (key: string, assignee: string | null = null): RepositoryWrite => ({
  kind: 'actionItem',
  key,
  title: `Action ${key}`,
  body: `body ${key}`,
  labels: ['postmortem-action'],
  assignee,
  describe: `file ${key}`,
});
const file: RepositoryWrite = {
  kind: 'file',
  path: 'docs/postmortems/README.md',
  branch: 'main',
  content: 'index',
  message: 'firebreak: learnings index',
  describe: 'update the index',
};

function fake(refuse: (input: { assignees?: string[]; title: string }) => boolean = () => false) {
  const calls: string[] = [];
  let next = 10;
  const gateway = {
    createIssue: async (input: { title: string; assignees?: string[] }) => {
      calls.push(`issue ${input.title}${input.assignees ? ` @${input.assignees.join(',')}` : ''}`);
      if (refuse(input)) throw new Error('Validation Failed');
      return { number: next++, title: input.title } as Issue;
    },
    putFile: async (input: { path: string }) => void calls.push(`file ${input.path}`),
    createLabel: async () => void calls.push('label'),
  } as unknown as GitHubGateway;
  return { gateway, calls };
}

async function inLog<T>(work: (log: IncidentLog) => Promise<T>) {
  const lines: string[] = [];
  const sink = (l: string) => void lines.push(l);
  const run = new RunLog({ info: sink, warning: sink, error: sink, startGroup: () => {}, endGroup: () => {} });
  const value = await run.incident(7, work);
  return { value, lines, run };
}

describe('executeRepositoryWrites', () => {
  it('files, writes and reports; in a dry run writes nothing and says what it would do', async () => {
    const live = fake();
    const { value } = await inLog((log) =>
      executeRepositoryWrites([item('a'), file], { gateway: live.gateway, dryRun: false, budget: new Budget(10), log }),
    );
    expect(live.calls).toEqual(['issue Action a', 'file docs/postmortems/README.md']);
    expect(value.filed.get('a')?.number).toBe(10);
    expect(value).toMatchObject({ written: 2, failed: 0 });

    const dry = fake();
    const { value: none, lines } = await inLog((log) =>
      executeRepositoryWrites([item('a'), file], { gateway: dry.gateway, dryRun: true, budget: new Budget(10), log }),
    );
    expect(dry.calls).toEqual([]);
    expect(none).toMatchObject({ written: 0, failed: 0 });
    expect(lines.filter((l) => l.includes('dry run, would: '))).toHaveLength(2);
  });

  it('stops at the budget and counts what it stopped as failed, so the job ends red', async () => {
    const g = fake();
    const { value, run } = await inLog((log) =>
      executeRepositoryWrites([item('a'), item('b'), file], {
        gateway: g.gateway,
        dryRun: false,
        budget: new Budget(1),
        log,
      }),
    );
    expect(g.calls).toEqual(['issue Action a']);
    expect(value).toMatchObject({ written: 1, failed: 2 });
    expect(run.failure()).toMatch(/2 write\(s\) failed/);
  });

  it('files the item unassigned when the owner cannot be assigned; a refused write does not stop the rest', async () => {
    const g = fake((input) => (input.assignees?.length ?? 0) > 0 || input.title === 'Action broken');
    const { value } = await inLog((log) =>
      executeRepositoryWrites([item('a', 'mallory'), item('broken'), file], {
        gateway: g.gateway,
        dryRun: false,
        budget: new Budget(10),
        log,
      }),
    );
    expect(g.calls).toEqual([
      'issue Action a @mallory',
      'issue Action a',
      'issue Action broken',
      'file docs/postmortems/README.md',
    ]);
    expect([...value.filed.keys()]).toEqual(['a']);
    expect(value).toMatchObject({ written: 2, failed: 1 });
  });
});

describe('applyRepositoryWrite', () => {
  const lines: string[] = [];
  const log = { info: (line: string) => void lines.push(line) };
  const calls: string[] = [];
  const gateway = {
    setWorkflowEnabled: async (workflow: string, enabled: boolean) => void calls.push(`${workflow} ${enabled}`),
    dispatchRepositoryEvent: async (event: string) => {
      calls.push(`dispatch ${event}`);
      throw new Error('Resource not accessible by integration');
    },
    createCheckRun: async (input: { output: { annotations: unknown[] } }) => {
      calls.push(`create ${input.output.annotations.length}`);
      return { id: 5 };
    },
    updateCheckRun: async (id: number, input: { output: { annotations: unknown[] } }) =>
      void calls.push(`update ${id} ${input.output.annotations.length}`),
  } as unknown as GitHubGateway;
  const pause: RepositoryWrite = {
    kind: 'workflowEnabled',
    workflow: 'escalation.yml',
    enabled: false,
    describe: 'pause',
  };
  const resume: RepositoryWrite = { ...pause, enabled: true, essential: true, describe: 'switch on' };

  it('in a dry run only says what it would do', async () => {
    calls.length = 0;
    lines.length = 0;
    expect(await applyRepositoryWrite(resume, { gateway, dryRun: true, budget: new Budget(5), log })).toEqual({
      status: 'dry-run',
    });
    expect(calls).toEqual([]);
    expect(lines).toEqual(['dry run, would: switch on']);
  });

  it('counts ordinary writes against the budget; essential ones pass a spent budget', async () => {
    calls.length = 0;
    const spent = new Budget(0);
    expect(await applyRepositoryWrite(pause, { gateway, dryRun: false, budget: spent, log })).toEqual({
      status: 'over-budget',
    });
    expect(await applyRepositoryWrite(resume, { gateway, dryRun: false, budget: spent, log })).toEqual({
      status: 'done',
      value: undefined,
    });
    expect(await applyRepositoryWrite(resume, { gateway, dryRun: false, budget: null, log })).toMatchObject({
      status: 'done',
    });
    expect(calls).toEqual(['escalation.yml true', 'escalation.yml true']);
    // An ordinary write where the caller has no budget is a mistake in the caller, not a silent skip.
    await expect(applyRepositoryWrite(pause, { gateway, dryRun: false, budget: null, log })).rejects.toThrow(
      /no operations budget/,
    );
  });

  it('returns a failure instead of throwing it', async () => {
    const wake: RepositoryWrite = {
      kind: 'repositoryDispatch',
      event: 'firebreak-wake',
      payload: {},
      essential: true,
      describe: 'wake',
    };
    const outcome = await applyRepositoryWrite(wake, { gateway, dryRun: false, budget: null, log });
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && (outcome.error as Error).message).toBe(
      'Resource not accessible by integration',
    );
  });

  it('writes a check run with 120 annotations as one create and two updates', async () => {
    calls.length = 0;
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: 'a.md',
      startLine: i + 1,
      endLine: i + 1,
      level: 'failure' as const,
      message: `problem ${i}`,
    }));
    const check: RepositoryWrite = {
      kind: 'checkRun',
      name: 'Firebreak postmortem',
      headSha: 'abc',
      conclusion: 'failure',
      title: '120 errors',
      summary: '',
      annotations,
      describe: 'check',
    };
    expect(await applyRepositoryWrite(check, { gateway, dryRun: false, budget: new Budget(1), log })).toMatchObject({
      status: 'done',
    });
    expect(calls).toEqual(['create 50', 'update 5 50', 'update 5 20']);
  });
});
