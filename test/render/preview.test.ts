// `firebreak preview <template> [--incident FILE] [--templates DIR]`.
import { describe, expect, test } from 'vitest';
import { runPreviewCommand, type PreviewIo } from '../../src/cli/preview.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import { sampleViews } from '../../src/render/samples.js';

function fakeIo(files: Record<string, string> = {}, directories: Record<string, Record<string, string>> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: PreviewIo = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file ${path}`);
      return text;
    },
    readTemplates: async (dir) => directories[dir] ?? null,
  };
  return { io, out };
}

const defaults = TemplateRegistry.defaults();

describe('firebreak preview', () => {
  test('without --incident it renders the built-in sample', async () => {
    const { io, out } = fakeIo();
    expect(await runPreviewCommand(['internal-alert'], io)).toBe(0);
    expect(out.stdout).toBe(defaults.render('internal-alert', sampleViews['internal-alert']));
    expect(out.stdout).toContain('INCIDENT: [P1] - Checkout fails for EU customers');
    expect(out.stderr).toBe('');
  });

  test('--incident reads a JSON view', async () => {
    const view = { ...sampleViews['status-update'], note: 'Rolled back <b>v2</b> @alice' };
    const { io, out } = fakeIo({ 'view.json': JSON.stringify(view) });
    expect(await runPreviewCommand(['status-update', '--incident', 'view.json'], io)).toBe(0);
    expect(out.stdout).toContain('> Rolled back &lt;b>v2&lt;/b> @\u200Balice');
  });

  test('--incident reads a YAML view and warns about keys it lacks or the template does not use', async () => {
    const yaml =
      'incident:\n  number: 7\n  title: "Disk full"\n  severity: P2\n  statusLabel: Investigating\nnote: cleaned /tmp\nextra: 1\n';
    const { io, out } = fakeIo({ 'view.yml': yaml });
    expect(await runPreviewCommand(['status-update', '--incident=view.yml'], io)).toBe(0);
    expect(out.stdout).toContain('### Status update: Investigating — incident #7 [P2]');
    expect(out.stdout).toContain('> cleaned /tmp');
    expect(out.stderr).toMatch(/view\.yml has no author, at, statusChanged/);
    expect(out.stderr).toMatch(/does not use extra/);
  });

  test('an unknown template lists the known ones and exits 1', async () => {
    const { io, out } = fakeIo();
    expect(await runPreviewCommand(['status'], io)).toBe(1);
    expect(out.stderr).toMatch(
      /unknown template "status"\. Known templates: command-reply, customer-communication, .*update-reminder\./,
    );
    expect(out.stdout).toBe('');
  });

  test('a mistyped template name gets a "did you mean"', async () => {
    const { io, out } = fakeIo();
    expect(await runPreviewCommand(['internal-alrt'], io)).toBe(1);
    expect(out.stderr).toContain(
      'unknown template "internal-alrt" (did you mean `internal-alert`?). Known templates: ',
    );
  });

  test('no template name lists the templates, where each comes from and when it is posted (exit 0)', async () => {
    const { io, out } = fakeIo();
    expect(await runPreviewCommand([], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^Templates \(firebreak preview <name> renders one with a sample incident\):\n {2}command-reply +templates\/command-reply\.md\n/,
    );
    expect(out.stdout).toContain('  internal-alert ');
    expect(out.stdout.match(/templates\/[a-z-]+\.md/g)).toHaveLength(16);
  });

  test('a missing or malformed view file exits 1 with the reason', async () => {
    const missing = fakeIo();
    expect(await runPreviewCommand(['summary', '--incident', 'nope.json'], missing.io)).toBe(1);
    expect(missing.out.stderr).toMatch(/cannot read nope\.json/);
    const broken = fakeIo({ 'bad.json': '{"incident":' });
    expect(await runPreviewCommand(['summary', '--incident', 'bad.json'], broken.io)).toBe(1);
    expect(broken.out.stderr).toMatch(/bad\.json is not valid JSON/);
    const list = fakeIo({ 'list.yml': '- a\n- b\n' });
    expect(await runPreviewCommand(['summary', '--incident', 'list.yml'], list.io)).toBe(1);
    expect(list.out.stderr).toMatch(/must hold an object/);
  });

  test("the repository's overrides are applied, and a broken one falls back with a warning", async () => {
    const good = '---\nname: runbook\ndescription: ours\n---\nRUNBOOK {{title}}\n';
    const { io, out } = fakeIo(
      {},
      { '.github/firebreak/templates': { 'runbook.md': good, 'summary.md': '---\nname: summary\n---\nx' } },
    );
    expect(await runPreviewCommand(['runbook'], io)).toBe(0);
    expect(out.stdout).toBe('RUNBOOK API Performance Issues\n');
    expect(out.stderr).toMatch(/warning: .*summary\.md:.*"description".*using the default summary template instead/);
  });

  test('--templates names another directory, which must exist', async () => {
    const { io, out } = fakeIo({}, { mine: { 'runbook.md': '---\nname: runbook\ndescription: ours\n---\nMINE\n' } });
    expect(await runPreviewCommand(['runbook', '--templates', 'mine'], io)).toBe(0);
    expect(out.stdout).toBe('MINE\n');
    expect(await runPreviewCommand(['runbook', '--templates', 'other'], io)).toBe(1);
    expect(out.stderr).toMatch(/no directory other/);
  });

  test('--help prints the usage', async () => {
    const { io, out } = fakeIo();
    expect(await runPreviewCommand(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Usage: firebreak preview \[template\]/);
  });
});
