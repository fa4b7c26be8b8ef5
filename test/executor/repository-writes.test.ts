// The executor of writes outside an incident thread (a merged postmortem's action items, links, index):
// dry run writes nothing and says what it would do, the operations budget holds (what it stops is a
// failure, since no later run comes for a merged pull request), an owner who cannot be assigned still
// gets the item filed, and one failed write neither stops the others nor passes silently.
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/executor/execute.js';
import { executeRepositoryWrites, type RepositoryWrite } from '../../src/executor/repository-writes.js';
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
