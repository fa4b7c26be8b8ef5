// `firebreak validate [path]`: problems as path:line:col, a non-zero exit on any error, and a summary of the
// playbook when there is no file.
import { describe, expect, it } from 'vitest';
import { runValidateCommand, type ValidateIO } from '../../src/cli/validate.js';
import type { ConfigCheck } from '../../src/config/validate-checks.js';

function io(files: Record<string, string>): ValidateIO & { out: string; err: string; asked: string[] } {
  const result = {
    out: '',
    err: '',
    asked: [] as string[],
    readFile: (path: string) => {
      result.asked.push(path);
      return files[path] ?? null;
    },
    stdout: (text: string) => void (result.out += `${text}\n`),
    stderr: (text: string) => void (result.err += `${text}\n`),
    now: () => new Date('2026-03-02T10:00:00Z'),
  };
  return result;
}

const TYPO = [
  'rotations:',
  '  on-call:',
  '    layers:',
  '      - name: primary',
  '        members: [alice]',
  '        handof: "09:00"',
  '',
].join('\n');

describe('firebreak validate', () => {
  it('with a typo in a nested key prints its line and column and exits 1', async () => {
    const cli = io({ '.github/firebreak.yml': TYPO });
    expect(await runValidateCommand([], cli)).toBe(1);
    expect(cli.out).toContain(
      '.github/firebreak.yml:6:9: error: rotations.on-call.layers[0].handof: unknown key `handof` (did you mean `handoff`?)',
    );
    expect(cli.out).toContain('.github/firebreak.yml: 1 error.');
  });

  it('reads the path it is given', async () => {
    const cli = io({ 'ops/firebreak.yml': 'default-severity: P9\n' });
    expect(await runValidateCommand(['ops/firebreak.yml'], cli)).toBe(1);
    expect(cli.asked).toEqual(['ops/firebreak.yml']);
    expect(cli.out).toMatch(/^ops\/firebreak\.yml:1:19: error: default-severity: must be one of: P0, P1, P2, P3, P4/);
  });

  it('with no file says the playbook defaults are in use and summarises them', async () => {
    const cli = io({});
    expect(await runValidateCommand([], cli)).toBe(0);
    expect(cli.out).toContain('No .github/firebreak.yml found: Firebreak uses the playbook defaults.');
    expect(cli.out).toMatch(
      /P0 Critical\s+immediate \(5m\)\s+every 30m\s+postmortem\s+Complete service outage affecting all users/,
    );
    expect(cli.out).toMatch(/P1 High\s+1h\s+every 1h/);
    expect(cli.out).toMatch(/P2 Medium\s+4h\s+every 4h/);
    expect(cli.out).toMatch(/P3 Low\s+1d\s+no reminders/);
    expect(cli.out).toMatch(/P4 Informational\s+none\s+no reminders/);
    expect(cli.out).toContain('Phases: Detection & Analysis 0m–15m · Containment 15m–30m · Recovery 1h–4h');
    expect(cli.out).toContain('stops P0 when mitigated, P1–P4 when acknowledged');
    expect(cli.out).toMatch(/\+0m\s+On-call Engineer\s+P0 P1 P2 P3\s+→ on-call primary, Primary \+1-555-0101/);
    expect(cli.out).toMatch(/\+15m\s+Engineering Manager\s+P0 P1 P2\s+→ Secondary \+1-555-0102/);
    expect(cli.out).toMatch(/\+30m\s+CTO\s+P0 P1\s+→ Escalation \+1-555-0103/);
    expect(cli.out).toMatch(/\+1h\s+CEO\s+P0 P1\s+→ Escalation \+1-555-0103/);
    expect(cli.out).toContain('Rotation on-call (primary, UTC, hand-off 09:00): no members yet');
  });

  it('with an empty file says the same', async () => {
    const cli = io({ '.github/firebreak.yml': '# nothing yet\n' });
    expect(await runValidateCommand([], cli)).toBe(0);
    expect(cli.out).toContain('.github/firebreak.yml sets nothing: Firebreak uses the playbook defaults.');
  });

  it('passes a valid file, and prints its summary on request', async () => {
    const cli = io({
      '.github/firebreak.yml': 'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice, bob]}]\n',
    });
    expect(await runValidateCommand(['--summary'], cli)).toBe(0);
    // Valid: the steps after the on-call engineer still page nobody and show sample numbers (warnings).
    expect(cli.out).toContain('.github/firebreak.yml: valid (6 warnings).');
    expect(cli.out).toContain('Rotation on-call (primary, UTC, hand-off 09:00): alice, bob');
  });

  it('exits 0 on warnings alone and counts them', async () => {
    const cli = io({ '.github/firebreak.yml': 'runbooks:\n  kubernetes: ~\n' });
    expect(await runValidateCommand([], cli, [])).toBe(0);
    expect(cli.out).toContain('.github/firebreak.yml:2:3: warning: runbooks.kubernetes:');
    expect(cli.out).toContain('.github/firebreak.yml: valid (1 warning).');
  });

  it('reports a YAML syntax error where it is', async () => {
    const cli = io({ '.github/firebreak.yml': 'severities:\n  P1: {name: High\n' });
    expect(await runValidateCommand([], cli)).toBe(1);
    expect(cli.out).toMatch(/^\.github\/firebreak\.yml:3:1: error: YAML: /);
  });

  it('runs the extra checks on a file without errors, and places their problems in the file', async () => {
    const coverage: ConfigCheck = ({ config, now, place }) =>
      config.rotations['on-call']!.layers[0]!.members.length < 3
        ? [
            place({
              severity: 'warning',
              segments: ['rotations', 'on-call', 'layers', 0, 'members'],
              anchor: 'key',
              message: `fewer than 3 people on call from ${now.toISOString()}`,
            }),
          ]
        : [];
    const cli = io({
      '.github/firebreak.yml': 'rotations:\n  on-call:\n    layers:\n      - name: primary\n        members: [alice]\n',
    });
    expect(await runValidateCommand([], cli, [coverage])).toBe(0);
    expect(cli.out).toContain(
      '.github/firebreak.yml:5:9: warning: rotations.on-call.layers[0].members: fewer than 3 people on call from 2026-03-02T10:00:00.000Z',
    );
  });

  it('skips the extra checks when the file has errors', async () => {
    let ran = false;
    const cli = io({ '.github/firebreak.yml': TYPO });
    await runValidateCommand([], cli, [() => ((ran = true), [])]);
    expect(ran).toBe(false);
  });

  it('explains its usage', async () => {
    const help = io({});
    expect(await runValidateCommand(['--help'], help)).toBe(0);
    expect(help.out).toContain('Usage: firebreak validate [path]');
    const bad = io({});
    expect(await runValidateCommand(['--strict'], bad)).toBe(2);
    expect(bad.err).toContain('unknown option --strict');
    expect(await runValidateCommand(['a.yml', 'b.yml'], bad)).toBe(2);
  });

  it('says so when the file cannot be read', async () => {
    const cli = io({});
    cli.readFile = () => {
      throw new Error('EACCES: permission denied');
    };
    expect(await runValidateCommand([], cli)).toBe(2);
    expect(cli.err).toContain('cannot read .github/firebreak.yml: EACCES: permission denied');
  });
});
