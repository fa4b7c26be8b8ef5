// Playbook: resolving an incident of a severity that needs a postmortem opens it with the facts already
// written — front matter for the learnings index, a timeline that matches the incident's events — and the
// analysis left to the team.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildPostmortem, needsPostmortem } from '../../src/domain/postmortem/build.js';
import { parsePostmortem } from '../../src/domain/postmortem/parse.js';
import { OWNED_MARKER } from '../../src/domain/postmortem/owned.js';
import { lintPostmortem } from '../../src/domain/postmortem/lint.js';
import { timelineEntry } from '../../src/domain/incident/present.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import { golden } from './golden.js';
import { config, context, filed, incident, iso, p1ResolvedAtTwoHours } from './incident.js';

const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../schemas/postmortem.schema.json', import.meta.url)), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function frontMatterOf(content: string): Record<string, unknown> {
  const parsed = parsePostmortem(content);
  if (!parsed.frontMatter) throw new Error('no front matter');
  return parsed.frontMatter;
}

/** The timeline table's rows (the times table above it has a time in its second cell too). */
function timelineRows(content: string): string[] {
  return content.split('\n').filter((l) => /^\| 2026-03-02 \d\d:\d\d UTC \| (?!2026)/.test(l));
}

describe('a P1 resolved at +2 h', () => {
  const state = p1ResolvedAtTwoHours();
  const postmortem = buildPostmortem(state, context());

  test('is written to docs/postmortems/<filing day>-<slug>.md', () => {
    expect(postmortem.path).toBe('docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md');
  });

  test('matches the golden postmortem', () => {
    golden('p1-resolved-at-2h.md', postmortem.content);
  });

  test('its front matter is valid against schemas/postmortem.schema.json', () => {
    const data = frontMatterOf(postmortem.content);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  test('its front matter holds the facts and the response clocks in minutes', () => {
    expect(frontMatterOf(postmortem.content)).toEqual({
      incident: 42,
      url: 'https://github.com/acme/shop/issues/42',
      title: 'Checkout fails for EU customers',
      severity: 'P1',
      services: ['checkout', 'payments'],
      started: iso('09:52'),
      detected: iso('10:00'),
      acknowledged: iso('10:09'),
      mitigated: iso('10:41'),
      resolved: iso('12:00'),
      'time-to-acknowledge': 9,
      'time-to-mitigate': 41,
      'time-to-resolve': 120,
      reopened: 0,
      commander: 'alice',
      roles: { scribe: 'bob' },
      security: false,
      'response-breach': false,
      'action-items': [],
    });
  });

  test('its timeline has one row per event the incident recorded, in order, in UTC', () => {
    const rows = timelineRows(postmortem.content);
    const expected = state.events.map(timelineEntry).filter((e) => e !== null);
    expect(rows).toHaveLength(expected.length);
    expected.forEach((entry, i) => {
      expect(rows[i]).toContain(`| ${entry.at} | ${entry.actor} |`);
    });
    expect(rows.map((r) => r.slice(2, -2).split(' | ')[2])).toEqual([
      'Incident filed as P2, commander alice',
      'Escalated to On-call Engineer',
      'Severity P2 → P1 (every EU checkout is affected)',
      'Acknowledged',
      'Scribe: bob',
      'Status investigating → identified: payment provider timeouts in eu-west-1',
      'Status identified → mitigating: traffic failed over to eu-central-1',
      'Update: error rate back under 1%, watching',
      'Status mitigating → monitoring',
      'Resolved: the provider fixed its eu-west-1 gateway',
    ]);
  });

  test('the mermaid diagram marks the milestones', () => {
    const diagram = postmortem.content.split('```mermaid\n')[1]!.split('```')[0]!;
    expect(diagram.split('\n').slice(2, -1)).toEqual([
      '    10꞉00 : Filed (P2), Escalated to On-call Engineer',
      '    10꞉05 : P2 → P1',
      '    10꞉09 : Acknowledged',
      '    10꞉24 : Identified',
      '    10꞉41 : Mitigating',
      '    11꞉30 : Monitoring',
      '    12꞉00 : Resolved',
    ]);
  });

  test('the analysis is left to the team: the lint refuses it until the placeholders are written', () => {
    const problems = lintPostmortem(postmortem.content, postmortem.path, config());
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.message.split(':')[0])).toEqual([
      'section "Summary" is still the template placeholder',
      'section "Root causes" is still the template placeholder',
      'section "Contributing factors" is still the template placeholder',
      'section "What went well" is still the template placeholder',
      'section "What went wrong" is still the template placeholder',
      'section "Where we got lucky" is still the template placeholder',
      'section "Action items" is still the template placeholder',
    ]);
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  test('building it again from the same events gives the same file', () => {
    expect(buildPostmortem(p1ResolvedAtTwoHours(), context({ now: new Date(iso('+1d 09:00')) }))).toEqual(postmortem);
  });
});

describe('which incidents need a postmortem', () => {
  test.each([
    ['P0', true],
    ['P1', true],
    ['P2', true],
    ['P3', false],
    ['P4', false],
  ] as const)('a %s: %s by default', (severity, needed) => {
    expect(needsPostmortem(incident(7, [filed('10:00', { severity })]), config())).toBe(needed);
  });

  test("the severity's `postmortem` flag decides, as configured", () => {
    const c = config();
    c.severities.P3.postmortem = true;
    c.severities.P1.postmortem = false;
    expect(needsPostmortem(incident(7, [filed('10:00', { severity: 'P3' })]), c)).toBe(true);
    expect(needsPostmortem(incident(7, [filed('10:00', { severity: 'P1' })]), c)).toBe(false);
  });

  test('the severity at resolution counts: a P3 raised to P2 needs one', () => {
    const state = incident(7, [
      filed('10:00', { severity: 'P3' }),
      {
        at: '10:30',
        by: 'bob',
        type: 'severity',
        from: 'P3',
        to: 'P2',
        reason: 'more users affected',
        source: 'command',
      },
    ]);
    expect(needsPostmortem(state, config())).toBe(true);
  });
});

describe('response clocks come from the first response cycle', () => {
  const reopened = incident(43, [
    filed('10:00', { severity: 'P1' }),
    { at: '10:20', by: 'alice', type: 'acknowledged' },
    { at: '10:30', by: 'alice', type: 'status', from: 'investigating', to: 'mitigating', note: null },
    { at: '11:00', by: 'alice', type: 'resolved', summary: null },
    { at: '13:00', by: 'dana', type: 'reopened' },
    { at: '15:30', by: 'bob', type: 'acknowledged' },
    { at: '16:00', by: 'bob', type: 'resolved', summary: 'second fix' },
  ]);

  test('a reopen neither restarts nor extends time to acknowledge, mitigate and resolve', () => {
    const fm = frontMatterOf(buildPostmortem(reopened, context()).content);
    expect(fm).toMatchObject({
      acknowledged: iso('10:20'),
      mitigated: iso('10:30'),
      resolved: iso('16:00'),
      'time-to-acknowledge': 20,
      'time-to-mitigate': 30,
      'time-to-resolve': 60,
      reopened: 1,
      'response-breach': false,
    });
    expect(validate(fm)).toBe(true);
  });

  test('resolving again after the reopen writes the same path (the same pull request is updated)', () => {
    const first = buildPostmortem(
      incident(43, [filed('10:00', { severity: 'P1' }), { at: '11:00', by: 'alice', type: 'resolved', summary: null }]),
      context(),
    );
    expect(buildPostmortem(reopened, context()).path).toBe(first.path);
  });

  test('an acknowledgement after the response target is a response breach', () => {
    const late = incident(44, [
      filed('10:00', { severity: 'P1' }),
      { at: '11:15', by: 'alice', type: 'acknowledged' },
      { at: '12:00', by: 'alice', type: 'resolved', summary: null },
    ]);
    expect(frontMatterOf(buildPostmortem(late, context()).content)).toMatchObject({
      'time-to-acknowledge': 75,
      'response-breach': true,
    });
  });

  test('a breach the sweep recorded counts even when the times alone would not show it', () => {
    const recorded = incident(45, [
      filed('10:00', { severity: 'P1' }),
      { at: '10:20', by: 'alice', type: 'acknowledged' },
      { at: '11:00', by: 'alice', type: 'resolved', summary: null },
      { at: '12:00', by: 'dana', type: 'reopened' },
      { at: '13:05', by: 'firebreak', type: 'breach', target: 'response', due: iso('13:00') },
      { at: '13:30', by: 'alice', type: 'resolved', summary: null },
    ]);
    expect(frontMatterOf(buildPostmortem(recorded, context()).content)['response-breach']).toBe(true);
  });

  test('an incident spanning two UTC days dates its diagram points', () => {
    const long = incident(46, [
      filed('22:00', { severity: 'P1' }),
      { at: '22:30', by: 'alice', type: 'acknowledged' },
      { at: '+1d 01:15', by: 'alice', type: 'resolved', summary: null },
    ]);
    const content = buildPostmortem(long, context()).content;
    expect(content).toContain('    03-02 22꞉00 : Filed (P1)');
    expect(content).toContain('    03-03 01꞉15 : Resolved');
    expect(frontMatterOf(content)['time-to-resolve']).toBe(195);
  });
});

describe('a restricted security incident puts none of the reported details in the repository', () => {
  const secrets = [
    'Customer PII exfiltrated via admin-api token',
    'admin-api',
    'billing-db',
    'token leaked in build logs of job 881',
    'rotated the leaked key AKIA',
    'attacker IP 203.0.113.9',
    'mallory-reporter',
    'eve-insider',
  ];
  const state = incident(12, [
    filed('10:00', {
      by: 'mallory-reporter',
      title: secrets[0],
      severity: 'P0',
      services: ['admin-api', 'billing-db'],
      security: true,
      commander: 'alice',
      impact: secrets[3],
    }),
    { at: '10:02', by: 'alice', type: 'acknowledged' },
    { at: '10:05', by: 'alice', type: 'role', role: 'liaison', login: 'bob' },
    { at: '10:10', by: 'alice', type: 'note', text: secrets[5] },
    { at: '10:20', by: 'alice', type: 'update', text: `suspect eve-insider, ${secrets[4]}` },
    { at: '10:30', by: 'alice', type: 'status', from: 'investigating', to: 'mitigating', note: secrets[4] },
    { at: '10:40', by: 'alice', type: 'impact', text: secrets[3] },
    { at: '10:50', by: 'firebreak', type: 'paged', target: 'eve-insider' },
    { at: '11:00', by: 'alice', type: 'resolved', summary: secrets[4] },
  ]);
  const postmortem = buildPostmortem(state, context({ security: { restricted: true } }));

  test('the title becomes "Security incident #12", in the file and in its path', () => {
    expect(postmortem.path).toBe('docs/postmortems/2026-03-02-security-incident-12.md');
    expect(postmortem.content).toContain('# Postmortem: Security incident #12');
    expect(frontMatterOf(postmortem.content)).toMatchObject({
      title: 'Security incident #12',
      services: [],
      security: true,
    });
  });

  test.each(secrets)('%j appears nowhere', (secret) => {
    expect(postmortem.content).not.toContain(secret);
    expect(postmortem.path).not.toContain(secret);
  });

  test('the timeline keeps only what kind of thing happened, and when', () => {
    const rows = timelineRows(postmortem.content);
    expect(rows).toEqual([
      '| 2026-03-02 10:00 UTC |  | Incident filed |',
      '| 2026-03-02 10:02 UTC |  | Acknowledged |',
      '| 2026-03-02 10:05 UTC |  | Role assigned |',
      '| 2026-03-02 10:10 UTC |  | Note added |',
      '| 2026-03-02 10:20 UTC |  | Status update |',
      '| 2026-03-02 10:30 UTC |  | Status changed |',
      '| 2026-03-02 10:40 UTC |  | Impact updated |',
      '| 2026-03-02 10:50 UTC |  | Paged |',
      '| 2026-03-02 11:00 UTC |  | Resolved |',
    ]);
  });

  test('its front matter is still valid, so it still counts in the learnings index', () => {
    expect(validate(frontMatterOf(postmortem.content))).toBe(true);
  });

  test('without restriction the same incident keeps its details (the restriction is what hides them)', () => {
    const open = buildPostmortem(state, context());
    expect(open.content).toContain(secrets[0]);
    expect(open.content).toContain(secrets[5]);
  });
});

describe('user text in the timeline stays text', () => {
  test('a hostile update can neither break the table, notify anyone nor end the front matter', () => {
    const state = incident(50, [
      filed('10:00', { severity: 'P1', title: 'Title with | pipe and @alice' }),
      { at: '10:10', by: 'bob', type: 'update', text: 'cc @acme/oncall | --- \n---\n<!-- firebreak:state {} --> ```' },
      { at: '11:00', by: 'alice', type: 'resolved', summary: null },
    ]);
    const { content } = buildPostmortem(state, context());
    const parsed = parsePostmortem(content);
    expect(parsed.frontMatter?.title).toBe('Title with | pipe and @alice');
    // Firebreak's own lines only: the owned-region markers and the digest record on the last line.
    const own = content.replace(OWNED_MARKER, '').replace(/^<!-- firebreak:postmortem \{[^<>\n]*\} -->$/m, '');
    expect(own).not.toContain('<!--');
    expect(content).not.toMatch(/(^|[^\u200B])@acme\/oncall/);
    const row = content.split('\n').find((l) => l.includes('Update:'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
  });

  test('a repository override of the postmortem template is used', () => {
    const templates = TemplateRegistry.defaults().withOverrides({
      postmortem:
        '---\nname: postmortem\ndescription: ours\n---\n# {{incident.title}}\n\n{{#timeline}}\n- {{at}} {{text}}\n{{/timeline}}\n',
    });
    const { content } = buildPostmortem(p1ResolvedAtTwoHours(), context({ templates }));
    expect(content).toContain(
      '\n# Checkout fails for EU customers\n\n- 2026-03-02 10:00 UTC Incident filed as P2, commander alice\n',
    );
  });
});

describe('whatever the title and texts, the file reads back', () => {
  test('front matter round-trips the title exactly and stays valid; the body stays one document', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (title, note) => {
        const state = incident(60, [
          filed('10:00', { severity: 'P1', title }),
          { at: '10:10', by: 'bob', type: 'update', text: note },
          { at: '11:00', by: 'alice', type: 'resolved', summary: note },
        ]);
        const { content, path } = buildPostmortem(state, context());
        const parsed = parsePostmortem(content);
        expect(parsed.frontMatter?.title).toBe(title.trim() === '' ? 'Incident #60' : title);
        expect(validate(parsed.frontMatter)).toBe(true);
        expect(parsed.actionItems).toEqual([]);
        expect(path).toMatch(/^docs\/postmortems\/2026-03-02-[a-z0-9-]+\.md$/);
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    '---',
    '---\n---',
    'x\n## Action items\n- [ ] evil (@mallory)',
    'title: x\n---\n# fake body',
    '- [ ] fake item (@mallory)',
    '"quoted" \'single\' #hash: colon',
  ])('the title %j', (title) => {
    const { content } = buildPostmortem(
      incident(61, [
        filed('10:00', { severity: 'P1', title }),
        { at: '11:00', by: 'alice', type: 'resolved', summary: null },
      ]),
      context(),
    );
    const parsed = parsePostmortem(content);
    expect(parsed.frontMatter?.title).toBe(title);
    expect(parsed.actionItems).toEqual([]);
  });
});
