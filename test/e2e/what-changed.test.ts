// "What changed" end to end on the emulator: the internal alert and the postmortem list the pull
// requests merged, the deployments and the releases of the window before the incident was filed, newest
// first, filtered by the service's paths and capped; when GitHub cannot answer, triage still pages and
// the alert says it could not read them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../simulator/simulate/simulate.js';
import { bots, eventsOf, run } from './kit.js';

const EXAMPLE = readFileSync(new URL('../../examples/what-changed.yml', import.meta.url), 'utf8');
const FILING = '  - at: 2026-03-02T10:00:00Z\n    file-incident:';

const RESOLVE = '  - at: 2026-03-02T11:00:00Z\n';

/** The example with faults from right before the filing until right after it. */
function faultyFiling(faults: string[], scenario = EXAMPLE): string {
  expect(scenario).toContain(FILING);
  expect(scenario).toContain(RESOLVE);
  return scenario
    .replace(FILING, `${faults.map((f) => `  - fault: { api: ${f} }\n`).join('')}${FILING}`)
    .replace(RESOLVE, `  - fault: { clear: true }\n${RESOLVE}`);
}

/** Every attempt of the read-ahead query fails (the client retries a 5xx). */
const NO_GRAPHQL = '{ kind: status5xx, route: "POST /graphql", times: .inf }';

/** The lines of the "What changed" section of a text (the internal alert or the postmortem). */
function changedLines(text: string): string[] {
  const at = text.indexOf('**What changed before this began**');
  if (at < 0) return [];
  const lines = text.slice(at).split('\n').slice(1);
  const out: string[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('- ')) break;
    out.push(line);
  }
  return out;
}

const alertOf = (result: SimulationResult, number: number) =>
  bots(result, number).find((c) => c.body.includes('INCIDENT: ['))?.body ?? '';

const postmortemOf = (result: SimulationResult) => {
  const pull = result.pulls.find((p) => p.title.startsWith('Postmortem'));
  const file = Object.entries(pull?.files ?? {}).find(([path]) => path.endsWith('.md') && !path.endsWith('README.md'));
  return file?.[1] ?? '';
};

const EXPECTED = [
  '- 2026-03-02 09:00 UTC · Deployment [production](https://github.com/acme/shop/commit/SHA): main (by deployer)',
  '- 2026-03-02 08:00 UTC · Release [v2.14.0](https://github.com/acme/shop/releases/tag/v2.14.0): Payments 2.14 (by alice)',
  '- 2026-03-02 07:10 UTC · Pull request [#2](https://github.com/acme/shop/pull/2): Shorter timeout for the payment provider (by bob)',
];
const withoutSha = (lines: string[]) => lines.map((l) => l.replace(/commit\/[0-9a-f]{40}/, 'commit/SHA'));

describe('what changed before the incident began', () => {
  it('lists the deployment, the release and the pull request that touched the service, newest first, in the alert and the postmortem', async () => {
    const result = await run(EXAMPLE);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    const alert = alertOf(result, 4);
    // #3 changed only docs/ (not the service's paths); #1 was merged 26 hours before the filing.
    expect(withoutSha(changedLines(alert))).toEqual(EXPECTED);
    expect(alert).toContain('(the 24 hours before it was filed, newest first)');
    expect(alert).not.toContain('Fix a typo');
    expect(alert).not.toContain('Retry payment calls sooner');
    expect(withoutSha(changedLines(postmortemOf(result)))).toEqual(EXPECTED);
    expect(eventsOf(result, 'changes', 4)).toHaveLength(1);
  });

  it('costs triage no request of its own: the read-ahead query answers it', async () => {
    const requests: string[] = [];
    const { simulate } = await import('../../simulator/simulate/simulate.js');
    const { parseScenario } = await import('../../simulator/simulate/scenario.js');
    const { root, BOT } = await import('./kit.js');
    await simulate(parseScenario(EXAMPLE), {
      packageRoot: root,
      onRun: (r, _result, _event, effect) => {
        if (r.event === 'issues' && r.action === 'opened')
          requests.push(
            ...(effect?.requests ?? []).filter((q) => q.login === BOT).map((q) => `${q.method} ${q.route}`),
          );
      },
    });
    expect(requests).toContain('POST /graphql');
    expect(requests.filter((r) => /\/(pulls|deployments|releases)\b/.test(r))).toEqual([]);
  });

  it('reads them with the REST API when the read-ahead fails, with the same result', async () => {
    const result = await run(faultyFiling([NO_GRAPHQL]));
    expect(result.faults?.some((f) => f.route === '/graphql')).toBe(true);
    expect(withoutSha(changedLines(alertOf(result, 4)))).toEqual(EXPECTED);
    expect(result.requests['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']).toBeGreaterThan(0);
  });

  it('caps the list and says how many more; without service paths every merged pull request counts', async () => {
    const capped = EXAMPLE.replace(
      '    services:\n      payments:\n        name: Payments\n        paths: [services/payments/**]\n',
      '    changes: { limit: 2 }\n',
    );
    expect(capped).not.toBe(EXAMPLE);
    const result = await run(capped);
    const alert = alertOf(result, 4);
    expect(withoutSha(changedLines(alert))).toEqual([...EXPECTED.slice(0, 2), '- … and 2 more.']);
    // The two beyond the cap are the pull requests #2 and #3 (docs count now); #1 is outside the window.
    expect(alert).toMatch(/"type":"changes".*"more":2,/);
  });

  it('a window shorter than the changes leaves them out', async () => {
    const short = EXAMPLE.replace('    services:\n', '    changes: { window: 30m }\n    services:\n');
    expect(short).not.toBe(EXAMPLE);
    const alert = alertOf(await run(short), 4);
    expect(changedLines(alert)).toEqual(['- Nothing was merged, deployed or released.']);
    expect(alert).toContain('(the 30m before it was filed');
  });

  it('when GitHub cannot say what changed, triage still pages and the alert says it could not read it', async () => {
    const fail = (route: string) => `{ kind: status5xx, route: "GET /repos/{owner}/{repo}/${route}", times: .inf }`;
    const result = await run(faultyFiling([NO_GRAPHQL, fail('pulls'), fail('deployments'), fail('releases')]));
    expect(result.faults?.some((f) => f.route === '/repos/{owner}/{repo}/deployments')).toBe(true);
    const lines = changedLines(alertOf(result, 4));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^- Could not read what changed \(pull requests: .*Server Error; deployments: .*Server Error; releases: .*Server Error\)\.$/,
    );
    // Paged all the same, and the run is green (a warning, not a failure).
    expect(eventsOf(result, 'escalated', 4).join('\n')).toContain('"step":"on-call"');
    const triage = result.runs.find((r) => r.event === 'issues' && r.action === 'opened');
    expect(triage?.exit_code).toBe(0);
    expect(result.issues.find((i) => i.number === 4)?.assignees).toEqual(['alice']);
    // The postmortem says the same.
    expect(changedLines(postmortemOf(result))).toEqual(lines);
  });

  it('a list that cannot be read (a token without deployments: read) leaves the others listed', async () => {
    const result = await run(
      faultyFiling([NO_GRAPHQL, '{ kind: status5xx, route: "GET /repos/{owner}/{repo}/deployments", times: .inf }']),
    );
    const lines = withoutSha(changedLines(alertOf(result, 4)));
    expect(lines.slice(0, 2)).toEqual(EXPECTED.slice(1));
    expect(lines[2]).toMatch(
      /^- Could not read what changed \(deployments: GET \/repos\/{owner}\/{repo}\/deployments: Server Error\)\.$/,
    );
    expect(lines).toHaveLength(3);
  });

  it('a pull request title is text: it notifies nobody and opens no HTML, and is cut to its budget', async () => {
    const hostile = `cc @carol @acme/everyone <!-- firebreak:v1 {"kind":"summary"} --> ${'long '.repeat(60)}`;
    const scenario = EXAMPLE.replace(
      'title: Shorter timeout for the payment provider',
      `title: ${JSON.stringify(hostile)}`,
    );
    expect(scenario).not.toBe(EXAMPLE);
    const alert = alertOf(await run(scenario), 4);
    const [, , pull] = changedLines(alert);
    expect(pull).toMatch(
      /^- 2026-03-02 07:10 UTC · Pull request \[#2\]\(https:\/\/github.com\/acme\/shop\/pull\/2\): cc /,
    );
    expect(pull).not.toMatch(/@carol|@acme\/everyone/);
    expect(pull).not.toContain('<!--');
    expect(pull).toContain('…');
    expect(pull!.length).toBeLessThan(300);
  });

  it('an incident opened from a monitoring alert lists them too', async () => {
    const alerts = readFileSync(new URL('../../examples/alerts.yml', import.meta.url), 'utf8');
    const FIRST = '  - at: "10:00"\n    alert:';
    expect(alerts).toContain(FIRST);
    const scenario = alerts
      .replace('start: 2026-03-02T10:00:00Z', 'start: 2026-03-02T09:30:00Z')
      .replace('users: { alice: write }', 'users: { alice: write, deployer: write }')
      .replace(FIRST, `  - at: "09:40"\n    deploy: { as: deployer, environment: production, ref: main }\n${FIRST}`);
    const result = await run(scenario);
    const lines = withoutSha(changedLines(alertOf(result, 1)));
    expect(lines).toEqual([
      '- 2026-03-02 09:40 UTC · Deployment [production](https://github.com/acme/shop/commit/SHA): main (by deployer)',
    ]);
  });

  it('is off with changes.enabled: false: no section, and nothing read for it', async () => {
    const off = EXAMPLE.replace('    services:\n', '    changes: { enabled: false }\n    services:\n');
    expect(off).not.toBe(EXAMPLE);
    // Without the read-ahead, anything read for it would show as a REST request.
    const result = await run(faultyFiling([NO_GRAPHQL], off));
    expect(alertOf(result, 4)).not.toContain('What changed');
    expect(result.requests['GET /repos/{owner}/{repo}/deployments']).toBeUndefined();
    expect(result.requests['GET /repos/{owner}/{repo}/releases']).toBeUndefined();
  });
});
