// The forms Firebreak ships: valid for SchemaStore's schemas and for GitHub's documented rules, and
// carrying the playbook's severity definitions.
import { Ajv } from 'ajv';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { DropdownField, FormTemplate } from '../../src/forms/index.js';
import { checkFormTemplate, checkTemplateChooserConfig, parseFormTemplate } from '../../src/forms/index.js';
import { CORPUS_DIR, FORMS, GOLDEN_DIR, SCHEMAS_DIR, caseNames, read } from './locations.js';

const ajv = new Ajv({ strict: false, allErrors: true });
const formSchema = ajv.compile(JSON.parse(read(join(SCHEMAS_DIR, 'github-issue-forms.json'))));
const chooserSchema = ajv.compile(JSON.parse(read(join(SCHEMAS_DIR, 'github-issue-config.json'))));

const corpusTemplates = caseNames(CORPUS_DIR).map((name) => [name, join(CORPUS_DIR, name, 'template.yml')] as const);
const goldenTemplates = caseNames(GOLDEN_DIR)
  .map((name) => [`golden ${name}`, join(GOLDEN_DIR, name, 'template.yml')] as const)
  .filter(([, path]) => existsSync(path));
const allForms = [
  ['incident.yml', FORMS.incident] as const,
  ['security-incident.yml', FORMS.security] as const,
  ...goldenTemplates,
  ...corpusTemplates,
];

function field(template: FormTemplate, key: string) {
  const found = template.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe('every form we ship or read validates', () => {
  it.each(allForms)('%s matches SchemaStore’s issue-forms schema', (_, path) => {
    expect(formSchema(parseYaml(read(path))), JSON.stringify(formSchema.errors)).toBe(true);
  });

  it.each(allForms)('%s breaks none of GitHub’s documented rules', (_, path) => {
    expect(checkFormTemplate(read(path))).toEqual([]);
  });

  it('config.yml matches SchemaStore’s template-chooser schema and GitHub’s rules', () => {
    expect(chooserSchema(parseYaml(read(FORMS.chooser))), JSON.stringify(chooserSchema.errors)).toBe(true);
    expect(checkTemplateChooserConfig(read(FORMS.chooser))).toEqual([]);
  });
});

describe('the incident form', () => {
  const text = read(FORMS.incident);
  const form = parseFormTemplate(text);

  it('labels what it files as an incident', () => {
    expect(form.labels).toEqual(['incident']);
  });

  it('opens with a markdown note on what happens next', () => {
    const first = (parseYaml(text) as { body: Array<{ type: string; attributes: { value: string } }> }).body[0];
    expect(first?.type).toBe('markdown');
    expect(first?.attributes.value).toMatch(/what happens next/i);
  });

  it('asks for every answer triage needs, under stable ids', () => {
    expect(form.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['what-happened', 'textarea', true],
      ['severity', 'dropdown', true],
      ['who-is-affected', 'textarea', false],
      ['workaround', 'dropdown', false],
      ['services', 'dropdown', false],
      ['detection', 'dropdown', false],
      ['started-at', 'input', false],
      ['links', 'textarea', false],
      ['impact-flags', 'checkboxes', false],
    ]);
    expect(form.fields.every((f) => f.id === f.key)).toBe(true);
  });

  it('offers P0 to P4 with the playbook’s definitions, then "Not sure"', () => {
    const severity = field(form, 'severity') as DropdownField;
    expect(severity.multiple).toBe(false);
    expect(severity.options.map((o) => o.split(':')[0])).toEqual([
      'P0 - Critical',
      'P1 - High',
      'P2 - Medium',
      'P3 - Low',
      'P4 - Informational',
      'Not sure',
    ]);
    const [p0, p1, p2, p3, p4] = severity.options;
    expect(p0).toMatch(/complete outage for all users.*data breach.*security compromise/);
    expect(p1).toMatch(/major functionality.*potential security incident/);
    expect(p2).toMatch(/minor functionality.*workaround.*security alert/);
    expect(p3).toMatch(/cosmetic, no functional impact/);
    expect(p4).toMatch(/observation requiring investigation/);
  });

  it('keeps every option short enough to read in the dropdown (100 characters)', () => {
    for (const f of form.fields)
      if (f.type === 'dropdown') for (const o of f.options) expect(o.length).toBeLessThanOrEqual(100);
  });

  it('asks about workaround, services, detection and the data/security flags with fixed choices', () => {
    expect((field(form, 'workaround') as DropdownField).options).toEqual(['Yes', 'Yes, partially', 'No', 'Unknown']);
    const services = field(form, 'services') as DropdownField;
    expect(services.multiple).toBe(true);
    expect(services.options).toEqual(['api', 'web', 'database', 'payments', 'auth', 'other']);
    expect((field(form, 'detection') as DropdownField).options).toEqual([
      'Monitoring alert',
      'Customer report',
      'Internal report',
    ]);
    const flags = field(form, 'impact-flags');
    expect(flags.type === 'checkboxes' && flags.options.map((o) => o.label)).toEqual([
      'Customer data may be at risk',
      'Suspected security impact',
    ]);
    expect(field(form, 'started-at').label).toMatch(/UTC/);
  });
});

describe('the security incident form', () => {
  const text = read(FORMS.security);
  const form = parseFormTemplate(text);

  it('labels what it files as a security incident', () => {
    expect(form.labels).toEqual(['incident', 'security']);
  });

  it('warns first that issue text is public and points to the private channel', () => {
    const first = (parseYaml(text) as { body: Array<{ type: string; attributes: { value: string } }> }).body[0];
    expect(first?.type).toBe('markdown');
    expect(first?.attributes.value).toMatch(/public repository/i);
    expect(first?.attributes.value).toMatch(/edit history/i);
    expect(first?.attributes.value).toMatch(/private vulnerability reporting/i);
  });

  it('asks the type, whether it is confirmed, data at risk, systems and how it was detected', () => {
    expect(form.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['type', 'dropdown', true],
      ['confirmed', 'dropdown', true],
      ['data-at-risk', 'textarea', false],
      ['systems', 'textarea', false],
      ['detection', 'textarea', false],
    ]);
    expect((field(form, 'type') as DropdownField).options).toEqual([
      'Data breach',
      'Unauthorized access',
      'DDoS',
      'Vulnerability report',
      'Malware',
      'Other',
    ]);
    expect((field(form, 'confirmed') as DropdownField).options).toEqual(['Confirmed', 'Suspected']);
  });
});

describe('the template chooser', () => {
  it('keeps blank issues and links to private vulnerability reporting', () => {
    const config = parseYaml(read(FORMS.chooser)) as {
      blank_issues_enabled: boolean;
      contact_links: Array<{ url: string }>;
    };
    expect(config.blank_issues_enabled).toBe(true);
    expect(config.contact_links.map((l) => l.url)).toEqual(['https://github.com/OWNER/REPO/security/advisories/new']);
  });
});
