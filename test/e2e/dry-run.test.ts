// `dry-run: true` decides and logs everything and writes nothing: a real incident filed from the form,
// then a sweep after its first escalation step is due, read the repository and leave it as it was, the
// schedule index (the one write the incident executor does not make, executor/schedule-index.ts) included;
// an alert opens no issue, and a sweep with nothing due leaves the escalation schedule on (the writes
// outside an incident thread, executor/repository-writes.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../simulator/emulator/index.js';
import { runAction } from '../../simulator/harness/run-action.js';
import { parseFormTemplate, renderIssueFormBody } from '../../src/forms/index.js';
import { root } from './kit.js';

const REPOSITORY = 'acme/shop';
const CONFIG = `rotations:
  on-call:
    time-zone: Europe/Berlin
    layers:
      - {name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}
`;

describe('dry-run: true', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      repository: REPOSITORY,
      start: '2026-03-02T10:00:00Z',
      users: { alice: 'write', carol: 'read' },
      files: {
        '.github/ISSUE_TEMPLATE/incident.yml': readFileSync(`${root}.github/ISSUE_TEMPLATE/incident.yml`, 'utf8'),
        '.github/firebreak.yml': CONFIG,
      },
    });
  });
  afterAll(() => emulator.close());

  const run = (eventName: string, payload: unknown) =>
    runAction({
      entry: `${root}dist/simulator-action.js`,
      eventName,
      payload,
      repository: REPOSITORY,
      apiUrl: emulator.url,
      inputs: { 'repo-token': emulator.botToken, 'dry-run': 'true' },
      now: emulator.clock.now(),
    });
  const writes = () =>
    emulator.requestLog.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.route !== '/graphql');

  it('triage and a due sweep log what they would do and write nothing', async () => {
    const template = parseFormTemplate(readFileSync(`${root}.github/ISSUE_TEMPLATE/incident.yml`, 'utf8'));
    const body = renderIssueFormBody(template, {
      'what-happened': 'Checkout fails for every customer.',
      severity: 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident',
    });
    const opened = emulator
      .openIssue({
        as: 'carol',
        title: `${template.title ?? ''}Checkout fails`,
        body,
        labels: template.labels,
        template: true,
      })
      .find((e) => e.name === 'issues');
    const before = writes().length;
    const snapshot = JSON.stringify(emulator.snapshot().issues);

    const triage = await run('issues', opened?.payload);
    expect(triage.exitCode, triage.stdout + triage.stderr).toBe(0);
    expect(triage.stdout).toContain('dry run, would:');
    expect(triage.stdout).toContain('dry run, would: update the schedule index (#1 due');

    emulator.clock.advance(20 * 60_000);
    const sweep = await run('schedule', { schedule: '*/5 * * * *' });
    expect(sweep.exitCode, sweep.stdout + sweep.stderr).toBe(0);
    expect(sweep.stdout).toContain('dry run, would: escalation: Engineering Manager');
    expect(sweep.stdout).toContain('dry run, would: update the schedule index (#1 due');

    expect(writes().slice(before)).toEqual([]);
    expect(JSON.stringify(emulator.snapshot().issues)).toBe(snapshot);
  });

  it('an alert opens no incident: it says which one it would open', async () => {
    const payload = JSON.parse(readFileSync(`${root}test/fixtures/alerts/alertmanager-firing.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    const [event] = emulator.repositoryDispatch({ as: 'alice', eventType: 'firebreak-alert', clientPayload: payload });
    const before = writes().length;
    const issues = emulator.snapshot().issues.length;
    const result = await run('repository_dispatch', event?.payload);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/dry run, would: open an incident "Alert: [^"]+" at P\d/);
    expect(writes().slice(before)).toEqual([]);
    expect(emulator.snapshot().issues).toHaveLength(issues);
  });
});

describe('dry-run: true, nothing due', () => {
  it('a sweep reads the schedule and says it would pause it, and leaves it on', async () => {
    const emulator = await startEmulator({
      repository: REPOSITORY,
      start: '2026-03-02T10:00:00Z',
      users: { alice: 'write' },
      files: Object.fromEntries(
        ['incident.yml', 'escalation.yml'].map((file) => [
          `.github/workflows/${file}`,
          readFileSync(`${root}examples/workflows/${file}`, 'utf8'),
        ]),
      ),
    });
    try {
      const result = await runAction({
        entry: `${root}dist/simulator-action.js`,
        eventName: 'schedule',
        payload: { schedule: '*/5 * * * *' },
        repository: REPOSITORY,
        apiUrl: emulator.url,
        inputs: { 'repo-token': emulator.botToken, 'dry-run': 'true' },
        now: emulator.clock.now(),
      });
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('dry run, would: pause escalation.yml (nothing is due)');
      expect(emulator.requestLog.filter((r) => r.method !== 'GET' && r.route !== '/graphql')).toEqual([]);
      expect(emulator.workflowState('escalation.yml')).toBe('active');
    } finally {
      await emulator.close();
    }
  });
});
