// checkFormTemplate against the errors GitHub documents ("Common validation errors when creating issue
// forms"), each pointing at the line to fix; and checkTemplateChooserConfig for config.yml.
import { describe, expect, it } from 'vitest';
import type { TemplateProblem } from '../../src/forms/index.js';
import { checkFormTemplate, checkTemplateChooserConfig } from '../../src/forms/index.js';

const HEAD = 'name: Incident\ndescription: File an incident\n';

/** A form with the given body elements (YAML list items, indented under `body:`). */
function form(body: string, head = HEAD): string {
  return `${head}body:\n${body}`;
}

const textarea = (label: string, id?: string): string =>
  `  - type: textarea\n${id ? `    id: ${id}\n` : ''}    attributes:\n      label: "${label}"\n`;

function errors(problems: TemplateProblem[]): string[] {
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
}

describe('checkFormTemplate', () => {
  it('accepts a minimal form', () => {
    expect(checkFormTemplate(form(textarea('What happened?', 'what-happened')))).toEqual([]);
  });

  it('needs name, description and body', () => {
    expect(errors(checkFormTemplate('title: x\n'))).toEqual([
      'name: required key `name` is missing',
      'description: required key `description` is missing',
      'body: required key `body` is missing',
    ]);
  });

  it('refuses empty strings and strings YAML reads as something else', () => {
    const problems = checkFormTemplate(form(textarea('x'), 'name: "  "\ndescription: true\n'));
    expect(errors(problems)).toEqual([
      'name: must not be empty or only whitespace; remove the key instead',
      'description: must be a string; quote values such as "Yes", "true" or "1.0"',
    ]);
  });

  it('refuses keys GitHub does not know, at the top, in an element and in its attributes', () => {
    const yaml = form(
      `  - type: input\n    x: woof\n    attributes:\n      label: Name\n      colour: red\n`,
      `${HEAD}hello: world\n`,
    );
    expect(errors(checkFormTemplate(yaml))).toEqual([
      expect.stringMatching(/^hello: `hello` is not a permitted key/),
      expect.stringMatching(/^body\[0\]\.x: `x` is not a permitted key/),
      expect.stringMatching(/^body\[0\]\.attributes\.colour: `colour` is not a permitted key/),
    ]);
  });

  it('refuses keys YAML 1.1 reads as booleans (GitHub’s forbidden keys)', () => {
    const problems = checkFormTemplate(`${HEAD}on: push\nbody:\n${textarea('x')}`);
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', line: 3, message: expect.stringMatching(/forbidden key "on"/) }),
    );
  });

  it('needs at least one field besides markdown', () => {
    expect(errors(checkFormTemplate(form('  - type: markdown\n    attributes:\n      value: Hi\n')))).toEqual([
      'body: body must contain at least one non-markdown field',
    ]);
  });

  it('needs unique ids made of letters, digits, - and _', () => {
    const yaml = form(textarea('First name', 'name') + textarea('Last name', 'name') + textarea('Age', 'your age'));
    expect(errors(checkFormTemplate(yaml))).toEqual([
      'body[2].id: `id` can only contain letters, digits, "-" and "_"',
      'body[1].id: body must have unique ids: "name" is also the id of body[0]',
    ]);
  });

  it('needs unique labels unless ids tell the fields apart', () => {
    expect(errors(checkFormTemplate(form(textarea('Name') + textarea('Name'))))).toEqual([
      'body[1].attributes.label: body must have unique labels: "Name" is also the label of body[0]',
    ]);
    const withIds = checkFormTemplate(form(textarea('Name', 'name_1') + textarea('Name', 'name_2')));
    expect(errors(withIds)).toEqual([]);
    expect(withIds).toEqual([expect.objectContaining({ severity: 'warning', path: 'body[1].attributes.label' })]);
  });

  it('refuses labels too similar to tell apart (GitHub’s example: "Name?" and "Name???????" with id name)', () => {
    expect(errors(checkFormTemplate(form(textarea('Name?') + textarea('Name???????', 'name'))))).toEqual([
      'body[1].attributes.label: labels are too similar: body[0] and this field both become "name"; give one of them an id',
    ]);
    expect(errors(checkFormTemplate(form(textarea('Name?') + textarea('Your name'))))).toEqual([]);
  });

  it('refuses two fields Firebreak would file under the same key', () => {
    expect(errors(checkFormTemplate(form(textarea('Other', 'what_happened') + textarea('What happened?'))))).toEqual([
      'body[1].attributes.label: Firebreak would file this answer and body[0]\'s under the same key "what_happened"; give one of them a distinct id',
    ]);
  });

  it('refuses a checkbox labelled like another field, and repeated checkboxes', () => {
    const yaml = form(
      `${textarea('Name')}  - type: checkboxes\n    attributes:\n      label: Flags\n      options:\n        - label: Name\n        - label: Other\n        - label: Other\n`,
    );
    expect(errors(checkFormTemplate(yaml))).toEqual([
      'body[1].attributes.options[2].label: checkboxes must have unique labels: "Other" appears twice',
      'body[1].attributes.options[0].label: checkbox "Name" has the same label as body[0]',
    ]);
  });

  describe('dropdown options', () => {
    const dropdown = (options: string, extra = ''): string =>
      form(
        `  - type: dropdown\n    id: workaround\n    attributes:\n      label: Is there a workaround?\n${extra}      options:\n${options}`,
      );

    it('must be quoted when YAML would read them as booleans', () => {
      const problems = checkFormTemplate(dropdown('        - Yes\n        - "Yes, partially"\n        - No\n'));
      expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
        ['body[0].attributes.options[0]', 9, expect.stringMatching(/must not include booleans/)],
        ['body[0].attributes.options[2]', 11, expect.stringMatching(/must not include booleans/)],
      ]);
    });

    it('must be unique, and must not include the reserved word None', () => {
      expect(errors(checkFormTemplate(dropdown('        - "No"\n        - "No"\n        - none\n')))).toEqual([
        'body[0].attributes.options[1]: options must be unique: "No" appears twice',
        'body[0].attributes.options[2]: options must not include the reserved word "None" (GitHub offers it for an optional dropdown)',
      ]);
    });

    it('must not be empty, and a default must point at one of them', () => {
      expect(errors(checkFormTemplate(dropdown('        []\n')))).toContainEqual(
        'body[0].attributes.options: a dropdown needs a non-empty list of `options`',
      );
      expect(errors(checkFormTemplate(dropdown('        - "Yes"\n', '      default: 3\n')))).toEqual([
        'body[0].attributes.default: `default` must be the index of an option (0 to 0)',
      ]);
    });
  });

  it('refuses "password" in an input or textarea label', () => {
    expect(errors(checkFormTemplate(form(textarea('Database password'))))).toEqual([
      'body[0].attributes.label: label contains the forbidden word "password"',
    ]);
  });

  it('refuses labels that are not strings', () => {
    expect(errors(checkFormTemplate(form('  - type: input\n    attributes:\n      label: true\n')))).toEqual([
      'body[0].attributes.label: must be a string; quote values such as "Yes", "true" or "1.0"',
    ]);
  });

  it('refuses an element without type, a type GitHub does not know, and markdown without value', () => {
    const yaml = form(
      '  - attributes:\n      label: A\n  - type: x\n    attributes:\n      label: B\n  - type: markdown\n    attributes: {}\n' +
        textarea('C'),
    );
    expect(errors(checkFormTemplate(yaml))).toEqual([
      'body[0].type: required key `type` is missing',
      'body[1].type: "x" is not a valid input type',
      'body[2].attributes.value: required key `value` is missing',
    ]);
  });

  it('checks template labels: not an empty list, no repeats, at most 50 characters', () => {
    expect(errors(checkFormTemplate(form(textarea('x'), `${HEAD}labels: []\n`)))).toEqual([
      'labels: must not be an empty list; remove the key instead',
    ]);
    const long = 'x'.repeat(51);
    expect(errors(checkFormTemplate(form(textarea('x'), `${HEAD}labels: [incident, incident, ${long}]\n`)))).toEqual([
      'labels[1]: label "incident" is listed twice',
      `labels[2]: label "${long}" is longer than GitHub's 50-character limit for label names`,
    ]);
    expect(errors(checkFormTemplate(form(textarea('x'), `${HEAD}labels: "incident, security"\n`)))).toEqual([]);
  });

  it('checks assignees are GitHub logins', () => {
    expect(errors(checkFormTemplate(form(textarea('x'), `${HEAD}assignees: [octocat, "-bad-"]\n`)))).toEqual([
      'assignees[1]: "-bad-" is not a GitHub login',
    ]);
  });

  it('says where YAML itself is broken', () => {
    const problems = checkFormTemplate(`${HEAD}body:\n  - type: input\n    attributes: [oops\n`);
    expect(problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
  });

  it('refuses an empty file', () => {
    expect(errors(checkFormTemplate('# nothing yet\n'))).toEqual([': the file is empty']);
    expect(errors(checkTemplateChooserConfig(''))).toEqual([': the file is empty']);
  });

  it('refuses a second YAML document (an extra ---)', () => {
    expect(errors(checkFormTemplate(`${HEAD}---\nbody:\n${textarea('x')}`))).toEqual([
      ': the file holds more than one YAML document: remove the extra `---` line (GitHub then sees no `body`)',
    ]);
  });
});

describe('checkTemplateChooserConfig', () => {
  it('accepts blank issues and a contact link', () => {
    expect(
      checkTemplateChooserConfig(
        'blank_issues_enabled: false\ncontact_links:\n  - name: A\n    url: https://x.example\n    about: B\n',
      ),
    ).toEqual([]);
  });

  it('refuses unknown keys, non-boolean switches and links without an http(s) URL', () => {
    const yaml =
      'blank_issues_enabled: "yes"\nextra: 1\ncontact_links:\n  - name: A\n    url: mailto:a@example.com\n    about: ""\n';
    expect(checkTemplateChooserConfig(yaml).map((p) => `${p.path}@${p.line}: ${p.message}`)).toEqual([
      'extra@2: `extra` is not a permitted key',
      'blank_issues_enabled@1: must be true or false',
      'contact_links[0].url@5: must be an http(s) URL',
      'contact_links[0].about@6: `about` must be a non-empty string',
    ]);
  });
});
