// Playbook: a postmortem is reviewed like code. `firebreak postmortem lint` fails the pull request while
// the front matter is invalid, a section is still the template placeholder or an action item has no
// owner, and points out blameful language line by line for the reviewers.
import { describe, expect, test } from 'vitest';
import { BLAMEFUL_LANGUAGE, findBlameful } from '../../src/domain/postmortem/blameful.js';
import { lintPostmortem, type Problem } from '../../src/domain/postmortem/lint.js';
import { fixture } from './golden.js';
import { config } from './incident.js';

const PATH = 'docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md';
const lint = (file: string, path = PATH) => lintPostmortem(fixture(file), path, config());
const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.line}${p.column === undefined ? '' : `:${p.column}`} ${p.severity}: ${p.message}`);

describe('a finished postmortem passes', () => {
  test('good.md has no problem at all (code blocks and the blameless guidance are not prose)', () => {
    expect(lint('good.md')).toEqual([]);
  });
});

describe('front matter must match schemas/postmortem.schema.json', () => {
  test('every problem is an error at the line of its key, in words a person can act on', () => {
    expect(brief(lint('bad-front-matter.md'))).toEqual([
      '1 error: the front matter is missing `severity`',
      '2 error: `incident` must be at least 1',
      '3 error: `url` must be an http(s) URL',
      '4 error: `title` must not be empty',
      '5 error: the front matter has an unknown key `severty` (did you mean `severity`?); keys of your own start with `x-`',
      '6 error: `services` must be a list',
      '7 error: `started` must be an ISO 8601 time such as 2026-03-02T10:00:00Z',
      '9 error: `acknowledged` must be an ISO 8601 time such as 2026-03-02T10:00:00Z or null',
      '12 error: `time-to-acknowledge` must be at least 0 or null',
      '15 error: `commander` must be a GitHub login without "@" or null',
      '18 error: `roles` has an unknown key `cook`; keys of your own start with `x-`',
      '19 error: `security` must be true or false',
      '22 error: `action-items.0` is missing `text`',
    ]);
  });

  test('no front matter at all is an error on line 1', () => {
    expect(brief(lintPostmortem('# Postmortem\n\n## Action items\n', PATH, config()))).toEqual([
      '1 error: no front matter: the file must start with "---", the incident facts in YAML, and "---"',
      '3 warning: section "Action items" is empty: write what you found, or "None"',
    ]);
  });

  test('front matter that would run code is an error, not an evaluation', () => {
    expect(brief(lintPostmortem('---js\n({ incident: 42 })\n---\n', PATH, config()))[0]).toMatch(
      /^1 error: "js" front matter is not allowed/,
    );
  });

  test('invalid YAML is an error at its line', () => {
    expect(brief(lintPostmortem('---\nincident: 42\ntitle: "unclosed\n---\n', PATH, config()))[0]).toMatch(
      /^\d+ error: the front matter is not valid YAML/,
    );
  });
});

describe('the analysis must be written', () => {
  test('a _TODO placeholder left in a section is an error naming the section', () => {
    const problems = lint('unfinished.md');
    expect(brief(problems.filter((p) => p.message.includes('placeholder')))).toEqual([
      '30 error: section "Root causes" is still the template placeholder: replace the _TODO line with what you found (or "None")',
    ]);
  });

  test('every action item needs an owner and a text', () => {
    expect(brief(lint('unfinished.md').filter((p) => p.message.startsWith('action item')))).toEqual([
      '34 error: action item has no owner: end the line with "(@login)" of the person who will do it',
      '35 error: action item has no owner: end the line with "(@login)" of the person who will do it',
      '36 error: action item has no text: say what will change',
      '38 error: action item is owned by the team @acme/payments: name one person, "(@login)" — an issue cannot be assigned to a team',
      '39 error: action item has no owner: end the line with "(@login)" of the person who will do it',
    ]);
  });

  test('a section emptied of its placeholder but left blank gets a warning', () => {
    const text = fixture('good.md').replace(/## Where we got lucky\n\n[^\n]*\n/, '## Where we got lucky\n\n');
    expect(brief(lintPostmortem(text, PATH, config()))).toEqual([
      '99 warning: section "Where we got lucky" is empty: write what you found, or "None"',
    ]);
  });

  test('a postmortem without an "Action items" section gets a warning', () => {
    const text = fixture('good.md').replace('## Action items', '## Follow-ups');
    expect(brief(lintPostmortem(text, PATH, config()))).toEqual([
      '26 warning: no "## Action items" section: action items are filed as issues from it when the postmortem is merged',
    ]);
  });
});

describe('blameful language is a warning with its line and column', () => {
  test('blameful.md', () => {
    expect(brief(lint('blameful.md'))).toEqual([
      '26:1 warning: blameful language "@bob broke": a person is named as the cause: describe the change and the conditions that let it cause harm',
      '26:28 warning: blameful language "careless": judges a person: describe the conditions that made the action reasonable at the time',
      '27:22 warning: blameful language "should have": hindsight: describe what was known at the time, and what would have made the right action easy',
      '28:13 warning: blameful language "human error": "human error" ends the analysis where it should start: why did the system make the error easy and its effect large?',
      '32:14 warning: blameful language "fault of": assigns fault: name the conditions in the system that allowed the failure',
      '32:54 warning: blameful language "incompetent": judges a person: describe the conditions that made the action reasonable at the time',
      '33:22 warning: blameful language "because of @carol": a person is named as the cause: describe the change and the conditions that let it cause harm',
      '34:16 warning: blameful language "blame": assigns blame: name the conditions in the system that allowed the failure',
    ]);
  });

  test('warnings alone do not fail the lint', () => {
    expect(lint('blameful.md').every((p) => p.severity === 'warning')).toBe(true);
  });

  // One line per phrase of the table: what it catches, and a near miss it leaves alone.
  test.each<[string, string, string]>([
    [
      'should-have',
      "We should have paged earlier; she should've known; he shouldn't have pushed",
      'the alert should fire at 5%',
    ],
    ['could-have-prevented', 'a review could have prevented this', 'it could have been worse'],
    ['careless', 'a careless push', 'we cared less about latency than errors'],
    ['negligent', 'negligence by the operator', 'a negligible error rate'],
    ['reckless', 'reckless deploys', 'the deploy wrecked less than feared'],
    ['sloppy', 'sloppy config', 'slop in the scheduler'],
    ['lazy', 'the lazy fix', 'lazy-loading the module'],
    ['stupid', 'a stupid mistake', 'stupendous traffic'],
    ['incompetent', 'incompetence in the team', 'competent tooling'],
    ['fault', "it was Bob's fault", 'fault-tolerant queue'],
    ['blame', 'we blamed the network', 'a blameless review'],
    ['human-error', 'root cause: human error', 'human-readable errors'],
    ['person-as-cause', '@bob accidentally deleted the bucket', 'the rollback by @bob restored service'],
    ['caused-by-person', 'caused by @carol', 'caused by a missing index'],
  ])('%s: flags "%s", not "%s"', (id, flagged, fine) => {
    expect(findBlameful(flagged).map((f) => f.phrase.id)).toContain(id);
    expect(findBlameful(fine).map((f) => f.phrase.id)).not.toContain(id);
  });

  test('every phrase of the table has a test case above', () => {
    expect(BLAMEFUL_LANGUAGE.map((p) => p.id)).toEqual([
      'should-have',
      'could-have-prevented',
      'careless',
      'negligent',
      'reckless',
      'sloppy',
      'lazy',
      'stupid',
      'incompetent',
      'fault',
      'blame',
      'human-error',
      'person-as-cause',
      'caused-by-person',
    ]);
  });
});

describe('where the file lives', () => {
  test('a file name that is not <YYYY-MM-DD>-<slug>.md, outside the directory, is warned about', () => {
    expect(brief(lint('good.md', 'notes/Checkout Outage.md'))).toEqual([
      '1 warning: file name "Checkout Outage.md" is not <YYYY-MM-DD>-<slug>.md (lowercase letters, digits and dashes)',
      '1 warning: postmortems live in docs/postmortems/ (postmortem.directory); the index and report only read that folder',
    ]);
  });

  test('a file name dated differently from `detected` is warned about', () => {
    expect(brief(lint('good.md', 'docs/postmortems/2026-03-05-checkout.md'))).toEqual([
      '1 warning: the file name says 2026-03-05 but `detected` is 2026-03-02 (UTC)',
    ]);
  });

  test('a configured directory counts, also as a path relative to the repository root', () => {
    const c = config();
    c.postmortem.directory = 'incidents/postmortems';
    expect(lintPostmortem(fixture('good.md'), './incidents/postmortems/2026-03-02-checkout.md', c)).toEqual([]);
  });
});
