// readFormTemplate: the forms `firebreak init` installs come parsed from the build, and must be exactly
// what parsing them now gives; any other text (an edited form, a broken one) is parsed as before.
import { installedForms } from 'firebreak-generated:installed-forms';
import { describe, expect, it } from 'vitest';
import { FormTemplateError, parseFormTemplate, readFormTemplate } from '../../src/forms/index.js';
import { FORMS, read } from './locations.js';

describe('readFormTemplate', () => {
  for (const [name, path] of [
    ['incident', FORMS.incident],
    ['security', FORMS.security],
  ] as const) {
    it(`reads the installed ${name} form from the build, as parsing it gives`, () => {
      const text = read(path);
      expect(installedForms.has(text)).toBe(true);
      const fromBuild = readFormTemplate(text);
      expect(fromBuild).toStrictEqual(parseFormTemplate(text));
      // Each call hands out its own copy: a caller changing it changes no other run's form.
      fromBuild.fields.length = 0;
      expect(readFormTemplate(text).fields.length).toBeGreaterThan(0);
    });
  }

  it('parses an edited form now', () => {
    const edited = `${read(FORMS.incident)}\n# edited\n`;
    expect(installedForms.has(edited)).toBe(false);
    expect(readFormTemplate(edited)).toStrictEqual(parseFormTemplate(edited));
  });

  it('rejects a broken form as parsing it does', () => {
    expect(() => readFormTemplate('name: x\nbody: []\n')).toThrow(FormTemplateError);
  });
});
