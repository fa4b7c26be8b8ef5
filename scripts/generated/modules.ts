// The modules Firebreak generates at build time instead of keeping generated files in src/: the default
// templates, parsed and checked (templates/*.md), the files `firebreak init` installs (its issue forms
// also parsed), the config schema's precompiled validator and its digest. scripts/build.mjs serves them
// to esbuild and vitest.config.ts to the tests under the same `firebreak-generated:` names;
// src/generated.d.ts types them. Nothing is written into the source tree, so no build or test run leaves
// it changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { configValidatorSource } from '../../src/config/schema-compiler.js';
import { parseFormTemplate } from '../../src/forms/template.js';
import { checkDefaultTemplate, mustacheTokens, parseTemplate } from '../../src/render/template.js';

export const GENERATED_PREFIX = 'firebreak-generated:';

/** Where each installed file lands in the user's repository, and where it comes from in ours. */
const INSTALLED = [
  ['.github/ISSUE_TEMPLATE/incident.yml', '.github/ISSUE_TEMPLATE/incident.yml'],
  ['.github/ISSUE_TEMPLATE/security-incident.yml', '.github/ISSUE_TEMPLATE/security-incident.yml'],
  ['.github/ISSUE_TEMPLATE/config.yml', '.github/ISSUE_TEMPLATE/config.yml'],
  ['.github/workflows/incident.yml', 'examples/workflows/incident.yml'],
  ['.github/workflows/escalation.yml', 'examples/workflows/escalation.yml'],
  ['.github/workflows/postmortem.yml', 'examples/workflows/postmortem.yml'],
  ['.github/firebreak.yml', 'examples/firebreak.yml'],
] as const;

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8').replace(/\r\n?/g, '\n');

/** templates/*.md, parsed (mustache's tokens too): a broken default template fails the build, not a run. */
function templatesModule(root: string): string {
  const names = readdirSync(join(root, 'templates'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  const templates = names.map((file) => {
    const template = parseTemplate(read(root, `templates/${file}`), `templates/${file}`);
    checkDefaultTemplate(template, file.slice(0, -3));
    return { ...template, tokens: mustacheTokens(template.body) };
  });
  // As a JSON string: V8 reads JSON.parse of a string literal faster than the same object literal.
  return `export const defaultTemplates = JSON.parse(${JSON.stringify(JSON.stringify(templates))});\n`;
}

function installedFilesModule(root: string): string {
  const files = INSTALLED.map(([path, source]) => ({ path, source, content: read(root, source) }));
  return `export const EMBEDDED_FILES = ${JSON.stringify(files)};\n`;
}

/**
 * The issue forms `firebreak init` installs, parsed, by their text: a repository that keeps them as
 * installed has its form read on every incident run without a YAML parse (src/forms/template.ts).
 * The build fails if a parsed form would not survive the trip through JSON unchanged.
 */
function installedFormsModule(root: string): string {
  const forms = INSTALLED.filter(([path]) => /^\.github\/ISSUE_TEMPLATE\/(?!config\.yml$)/.test(path)).map(
    ([, source]) => {
      const text = read(root, source);
      const form = parseFormTemplate(text);
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(form)), form))
        throw new Error(`${source}: the parsed form does not survive JSON`);
      return [text, form] as const;
    },
  );
  return `export const installedForms = new Map(${JSON.stringify(forms)});\n`;
}

/**
 * What this build reads a configuration file with: the validator's source (the schema and ajv) and the yaml
 * package's version. A configuration stamp (src/state/config-stamp.ts) names it, so a stamp another build
 * wrote never stands in for this build's validation.
 */
function configSchemaDigestModule(root: string, validator: string): string {
  const yaml = (JSON.parse(read(root, 'node_modules/yaml/package.json')) as { version: string }).version;
  const digest = createHash('sha256').update(`yaml ${yaml}\n${validator}`).digest('hex').slice(0, 16);
  return `export const CONFIG_SCHEMA_DIGEST = ${JSON.stringify(digest)};\n`;
}

/** Each generated module's source, by its name without the prefix. */
export function generatedModules(root: string): Record<string, () => string> {
  let validator: string | null = null;
  const validatorSource = (): string => (validator ??= configValidatorSource());
  return {
    templates: () => templatesModule(root),
    'installed-files': () => installedFilesModule(root),
    'installed-forms': () => installedFormsModule(root),
    'config-validator': validatorSource,
    'config-schema-digest': () => configSchemaDigestModule(root, validatorSource()),
  };
}
