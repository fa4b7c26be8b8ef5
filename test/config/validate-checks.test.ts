// `firebreak validate` beyond the file: who is on call over the next 14 days, rotations that page nobody,
// and on-call members GitHub cannot assign — each reported at the line to fix.
import { afterEach, describe, expect, it } from 'vitest';
import { runValidateCommand, type ValidateIO } from '../../src/cli/validate.js';
import { loadConfig } from '../../src/config/load.js';
import type { ConfigProblem } from '../../src/config/problems.js';
import {
  assignableMembersCheck,
  checkContext,
  commanderPermission,
  coverageGapsCheck,
  placeholdersCheck,
  rotationProblemsCheck,
  VALIDATE_CHECKS,
  type ConfigCheck,
} from '../../src/config/validate-checks.js';
import { statusBranchCheck } from '../../src/config/status-page-checks.js';
import { locatorFor } from '../../src/config/yaml-locator.js';
import { type Emulator, startEmulator } from '../../simulator/emulator/index.js';
import { createClient } from '../../src/github/client.js';
import type { GitHubGateway } from '../../src/github/gateway.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';

const NOW = new Date('2026-03-02T10:00:00Z'); // a Monday
const PATH = '.github/firebreak.yml';

async function run(check: ConfigCheck, text: string, gateway?: GitHubGateway): Promise<ConfigProblem[]> {
  const loaded = loadConfig(text, PATH);
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const context = checkContext(
    { config: loaded.config, text, path: PATH, now: NOW, ...(gateway ? { gateway } : {}) },
    locatorFor(text),
  );
  return check(context);
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('coverage over the next 14 days', () => {
  it('a layer whose first shift starts next week leaves a gap until then, reported at its start date', async () => {
    const text = lines(
      'rotations:',
      '  web:',
      '    time-zone: Europe/Berlin',
      '    layers:',
      '      - name: primary',
      '        members: [alice, bob]',
      '        start: 2026-03-09',
    );
    const [problem, ...rest] = await run(coverageGapsCheck, text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', path: 'rotations.web.layers[0].start', line: 7, column: 16 });
    expect(problem?.message).toBe(
      'nobody is on call on layer `primary` from Mon 2026-03-02 11:00 GMT+1 to Mon 2026-03-09 09:00 GMT+1 in the next 14 days: the first shift begins at the first hand-off on or after start 2026-03-09; incidents filed then get no commander',
    );
  });

  it('a rotation that has started covers every hour: no warning', async () => {
    const text = lines(
      'rotations:',
      '  on-call:',
      '    layers: [{name: primary, members: [alice, bob], shift: weekly}]',
    );
    expect(await run(coverageGapsCheck, text)).toEqual([]);
  });

  it('an override fills the time before the first hand-off', async () => {
    const text = lines(
      'rotations:',
      '  on-call:',
      '    layers: [{name: primary, members: [alice], start: 2026-03-05}]',
      '    overrides: [{start: 2026-03-02T00:00:00Z, end: 2026-03-05T09:00:00Z, member: dave}]',
    );
    expect(await run(coverageGapsCheck, text)).toEqual([]);
  });

  it('a secondary layer that starts late says it pages nobody, not that the commander is missing', async () => {
    const text = lines(
      'rotations:',
      '  on-call:',
      '    layers:',
      '      - {name: primary, members: [alice]}',
      '      - {name: secondary, members: [bob], start: 2026-04-01}',
    );
    const problems = await run(coverageGapsCheck, text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'rotations.on-call.layers[1].start', line: 5 });
    expect(problems[0]?.message).toMatch(
      /layer `secondary` from Mon 2026-03-02 10:00 UTC to Mon 2026-03-16 10:00 UTC in the next 14 days: .*get no secondary page$/,
    );
  });

  it('the default rotation, which the file does not write, is not reported', async () => {
    expect(await run(coverageGapsCheck, lines('severities:', '  P1: {response-target: 30m}'))).toEqual([]);
    expect(await run(rotationProblemsCheck, lines('severities:', '  P1: {response-target: 30m}'))).toEqual([]);
  });
});

describe('rotation problems', () => {
  it('a layer without members is reported at its members key', async () => {
    const text = lines('rotations:', '  web:', '    layers:', '      - name: primary', '        members: []');
    expect(await run(rotationProblemsCheck, text)).toEqual([
      {
        severity: 'warning',
        path: 'rotations.web.layers[0].members',
        line: 5,
        column: 9,
        message: 'layer "primary" has no members: nobody is on call there',
      },
    ]);
  });

  it('a rotation in the file that keeps the default layers (no members) is reported at the rotation', async () => {
    const text = lines('rotations:', '  on-call:', '    time-zone: Europe/Berlin');
    const problems = await run(rotationProblemsCheck, text);
    expect(problems).toEqual([
      {
        severity: 'warning',
        path: 'rotations.on-call.layers[0].members',
        line: 2,
        column: 3,
        message: 'layer "primary" has no members: nobody is on call there',
      },
    ]);
  });

  it('a swap inside one shift changes nothing and is reported at that swap', async () => {
    const text = lines(
      'rotations:',
      '  on-call:',
      '    layers: [{name: primary, members: [alice, bob]}]',
      '    swaps:',
      '      - {a: 2026-03-02T10:00:00Z, b: 2026-03-02T11:00:00Z}',
      '      - {a: 2026-03-02T10:00:00Z, b: 2026-03-03T10:00:00Z}',
    );
    expect(await run(rotationProblemsCheck, text)).toEqual([
      {
        severity: 'warning',
        path: 'rotations.on-call.swaps[0]',
        line: 5,
        column: 9,
        message: 'swap 1: both instants fall in the same shift; the swap changes nothing',
      },
    ]);
  });
});

describe('members who cannot be assigned', () => {
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  async function gateway(): Promise<GitHubGateway> {
    emulator = await startEmulator({
      start: NOW.toISOString(),
      users: { alice: 'admin', bob: 'read', carol: 'triage', dave: 'write', frank: 'none' },
    });
    return new OctokitGateway(
      createClient({ token: emulator.botToken, baseUrl: emulator.url, pacing: 'none', timeoutMs: 5000 }),
      { owner: 'acme', repo: 'shop' },
    );
  }

  const TEAM = lines(
    'rotations:',
    '  on-call:',
    '    layers:',
    '      - name: primary',
    '        members: [alice, bob, carol, "@frank"]',
    '      - name: secondary',
    '        members: [dave, BOB, ghost]',
    '    overrides: [{start: 2026-03-02T09:00:00Z, end: 2026-03-03T09:00:00Z, member: carol}]',
  );

  it('warns about readers, outsiders and unknown logins, once each, where they first appear', async () => {
    const problems = await run(assignableMembersCheck, TEAM, await gateway());
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([
      '5:26 rotations.on-call.layers[0].members[1]: `bob` has read access to acme/shop: an incident commander needs triage or more to be assigned and to acknowledge with /ack',
      '5:38 rotations.on-call.layers[0].members[3]: `frank` is not a collaborator of acme/shop: GitHub cannot assign them, so an incident during their shift gets no commander; invite them with triage access or more',
      '7:30 rotations.on-call.layers[1].members[2]: `ghost` is not a collaborator of acme/shop: GitHub cannot assign them, so an incident during their shift gets no commander; invite them with triage access or more',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('asks for write when acknowledging needs write', async () => {
    const loaded = loadConfig('commands: {ack: write}\n', PATH);
    expect(commanderPermission(loaded.config)).toBe('write');
    const problems = await run(assignableMembersCheck, `commands: {ack: write}\n${TEAM}`, await gateway());
    expect(problems.map((p) => p.message.split(':')[0])).toEqual([
      '`bob` has read access to acme/shop',
      '`carol` has triage access to acme/shop',
      '`frank` is not a collaborator of acme/shop',
      '`ghost` is not a collaborator of acme/shop',
    ]);
  });

  it('skips without a gateway (no token)', async () => {
    expect(await run(assignableMembersCheck, TEAM)).toEqual([]);
  });

  it('says so once when GitHub cannot be asked', async () => {
    const failing = {
      repo: { owner: 'acme', repo: 'shop' },
      getPermission: () => Promise.reject(new Error('Resource not accessible by integration')),
    } as unknown as GitHubGateway;
    expect(await run(assignableMembersCheck, TEAM, failing)).toEqual([
      {
        severity: 'warning',
        path: 'rotations',
        line: 1,
        column: 1,
        message: 'could not check who can be assigned: Resource not accessible by integration',
      },
    ]);
  });
});

describe('firebreak validate runs them', () => {
  it('lists the gap and the empty layer with their lines, and stays valid (warnings only)', async () => {
    const text = lines(
      'rotations:',
      '  web:',
      '    layers:',
      '      - {name: primary, members: [alice], start: 2026-03-04}',
      '      - {name: secondary, members: []}',
    );
    const out: string[] = [];
    const io: ValidateIO = {
      readFile: () => text,
      stdout: (t) => void out.push(t),
      stderr: (t) => void out.push(t),
      now: () => NOW,
    };
    expect(VALIDATE_CHECKS).toEqual([
      rotationProblemsCheck,
      coverageGapsCheck,
      assignableMembersCheck,
      placeholdersCheck,
      statusBranchCheck,
    ]);
    // The placeholder check has tests of its own (test/config/placeholders.test.ts).
    expect(
      await runValidateCommand(
        [],
        io,
        VALIDATE_CHECKS.filter((c) => c !== placeholdersCheck),
      ),
    ).toBe(0);
    expect(out.join('\n')).toBe(
      [
        '.github/firebreak.yml:4:50: warning: rotations.web.layers[0].start: nobody is on call on layer `primary` from Mon 2026-03-02 10:00 UTC to Wed 2026-03-04 09:00 UTC in the next 14 days: the first shift begins at the first hand-off on or after start 2026-03-04; incidents filed then get no commander',
        '.github/firebreak.yml:5:27: warning: rotations.web.layers[1].members: layer "secondary" has no members: nobody is on call there',
        '\n.github/firebreak.yml: valid (2 warnings).',
      ].join('\n'),
    );
  });
});
