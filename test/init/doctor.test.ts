// `firebreak doctor` on the emulator: a repository set up by `firebreak init` passes; a disabled schedule,
// a missing workflow, a broken configuration, missing labels and on-call people GitHub cannot assign
// each show up as a checklist line that says what to do.
import { describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../src/cli/doctor.js';
import { runInitCommand } from '../../src/cli/init.js';
import type { Emulator, EmulatorOptions } from '../../simulator/emulator/index.js';
import { filesToInstall } from '../../src/init/install.js';
import { requireStatusChecks } from '../../simulator/emulator/repo/checks.js';
import { emulator, envFor, fakeSetup } from './support.js';

/** A team's configuration: three people on call, and real people and numbers on every escalation step. */
const TEAM = `rotations:
  on-call:
    layers:
      - name: primary
        members: [alice, carol, dave]
contacts:
  primary: {phone: "+1-415-555-2671"}
  secondary: {phone: "+1-415-555-2672"}
  escalation: {phone: "+1-415-555-2673"}
policies:
  default:
    steps:
      - {id: on-call, name: On-call Engineer, after: 0m, severities: [P0, P1, P2, P3], targets: [{oncall: primary}, {contact: primary}]}
      - {id: engineering-manager, name: Engineering Manager, after: 15m, severities: [P0, P1, P2], targets: [{user: carol}, {contact: secondary}]}
      - {id: cto, name: CTO, after: 30m, severities: [P0, P1], targets: [{user: dave}, {contact: escalation}]}
      - {id: ceo, name: CEO, after: 1h, severities: [P0, P1], targets: [{user: alice}, {contact: escalation}]}
`;

/** The files init writes for acme/shop, with `overrides` changed (null removes one). */
function installed(overrides: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string> = Object.fromEntries(
    filesToInstall({ repository: { owner: 'acme', repo: 'shop' }, webUrl: 'https://github.com' }).map((f) => [
      f.path,
      f.content,
    ]),
  );
  for (const [path, content] of Object.entries(overrides)) {
    if (content === null) delete files[path];
    else files[path] = content;
  }
  return files;
}

/** A repository after `firebreak init` (labels created) and a push of its files. */
async function initialised(
  options: EmulatorOptions & { overrides?: Record<string, string | null> } = {},
): Promise<Emulator> {
  const { overrides, ...rest } = options;
  const e = await emulator({ files: installed({ '.github/firebreak.yml': TEAM, ...overrides }), ...rest });
  // The labels, created as a person running init in a checkout would.
  const init = fakeSetup({
    env: envFor(e, { GITHUB_REPOSITORY: 'acme/shop' }),
    files: installed({ '.github/firebreak.yml': TEAM }),
  });
  expect(await runInitCommand([], init)).toBe(0);
  return e;
}

async function doctor(
  e: Emulator,
  argv: string[] = ['--repo', 'acme/shop'],
): Promise<{ code: number; text: string; err: string }> {
  const setup = fakeSetup({ env: envFor(e) });
  const code = await runDoctorCommand(argv, setup);
  return { code, text: setup.text, err: setup.err.join('\n') };
}

describe('firebreak doctor', () => {
  it('passes a repository that init set up, with a team on call and the postmortem check required', async () => {
    const e = await initialised();
    requireStatusChecks(e.world.repository('acme', 'shop'), 'main', ['Firebreak postmortem'], 'ruleset');
    const { code, text } = await doctor(e);
    expect(text).toBe(
      [
        'Firebreak doctor: acme/shop (private, default branch main)\n',
        [
          '✓ workflow incident.yml is active',
          '✓ workflow escalation.yml is active',
          '✓ workflow postmortem.yml is active',
          '✓ incident.yml, escalation.yml, postmortem.yml: `uses: firebreak-dev/firebreak@v0.1.0` resolves',
          '✓ .github/firebreak.yml loads without problems',
          '✓ .github/workflows/incident.yml starts a runner for every Firebreak label and nothing else',
          '✓ .github/ISSUE_TEMPLATE/incident.yml is a valid issue form (9 fields)',
          '✓ .github/ISSUE_TEMPLATE/security-incident.yml is a valid issue form (5 fields)',
          '✓ .github/ISSUE_TEMPLATE/config.yml is valid',
          '✓ all 15 labels exist',
          '✓ the default rotation `on-call` has 3 members on primary (on call now: dave)',
          '✓ all 3 rotation members can be assigned and can acknowledge',
          '✓ private repository: incidents are visible to people with access only',
          '✓ the check "Firebreak postmortem" is required on main (a ruleset)',
        ].join('\n'),
        '\n14 ✓, 0 !, 0 ✗: all good.',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('warns about a schedule GitHub disabled for inactivity, and says how to turn it back on', async () => {
    const e = await initialised();
    e.disableWorkflow('escalation.yml', 'disabled_inactivity');
    const { code, text } = await doctor(e);
    expect(code).toBe(0);
    expect(text).toContain(
      [
        '! workflow escalation.yml is disabled for inactivity',
        '    GitHub disables scheduled workflows in public repositories after 60 days without activity (no commits); until it is re-enabled, escalations, response-target breaches and update reminders do not fire.',
        '    Re-enable it: Actions tab → the workflow → "Enable workflow", or `gh workflow enable escalation.yml --repo acme/shop`.',
        '    Any commit to the default branch restarts the 60 days; a repository that is quiet for long needs a person to re-enable it.',
      ].join('\n'),
    );
    expect(text).toContain('12 ✓, 2 !, 0 ✗: Firebreak works; the ! items are worth a look.');
  });

  it('in a public repository left alone for 61 days, finds the sweep switched off and says what public means', async () => {
    const e = await initialised({ visibility: 'public' });
    e.clock.advance(61 * 24 * 60 * 60 * 1000);
    const { text } = await doctor(e);
    expect(text).toContain('! workflow escalation.yml is disabled for inactivity');
    expect(text).toContain('✓ workflow incident.yml is active'); // no schedule: GitHub leaves it on
    expect(text).toContain('! public repository: incidents, their comments and their edit history are public');
    expect(text).toContain('Set security.private-repository in .github/firebreak.yml');
  });

  it('takes the starter configuration, all comments, for the playbook defaults', async () => {
    const e = await emulator({ files: installed() });
    const { text } = await doctor(e);
    expect(text).toContain('✓ .github/firebreak.yml sets nothing yet: the playbook defaults apply');
    expect(text).toContain('! the default rotation `on-call` has no members: incidents get no commander');
  });

  it('reports escalation.yml paused by Firebreak (nothing due) as fine, and disabled by a person as a failure', async () => {
    const e = await initialised();
    e.disableWorkflow('escalation.yml');
    expect((await doctor(e)).text).toContain('✗ workflow escalation.yml was disabled by hand');
    e.commitFiles({
      as: 'alice',
      branch: 'firebreak/state',
      files: { 'schedule.json': '{"version":1,"incidents":{},"paused":"2026-03-02T10:35:00.000Z"}\n' },
    });
    const { code, text } = await doctor(e);
    expect(text).toContain(
      '✓ workflow escalation.yml is paused by Firebreak: nothing has been due since 2026-03-02T10:35:00.000Z',
    );
    expect(code).toBe(0);
  });

  it('fails on a workflow disabled by hand or missing', async () => {
    const e = await initialised({
      overrides: { '.github/workflows/escalation.yml': null, '.github/workflows/postmortem.yml': null },
    });
    e.disableWorkflow('incident.yml');
    const { code, text } = await doctor(e);
    expect(code).toBe(1);
    expect(text).toContain(
      '✗ workflow incident.yml was disabled by hand\n    While it is off, new incidents are not triaged and slash commands get no answer.',
    );
    expect(text).toContain('✗ workflow escalation.yml is missing from .github/workflows on the default branch');
    // The postmortem workflow is a part, not the heart: a warning.
    expect(text).toContain('! workflow postmortem.yml is missing from .github/workflows on the default branch');
    expect(text).toContain('2 !, 2 ✗: fix the ✗ items; Firebreak does not work as set up until then.');
    expect(text).toContain('✓ incident.yml: `uses: firebreak-dev/firebreak@v0.1.0` resolves');
  });

  it("fails when labels renamed in the configuration are missing from incident.yml's job-level if:", async () => {
    const renamed = `${TEAM}labels:\n  incident: {name: outage}\n  severity:\n    P0: {name: sev0}\n`;
    const e = await initialised({ overrides: { '.github/firebreak.yml': renamed } });
    const { code, text } = await doctor(e);
    expect(code).toBe(1);
    expect(text).toContain('✗ .github/workflows/incident.yml does not start a runner for the labels `outage`, `sev0`');
    const open = await initialised({
      overrides: {
        '.github/workflows/incident.yml': installed()['.github/workflows/incident.yml']!.replace(
          / {4}if: >-[\s\S]*?}}\n/,
          '',
        ),
      },
    });
    expect((await doctor(open)).text).toContain(
      '! .github/workflows/incident.yml starts a runner for every issue event and comment',
    );
  });

  it('fails on a configuration with errors, pointing at the line', async () => {
    const e = await initialised({
      overrides: { '.github/firebreak.yml': 'severities:\n  P1:\n    respnse-target: 30m\n' },
    });
    const { code, text } = await doctor(e);
    expect(code).toBe(1);
    expect(text).toContain(
      '✗ .github/firebreak.yml has 1 error: the action ignores it and runs with the playbook defaults',
    );
    expect(text).toContain(
      '    .github/firebreak.yml:3:5: error: severities.P1.respnse-target: unknown key `respnse-target` (did you mean `response-target`?)',
    );
  });

  it('lists rotation warnings under the configuration, and the empty default rotation on its own line', async () => {
    const e = await initialised({
      overrides: {
        '.github/firebreak.yml':
          'rotations:\n  web:\n    layers: [{name: primary, members: [alice], start: 2026-03-09}]\n',
      },
    });
    const { code, text } = await doctor(e);
    expect(code).toBe(0);
    expect(text).toContain(
      '! .github/firebreak.yml loads, with 1 warning\n    .github/firebreak.yml:3:55: warning: rotations.web.layers[0].start: nobody is on call on layer `primary` from Mon 2026-03-02 10:00 UTC',
    );
    expect(text).toContain('! the default rotation `on-call` has no members: incidents get no commander');
  });

  it('warns when the default rotation has not started yet: nobody is on call now', async () => {
    const e = await initialised({
      overrides: {
        '.github/firebreak.yml':
          'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice], start: 2026-03-04}]\n',
      },
    });
    const { code, text } = await doctor(e);
    expect(code).toBe(0);
    expect(text).toContain(
      '! the default rotation `on-call` has 1 member on primary, but nobody is on call right now\n    An incident filed now gets no commander; see the coverage warning above.',
    );
    expect(text).toContain('✓ the one rotation member can be assigned and can acknowledge');
  });

  it('fails when the forms apply labels that do not exist, and on members who are not collaborators', async () => {
    const config = [
      'rotations:',
      '  on-call:',
      '    layers:',
      '      - {name: primary, members: [alice, bob, frank]}',
      '',
    ].join('\n');
    const e = await emulator({ files: installed({ '.github/firebreak.yml': config }) });
    const { code, text } = await doctor(e);
    expect(code).toBe(1);
    expect(text).toContain('✗ the forms apply labels that do not exist: incident, security');
    expect(text).toContain('    Also missing: sla:breached, postmortem, postmortem-action, severity:P0');
    expect(text).toContain(
      [
        '✗ 2 of 3 rotation members cannot serve as incident commander',
        '    `bob` has read access to acme/shop: an incident commander needs triage or more to be assigned and to acknowledge with /ack',
        '    `frank` is not a collaborator of acme/shop: GitHub cannot assign them, so an incident during their shift gets no commander; invite them with triage access or more',
      ].join('\n'),
    );
  });

  it('fails on a form GitHub would refuse, and warns about a chooser still pointing at OWNER/REPO', async () => {
    const raw =
      filesToInstall({ repository: null, webUrl: 'https://github.com' }).find((f) => f.path.endsWith('config.yml'))
        ?.content ?? '';
    const e = await initialised({
      overrides: {
        '.github/ISSUE_TEMPLATE/incident.yml':
          'name: Incident\ndescription: x\nbody:\n  - type: input\n    id: a\n    attributes: {label: A}\n  - type: input\n    id: a\n    attributes: {label: B}\n',
        '.github/ISSUE_TEMPLATE/config.yml': raw,
        '.github/ISSUE_TEMPLATE/security-incident.yml': null,
      },
    });
    const { code, text } = await doctor(e);
    expect(code).toBe(1);
    expect(text).toMatch(
      /✗ \.github\/ISSUE_TEMPLATE\/incident\.yml is not a valid issue form: GitHub does not offer it\n {4}line \d+: .*id/,
    );
    expect(text).toContain('! .github/ISSUE_TEMPLATE/security-incident.yml is missing');
    expect(text).toContain(
      '! .github/ISSUE_TEMPLATE/config.yml still links to OWNER/REPO\n    Replace it with acme/shop, or run `firebreak init --force --repo acme/shop` to write it again.',
    );
  });

  it('reads the repository from GITHUB_REPOSITORY and honours --config', async () => {
    const e = await initialised({ overrides: { 'ops/firebreak.yml': 'default-severity: P9\n' } });
    const setup = fakeSetup({ env: envFor(e, { GITHUB_REPOSITORY: 'acme/shop' }) });
    expect(await runDoctorCommand(['--config', 'ops/firebreak.yml'], setup)).toBe(1);
    expect(setup.text).toContain('✗ ops/firebreak.yml has 1 error');
  });

  it('cannot start without a repository or a token (exit 2), and fails on a token that cannot read it', async () => {
    const e = await initialised();
    const noRepo = fakeSetup({ env: envFor(e) });
    expect(await runDoctorCommand([], noRepo)).toBe(2);
    expect(noRepo.err.join('\n')).toContain('which repository? Pass --repo owner/name');
    const noToken = fakeSetup({ env: { GITHUB_API_URL: e.url } });
    expect(await runDoctorCommand(['--repo', 'acme/shop'], noToken)).toBe(2);
    expect(noToken.err.join('\n')).toContain('set GITHUB_TOKEN or GH_TOKEN');
    const badToken = fakeSetup({ env: { GITHUB_TOKEN: 'nope', GITHUB_API_URL: e.url } });
    expect(await runDoctorCommand(['--repo', 'acme/shop'], badToken)).toBe(1);
    expect(badToken.text).toMatch(/^✗ GitHub refused the token from GITHUB_TOKEN \(401: bad or expired credentials\)/);
    const usage = fakeSetup();
    expect(await runDoctorCommand(['--nope'], usage)).toBe(2);
  });

  it('says the API cannot be reached (connection refused) before it suggests the token', async () => {
    const e = await emulator();
    const url = e.url;
    await e.close();
    const setup = fakeSetup({ env: { GITHUB_TOKEN: 'whatever', GITHUB_API_URL: url } });
    expect(await runDoctorCommand(['-R', 'acme/shop'], setup)).toBe(1);
    expect(setup.text).toMatch(
      /^✗ cannot reach the GitHub API at http:\/\/127\.0\.0\.1:\d+\n {4}.*the connection to the API was refused/,
    );
    expect(setup.text).toContain('the token has not been tried yet');
  });

  it('fails on a uses: line whose repository or ref does not exist, and warns on a branch', async () => {
    const workflows = installed();
    const moved = (file: string, to: string) =>
      (workflows[file] ?? '').replace('uses: firebreak-dev/firebreak@v0.1.0', `uses: ${to}`);
    const e = await initialised({
      overrides: {
        '.github/workflows/incident.yml': moved('.github/workflows/incident.yml', 'firebreak/firebreak@v1'),
        '.github/workflows/escalation.yml': moved('.github/workflows/escalation.yml', 'firebreak-dev/firebreak@v9.9.9'),
        '.github/workflows/postmortem.yml': moved('.github/workflows/postmortem.yml', 'firebreak-dev/firebreak@main'),
      },
    });
    const { code, text } = await doctor(e);
    expect(code).toBe(1);
    expect(text).toContain(
      '✗ incident.yml: `uses: firebreak/firebreak@v1`: repository firebreak/firebreak does not exist (or this token cannot see it)',
    );
    expect(text).toContain(
      '✗ escalation.yml: `uses: firebreak-dev/firebreak@v9.9.9`: firebreak-dev/firebreak has no action.yml at `v9.9.9` (no such tag, branch or commit)',
    );
    expect(text).toContain(
      '! postmortem.yml: `uses: firebreak-dev/firebreak@main` resolves, but `main` is a branch: every push to it changes what runs',
    );
    expect(text).toContain(
      '    Set it to `firebreak-dev/firebreak@<release tag or commit SHA>` (`firebreak init --force --only workflows` writes it).',
    );
  });

  it('warns, with the keys to set, when escalation steps page nobody and contacts are the playbook samples', async () => {
    const e = await initialised({
      overrides: {
        '.github/firebreak.yml': 'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice]}]\n',
      },
    });
    const { code, text } = await doctor(e);
    expect(code).toBe(0);
    expect(text).toContain(
      "! 3 escalation steps page nobody; 3 contacts still show the playbook's sample numbers: set them in .github/firebreak.yml",
    );
    expect(text).toContain(
      '    policies.default.steps[1].targets: step `Engineering Manager` (after 15m, P0 P1 P2) pages nobody: contact `secondary` is only a number shown in the comment.',
    );
    expect(text).toContain(
      "    contacts.secondary.phone: contact `secondary` (Secondary) still has the playbook's sample number +1-555-0102, shown to responders by the `Engineering Manager` step: set contacts.secondary.phone to the real number",
    );
  });

  it('--json prints the checklist for scripts', async () => {
    const e = await initialised();
    const { code, text } = await doctor(e, ['-R', 'acme/shop', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(text) as {
      repository: string;
      ok: boolean;
      items: Array<{ mark: string; title: string }>;
    };
    expect(report).toMatchObject({ repository: 'acme/shop', ok: true, visibility: 'private', defaultBranch: 'main' });
    expect(report.items.map((i) => i.mark)).toEqual([...Array(13).fill('ok'), 'warn']); // the postmortem check is not required
  });
});
