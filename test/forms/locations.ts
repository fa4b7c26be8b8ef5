// Where the form tests find their inputs: our own templates and golden cases in this repository, and
// the real-world corpus (test/fixtures/issue-form-corpus, with its provenance) and SchemaStore's schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'issue-form-corpus');
export const SCHEMAS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'schemas');
export const GOLDEN_DIR = join(REPO_ROOT, 'test', 'fixtures', 'forms');
export const FORMS = {
  incident: join(REPO_ROOT, '.github', 'ISSUE_TEMPLATE', 'incident.yml'),
  security: join(REPO_ROOT, '.github', 'ISSUE_TEMPLATE', 'security-incident.yml'),
  chooser: join(REPO_ROOT, '.github', 'ISSUE_TEMPLATE', 'config.yml'),
};

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Case folders (template + issue.md + expected.json) under a fixtures directory. */
export function caseNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
