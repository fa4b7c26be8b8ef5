// What `firebreak init` installs: the embedded copies match the files in this repository, they are the
// files `firebreak simulate` installs, and the starter configuration changes nothing until edited.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { runValidateCommand } from '../../src/cli/validate.js';
import { checkFormTemplate, checkTemplateChooserConfig } from '../../src/forms/index.js';
import { EMBEDDED_FILES } from 'firebreak-generated:installed-files';
import { INSTALLED_FILES } from '../../simulator/simulate/simulate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const STARTER = EMBEDDED_FILES.find((f) => f.path === '.github/firebreak.yml')?.content ?? '';

describe('the embedded files', () => {
  it('are the files in this repository, as they are now (embedded at build time)', () => {
    for (const file of EMBEDDED_FILES)
      expect(file.content, file.source).toBe(readFileSync(root + file.source, 'utf8').replace(/\r\n?/g, '\n'));
  });

  it('are what simulate installs, plus the starter configuration', () => {
    expect(Object.fromEntries(EMBEDDED_FILES.map((f) => [f.path, f.source]))).toEqual({
      ...INSTALLED_FILES,
      '.github/firebreak.yml': 'examples/firebreak.yml',
    });
  });

  it('the forms and the chooser are valid for GitHub', () => {
    for (const file of EMBEDDED_FILES.filter((f) => f.path.startsWith('.github/ISSUE_TEMPLATE/'))) {
      const problems = file.path.endsWith('config.yml')
        ? checkTemplateChooserConfig(file.content)
        : checkFormTemplate(file.content);
      expect(
        problems.filter((p) => p.severity === 'error'),
        file.path,
      ).toEqual([]);
    }
  });
});

/**
 * The example that starts at the commented line `# key:` (a top-level key), uncommented: the lines that
 * follow while they are comments, each losing one leading "# ".
 */
function uncommented(text: string, key: string): string {
  const lines = text.split('\n');
  const start =
    lines.indexOf(`# ${key}:`) >= 0 ? lines.indexOf(`# ${key}:`) : lines.findIndex((l) => l.startsWith(`# ${key}: `));
  expect(start, `an example of ${key}`).toBeGreaterThanOrEqual(0);
  const block: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('# ') && line !== '#') break;
    if (line === '#') break;
    block.push(line.slice(2));
  }
  return `${block.join('\n')}\n`;
}

const EXAMPLES = [...STARTER.matchAll(/^# ([a-z-]+):(?: |$)/gm)].map((m) => m[1] as string);

describe('the starter .github/firebreak.yml', () => {
  it('loads without a problem and changes nothing: every line is a comment', () => {
    const loaded = loadConfig(STARTER, '.github/firebreak.yml');
    expect(loaded).toEqual({ config: defaultConfig(), problems: [], usingDefaults: true });
    expect(STARTER.split('\n').every((line) => line === '' || line.startsWith('#'))).toBe(true);
  });

  it('firebreak validate says the defaults are in use', async () => {
    const out: string[] = [];
    expect(
      await runValidateCommand([], {
        readFile: () => STARTER,
        stdout: (t) => void out.push(t),
        stderr: (t) => void out.push(t),
      }),
    ).toBe(0);
    expect(out.join('\n')).toContain('.github/firebreak.yml sets nothing: Firebreak uses the playbook defaults.');
  });

  it('shows the sections people change first', () => {
    expect(EXAMPLES).toEqual(['rotations', 'contacts', 'severities', 'default-severity', 'security', 'postmortem']);
  });

  it.each(EXAMPLES.filter((key) => key !== 'rotations'))(
    'its %s example, uncommented, shows the defaults: nothing changes',
    (key) => {
      const loaded = loadConfig(uncommented(STARTER, key), '.github/firebreak.yml');
      expect(loaded.problems).toEqual([]);
      expect(loaded.usingDefaults).toBe(false);
      expect(loaded.config).toEqual(DEFAULT_CONFIG);
    },
  );

  it('its rotation example, uncommented, puts a team on call in the default rotation and nothing else', async () => {
    const text = uncommented(STARTER, 'rotations');
    const loaded = loadConfig(text, '.github/firebreak.yml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.rotations['on-call']?.layers).toEqual([
      {
        name: 'primary',
        members: ['alice', 'bob', 'carol'],
        shift: { kind: 'weekly' },
        handoff: '09:00',
        handoffDay: 'monday',
        start: '2024-01-01',
      },
    ]);
    expect({ ...loaded.config, rotations: DEFAULT_CONFIG.rotations }).toEqual(DEFAULT_CONFIG);
    const out: string[] = [];
    const io = {
      readFile: () => text,
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void out.push(t),
      now: () => new Date('2026-03-02T10:00:00Z'),
    };
    expect(await runValidateCommand([], io)).toBe(0);
    // Valid; what still pages nobody (the steps after the on-call engineer) and the sample numbers are warnings.
    const text2 = out.join('\n');
    expect(text2).toMatch(/\.github\/firebreak\.yml: valid \(6 warnings\)\.$/);
    expect(text2).toContain('warning: policies.default.steps[1].targets: step `Engineering Manager`');
    expect(text2).not.toContain('step `On-call Engineer` (after 0m, P0 P1 P2 P3) pages nobody');
  });
});
