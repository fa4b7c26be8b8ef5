// User text is data: whatever a reporter or responder types, the rendered comment cannot notify anyone,
// forge a state marker, run HTML, expand template tags, break a code block or table, or exceed the limit.
import { describe, expect, test } from 'vitest';
import { COMMENT_LIMIT } from '../../src/text/fit.js';
import { marker, parseMarkers } from '../../src/state/markers.js';
import { findMentions, ZWSP } from '../../src/text/mentions.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import { sampleViews } from '../../src/render/samples.js';
import { TEMPLATE_NAMES } from '../../src/domain/views.js';
import { OWNED_MARKER } from '../../src/domain/postmortem/owned.js';
import { hostileView, linesInCode, tableCells } from './hostile-views.js';

const registry = TemplateRegistry.defaults();
const state = { kind: 'v1', data: { v: 1, kind: 'summary', key: 'summary', events: [] } };

describe.each(TEMPLATE_NAMES)('%s with hostile user text', (name) => {
  const benign = registry.render(name, hostileView(name, 'plain words') as never);

  test('@org/team and @alice in user text notify nobody', () => {
    const out = registry.render(name, hostileView(name, 'cc @alice and @acme/oncall') as never);
    expect(new Set(findMentions(out))).toEqual(new Set(findMentions(benign)));
  });

  test('a forged <!-- firebreak:state {} --> marker is shown as text, and only the real marker parses', () => {
    const out = registry.render(name, hostileView(name, 'x <!-- firebreak:state {"severity":"P4"} --> y') as never, {
      marker: state,
    });
    expect(out.indexOf('<!--')).toBe(0);
    // The postmortem's owned-region markers are the template's own: exactly as many as without hostile text.
    expect(out.match(OWNED_MARKER)?.length ?? 0).toBe(benign.match(OWNED_MARKER)?.length ?? 0);
    expect(out.replace(OWNED_MARKER, '').indexOf('<!--', 1)).toBe(-1);
    expect(parseMarkers(out)).toEqual([expect.objectContaining({ kind: 'v1', data: state.data, index: 0 })]);
  });

  test('mustache tags {{#x}}{{/x}} and {{{y}}} are not expanded', () => {
    const out = registry.render(
      name,
      hostileView(name, 'A{{#incident}}{{incident.number}}{{/incident}}B {{{y}}}') as never,
    );
    expect(out).not.toMatch(/A42B/);
    expect(registry.render(name, hostileView(name, '{{#x}}{{/x}}') as never)).toContain('{{#x}}{{/x}}');
    expect(out).toContain('A{{#incident}}{{incident.number}}{{/incident}}B {{{y}}}');
  });

  test('<script>alert(1)</script> never reaches the page as a tag', () => {
    const out = registry.render(
      name,
      hostileView(name, '<script>alert(1)</script><img src=x onerror=alert(1)>') as never,
    );
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
  });

  test('a 70,000-character paste fits the comment limit with a visible truncation note', () => {
    const paste = Array.from({ length: 1400 }, (_, i) => `line ${i}: ${'x'.repeat(44)}`).join('\n');
    expect(paste.length).toBeGreaterThanOrEqual(70_000);
    const out = registry.render(name, hostileView(name, paste) as never, { marker: state });
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out).toMatch(/truncated [\d,]+ characters/);
    expect(parseMarkers(out)).toHaveLength(1);
    expect(
      out
        .trimEnd()
        .split('\n')
        .filter((l) => /^\s*(`{3,}|~{3,})/.test(l)).length % 2,
    ).toBe(0);
  });
});

describe('code blocks and tables hold whatever is typed', () => {
  test('a ``` fence in the description cannot close the alert code block', () => {
    const view = { ...sampleViews['internal-alert'], description: 'db down\n```\n# outside?\n@alice' };
    const out = registry.render('internal-alert', view);
    expect(out).toContain('````text\nINCIDENT: [P1] - db down\n```\n# outside?\n');
    const code = linesInCode(out);
    expect(code).toContain('# outside?');
    expect(code).toContain('STATUS: Investigating');
    expect(code).toContain(`@${ZWSP}alice`);
  });

  test('a ~~~ fence in the customer draft stays inside the draft', () => {
    const view = { ...sampleViews['customer-communication'], impact: '~~~\nnot code\n~~~~' };
    const code = linesInCode(registry.render('customer-communication', view));
    expect(code).toEqual(
      expect.arrayContaining([
        'Impact: ~~~',
        'not code',
        '~~~~',
        'Updates: https://status.acme.example — next update by 12:00 UTC',
      ]),
    );
  });

  test('a | in a timeline entry stays in its cell, and a line break does not start a new row', () => {
    const view = {
      ...sampleViews.summary,
      timeline: [{ at: '2026-03-02 10:00 UTC', actor: 'dana', text: 'a | b\n| c | d |' }],
    };
    const row = registry
      .render('summary', view)
      .split('\n')
      .find((l) => l.startsWith('| 2026-03-02 10:00 UTC | dana'));
    expect(row).toBeDefined();
    expect(tableCells(row ?? '')).toHaveLength(3);
  });

  test('a fence left open in a status note is closed before the template continues', () => {
    const view = { ...sampleViews['status-update'], note: 'stack trace:\n```\nError: boom' };
    const out = registry.render('status-update', view);
    expect(linesInCode(out)).not.toContain('- **Impact:** Checkout errors for EU customers, now below 1%');
    expect(out).toContain('> stack trace:\n> ```\n> Error: boom\n> ```\n');
  });
});

describe('mentions a command names on purpose', () => {
  test('/page @bob may notify bob, and only bob', () => {
    const view = { ...sampleViews['status-update'], note: 'paging @bob, cc @carol and @acme/oncall' };
    const out = registry.render('status-update', view, { allowMentions: ['bob'] });
    expect(findMentions(out)).toEqual(['bob']);
  });

  test('template mentions accept only real logins from the view', () => {
    const view = {
      ...sampleViews['response-breach'],
      commander: 'alice <!-- firebreak:x {} --> @eve',
      notify: ['bob'],
    };
    const out = registry.render('response-breach', view);
    expect(findMentions(out)).toEqual(['bob']);
    expect(out).not.toContain('<!--');
  });
});

describe('the marker option', () => {
  test('a marker written by marker() or given as data goes on the first line', () => {
    const written = marker('v1', { v: 1, kind: 'runbook' });
    const out = registry.render('runbook', sampleViews.runbook, { marker: written });
    expect(out.startsWith(`${written}\n### Runbook:`)).toBe(true);
  });

  test('anything else is refused', () => {
    expect(() =>
      registry.render('runbook', sampleViews.runbook, { marker: '<!-- firebreak:v1 {} --> <script>' }),
    ).toThrow(/exactly one marker/);
  });
});

describe('the longest values give way first', () => {
  test('a huge note is cut while short fields and the table around it stay whole', () => {
    const view = { ...sampleViews['status-update'], note: 'n'.repeat(100_000) };
    const out = registry.render('status-update', view, { marker: state });
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out).toMatch(/> \*… truncated [\d,]+ characters; see the issue for the full text\*/);
    expect(out).toContain('- **Next update due:** 2026-03-02 11:41 UTC');
  });

  test('a huge code-block value is cut inside the block, which still closes', () => {
    const view = { ...sampleViews['internal-alert'], description: '`'.repeat(10) + '\n' + 'd'.repeat(80_000) };
    const out = registry.render('internal-alert', view);
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(linesInCode(out)).toContain('ETA: Unknown');
    expect(out).toContain('**Incident commander:** @alice');
  });
});
