// Merged postmortems for the index, report and CLI tests, written the way Firebreak writes them.
import { buildPostmortem, type PostmortemFile } from '../../src/domain/postmortem/build.js';
import { indexEntry, type IndexEntry } from '../../src/domain/postmortem/learnings.js';
import { parsePostmortem } from '../../src/domain/postmortem/parse.js';
import { fixture } from './golden.js';
import { context, filed, incident, iso, issueUrl } from './incident.js';

/** good.md after the merge: its first action item was filed as issue #57. */
export function mergedGood(): string {
  return fixture('good.md').replace(
    'action-items: []',
    'action-items:\n  - text: Alert on checkout 5xx rate per region\n    owner: alice\n    issue: 57\n  - text: Add a timeout budget for payment provider calls — @bob will pair with payments\n    owner: bob\n    issue: https://github.com/acme/shop/issues/58',
  );
}

/** Four merged postmortems: a P1 (good.md), a later P0 with a missed response target, a restricted security incident, and a P2 filed the same minute as the P1. */
export function postmortemFiles(): PostmortemFile[] {
  const p0 = buildPostmortem(
    incident(51, [
      filed('+18d 10:00', {
        severity: 'P0',
        title: 'All | regions down',
        services: ['checkout'],
        impact: null,
        startedAt: iso('+18d 09:58'),
      }),
      { at: '+18d 10:20', by: 'alice', type: 'acknowledged' },
      { at: '+18d 10:50', by: 'alice', type: 'status', from: 'investigating', to: 'mitigating', note: null },
      { at: '+18d 13:30', by: 'alice', type: 'resolved', summary: null },
    ]),
    context({ url: issueUrl(51) }),
  );
  const security = buildPostmortem(
    incident(12, [
      filed('-20d 09:00', {
        severity: 'P1',
        security: true,
        title: 'Leaked token',
        services: ['admin'],
        startedAt: iso('-20d 08:40'),
      }),
      { at: '-20d 09:03', by: 'alice', type: 'acknowledged' },
      { at: '-20d 10:00', by: 'alice', type: 'resolved', summary: null },
    ]),
    context({ url: issueUrl(12), security: { restricted: true } }),
  );
  const p2 = buildPostmortem(
    incident(43, [
      filed('10:00', { severity: 'P2', title: 'Slow search', services: ['search'] }),
      { at: '10:30', by: 'bob', type: 'resolved', summary: null },
    ]),
    context({ url: issueUrl(43) }),
  );
  return [
    { path: 'docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md', content: mergedGood() },
    {
      path: p0.path,
      content: p0.content.replace(
        '## Action items\n\n_TODO',
        '## Action items\n\n- [ ] Regional circuit breakers (@alice)\n\n_TODO',
      ),
    },
    security,
    p2,
  ];
}

export function learnings(): IndexEntry[] {
  return postmortemFiles().map((file) => indexEntry(parsePostmortem(file.content), file.path));
}
