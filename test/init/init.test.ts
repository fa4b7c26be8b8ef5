// `firebreak init`: the forms, workflows and starter configuration land in the checkout, nothing is
// overwritten unless asked (the configuration never), and the labels appear in the repository — created through the API.
import { describe, expect, it } from 'vitest';
import { runInitCommand } from '../../src/cli/init.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { EMBEDDED_FILES } from 'firebreak-generated:installed-files';
import { firebreakLabels } from '../../src/init/labels.js';
import { REPOSITORY, VERSION } from '../../src/version.js';
import { emulator, envFor, fakeSetup, labelsOf } from './support.js';

const PATHS = EMBEDDED_FILES.map((f) => f.path);
const DEFAULT_LABEL_NAMES = firebreakLabels(defaultConfig()).map((l) => l.name);

describe('firebreak init writes the files', () => {
  it('into an empty checkout: every file created, with the repository in the template chooser', async () => {
    const setup = fakeSetup({ remote: 'git@github.com:acme/shop.git' });
    expect(await runInitCommand(['--no-labels'], setup)).toBe(0);
    expect(setup.written).toEqual(PATHS);
    expect(PATHS).toEqual([
      '.github/ISSUE_TEMPLATE/incident.yml',
      '.github/ISSUE_TEMPLATE/security-incident.yml',
      '.github/ISSUE_TEMPLATE/config.yml',
      '.github/workflows/incident.yml',
      '.github/workflows/escalation.yml',
      '.github/workflows/postmortem.yml',
      '.github/firebreak.yml',
    ]);
    expect(setup.checkout.get('.github/ISSUE_TEMPLATE/config.yml')).toContain(
      'url: https://github.com/acme/shop/security/advisories/new',
    );
    expect(setup.checkout.get('.github/workflows/escalation.yml')).toBe(
      EMBEDDED_FILES.find((f) => f.path === '.github/workflows/escalation.yml')?.content,
    );
    expect(setup.text).toContain('Setting up Firebreak for acme/shop (from git remote origin).');
    expect(setup.text).toContain('  created  .github/workflows/escalation.yml');
    expect(setup.text).toContain('  skipped (--no-labels)');
  });

  it('keeps a file that exists, and says so', async () => {
    const setup = fakeSetup({
      files: { '.github/workflows/incident.yml': 'name: ours\n' },
      env: { GITHUB_REPOSITORY: 'acme/shop' },
    });
    expect(await runInitCommand(['--no-labels'], setup)).toBe(0);
    expect(setup.checkout.get('.github/workflows/incident.yml')).toBe('name: ours\n');
    expect(setup.written).not.toContain('.github/workflows/incident.yml');
    expect(setup.text).toMatch(/^ {2}exists +\.github\/workflows\/incident\.yml$/m);
    expect(setup.text).toContain(
      'Existing forms and workflows were kept; --force refreshes them (and shows what changes).',
    );
  });

  it('refreshes it with --force, prints the diff, and leaves a file that is already up to date alone', async () => {
    const escalation = EMBEDDED_FILES.find((f) => f.path === '.github/workflows/escalation.yml')?.content ?? '';
    const setup = fakeSetup({
      files: {
        '.github/workflows/incident.yml': 'name: ours\n',
        '.github/workflows/escalation.yml': escalation.replace(/\n/g, '\r\n'),
      },
      env: { GITHUB_REPOSITORY: 'acme/shop' },
    });
    expect(await runInitCommand(['--force', '--no-labels'], setup)).toBe(0);
    expect(setup.checkout.get('.github/workflows/incident.yml')).toContain('name: Firebreak incident');
    expect(setup.text).toMatch(/^ {2}refreshed +\.github\/workflows\/incident\.yml$/m);
    expect(setup.text).toContain(
      '      --- a/.github/workflows/incident.yml\n      +++ b/.github/workflows/incident.yml',
    );
    expect(setup.text).toContain('      -name: ours\n      +# Firebreak: triage incidents filed from the issue forms');
    expect(setup.text).toMatch(/^ {2}up to date +\.github\/workflows\/escalation\.yml$/m);
    expect(setup.written).not.toContain('.github/workflows/escalation.yml');
  });

  it('--dry-run writes nothing and says what it would do', async () => {
    const setup = fakeSetup({
      files: { '.github/firebreak.yml': 'severities: {}\n' },
      env: { GITHUB_REPOSITORY: 'acme/shop' },
    });
    expect(await runInitCommand(['--dry-run', '--no-labels'], setup)).toBe(0);
    expect(setup.written).toEqual([]);
    expect(setup.text).toContain('Dry run: nothing is written or created.');
    expect(setup.text).toMatch(/^ {2}would create +\.github\/ISSUE_TEMPLATE\/incident\.yml$/m);
    expect(setup.text).toMatch(/^ {2}kept +\.github\/firebreak\.yml$/m);
    const forced = fakeSetup({
      files: { '.github/firebreak.yml': 'severities: {}\n', '.github/workflows/incident.yml': 'name: ours\n' },
      env: { GITHUB_REPOSITORY: 'acme/shop' },
    });
    expect(await runInitCommand(['--dry-run', '--force', '--no-labels'], forced)).toBe(0);
    expect(forced.written).toEqual([]);
    expect(forced.text).toMatch(/^ {2}would refresh +\.github\/workflows\/incident\.yml$/m);
    expect(forced.text).toMatch(/^ {2}kept +\.github\/firebreak\.yml$/m);
  });

  it('without a known repository keeps the OWNER/REPO placeholder and says to replace it', async () => {
    const setup = fakeSetup();
    expect(await runInitCommand([], setup)).toBe(0);
    expect(setup.checkout.get('.github/ISSUE_TEMPLATE/config.yml')).toContain(
      'https://github.com/OWNER/REPO/security/advisories/new',
    );
    expect(setup.text).toContain('Setting up Firebreak (repository unknown: pass --repo owner/name).');
    expect(setup.text).toContain('config.yml links to OWNER/REPO');
    expect(setup.text).toContain('skipped: the repository is unknown');
  });

  it('--repo wins over GITHUB_REPOSITORY and the remote; GitHub Enterprise Server links go to its own host', async () => {
    const setup = fakeSetup({
      env: { GITHUB_REPOSITORY: 'other/place', GITHUB_API_URL: 'https://ghe.example.com/api/v3' },
      remote: 'https://github.com/third/one',
    });
    expect(await runInitCommand(['--repo', 'acme/shop', '--no-labels'], setup)).toBe(0);
    expect(setup.text).toContain('for acme/shop (from --repo)');
    expect(setup.checkout.get('.github/ISSUE_TEMPLATE/config.yml')).toContain(
      'url: https://ghe.example.com/acme/shop/security/advisories/new',
    );
  });

  it('--ref pins the action in every workflow it writes', async () => {
    const sha = 'a'.repeat(40);
    const setup = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--ref', sha, '--no-labels'], setup)).toBe(0);
    for (const name of ['incident', 'escalation', 'postmortem']) {
      const text = setup.checkout.get(`.github/workflows/${name}.yml`) ?? '';
      expect(text).toContain(`uses: firebreak-dev/firebreak@${sha}`);
      expect(text).not.toContain('@v0.1.0');
    }
    expect(setup.text).toContain(`The workflows use \`uses: firebreak-dev/firebreak@${sha}\` (pinned to a commit).`);
    const tag = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--ref', 'v1.4.0', '--no-labels'], tag)).toBe(0);
    expect(tag.text).toContain('a release commit SHA (--ref) pins the action');
  });

  it('refuses bad usage with exit 2', async () => {
    for (const argv of [
      ['--bogus'],
      ['extra'],
      ['--repo', 'not-a-repo'],
      ['--ref', 'v1 # x'],
      ['--only', 'labels'],
      ['--action', 'no-slash'],
    ]) {
      const setup = fakeSetup();
      expect(await runInitCommand(argv, setup)).toBe(2);
      expect(setup.written).toEqual([]);
      expect(setup.err.join('\n')).toMatch(/firebreak init: /);
    }
    const help = fakeSetup();
    expect(await runInitCommand(['--help'], help)).toBe(0);
    expect(help.text).toContain(
      'Usage: firebreak init [--dry-run] [--force] [--only WHAT] [-R OWNER/NAME] [--action OWNER/REPO] [--ref REF] [--no-labels]',
    );
    expect(help.text).toContain('Examples:\n  firebreak init -R acme/shop');
  });

  it("the uses: line is this package's repository at its version tag by default, or --action at --ref", async () => {
    const plain = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--no-labels'], plain)).toBe(0);
    expect(plain.checkout.get('.github/workflows/incident.yml')).toContain(`uses: ${REPOSITORY}@v${VERSION}`);
    const fork = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--action', 'acme/firebreak-fork', '--ref', 'v2.0.0', '--no-labels'], fork)).toBe(0);
    for (const name of ['incident', 'escalation', 'postmortem'])
      expect(fork.checkout.get(`.github/workflows/${name}.yml`)).toContain('uses: acme/firebreak-fork@v2.0.0');
  });

  it("never overwrites .github/firebreak.yml, not even with --force: the team's rotation stays", async () => {
    const ours = 'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice, bob]}]\n';
    const setup = fakeSetup({ files: { '.github/firebreak.yml': ours }, env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--force', '--no-labels'], setup)).toBe(0);
    expect(setup.checkout.get('.github/firebreak.yml')).toBe(ours);
    expect(setup.written).not.toContain('.github/firebreak.yml');
    expect(setup.text).toContain('.github/firebreak.yml is yours: init never overwrites it, not even with --force.');
  });

  it('--only installs one part: workflows, forms or config (repeated or comma-separated)', async () => {
    const workflows = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--only', 'workflows', '--no-labels'], workflows)).toBe(0);
    expect(workflows.written.sort()).toEqual([
      '.github/workflows/escalation.yml',
      '.github/workflows/incident.yml',
      '.github/workflows/postmortem.yml',
    ]);
    const two = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand(['--only', 'forms,config', '--no-labels'], two)).toBe(0);
    expect(two.written.sort()).toEqual([
      '.github/ISSUE_TEMPLATE/config.yml',
      '.github/ISSUE_TEMPLATE/incident.yml',
      '.github/ISSUE_TEMPLATE/security-incident.yml',
      '.github/firebreak.yml',
    ]);
    const refresh = fakeSetup({
      files: {
        '.github/workflows/incident.yml': 'name: old\n',
        '.github/ISSUE_TEMPLATE/incident.yml': 'name: old form\n',
      },
      env: { GITHUB_REPOSITORY: 'acme/shop' },
    });
    expect(await runInitCommand(['--force', '--only', 'workflows', '--no-labels'], refresh)).toBe(0);
    expect(refresh.checkout.get('.github/ISSUE_TEMPLATE/incident.yml')).toBe('name: old form\n');
    expect(refresh.checkout.get('.github/workflows/incident.yml')).toContain('name: Firebreak incident');
  });

  it('reports a file it cannot write and exits 1', async () => {
    const setup = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    setup.files.writeFile = (path) =>
      path.endsWith('postmortem.yml') ? Promise.reject(new Error('EACCES: permission denied')) : Promise.resolve();
    expect(await runInitCommand(['--no-labels'], setup)).toBe(1);
    expect(setup.text).toMatch(/^ {2}failed +\.github\/workflows\/postmortem\.yml: EACCES: permission denied$/m);
  });
});

describe('firebreak init creates the labels', () => {
  it('every label of the configuration, in the emulator, through GITHUB_API_URL; existing ones left alone', async () => {
    const e = await emulator({
      labels: [
        { name: 'Incident', color: '000000', description: 'ours' },
        { name: 'bug', color: 'd73a4a', description: '' },
      ],
    });
    const setup = fakeSetup({ env: envFor(e, { GITHUB_REPOSITORY: 'acme/shop' }) });
    expect(await runInitCommand([], setup)).toBe(0);
    expect(setup.connections).toEqual([{ repo: 'acme/shop', token: e.botToken, apiUrl: e.url }]);

    expect(DEFAULT_LABEL_NAMES).toEqual([
      'incident',
      'security',
      'sla:breached',
      'postmortem',
      'postmortem-action',
      'severity:P0',
      'severity:P1',
      'severity:P2',
      'severity:P3',
      'severity:P4',
      'status:investigating',
      'status:identified',
      'status:mitigating',
      'status:monitoring',
      'status:resolved',
    ]);
    const labels = await labelsOf(e);
    const names = labels.map((l) => l.name);
    for (const name of DEFAULT_LABEL_NAMES.filter((n) => n !== 'incident')) expect(names).toContain(name);
    // GitHub label names are case-insensitive: "Incident" is the incident label, kept as the owners made it.
    expect(labels.find((l) => l.name.toLowerCase() === 'incident')).toMatchObject({
      name: 'Incident',
      color: '000000',
    });
    expect(labels.find((l) => l.name === 'severity:P0')).toMatchObject({ color: 'b60205' });
    expect(setup.text).toMatch(/^ {2}exists +incident$/m);
    expect(setup.text).toMatch(/^ {2}created +severity:P0$/m);

    // A second run finds them all.
    const again = fakeSetup({
      env: envFor(e, { GITHUB_REPOSITORY: 'acme/shop' }),
      files: Object.fromEntries(setup.checkout),
    });
    e.resetRequests();
    expect(await runInitCommand([], again)).toBe(0);
    expect(again.text.match(/^ {2}exists +\S+$/gm)).toHaveLength(DEFAULT_LABEL_NAMES.length);
    expect(Object.keys(e.requests).filter((route) => route.startsWith('POST'))).toEqual([]);
  });

  it('follows the checkout’s configuration: renamed labels and service labels', async () => {
    const e = await emulator();
    const config = 'labels:\n  incident: {name: outage}\nservices:\n  checkout: {name: Checkout}\n';
    const setup = fakeSetup({
      env: envFor(e, { GITHUB_REPOSITORY: 'acme/shop' }),
      files: { '.github/firebreak.yml': config },
    });
    expect(await runInitCommand([], setup)).toBe(0);
    const names = (await labelsOf(e)).map((l) => l.name);
    expect(names).toContain('outage');
    expect(names).not.toContain('incident');
    expect((await labelsOf(e)).find((l) => l.name === 'service:checkout')).toMatchObject({
      color: 'ededed',
      description: 'Incidents affecting Checkout',
    });
  });

  it('--dry-run only lists them', async () => {
    const e = await emulator();
    const before = await labelsOf(e);
    e.resetRequests();
    const setup = fakeSetup({ env: envFor(e, { GITHUB_REPOSITORY: 'acme/shop' }) });
    expect(await runInitCommand(['--dry-run'], setup)).toBe(0);
    expect(Object.keys(e.requests)).toEqual(['GET /repos/{owner}/{repo}/labels']);
    expect(await labelsOf(e)).toEqual(before);
    expect(setup.text).toMatch(/^ {2}would create +severity:P0$/m);
  });

  it('takes GH_TOKEN when GITHUB_TOKEN is not set', async () => {
    const e = await emulator();
    const setup = fakeSetup({ env: { GH_TOKEN: e.botToken, GITHUB_API_URL: e.url, GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand([], setup)).toBe(0);
    expect((await labelsOf(e)).map((l) => l.name)).toContain('status:resolved');
  });

  it('without a token writes the files and says why the labels matter', async () => {
    const setup = fakeSetup({ env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(await runInitCommand([], setup)).toBe(0);
    expect(setup.written).toHaveLength(PATHS.length);
    expect(setup.text).toContain('skipped: no token. Set GITHUB_TOKEN or GH_TOKEN');
    expect(setup.text).toContain('GitHub skips form labels that do not exist');
  });

  it('a token that cannot read the repository fails with exit 1, after writing the files', async () => {
    const e = await emulator();
    const setup = fakeSetup({
      env: { GITHUB_TOKEN: 'not-a-token', GITHUB_API_URL: e.url, GITHUB_REPOSITORY: 'acme/shop' },
    });
    expect(await runInitCommand([], setup)).toBe(1);
    expect(setup.written).toHaveLength(PATHS.length);
    expect(setup.err.join('\n')).toContain(
      'labels not created: GitHub refused the token from GITHUB_TOKEN (401: bad or expired credentials)',
    );
  });
});
