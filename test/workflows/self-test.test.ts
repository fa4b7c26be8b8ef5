// CI's self-test job runs the checkout as an action (`uses: ./`) on the workflow's own event and
// requires result=ignored. This checks that premise here, with the inputs the job passes: the built
// action on a push and on a pull request that touches no postmortem, against the emulator; and the
// synthetic issues.opened step's event.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startEmulator, type Emulator } from '../../simulator/emulator/index.js';
import { runAction } from '../../simulator/harness/run-action.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REPOSITORY = 'firebreak-dev/firebreak';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  run?: string;
}
const ci = parse(readFileSync(`${root}.github/workflows/ci.yml`, 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
};
const job = ci.jobs['self-test'];
const selfStep = job?.steps.find((s) => s.uses === './');
const meta = parse(readFileSync(`${root}action.yml`, 'utf8')) as { inputs: Record<string, { default?: string }> };

/** What the runner gives the action: action.yml's defaults, overridden by the step's `with:`. */
function inputs(token: string): Record<string, string> {
  const values = Object.fromEntries(
    Object.entries(meta.inputs).map(([name, input]) => [name, String(input.default ?? '')]),
  );
  for (const [name, value] of Object.entries(selfStep?.with ?? {})) values[name] = String(value);
  values['repo-token'] = token;
  return values;
}

describe("CI's self-test job", () => {
  it('runs the checkout as an action, with an id, on push and pull_request, with read-only permissions', () => {
    expect(selfStep?.id).toBeTruthy();
    expect(selfStep?.with?.['dry-run']).toBe('true');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(job?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    // The next step checks the output, reading it through env: (an expression in run: would be code).
    const check = job?.steps[(job.steps.indexOf(selfStep as Step) ?? -2) + 1];
    expect(Object.values(check?.env ?? {})).toContain(`\${{ steps.${selfStep?.id}.outputs.result }}`);
    expect(check?.run).toMatch(/"\$RESULT" != ignored/);
  });

  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ repository: REPOSITORY, users: { alice: 'write' } });
  });
  afterAll(() => emulator.close());

  const run = (eventName: string, payload: unknown) =>
    runAction({
      entry: `${root}dist/index.js`,
      eventName,
      payload,
      repository: REPOSITORY,
      apiUrl: emulator.url,
      inputs: inputs(emulator.botToken),
    });

  it('push: ignored from the event alone, without a request', async () => {
    const before = JSON.stringify(emulator.snapshot().requests);
    const result = await run('push', { ref: 'refs/heads/main', after: '0'.repeat(40) });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ result: 'ignored' });
    expect(result.stdout).toContain('event push is not one Firebreak handles');
    expect(JSON.stringify(emulator.snapshot().requests)).toBe(before);
  });

  it('pull_request that touches no postmortem: ignored, having only read', async () => {
    emulator.push({ as: 'alice', branch: 'feature', files: { 'README.md': 'A change.\n' } });
    const event = emulator
      .openPull({ as: 'alice', head: 'feature', title: 'A change' })
      .find((e) => e.name === 'pull_request');
    const result = await run('pull_request', event?.payload);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.result).toBe('ignored');
    expect(result.outputs.writes).toBe('0');
    expect(result.stdout).toContain('changes no postmortem');
    expect(Object.keys(emulator.snapshot().requests).every((route) => route.startsWith('GET '))).toBe(true);
  });

  it('the synthetic issues.opened event (a plain issue without labels) is ignored', async () => {
    const step = job?.steps.find((s) => s.run?.includes('GITHUB_EVENT_NAME=issues'));
    const payload = JSON.parse(/echo '(\{.*\})' > "\$event"/.exec(step?.run ?? '')?.[1] ?? 'null') as unknown;
    expect(payload).toMatchObject({ action: 'opened', issue: { labels: [] } });
    const result = await run('issues', payload);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ result: 'ignored' });
    expect(result.stdout).toContain('has no labels: not an incident');
  });
});
