// The scenario check that runs before any step: every problem, at its line and column, and none for
// the scenarios that ship (examples/).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, formatScenarioProblems } from '../../simulator/simulate/check-scenario.js';
import { repositoryFiles } from '../../simulator/simulate/installed.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';

const P1 = 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident';

/** The problems of a scenario, as the CLI prints them. */
function check(text: string): string[] {
  const scenario = parseScenario(text, 'scenario.yml');
  const out = formatScenarioProblems(checkScenario(scenario, text, repositoryFiles(scenario)), 'scenario.yml');
  return out === '' ? [] : out.split('\n');
}

const HEAD = `users: { alice: write, bob: triage, carol: read }
steps:
  - at: "10:00"
    file-incident:
      as: carol
      title: Checkout fails
      fields:
        what-happened: Checkout returns 502.
        severity: "${P1}"
`;

describe('scenarios that ship', () => {
  const scenarios = readdirSync(new URL('../../examples/', import.meta.url)).filter(
    (f) => f.endsWith('.yml') && /^steps:/m.test(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8')),
  );

  it('examples/ has scenarios', () => expect(scenarios).toContain('demo.yml'));

  it.each(scenarios)('examples/%s has no problem', (file) => {
    expect(check(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'))).toEqual([]);
  });

  it('a filing with every kind of field answered has none', () => {
    const text = `${HEAD}        services: [api, payments]
        workaround: "No"
        detection: Customer report
        impact-flags: [Suspected security impact]
  - comment: { issue: 1, as: alice, body: /ack }
  - label: { issue: 1, as: bob, add: "severity:P0" }
  - redeliver: { step: 2 }
  - dispatch: { workflow: escalation.yml, as: alice }
  - dispatch: { workflow: escalation.yml }
`;
    expect(check(text)).toEqual([]);
  });
});

describe('the form and its answers', () => {
  it('a misspelt field id, with the field meant', () => {
    expect(check(`${HEAD}        who-is-afected: EU customers\n`)).toEqual([
      'scenario.yml:10:9: step 1: incident.yml has no field `who-is-afected` (did you mean `who-is-affected`?); its fields: what-happened, severity, who-is-affected, workaround, services, detection, started-at, links, impact-flags',
    ]);
  });

  it('a dropdown answer that is not an option: the option it starts, or the nearest one', () => {
    expect(check(HEAD.replace(P1, 'P1'))).toEqual([
      `scenario.yml:9:19: step 1: severity: "P1" is not an option (did you mean "${P1}"?)`,
    ]);
    expect(check(`${HEAD}        detection: Customr report\n`)).toEqual([
      'scenario.yml:10:20: step 1: detection: "Customr report" is not an option (did you mean "Customer report"?)',
    ]);
    expect(check(`${HEAD}        workaround: Maybe\n`)[0]).toBe(
      'scenario.yml:10:21: step 1: workaround: "Maybe" is not an option; the options: "Yes", "Yes, partially", "No", "Unknown"',
    );
  });

  it('a list for a single dropdown, options for a multiple one, labels for checkboxes', () => {
    expect(check(`${HEAD}        workaround: ["No", "Yes"]\n`)).toEqual([
      'scenario.yml:10:21: step 1: workaround: this dropdown takes one option, not a list',
    ]);
    expect(check(`${HEAD}        services: [api, paymnts]\n`)).toEqual([
      'scenario.yml:10:19: step 1: services: "paymnts" is not an option (did you mean "payments"?)',
    ]);
    expect(check(`${HEAD}        services: api\n`)).toEqual([]);
    expect(check(`${HEAD}        impact-flags: Suspected security impact\n`)).toEqual([
      'scenario.yml:10:23: step 1: impact-flags: checkboxes take a list of the labels to tick, e.g. ["Customer data may be at risk"]',
    ]);
    expect(check(`${HEAD}        impact-flags: [Security impact]\n`)[0]).toContain(
      'no checkbox is labelled "Security impact"',
    );
  });

  it('an answer YAML reads as a number or a mapping', () => {
    expect(check(`${HEAD}        started-at: 1030\n`)).toEqual([
      'scenario.yml:10:21: step 1: started-at: "1030" is read as a number: write it in quotes',
    ]);
    expect(check(`${HEAD}        links: { a: b }\n`)).toEqual([
      'scenario.yml:10:16: step 1: links: takes text, not a mapping',
    ]);
  });

  it('a missing required field is an error in a public repository, where GitHub refuses the submission', () => {
    const text = `visibility: public\n${HEAD.replace(`        severity: "${P1}"\n`, '')}`;
    expect(check(text)).toEqual([
      'scenario.yml:8:7: step 1: incident.yml: required field severity (Severity) not answered; GitHub would refuse the submission',
    ]);
    expect(check(text.replace('what-happened: Checkout returns 502.', 'what-happened: ""'))[0]).toContain(
      'required fields what-happened (What happened?), severity (Severity) not answered',
    );
  });

  it('in a private repository it is a warning: GitHub enforces required fields only in public ones', () => {
    expect(check(HEAD.replace(`        severity: "${P1}"\n`, ''))).toEqual([
      'scenario.yml:7:7: warning: step 1: incident.yml: required field severity (Severity) not answered; GitHub enforces required fields only in public repositories, so this private one accepts it',
    ]);
  });

  it('a form that is not installed, with the one meant; and the scenario’s own files count', () => {
    expect(check(HEAD.replace('as: carol', 'form: incdent.yml\n      as: carol'))).toEqual([
      'scenario.yml:5:13: step 1: there is no issue form .github/ISSUE_TEMPLATE/incdent.yml (did you mean `incident.yml`?); the forms: incident.yml, security-incident.yml',
    ]);
    const own = `files:\n  .github/ISSUE_TEMPLATE/outage.yml: |\n    name: Outage\n    description: d\n    body:\n      - type: input\n        id: where\n        attributes: { label: Where? }\n${HEAD.replace('as: carol', 'form: outage.yml\n      as: carol')}`;
    expect(check(own)).toEqual([
      'scenario.yml:17:9: step 1: outage.yml has no field `what-happened`; its fields: where',
      'scenario.yml:18:9: step 1: outage.yml has no field `severity`; its fields: where',
    ]);
    expect(check(`install: false\n${HEAD}`)[0]).toContain('the forms: none');
  });

  it('a form pushed to the default branch before the filing is the one checked', () => {
    const text = `users: { alice: write, carol: read }
steps:
  - push: { as: alice, files: { .github/ISSUE_TEMPLATE/outage.yml: "name: Outage\\ndescription: d\\nbody:\\n  - {type: input, id: where, attributes: {label: Where?}}\\n" } }
  - file-incident: { form: outage.yml, as: carol, title: Down, fields: { where: EU } }
`;
    expect(check(text)).toEqual([]);
  });
});

describe('people, numbers and steps', () => {
  it('someone who is not in users, with the login meant', () => {
    expect(check(`${HEAD}  - comment: { issue: 1, as: alcie, body: /ack }\n`)).toEqual([
      'scenario.yml:10:30: step 2: alcie is not in users (did you mean `alice`?); add them to users: with a permission (read, triage, write, maintain or admin)',
    ]);
    expect(
      check(
        `repositories: { acme/security: { users: { sam: write } } }\n${HEAD}  - comment: { issue: 1, as: sam, body: hi }\n`,
      ),
    ).toEqual([]);
  });

  it('an issue number that cannot exist yet', () => {
    expect(check(`users: { alice: write }\nsteps:\n  - comment: { issue: 1, as: alice, body: /ack }\n`)).toEqual([
      'scenario.yml:3:23: step 1: #1 cannot exist yet: no issue has been opened before this step',
    ]);
    // Right after the filing, its run may not have opened anything before the next step's number is read…
    expect(check(`${HEAD}  - comment: { issue: 3, as: alice, body: /ack }\n`)).toEqual([
      'scenario.yml:10:23: step 2: #3 cannot exist yet: by this step at most 2 issues and pull requests can exist (1 opened by the scenario, at most 1 by Firebreak)',
    ]);
    // …but #2 might be a postmortem pull request by then, and after a merge action items are filed.
    expect(check(`${HEAD}  - comment: { issue: 2, as: alice, body: hi }\n`)).toEqual([]);
    expect(check(`${HEAD}  - merge: { pull: 2, as: alice }\n  - comment: { issue: 9, as: alice, body: hi }\n`)).toEqual(
      [],
    );
  });

  it('merging what is an issue, or before any pull request can exist', () => {
    expect(check(`${HEAD}  - merge: { pull: 1, as: alice }\n`)).toEqual([
      'scenario.yml:10:20: step 2: #1 is the issue opened at step 1, not a pull request',
    ]);
    expect(check(`users: { alice: write }\nsteps:\n  - merge: { pull: 1, as: alice }\n`)[0]).toContain(
      'no pull request can exist yet',
    );
  });

  it('deleting an issue as someone who is not an admin, or transferring it to a repository the scenario lacks', () => {
    expect(
      check(
        `${HEAD}  - delete-issue: { issue: 1, as: alice }\n  - transfer-issue: { issue: 1, as: alice, to: acme/paymnts }\n`,
      ),
    ).toEqual([
      'scenario.yml:10:35: step 2: only admins may delete issues on GitHub, and alice is write',
      "scenario.yml:11:48: step 3: acme/paymnts is not one of the scenario's repositories; add it under repositories:",
    ]);
    expect(
      check(
        `repositories: { acme/payments: { users: { alice: write } } }\n${HEAD.replace('alice: write', 'alice: admin')}  - transfer-issue: { issue: 1, as: alice, to: acme/payments }\n  - delete-issue: { issue: 2, as: alice }\n`,
      ),
    ).toEqual([]);
    expect(() => parseScenario('steps:\n  - transfer-issue: { issue: 1, as: alice, to: payments }', 'x.yml')).toThrow(
      'x.yml: step 1: transfer-issue.to must be owner/name, got "payments"',
    );
    expect(parseScenario('steps:\n  - delete-issue: { issue: 1, as: olga }').steps[0]?.actions).toEqual([
      { kind: 'delete-issue', issue: 1, as: 'olga' },
    ]);
  });

  it('a redelivery of the same or a later step', () => {
    expect(check(`${HEAD}  - redeliver: { step: 2 }\n  - redeliver: { step: 7 }\n`)).toEqual([
      "scenario.yml:10:24: step 2: redeliver can only repeat an earlier step's events, not step 2",
      "scenario.yml:11:24: step 3: redeliver can only repeat an earlier step's events, not step 7 (the scenario has 3)",
    ]);
  });

  it('a label step with an empty or listed label', () => {
    expect(
      check(`${HEAD}  - label: { issue: 1, as: bob, add: "" }\n  - label: { issue: 1, as: bob, remove: [a, b] }\n`),
    ).toEqual([
      'scenario.yml:10:38: step 2: label.add is empty: name a label',
      'scenario.yml:11:41: step 3: label.remove takes one label name as text',
    ]);
  });

  it('a dispatch of a workflow that is not there', () => {
    expect(check(`${HEAD}  - dispatch: { workflow: escalaton.yml, as: alice }\n`)).toEqual([
      'scenario.yml:10:27: step 2: there is no workflow .github/workflows/escalaton.yml (did you mean `escalation.yml`?); the workflows: incident.yml, escalation.yml, postmortem.yml',
    ]);
  });

  it('a time before the previous step’s (a step before start is fine: it happens at the start)', () => {
    expect(check(`${HEAD}  - { at: "09:30", sweep: {} }\n`)).toEqual([
      'scenario.yml:10:11: step 2: at 2026-03-02T09:30:00.000Z is before step 1 (2026-03-02T10:00:00.000Z): the clock cannot go back (for a later day, use an ISO time or +DURATION)',
    ]);
    expect(
      check(
        HEAD.replace(
          'users: { alice: write, bob: triage, carol: read }\nsteps:\n',
          'users: { alice: write, bob: triage, carol: read }\nsteps:\n  - { at: "09:59", wait: {} }\n',
        ),
      ),
    ).toEqual([]);
  });

  it('in bursts and concurrent steps, at the item', () => {
    const text = `${HEAD}  - burst:
      - comment: { issue: 1, as: alice, body: /ack }
      - comment: { issue: 1, as: eve, body: /ack }
  - concurrent: { times: 2, steps: [ { comment: { issue: 4, as: alice, body: hi } } ] }
  - concurrent: [ { sweep: {} }, { redeliver: { step: 9 } } ]
`;
    expect(check(text)).toEqual([
      'scenario.yml:12:34: step 2: eve is not in users; add them to users: with a permission (read, triage, write, maintain or admin)',
      'scenario.yml:13:58: step 3: #4 cannot exist yet: by this step at most 2 issues and pull requests can exist (1 opened by the scenario, at most 1 by Firebreak)',
      "scenario.yml:14:55: step 4: redeliver can only repeat an earlier step's events, not step 9 (the scenario has 4)",
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const text = `${HEAD.replace(P1, 'P9')}        whot: x\n  - comment: { issue: 5, as: zed, body: hi }\n  - redeliver: { step: 3 }\n`;
    expect(check(text).map((line) => line.split(': ')[0])).toEqual([
      'scenario.yml:9:19',
      'scenario.yml:10:9',
      'scenario.yml:11:23',
      'scenario.yml:11:30',
      'scenario.yml:12:24',
    ]);
  });
});

describe('history steps: open-pull, deploy, release', () => {
  const HISTORY = `users: { alice: write, bob: write }
steps:
  - push: { as: bob, branch: fix, files: { a.txt: "a" } }
  - open-pull: { as: bob, branch: fix, title: Fix }
  - merge: { pull: 1, as: alice }
  - deploy: { as: alice }
  - release: { as: alice, tag: v1.0.0 }
`;

  it('read with their defaults', () => {
    const steps = parseScenario(HISTORY).steps.flatMap((s) => s.actions);
    expect(steps.slice(1)).toEqual([
      { kind: 'open-pull', as: 'bob', branch: 'fix', title: 'Fix', body: '' },
      { kind: 'merge', pull: 1, as: 'alice' },
      { kind: 'deploy', as: 'alice', environment: 'production', ref: 'main' },
      { kind: 'release', as: 'alice', tag: 'v1.0.0' },
    ]);
  });

  it('a pull request a person opened can be merged before any incident; an issue cannot', () => {
    expect(check(HISTORY)).toEqual([]);
    const issueFirst = HISTORY.replace(
      '  - push:',
      '  - open-issue: { as: bob, title: Not a pull request, body: "" }\n  - push:',
    );
    expect(check(issueFirst)).toEqual([
      'scenario.yml:6:20: step 4: #1 is the issue opened at step 1, not a pull request',
    ]);
  });

  it('release needs a tag; an unknown user is named', () => {
    expect(() => parseScenario(`users: { alice: write }\nsteps:\n  - release: { as: alice }\n`)).toThrow(
      /release needs "tag"/,
    );
    expect(check(HISTORY.replace('deploy: { as: alice }', 'deploy: { as: alcie }'))).toEqual([
      expect.stringMatching(/step 4: alcie is not in users \(did you mean `alice`\?\)/),
    ]);
  });
});
