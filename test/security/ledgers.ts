// Ledgers for the tests, recorded the way `/evidence` records them: one appendEntry per command.
import { type EvidenceEntry, appendEntry } from '../../src/domain/security/ledger.js';

export const SECRET = 'customer table dumped via /admin/export?token=hunter2';

const ITEMS = [
  {
    description: 'Load balancer access logs 09:00-11:00',
    url: 'https://storage.example/lb-logs.tar.gz',
    sha256: 'a'.repeat(64),
  },
  { description: 'Memory image of api-7', url: null, sha256: 'B'.repeat(64) },
  { description: 'Screenshot of the defaced status page', url: 'https://storage.example/status.png', sha256: null },
  { description: 'Audit log export of the admin console', url: null, sha256: null },
];

/** `count` entries recorded five minutes apart from 10:00 UTC by alternating responders. */
export function ledgerOf(count: number): EvidenceEntry[] {
  let ledger: EvidenceEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = ITEMS[i % ITEMS.length]!;
    ledger = appendEntry(ledger, {
      at: new Date(Date.UTC(2026, 2, 2, 10, 5 * i)).toISOString(),
      actor: i % 2 === 0 ? 'alice' : 'bob',
      ...item,
      description: `${item.description} (#${i + 1})`,
    }).ledger;
  }
  return ledger;
}
