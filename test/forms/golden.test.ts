// Golden cases: a form template, the issue body, and the answers (plus what to tell the reporter)
// side by side. Ours are under test/fixtures/forms; the real-world corpus under test/fixtures/issue-form-corpus.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormTemplate, parseIssueForm, renderIssueFormBody } from '../../src/forms/index.js';
import { CORPUS_DIR, GOLDEN_DIR, REPO_ROOT, caseNames, read } from './locations.js';

/** A case names its template either as its own template.yml or by a repository path in `template`. */
function templateOf(dir: string): string {
  const own = join(dir, 'template.yml');
  return existsSync(own) ? read(own) : read(join(REPO_ROOT, read(join(dir, 'template')).trim()));
}

describe('our incident and security forms, as filed and as edited by people', () => {
  const cases = caseNames(GOLDEN_DIR);

  it('has at least 16 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(GOLDEN_DIR, name);
    const parsed = parseIssueForm(read(join(dir, 'issue.md')), parseFormTemplate(templateOf(dir)));
    expect(parsed.fields).toEqual(JSON.parse(read(join(dir, 'expected.json'))));
    const diagnostics = join(dir, 'diagnostics.json');
    if (existsSync(diagnostics)) expect(parsed.diagnostics).toMatchObject(JSON.parse(read(diagnostics)));
    else expect(parsed.diagnostics).toEqual([]);
  });

  it('renders the answers of a complete incident back into exactly the body GitHub wrote', () => {
    const dir = join(GOLDEN_DIR, 'incident-complete');
    const answers = JSON.parse(read(join(dir, 'expected.json')));
    expect(renderIssueFormBody(parseFormTemplate(templateOf(dir)), answers)).toBe(read(join(dir, 'issue.md')));
  });
});

describe('the real-world corpus (test/fixtures/issue-form-corpus), exactly as given', () => {
  const cases = caseNames(CORPUS_DIR);

  it('is there to read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(CORPUS_DIR, name);
    const parsed = parseIssueForm(read(join(dir, 'issue.md')), parseFormTemplate(read(join(dir, 'template.yml'))));
    const expected = JSON.parse(read(join(dir, 'expected.json')));
    expect(parsed.fields).toEqual(expected);
    expect(Object.keys(parsed.fields)).toEqual(Object.keys(expected));
  });
});
