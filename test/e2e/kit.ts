// Shared pieces of the end-to-end tests: run a scenario through the built bundle on the emulator and
// read the thread back.
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { simulate, type SimulationResult } from '../../simulator/simulate/simulate.js';

export const root = new URL('../..', import.meta.url).pathname;

export function run(yaml: string): Promise<SimulationResult> {
  return simulate(parseScenario(yaml), { packageRoot: root });
}

export const BOT = 'github-actions[bot]';

export const bots = (result: SimulationResult, number = 1) =>
  result.issues.find((i) => i.number === number)?.comments.filter((c) => c.author === BOT) ?? [];
export const kinds = (result: SimulationResult, number = 1) =>
  bots(result, number).map((c) => /"kind":"([^"]+)"/.exec(c.body)?.[1]);
/**
 * The distinct events of a type the action's comments record: a fact-only command's event is held by
 * the summary and by the copy in a later reply (one fact, one key, folded once), so keyed events count
 * once; an unkeyed one counts per occurrence.
 */
export const eventsOf = (result: SimulationResult, type: string, number = 1) => {
  const found = bots(result, number).flatMap((c) =>
    [...c.body.matchAll(new RegExp(`"type":"${type}"[^}]*`, 'g'))].map((m) => m[0]),
  );
  const key = (e: string) => /"key":"([^"]+)"/.exec(e)?.[1];
  return found.filter((e, i) => key(e) === undefined || found.findIndex((f) => key(f) === key(e)) === i);
};
export const escalatedSteps = (result: SimulationResult, number = 1) =>
  bots(result, number).flatMap((c) => [...c.body.matchAll(/"type":"escalated","step":"([^"]+)"/g)].map((m) => m[1]));
export const issue = (result: SimulationResult, number = 1) => result.issues.find((i) => i.number === number);

/** The rotation block of .github/firebreak.yml: alice is on call (UTC, weekly from 2026-03-02). */
export const ON_CALL_YAML = `    rotations:
      on-call:
        time-zone: UTC
        layers:
          - {name: primary, members: [alice], shift: weekly, handoff: "09:00", start: 2026-03-02}
`;

/** A repository where alice is on call. */
export const HEADER = `
start: 2026-03-02T10:00:00Z
users: { alice: write, bob: triage, carol: read, dave: read }
files:
  .github/firebreak.yml: |
${ON_CALL_YAML}`;

/** The same, with Slack and PagerDuty: PagerDuty hears the on-call step, Slack the EM step. */
export const CHANNELS = `${HEADER}    channels:
      ops: {type: slack, url-from: FIREBREAK_SLACK_URL}
      pd: {type: pagerduty, routing-key-from: FIREBREAK_PAGERDUTY_KEY, severities: [P0, P1]}
    policies:
      default:
        steps:
          - {id: on-call, name: On-call Engineer, after: 0m, severities: [P0, P1, P2], targets: [{oncall: primary}, {channel: pd}]}
          - {id: engineering-manager, name: Engineering Manager, after: 15m, severities: [P0, P1], targets: [{contact: secondary}, {channel: ops}]}
`;

export const fileIncident = (
  severity: 'P0' | 'P1' | 'P2',
  at = '10:00',
  title = 'Checkout fails',
  what = 'Checkout returns errors for everyone in the EU.',
) => {
  const options = {
    P0: 'P0 - Critical: complete outage for all users, confirmed data breach or active security compromise',
    P1: 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident',
    P2: 'P2 - Medium: minor functionality or performance degraded, workaround exists, minor security alert',
  };
  return `
  - at: "${at}"
    file-incident:
      form: incident.yml
      as: carol
      title: ${title}
      fields:
        what-happened: ${what}
        severity: "${options[severity]}"
        workaround: "No"
`;
};
