// renderIssueFormBody writes what GitHub writes for a submitted form, and the parser reads it back.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingText, matchHeading } from '../../src/forms/headings.js';
import type { FormAnswers, FormField, FormTemplate, FormValue } from '../../src/forms/index.js';
import { parseFormTemplate, parseIssueForm, renderIssueFormBody } from '../../src/forms/index.js';
import { CORPUS_DIR, FORMS, GOLDEN_DIR, caseNames, read } from './locations.js';

const SMALL = parseFormTemplate(`
name: Small
description: d
body:
  - type: markdown
    attributes: { value: Not rendered }
  - type: input
    id: when
    attributes: { label: When? }
  - type: textarea
    id: logs
    attributes: { label: Logs, render: shell }
  - type: dropdown
    id: services
    attributes: { label: Services, multiple: true, options: [api, web] }
  - type: dropdown
    id: workaround
    attributes: { label: Workaround, options: ["Yes", "Yes, partially"] }
  - type: checkboxes
    id: flags
    attributes:
      label: Flags
      options: [{ label: Data at risk }, { label: Security }]
`);

describe('renderIssueFormBody', () => {
  it('writes one "### Label" section per field, in template order, without markdown fields', () => {
    const body = renderIssueFormBody(SMALL, {
      flags: { selected: ['Security'], unselected: ['Data at risk'] },
      services: ['web', 'api'],
      workaround: 'Yes, partially',
      logs: 'ERROR boom',
      when: '09:40 UTC',
    });
    expect(body).toBe(
      '### When?\n\n09:40 UTC\n\n### Logs\n\n```shell\nERROR boom\n```\n\n### Services\n\nweb, api\n\n' +
        '### Workaround\n\nYes, partially\n\n### Flags\n\n- [ ] Data at risk\n- [X] Security',
    );
  });

  it('writes "_No response_" for empty answers, and all boxes unticked when none are given', () => {
    expect(renderIssueFormBody(SMALL, { when: '  ', services: [] })).toBe(
      '### When?\n\n_No response_\n\n### Logs\n\n_No response_\n\n### Services\n\n_No response_\n\n' +
        '### Workaround\n\n_No response_\n\n### Flags\n\n- [ ] Data at risk\n- [ ] Security',
    );
  });

  it('takes the ticked checkbox labels as a plain list', () => {
    expect(renderIssueFormBody(SMALL, { flags: ['Data at risk'] })).toMatch(/- \[X\] Data at risk\n- \[ \] Security$/);
  });

  it('fences a render answer with a longer fence when the answer holds one', () => {
    expect(renderIssueFormBody(SMALL, { logs: 'a\n```\nb' })).toContain('### Logs\n\n````shell\na\n```\nb\n````');
  });

  it('refuses unknown fields and checkbox labels, and lists where a single answer is expected', () => {
    expect(() => renderIssueFormBody(SMALL, { sevrity: 'P1' })).toThrow(
      'form "Small" has no field "sevrity"; its fields are when, logs, services, workaround, flags',
    );
    expect(() => renderIssueFormBody(SMALL, { flags: ['Nope'] })).toThrow('no checkbox is labelled "Nope"');
    expect(() => renderIssueFormBody(SMALL, { workaround: ['Yes'] })).toThrow(
      'only a dropdown with `multiple: true` takes a list',
    );
  });

  it('writes a dropdown answer that is not an option as given, so scenarios can file bad answers', () => {
    expect(renderIssueFormBody(SMALL, { workaround: 'Maybe' })).toContain('### Workaround\n\nMaybe\n\n');
  });
});

// ---- parse(render(x)) == x ----

const TEMPLATES: Array<[string, FormTemplate]> = [
  ['incident.yml', parseFormTemplate(read(FORMS.incident))],
  ['security-incident.yml', parseFormTemplate(read(FORMS.security))],
  [
    'team services with ", "',
    parseFormTemplate(read(join(GOLDEN_DIR, 'incident-multiselect-comma-options', 'template.yml'))),
  ],
  ...caseNames(CORPUS_DIR).map((name): [string, FormTemplate] => [
    name,
    parseFormTemplate(read(join(CORPUS_DIR, name, 'template.yml'))),
  ]),
];

const EMPTY_WORDS = new Set(['None', '_No response_']);
const FENCE_LIKE = /^ {0,3}(`{3,}|~{3,})/;
const CHARS = [
  'a',
  'Z',
  '0',
  ' ',
  '#',
  '`',
  '~',
  '-',
  '*',
  '[',
  ']',
  'x',
  'X',
  ',',
  '_',
  '(',
  ')',
  '?',
  ':',
  '>',
  'é',
  '🔥',
  '\t',
];

/** Canonical answers only: trimmed, non-empty, not a word GitHub uses for "no answer". */
const canonical = (text: string): boolean => text !== '' && text === text.trim() && !EMPTY_WORDS.has(text);

/**
 * Lines of text, often shaped like what trips parsers: stray "### " headings, this form's own headings,
 * fence lines, checkbox lines and the words GitHub writes for "no answer".
 */
function lines(template: FormTemplate): fc.Arbitrary<string> {
  const raw = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 30 });
  return fc.oneof(
    { weight: 5, arbitrary: raw },
    { weight: 2, arbitrary: raw.map((t) => `### ${t}`) },
    { weight: 1, arbitrary: fc.constantFrom(...template.fields.map((f) => `### ${f.label}`)) },
    { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '````js', '- [x] a', 'None', '_No response_', 'a, b') },
  );
}

function answer(template: FormTemplate, field: FormField): fc.Arbitrary<FormValue> {
  // A line of free text outside a fence must not be read as one of this form's own headings.
  const namesAField = (text: string): boolean => {
    const heading = headingText(text);
    return heading !== null && matchHeading(heading, template.fields, new Set()) !== null;
  };
  const line = lines(template);
  switch (field.type) {
    case 'dropdown':
      return field.multiple
        ? fc.option(fc.shuffledSubarray(field.options, { minLength: 1 }), { nil: null })
        : fc.option(fc.constantFrom(...field.options), { nil: null });
    case 'checkboxes': {
      const labels = field.options.map((option) => option.label);
      return fc
        .subarray(labels)
        .map((selected) => ({ selected, unselected: labels.filter((l) => !selected.includes(l)) }));
    }
    default:
      break;
  }
  if (field.type === 'input') {
    // One line; GitHub inputs have no newlines. It must not open a heading or a fence.
    return fc.option(
      line.filter((t) => canonical(t) && headingText(t) === null && !FENCE_LIKE.test(t)),
      { nil: null },
    );
  }
  if (field.render) {
    // Fenced on rendering, so any lines at all, fences and headings included.
    return fc.option(
      fc
        .array(line, { minLength: 1, maxLength: 6 })
        .map((ls) => ls.join('\n').trim())
        .filter(canonical),
      { nil: null },
    );
  }
  // Free markdown: paragraphs (a stray "### x" among them is fine) and complete fenced blocks, inside
  // which even this form's own headings are just code.
  const paragraph = fc
    .array(
      line.filter((t) => !FENCE_LIKE.test(t) && !namesAField(t)),
      { minLength: 1, maxLength: 4 },
    )
    .map((ls) => ls.join('\n'));
  const fenced = fc
    .tuple(
      fc.constantFrom('```', '~~~', '````'),
      fc.constantFrom('', 'text', 'shell'),
      fc.array(
        line.filter((t) => !FENCE_LIKE.test(t)),
        { maxLength: 3 },
      ),
    )
    .map(([fence, info, ls]) => [fence + info, ...ls, fence].join('\n'));
  return fc.option(
    fc
      .array(fc.oneof(paragraph, fenced), { minLength: 1, maxLength: 4 })
      .map((blocks) => blocks.join('\n\n').trim())
      .filter(canonical),
    { nil: null },
  );
}

function answers(template: FormTemplate): fc.Arbitrary<FormAnswers> {
  return fc.record(Object.fromEntries(template.fields.map((field) => [field.key, answer(template, field)])));
}

describe('parsing what the renderer wrote gives back the answers', () => {
  it.each(TEMPLATES)('%s', (_, template) => {
    fc.assert(
      fc.property(answers(template), (x) => {
        const parsed = parseIssueForm(renderIssueFormBody(template, x), template);
        expect(parsed.fields).toEqual(x);
        expect(
          parsed.diagnostics.filter(
            (d) => d.kind !== 'missing-required' && d.kind !== 'unchecked-required' && d.kind !== 'unknown-heading',
          ),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
