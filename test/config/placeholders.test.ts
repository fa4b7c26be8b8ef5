// What still pages nobody: with the playbook defaults, the engineering manager, CTO and CEO steps only show
// the playbook's sample numbers. `firebreak validate` and `doctor` warn with the exact keys to set.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { isSampleNumber, placeholderProblems } from '../../src/config/placeholders.js';
import { formatPath } from '../../src/config/problems.js';

const keys = (text: string | null) =>
  placeholderProblems(loadConfig(text, 'f.yml').config).map((p) => formatPath(p.segments));

describe('placeholders', () => {
  it('with the defaults every step pages nobody and every contact is a sample', () => {
    expect(keys(null)).toEqual([
      'policies.default.steps[0].targets',
      'policies.default.steps[1].targets',
      'policies.default.steps[2].targets',
      'policies.default.steps[3].targets',
      'contacts.primary.phone',
      'contacts.secondary.phone',
      'contacts.escalation.phone',
    ]);
  });

  it('a rotation with members makes the on-call step page someone; the others still page nobody', () => {
    const text = 'rotations:\n  on-call:\n    layers: [{name: primary, members: [alice]}]\n';
    expect(keys(text)).toEqual([
      'policies.default.steps[1].targets',
      'policies.default.steps[2].targets',
      'policies.default.steps[3].targets',
      'contacts.primary.phone',
      'contacts.secondary.phone',
      'contacts.escalation.phone',
    ]);
    const [step] = placeholderProblems(loadConfig(text, 'f.yml').config);
    expect(step?.message).toBe(
      'step `Engineering Manager` (after 15m, P0 P1 P2) pages nobody: contact `secondary` is only a number shown in the comment. Set policies.default.steps[1].targets to a person, team or channel, e.g. [{user: LOGIN}], [{team: ORG/TEAM}] or [{channel: NAME}]',
    );
  });

  it('users, teams and configured channels page someone; an unknown channel does not', () => {
    const text = `rotations:
  on-call:
    layers: [{name: primary, members: [alice]}]
channels:
  ops: {type: slack, url-from: SLACK_URL}
contacts:
  primary: {phone: "+1 415 555 2671"}
  secondary: {phone: "+1 415 555 2672"}
  escalation: {phone: "+1 415 555 2673"}
policies:
  default:
    steps:
      - {id: a, name: A, after: 0m, severities: [P0], targets: [{oncall: primary}]}
      - {id: b, name: B, after: 15m, severities: [P0], targets: [{user: bob}]}
      - {id: c, name: C, after: 30m, severities: [P0], targets: [{team: acme/leads}]}
      - {id: d, name: D, after: 45m, severities: [P0], targets: [{channel: ops}]}
`;
    expect(keys(text)).toEqual([]);
  });

  it('recognises the fictional 555-0100…0199 numbers however they are written, and nothing else', () => {
    for (const phone of ['+1-555-0101', '+1 (212) 555-0199', '555.0150', '+15550123'])
      expect(isSampleNumber(phone), phone).toBe(true);
    for (const phone of ['+1-415-555-2671', '+44 20 7946 0000', '555-0200', '+1-555-01'])
      expect(isSampleNumber(phone), phone).toBe(false);
  });

  it('a contact no step shows is not reported', () => {
    const config = defaultConfig();
    config.policies.default!.steps = config.policies.default!.steps.map((s) => ({
      ...s,
      targets: [{ kind: 'user', user: 'ops' }],
    }));
    expect(placeholderProblems(config)).toEqual([]);
  });
});
