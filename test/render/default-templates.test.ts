// The bundled templates: parsed at build time from templates/*.md, front matter complete, variables = the view's keys.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultTemplates } from 'firebreak-generated:templates';
import { mustacheTokens, parseTemplate } from '../../src/render/template.js';
import { renderTemplate } from '../../src/render/render.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import { sampleViews } from '../../src/render/samples.js';
import { TEMPLATE_NAMES } from '../../src/domain/views.js';

const dir = fileURLToPath(new URL('../../templates/', import.meta.url));

describe('default templates', () => {
  test('are templates/*.md as they are now', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => parseTemplate(readFileSync(dir + f, 'utf8'), `templates/${f}`))
      .map((t) => ({ ...t, tokens: mustacheTokens(t.body) }));
    expect(defaultTemplates).toEqual(files);
  });

  test('render from their build-time tokens as from their text', () => {
    for (const template of defaultTemplates) {
      expect(template.tokens?.length).toBeGreaterThan(0);
      const view = sampleViews[template.name as keyof typeof sampleViews];
      const parsedNow = { ...template, tokens: undefined };
      expect(renderTemplate(template, view)).toBe(renderTemplate(parsedNow, view));
    }
  });

  test('there is exactly one template per view model', () => {
    expect(defaultTemplates.map((t) => t.name).sort()).toEqual([...TEMPLATE_NAMES].sort());
  });

  const registry = TemplateRegistry.defaults();

  test('they load without warnings', () => {
    expect(registry.warnings).toEqual([]);
  });

  test.each(TEMPLATE_NAMES)('%s says what it is, when it is used, and lists exactly its view keys', (name) => {
    const t = registry.get(name);
    expect(t.name).toBe(name);
    expect(t.description.length).toBeGreaterThan(10);
    expect(t.when.length).toBeGreaterThan(10);
    expect([...t.variables].sort()).toEqual(Object.keys(sampleViews[name]).sort());
  });

  test('a default that uses a variable it does not list is a bug caught at load', () => {
    const broken = { summary: '---\nname: summary\ndescription: x\nvariables: [incident]\n---\n{{commander}}' };
    expect(() => TemplateRegistry.fromSources(broken)).toThrow(/uses commander/);
  });
});
