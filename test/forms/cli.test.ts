// `firebreak form parse`, run with in-memory files and captured output.
import { describe, expect, it } from 'vitest';
import type { FormCommandIo } from '../../src/cli/form.js';
import { runFormParseCommand } from '../../src/cli/form.js';
import { FORMS, read } from './locations.js';

const BODY =
  '### What happened?\n\nCheckout is down.\n\n### Severity\n\nNot sure\n\n### Affected services\n\napi, payments';

function io(files: Record<string, string>, stdin = ''): FormCommandIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    readFile: async (path: string) => {
      if (path.endsWith('/'))
        throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
      if (!(path in files))
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return files[path] as string;
    },
    readStdin: () => stdin,
    stdout: (text: string) => {
      captured.out += text;
    },
    stderr: (text: string) => {
      captured.err += text;
    },
  };
  return captured;
}

const files = {
  'incident.yml': read(FORMS.incident),
  'body.md': BODY,
  'broken.yml': 'name: x\nbody:\n  - type: dropdown\n    attributes: { label: Severity }\n',
};

describe('firebreak form parse', () => {
  it('prints the answers keyed by field id, one per line', async () => {
    const run = io(files);
    expect(await runFormParseCommand(['--template', 'incident.yml', '--body', 'body.md'], run)).toBe(0);
    expect(run.out).toBe(
      [
        'what-happened: Checkout is down.',
        'severity: Not sure',
        'who-is-affected: (no answer)',
        'workaround: (no answer)',
        'services: api, payments',
        'detection: (no answer)',
        'started-at: (no answer)',
        'links: (no answer)',
        'impact-flags: (no answer)',
        '',
      ].join('\n'),
    );
    expect(run.err).toBe('');
  });

  it('--json prints them as JSON keyed by field id, indented by two spaces', async () => {
    const run = io(files);
    expect(await runFormParseCommand(['--template', 'incident.yml', '--body', 'body.md', '--json'], run)).toBe(0);
    expect(run.out).toBe(
      `${JSON.stringify(
        {
          'what-happened': 'Checkout is down.',
          severity: 'Not sure',
          'who-is-affected': null,
          workaround: null,
          services: ['api', 'payments'],
          detection: null,
          'started-at': null,
          links: null,
          'impact-flags': null,
        },
        null,
        2,
      )}\n`,
    );
    expect(run.err).toBe('');
  });

  it('reads the body from stdin with "-", and accepts --flag=value', async () => {
    const run = io(files, '### Severity\n\nP9');
    expect(await runFormParseCommand(['--template=incident.yml', '--body=-', '--json'], run)).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ severity: 'P9', 'what-happened': null });
    expect(run.err).toBe(
      'warning: "What happened?" is required, but its section is missing from the issue.\n' +
        'warning: "Severity": "P9" is not one of the options (P0 - Critical: complete outage for all users, confirmed data breach or active security compromise | ' +
        'P1 - High: major functionality down for many users, severe slowdown, or potential security incident | ' +
        'P2 - Medium: minor functionality or performance degraded, workaround exists, minor security alert | ' +
        'P3 - Low: cosmetic, no functional impact | P4 - Informational: observation requiring investigation | Not sure).\n',
    );
  });

  it('says which file it cannot read', async () => {
    const missing = io(files);
    expect(await runFormParseCommand(['--template', 'nope.yml', '--body', 'body.md'], missing)).toBe(1);
    expect(missing.err).toBe('firebreak form parse: cannot read the template "nope.yml": no such file\n');
    expect(missing.out).toBe('');
    const directory = io(files);
    expect(await runFormParseCommand(['--template', 'incident.yml', '--body', 'bodies/'], directory)).toBe(1);
    expect(directory.err).toBe('firebreak form parse: cannot read the body "bodies/": it is a directory\n');
  });

  it('explains why a template is not a usable form', async () => {
    const run = io(files);
    expect(await runFormParseCommand(['--template', 'broken.yml', '--body', 'body.md'], run)).toBe(1);
    expect(run.err).toBe(
      'firebreak form parse: "broken.yml" is not a usable issue form:\n  - body[0] (Severity): a dropdown needs a list of non-empty options\n',
    );
  });

  it('shows usage for missing, unknown or valueless arguments', async () => {
    for (const argv of [[], ['--template', 'incident.yml'], ['--body'], ['--verbose']]) {
      const run = io(files);
      expect(await runFormParseCommand(argv, run), argv.join(' ')).toBe(2);
      expect(run.err).toMatch(
        /^firebreak form parse: .+\nRun `firebreak form parse --help` for usage and examples\.\n$/,
      );
    }
    const help = io(files);
    expect(await runFormParseCommand(['--help'], help)).toBe(0);
    expect(help.out).toMatch(/^Usage: firebreak form parse --template FORM\.yml --body FILE\|- \[--json\]/);
    expect(help.out).toContain('Examples:');
  });
});
