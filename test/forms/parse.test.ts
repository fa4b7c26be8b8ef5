// The form body parser, rule by rule. The golden folders cover whole bodies; these pin down the edges.
import { describe, expect, it } from 'vitest';
import { splitChoices } from '../../src/forms/answers.js';
import { fencedLines, unwrapFence } from '../../src/forms/fences.js';
import { headingText } from '../../src/forms/headings.js';
import { FormTemplateError, fieldKey, parseFormTemplate, parseIssueForm } from '../../src/forms/index.js';

const TEMPLATE = parseFormTemplate(`
name: Incident
description: File an incident
labels: "incident, triage"
body:
  - type: markdown
    attributes:
      value: Thanks!
  - type: textarea
    id: what
    attributes: { label: What happened? }
    validations: { required: true }
  - type: textarea
    id: logs
    attributes: { label: Logs, render: true }
  - type: dropdown
    id: workaround
    attributes: { label: Workaround, options: ["Yes", "Yes, partially", "No"] }
  - type: dropdown
    attributes: { label: Services (optional), multiple: true, options: [api, "search, indexing", search] }
  - type: checkboxes
    id: terms
    attributes:
      label: Terms
      options:
        - label: I read the [runbook](https://example.com)
          required: true
        - label: Page the security team
  - type: upload
    id: screenshot
    attributes: { label: Screenshot }
`);

describe('reading the template', () => {
  it('keeps the answerable fields, keyed by id or label slug, and the labels it applies', () => {
    expect(TEMPLATE.fields.map((f) => f.key)).toEqual([
      'what',
      'logs',
      'workaround',
      'services_optional',
      'terms',
      'screenshot',
    ]);
    expect(TEMPLATE.labels).toEqual(['incident', 'triage']);
    expect(TEMPLATE.fields[1]).toMatchObject({ type: 'textarea', render: 'true' });
  });

  it('slugs labels the way @github/issue-parser does', () => {
    expect(fieldKey('🐛 Describe the bug')).toBe('describe_the_bug');
    expect(fieldKey('What operating system(s) are you using?')).toBe('what_operating_system_s_are_you_using');
    expect(fieldKey('Heure de début (UTC)')).toBe('heure_de_d_but_utc');
  });

  it('refuses files that cannot describe a form body', () => {
    expect(() => parseFormTemplate('name: x\nbody: [')).toThrow(FormTemplateError);
    expect(() => parseFormTemplate('name: x\n')).toThrow(/`body` must be a non-empty list/);
    expect(() => parseFormTemplate('name: x\nbody:\n  - type: dropdown\n    attributes: { label: A }\n')).toThrow(
      /needs a list of non-empty options/,
    );
    expect(() =>
      parseFormTemplate(
        'name: x\nbody:\n  - type: input\n    attributes: { label: A b }\n  - type: input\n    attributes: { label: A-b }\n',
      ),
    ).toThrow(/share the key "a_b"/);
  });
});

describe('finding sections', () => {
  it('reads "### Label" headings, with or without closing hashes, and nothing else', () => {
    expect(headingText('### Severity')).toBe('Severity');
    expect(headingText('### Severity ###')).toBe('Severity');
    expect(headingText('### Language: C#')).toBe('Language: C#');
    expect(headingText('   ### Indented')).toBe('Indented');
    expect(headingText('#### Deeper')).toBeNull();
    expect(headingText('###NoSpace')).toBeNull();
    expect(headingText('see ### below')).toBeNull();
  });

  it('knows which lines are inside a fence, and that an unclosed fence opens nothing', () => {
    expect(fencedLines(['a', '```js', '### x', '```', 'b'])).toEqual([false, true, true, true, false]);
    expect(fencedLines(['~~~~', '```', '~~~', '~~~~', 'b'])).toEqual([true, true, true, true, false]);
    expect(fencedLines(['```', '### x', 'b'])).toEqual([false, false, false]);
    expect(fencedLines(['````', '```', '### x'])).toEqual([false, false, false]);
  });

  it('unwraps a value that is one fence, whatever its info string', () => {
    expect(unwrapFence('```true\nhello\n```')).toBe('hello');
    expect(unwrapFence('~~~\nhello\n~~~~')).toBe('hello');
    expect(unwrapFence('```shell\n\n```')).toBe('');
    expect(unwrapFence('```\na\n```\ntail')).toBeNull();
  });

  it('treats lone carriage returns like newlines', () => {
    const parsed = parseIssueForm('### What happened?\r\rDown.\r### Workaround\r\rNo', TEMPLATE);
    expect(parsed.fields).toMatchObject({ what: 'Down.', workaround: 'No' });
  });

  it('says which fields were found, so a body from another form is recognisable', () => {
    expect(parseIssueForm('### What happened?\n\nDown.', TEMPLATE).found).toEqual(['what']);
    expect(parseIssueForm('Just text', TEMPLATE).found).toEqual([]);
  });
});

describe('answers', () => {
  it('unwraps render fences (```true too) and reads an empty fence as no answer', () => {
    expect(parseIssueForm('### Logs\n\n```true\nERROR 1\n```', TEMPLATE).fields.logs).toBe('ERROR 1');
    expect(parseIssueForm('### Logs\n\n```true\n\n```', TEMPLATE).fields.logs).toBeNull();
  });

  it('never splits a single choice, and forgives case and spacing in it', () => {
    expect(parseIssueForm('### Workaround\n\nYes, partially', TEMPLATE).fields.workaround).toBe('Yes, partially');
    expect(parseIssueForm('### Workaround\n\n  yes ,partially ', TEMPLATE).fields.workaround).toBe('Yes, partially');
  });

  it('reads "None" and "_No response_" as no answer, but not inside a longer value', () => {
    const parsed = parseIssueForm(
      '### What happened?\n\nThe form said _No response_ again\n\n### Workaround\n\nNone',
      TEMPLATE,
    );
    expect(parsed.fields).toMatchObject({ what: 'The form said _No response_ again', workaround: null });
  });

  it('treats an upload field as text', () => {
    expect(parseIssueForm('### Screenshot\n\n![shot](https://example.com/a.png)', TEMPLATE).fields.screenshot).toBe(
      '![shot](https://example.com/a.png)',
    );
  });

  describe('multiple choices', () => {
    const options = ['api', 'search, indexing', 'search', 'a, b, c'];

    it('keeps options that contain ", " whole', () => {
      expect(splitChoices('search, indexing, api', options)).toEqual({
        choices: ['search, indexing', 'api'],
        unknown: [],
      });
      expect(splitChoices('search, api, a, b, c', options)).toEqual({
        choices: ['search', 'api', 'a, b, c'],
        unknown: [],
      });
    });

    it('prefers a whole option to its pieces when both are options', () => {
      expect(splitChoices('a, b', ['a', 'b', 'a, b'])).toEqual({ choices: ['a, b'], unknown: [] });
      expect(splitChoices('b, a, b', ['a', 'b', 'a, b'])).toEqual({ choices: ['b', 'a, b'], unknown: [] });
    });

    it('reports parts that are no option, and skips empty ones', () => {
      expect(splitChoices('api, , blockchain,', options)).toEqual({
        choices: ['api', 'blockchain'],
        unknown: ['blockchain'],
      });
      expect(splitChoices('indexing, search', options)).toEqual({
        choices: ['indexing', 'search'],
        unknown: ['indexing'],
      });
    });

    it('accepts one choice per line and missing spaces after commas', () => {
      expect(splitChoices('API\nsearch,indexing', options)).toEqual({
        choices: ['api', 'search, indexing'],
        unknown: [],
      });
    });

    it('splits a long answer in linear time', () => {
      const answer = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'search, indexing' : 'api')).join(', ');
      expect(splitChoices(answer, options).choices).toHaveLength(20_000);
    });
  });

  describe('checkboxes', () => {
    it('reads [x] and [X], keeps labels verbatim and in template order', () => {
      const parsed = parseIssueForm(
        '### Terms\n\n- [ ] Page the security team\n- [X] I read the [runbook](https://example.com)',
        TEMPLATE,
      );
      expect(parsed.fields.terms).toEqual({
        selected: ['I read the [runbook](https://example.com)'],
        unselected: ['Page the security team'],
      });
      expect(parsed.diagnostics.filter((d) => 'field' in d && d.field === 'terms')).toEqual([]);
    });

    it('reports a required box left unticked, and a missing section as no answer', () => {
      const parsed = parseIssueForm('### What happened?\n\nDown.', TEMPLATE);
      expect(parsed.fields.terms).toBeNull();
      expect(parsed.diagnostics).toEqual([
        expect.objectContaining({
          kind: 'unchecked-required',
          field: 'terms',
          option: 'I read the [runbook](https://example.com)',
        }),
      ]);
    });
  });
});

describe('what the reporter is told', () => {
  it('names each missing or empty required answer by its label', () => {
    const missing = parseIssueForm('### Workaround\n\nNo', TEMPLATE).diagnostics.find(
      (d) => d.kind === 'missing-required',
    );
    expect(missing?.message).toBe('"What happened?" is required, but its section is missing from the issue.');
    const empty = parseIssueForm('### What happened?\n\n_No response_', TEMPLATE).diagnostics.find(
      (d) => d.kind === 'missing-required',
    );
    expect(empty?.message).toBe('"What happened?" is required, but it has no answer.');
  });

  it('lists the options when an answer is not one of them', () => {
    const [diagnostic] = parseIssueForm('### What happened?\n\nx\n\n### Workaround\n\nMaybe', TEMPLATE).diagnostics;
    expect(diagnostic?.message).toBe('"Workaround": "Maybe" is not one of the options (Yes | Yes, partially | No).');
  });

  it('reports a stray heading with its line and where its text went', () => {
    const body =
      '### What happened?\n\nDown.\n\n### Timeline\n\n09:40 alert\n\n### Workaround\n\nNo\n\n### Notes\n\nsee chat';
    const parsed = parseIssueForm(body, TEMPLATE);
    expect(parsed.fields.what).toBe('Down.\n\n### Timeline\n\n09:40 alert');
    expect(parsed.diagnostics.filter((d) => d.kind === 'unknown-heading').map((d) => d.message)).toEqual([
      '"### Timeline" (line 5) matches no field of the form; it was kept as part of "What happened?".',
      '"### Notes" (line 13) matches no field of the form; its text was not read as an answer.',
    ]);
  });
});
