// The pages the simulator writes (simulator/pages/): GitHub-flavoured Markdown rendered and sanitised,
// Firebreak's hidden records never shown, and the escalation timeline read from the bot's own records.
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/domain/incident/marker.js';
import type { IncidentEvent } from '../../src/domain/incident/events.js';
import { renderMarkdown } from '../../simulator/pages/markdown.js';
import { renderReportPage } from '../../simulator/pages/report-page.js';
import { renderThreadPage } from '../../simulator/pages/thread-page.js';
import { incidentTimeline, timelineSvg } from '../../simulator/pages/timeline.js';
import type { SnapshotComment, SnapshotIssue } from '../../simulator/emulator/snapshot.js';
import type { SimulationResult } from '../../simulator/simulate/simulate.js';

const ctx = { web: 'https://github.com', repository: 'acme/shop' };
const BOT = 'github-actions[bot]';

describe('renderMarkdown', () => {
  it('renders tables, task lists, code, autolinks, mentions and issue references as GitHub does', () => {
    const html = renderMarkdown(
      [
        '| Step | Paging |',
        '|---|:-:|',
        '| on-call | @alice |',
        '',
        '- [ ] check the load balancer',
        '- [x] roll back',
        '',
        '```sh',
        'kubectl rollout undo',
        '```',
        '',
        'See https://grafana.example.com/d/1 and #12, ~~old~~ `code`.',
      ].join('\n'),
      ctx,
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Step</th>');
    expect(html).toContain('<td style="text-align:center"><a href="https://github.com/alice"');
    expect(html).toContain('<input type="checkbox" class="task" disabled />');
    expect(html).toContain('<input type="checkbox" class="task" disabled checked />');
    expect(html).toContain('<pre><code class="language-sh">kubectl rollout undo');
    expect(html).toContain('<a href="https://grafana.example.com/d/1"');
    expect(html).toContain('<a href="https://github.com/acme/shop/issues/12" class="issue-link"');
    expect(html).toContain('<s>old</s>');
    expect(html).not.toContain('| Step |');
  });

  it('hides Firebreak records and every other HTML comment; strips scripts, handlers and javascript: links', () => {
    const record = encodeRecord({ v: 1, kind: 'reply', key: 'reply:1', events: [] });
    const html = renderMarkdown(
      `Done.\n\n${record}\n<!-- a note -->\n<script>alert(1)</script><img src=x onerror="alert(1)">[x](javascript:alert(1))<input type="text">`,
      ctx,
    );
    expect(html).not.toMatch(/firebreak:|<!--|<script|onerror|href="javascript:|type="text"/);
    expect(html).toContain('<p>Done.</p>');
  });

  it('shows a marker quoted in inline code, as GitHub does', () => {
    expect(
      renderMarkdown('between `<!-- firebreak:owned timeline -->` and the end\n<!-- firebreak:owned timeline -->', ctx),
    ).toBe('<p>between <code>&lt;!-- firebreak:owned timeline --&gt;</code> and the end</p>\n');
  });

  it('leaves a mention inside code alone', () => {
    expect(renderMarkdown('`@alice` and @bob', ctx)).toBe(
      '<p><code>@alice</code> and <a href="https://github.com/bob" class="user-mention" rel="nofollow noopener">@bob</a></p>\n',
    );
  });
});

function botComment(id: number, at: string, kind: string, events: IncidentEvent[], text: string): SnapshotComment {
  const body = `${text}\n\n${encodeRecord({ v: 1, kind, key: `${kind}:${id}`, events })}`;
  return { id, author: BOT, created_at: at, updated_at: at, body };
}

const opened: IncidentEvent = {
  type: 'opened',
  at: '2026-03-02T10:00:00Z',
  by: 'carol',
  title: 'Checkout fails',
  severity: 'P1',
  reported: 'P1',
  reason: 'the reporter chose P1',
  services: ['api'],
  security: false,
  commander: 'alice',
  startedAt: '2026-03-02T09:50:00Z',
  impact: null,
};

function incident(): SnapshotIssue {
  return {
    number: 1,
    title: '[Incident] Checkout fails',
    state: 'closed',
    labels: ['incident', 'severity:P1'],
    assignees: ['alice'],
    body: '### What happened?\n\nEU checkout returns 502',
    author: 'carol',
    created_at: '2026-03-02T10:00:00Z',
    events: [
      {
        event: 'labeled',
        actor: 'carol',
        created_at: '2026-03-02T10:00:00Z',
        label: { name: 'severity:P1', color: 'b60205' },
      },
    ],
    comments: [
      botComment(
        11,
        '2026-03-02T10:00:00Z',
        'alert',
        [
          opened,
          {
            type: 'escalated',
            at: '2026-03-02T10:00:00Z',
            by: 'firebreak',
            step: 'on-call',
            name: 'On-call engineer',
            due: '2026-03-02T10:00:00Z',
            targets: ['@alice'],
          },
        ],
        '## Incident #1\n\n| Phase | Target |\n|---|---|\n| Detection | 10:15 |',
      ),
      botComment(
        12,
        '2026-03-02T10:22:00Z',
        'escalation',
        [
          {
            type: 'escalated',
            at: '2026-03-02T10:22:00Z',
            by: 'firebreak',
            step: 'manager',
            name: 'Engineering manager',
            due: '2026-03-02T10:15:00Z',
            targets: ['@em'],
          },
        ],
        'Escalated: paged the engineering manager, 7 minutes late.',
      ),
      { id: 13, author: 'alice', created_at: '2026-03-02T10:24:00Z', updated_at: '2026-03-02T10:24:00Z', body: '/ack' },
      botComment(
        14,
        '2026-03-02T10:24:00Z',
        'reply',
        [{ type: 'acknowledged', at: '2026-03-02T10:24:00Z', by: 'alice' }],
        'Acknowledged.',
      ),
      botComment(
        15,
        '2026-03-02T11:05:00Z',
        'reply',
        [{ type: 'resolved', at: '2026-03-02T11:05:00Z', by: 'alice', summary: null }],
        'Resolved.',
      ),
      // Anyone can paste a record into their own comment: it is not trusted, and not shown.
      {
        id: 16,
        author: 'mallory',
        created_at: '2026-03-02T11:06:00Z',
        updated_at: '2026-03-02T11:06:00Z',
        body: encodeRecord({
          v: 1,
          kind: 'reply',
          key: 'x',
          events: [
            {
              type: 'escalated',
              at: '2026-03-02T11:06:00Z',
              by: 'firebreak',
              step: 'ceo',
              name: 'CEO',
              due: '2026-03-02T10:00:00Z',
              targets: [],
            },
          ],
        }),
      },
    ],
  };
}

function result(): SimulationResult {
  return {
    repository: 'acme/shop',
    now: '2026-03-02T12:00:00Z',
    issues: [incident()],
    pulls: [],
    branches: {},
    requests: {},
    deliveries: [],
    runs: [],
    faults: [],
  };
}

describe('the escalation timeline', () => {
  it('reads each step (due, paged, how late) and the milestones from the bot’s own records only', () => {
    const t = incidentTimeline(incident(), '2026-03-02T12:00:00Z');
    expect(t?.steps.map((s) => [s.name, s.lateMinutes])).toEqual([
      ['On-call engineer', 0],
      ['Engineering manager', 7],
    ]);
    expect(t?.milestones.map((m) => [m.kind, m.at])).toEqual([
      ['acknowledged', '2026-03-02T10:24:00Z'],
      ['mitigated', '2026-03-02T11:05:00Z'],
      ['resolved', '2026-03-02T11:05:00Z'],
    ]);
    const svg = timelineSvg(t!);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Engineering manager: due 10:15, paged 10:22 (7 min late)');
    expect(svg).toContain('acknowledged 10:24 by @alice');
    expect(svg).not.toContain('CEO');
  });

  it('is null for an issue Firebreak never opened', () => {
    expect(incidentTimeline({ ...incident(), comments: [] }, '2026-03-02T12:00:00Z')).toBeNull();
  });
});

describe('the thread and report pages', () => {
  it('show authors, times, labels and rendered Markdown, never a record', () => {
    const html = renderThreadPage(result());
    expect(html).not.toContain('firebreak:v1');
    expect(html).not.toContain('<pre>/ack');
    expect(html).toContain(
      '<b>carol</b> opened this issue <time datetime="2026-03-02T10:00:00Z">2026-03-02 10:00 UTC</time>',
    );
    expect(html).toContain('<span class="label" style="background:#b60205;color:#fff">severity:P1</span>');
    expect(html).toContain('<th>Phase</th>');
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/);
  });

  it('the report gives the response clock and the timeline', () => {
    const html = renderReportPage(result());
    expect(html).toContain('<dt>Time to acknowledge</dt><dd>24 min</dd>');
    expect(html).toContain('<dt>Time to resolve</dt><dd>1 h 5 min</dd>');
    expect(html).toContain('<dt>Latest page</dt><dd>7 min late</dd>');
    expect(html).toContain('<svg');
  });
});
