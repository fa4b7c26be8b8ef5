// Security incidents end to end, in a public repository: restricted handling, the evidence ledger and
// the breach notification deadline.
import { describe, expect, it } from 'vitest';
import { verifyLedgerText } from '../../src/domain/security/index.js';
import { bots, eventsOf, issue, ON_CALL_YAML, run } from './kit.js';

const SECRETS = ['acme-exports', 'SECRET-DETAIL-1', 'SECRET-DETAIL-2', 'researcher at example.org'];
const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

const SCENARIO = `
visibility: public
start: 2026-03-02T10:00:00Z
users: { alice: write, sam: write, carol: read }
files:
  .github/firebreak.yml: |
${ON_CALL_YAML}    channels:
      ops: {type: slack, url-from: FIREBREAK_SLACK_URL}
    security:
      team: [sam]
steps:
  - at: "10:00"
    file-incident:
      form: security-incident.yml
      as: carol
      title: Customer emails leaked from bucket acme-exports
      fields:
        type: Data breach
        confirmed: Confirmed
        data-at-risk: emails of 2,000 customers (SECRET-DETAIL-1)
        systems: s3 bucket acme-exports (SECRET-DETAIL-2)
        detection: report from a researcher at example.org
  - { at: "10:05", comment: { issue: 1, as: sam, body: "/evidence bucket access log https://files.example.com/log ${HASH}" } }
  - { at: "10:06", comment: { issue: 1, as: sam, body: "/evidence CloudTrail export" } }
  - { at: "2026-03-04T10:01:00Z", sweep: {} }
  - { at: "2026-03-04T10:30:00Z", sweep: {} }
  - { at: "2026-03-05T06:30:00Z", sweep: {} }
  - { at: "2026-03-05T11:00:00Z", sweep: {} }
  - { at: "2026-03-05T11:30:00Z", sweep: {} }
`;

describe('a confirmed data breach in a public repository', () => {
  it('becomes P0, assigns the security team, and its details appear in no bot comment, summary, notification or file', async () => {
    const result = await run(SCENARIO);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    const incident = issue(result);
    expect(incident?.labels).toEqual(expect.arrayContaining(['incident', 'security', 'severity:P0']));
    expect(incident?.assignees).toEqual(expect.arrayContaining(['alice', 'sam']));
    expect(incident?.title).toBe('[Security] Security incident #1');
    expect(incident?.body).toContain('This report was hidden');
    expect(incident?.body).toMatch(/`[0-9a-f]{64}`/);
    const published = JSON.stringify({
      bots: bots(result),
      body: incident?.body,
      title: incident?.title,
      deliveries: result.deliveries,
      pulls: result.pulls,
      branches: Object.fromEntries(Object.entries(result.branches).filter(([b]) => b !== 'main')),
    });
    for (const secret of SECRETS) expect(published).not.toContain(secret);
  });

  it('records evidence in a hash-chained ledger that verifies, and detects an edited or deleted entry', async () => {
    const result = await run(SCENARIO);
    const ledger = result.branches['incident-evidence/1']?.['evidence/incident-1.jsonl'] ?? '';
    const recorded = eventsOf(result, 'evidence');
    expect(recorded).toHaveLength(2);
    const head = /"head":"([0-9a-f]{64})"/.exec(recorded[1] ?? '')?.[1];
    const verdict = verifyLedgerText(ledger, { expectedHead: head, expectedCount: 2 });
    expect(verdict.ok).toBe(true);
    expect(bots(result).find((c) => c.body.includes('"kind":"summary"'))?.body).toContain(
      `2 entries, chain head ${head}`,
    );
    const edited = ledger.replace('CloudTrail export', 'CloudTrail export (trimmed)');
    expect(verifyLedgerText(edited, { expectedHead: head, expectedCount: 2 })).toMatchObject({
      ok: false,
      reason: 'edited',
      firstBroken: 2,
    });
    const deleted = ledger.split('\n').slice(1).join('\n');
    expect(verifyLedgerText(deleted, { expectedHead: head, expectedCount: 2 }).ok).toBe(false);
  });

  it('reminds once 24 h and once 4 h before the 72 h notification deadline, then marks its breach once', async () => {
    const result = await run(SCENARIO);
    const kinds = bots(result).map((c) => /"kind":"([^"]+)"/.exec(c.body)?.[1]);
    expect(kinds.filter((k) => k === 'deadline-reminder')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'deadline-breach')).toHaveLength(1);
    const breach = bots(result).find((c) => c.body.includes('"kind":"deadline-breach"'));
    expect(breach?.created_at).toBe('2026-03-05T11:00:00Z');
    expect(breach?.body).toContain('Notification deadline missed');
  });
});

describe('a confirmed data breach resolved before its notification deadline', () => {
  it('still gets the deadline reminders and its breach, from the sweep, after the issue is closed', async () => {
    const resolved = SCENARIO.replace(
      '  - { at: "2026-03-04T10:01:00Z", sweep: {} }',
      '  - { at: "11:00", comment: { issue: 1, as: sam, body: "/resolve contained; keys rotated" } }\n  - { at: "2026-03-04T10:01:00Z", sweep: {} }',
    );
    const result = await run(resolved);
    expect(issue(result)?.state).toBe('closed');
    const kinds = bots(result).map((c) => /"kind":"([^"]+)"/.exec(c.body)?.[1]);
    expect(kinds.filter((k) => k === 'deadline-reminder')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'deadline-breach')).toHaveLength(1);
  });
});

describe('a vulnerability report', () => {
  it('asks for a draft security advisory once, and records plainly why there is none when the token may not open one', async () => {
    const result = await run(`
visibility: private
start: 2026-03-02T10:00:00Z
users: { alice: write, carol: read }
files:
  .github/firebreak.yml: |
    security:
      advisories: true
steps:
  - at: "10:00"
    file-incident:
      form: security-incident.yml
      as: carol
      title: XSS in the search page
      fields: { type: Vulnerability report, confirmed: Suspected, systems: search page }
  - { at: "10:05", sweep: {} }
  - { at: "10:10", comment: { issue: 1, as: alice, body: "/ack" } }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    const recorded = bots(result).flatMap((c) => [...c.body.matchAll(/"key":"advisory"/g)]);
    expect(recorded).toHaveLength(1);
    expect(result.requests['POST /repos/{owner}/{repo}/security-advisories']).toBe(1);
    const alert = bots(result).find((c) => c.body.includes('"kind":"alert"'))?.body ?? '';
    expect(alert).toContain('Security advisory: no draft security advisory');
    expect(alert).toContain('repository advisories write');
  });
});

describe('a configured private security repository the token cannot reach', () => {
  it('falls back to private vulnerability reporting, and the public issue still shows nothing reported', async () => {
    const result = await run(`
visibility: public
start: 2026-03-02T10:00:00Z
users: { alice: write, sam: write, carol: read }
repositories:
  acme/security: { visibility: private, users: { sam: write } }
files:
  .github/firebreak.yml: |
    security:
      team: [sam]
      private-repository: acme/security
steps:
  - at: "10:00"
    file-incident:
      form: security-incident.yml
      as: carol
      title: Keys leaked in acme-exports
      fields: { type: Data breach, confirmed: Suspected, systems: SECRET-DETAIL-2 }
`);
    expect(result.runs.every((r) => r.exit_code === 0)).toBe(true);
    const incident = issue(result);
    expect(incident?.body).toContain(
      'private vulnerability reporting: https://github.com/acme/shop/security/advisories/new',
    );
    expect(JSON.stringify({ bots: bots(result), title: incident?.title, body: incident?.body })).not.toMatch(
      /acme-exports|SECRET-DETAIL-2/,
    );
    expect(eventsOf(result, 'restricted')[0]).toContain('"channel":"advisory"');
  });
});
