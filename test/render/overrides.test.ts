// A repository overrides templates with files of the same name in .github/firebreak/templates/.
import { describe, expect, test } from 'vitest';
import { TemplateRegistry, UnknownTemplateError } from '../../src/render/registry.js';
import { renderTemplate } from '../../src/render/render.js';
import { sampleViews } from '../../src/render/samples.js';

const defaults = TemplateRegistry.defaults();
const view = sampleViews['status-update'];

const override = `---
name: status-update
description: Our shorter status update.
---
**{{incident.statusLabel}}** — {{note}}
`;

describe('template overrides', () => {
  test('an override of the same name replaces the default', () => {
    const registry = defaults.withOverrides({ 'status-update.md': override });
    expect(registry.render('status-update', view)).toBe(`**Mitigating** — ${view.note}\n`);
    expect(registry.get('status-update').source).toBe('.github/firebreak/templates/status-update.md');
    expect(registry.warnings).toEqual([]);
  });

  test('keys may be names, file names or paths; when and variables default to the built-in ones', () => {
    const registry = defaults.withOverrides({ '.github/firebreak/templates/status-update.md': override });
    expect(registry.get('status-update').when).toBe(defaults.get('status-update').when);
    expect(registry.get('status-update').variables).toEqual(defaults.get('status-update').variables);
  });

  test('other templates keep their defaults, and the default registry is unchanged', () => {
    const registry = defaults.withOverrides({ 'status-update': override });
    expect(registry.get('summary')).toBe(defaults.get('summary'));
    expect(defaults.get('status-update').source).toBe('templates/status-update.md');
  });

  test('broken front matter falls back to the default with a warning naming the file and line', () => {
    const registry = defaults.withOverrides({
      'status-update.md': '---\nname: status-update\ndescription: [oops\n---\nbody',
    });
    expect(registry.get('status-update')).toBe(defaults.get('status-update'));
    expect(registry.warnings).toEqual([
      expect.stringMatching(
        /^\.github\/firebreak\/templates\/status-update\.md:\d+: front matter is not valid YAML: .* — using the default status-update template instead\.$/,
      ),
    ]);
  });

  test('broken mustache falls back to the default with a warning', () => {
    const registry = defaults.withOverrides({
      'status-update.md': '---\nname: status-update\ndescription: d\n---\n{{#note}} unclosed',
    });
    expect(registry.render('status-update', view)).toBe(defaults.render('status-update', view));
    expect(registry.warnings[0]).toMatch(/status-update\.md:5: mustache syntax: Unclosed section "note"/);
  });

  test('a name in front matter that does not match the file is refused', () => {
    const registry = defaults.withOverrides({ 'summary.md': override });
    expect(registry.get('summary')).toBe(defaults.get('summary'));
    expect(registry.warnings[0]).toMatch(/does not match the file name "summary\.md"/);
  });

  test('a file that names no template is ignored with the list of known ones', () => {
    const registry = defaults.withOverrides({ 'status.md': override });
    expect(registry.warnings[0]).toMatch(
      /no template is named "status".*Known templates: command-reply, customer-communication/,
    );
  });

  test('a variable the view does not have is a warning (it would render empty)', () => {
    const registry = defaults.withOverrides({ 'status-update.md': override.replace('{{note}}', '{{notes}}') });
    expect(registry.warnings).toEqual([
      expect.stringMatching(/\{\{notes\}\} is not part of the status-update view.*Available: incident, author/),
    ]);
  });

  test('an override that fails while rendering falls back to the default and says so', () => {
    const registry = defaults.withOverrides({
      'status-update.md': override.replace('{{note}}', '{{note}} {{#incident.title.map}}x{{/incident.title.map}}'),
    });
    const warnings: string[] = [];
    const out = renderTemplate(
      registry.get('status-update'),
      { ...view, incident: { ...view.incident, title: ['a'] } },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(out).toContain('### Status update');
    expect(warnings).toEqual([
      expect.stringMatching(/status-update\.md failed to render .* the default status-update template was used/),
    ]);
  });

  test('an unknown template name is an error listing the known ones', () => {
    expect(() => defaults.get('status')).toThrow(UnknownTemplateError);
    expect(() => defaults.get('status')).toThrow(
      /Unknown template "status"\. Known templates: command-reply, .*, update-reminder\./,
    );
  });
});
