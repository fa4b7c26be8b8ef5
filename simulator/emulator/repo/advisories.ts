// Draft repository security advisories. Creating one needs admin (or security manager) rights; an
// installation token needs the repository_advisories permission, which GITHUB_TOKEN cannot be given.
import { validationFailed } from '../errors.js';
import { actorLogin, type Ctx, now, requireRole } from './context.js';
import type { AdvisoryRecord } from './records.js';

const SEVERITIES: readonly string[] = ['critical', 'high', 'medium', 'low'];
/** The alphabet of GHSA ids. */
const GHSA_ALPHABET = '23456789cfghjmpqrvwx';

function ghsaId(n: number): string {
  const chars: string[] = [];
  let x = n * 7919 + 104_729;
  for (let i = 0; i < 12; i++) {
    chars.push(GHSA_ALPHABET[x % GHSA_ALPHABET.length] as string);
    x = Math.floor(x / GHSA_ALPHABET.length) + i * 31;
  }
  return `GHSA-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

export interface NewAdvisory {
  summary?: unknown;
  description?: unknown;
  severity?: unknown;
  cvss_vector_string?: unknown;
  cve_id?: unknown;
  cwe_ids?: unknown;
  vulnerabilities?: unknown;
}

export function createAdvisory(ctx: Ctx, input: NewAdvisory): AdvisoryRecord {
  requireRole(ctx, ctx.actor.kind === 'integration' ? 'write' : 'admin', 'repository_advisories');
  const missing = (field: string) => validationFailed({ resource: 'RepositoryAdvisory', field, code: 'missing_field' });
  const invalid = (field: string) => validationFailed({ resource: 'RepositoryAdvisory', field, code: 'invalid' });
  if (typeof input.summary !== 'string' || input.summary === '') throw missing('summary');
  if (input.summary.length > 1024) throw invalid('summary');
  if (typeof input.description !== 'string' || input.description === '') throw missing('description');
  if (input.description.length > 65_535) throw invalid('description');
  if (!Array.isArray(input.vulnerabilities)) throw missing('vulnerabilities');
  if (input.severity !== undefined && input.severity !== null && !SEVERITIES.includes(String(input.severity)))
    throw invalid('severity');
  if (input.severity && input.cvss_vector_string) throw invalid('cvss_vector_string');
  const cweIds = input.cwe_ids ?? [];
  if (!Array.isArray(cweIds) || !cweIds.every((c) => typeof c === 'string')) throw invalid('cwe_ids');
  const record: AdvisoryRecord = {
    ghsaId: ghsaId(ctx.repo.advisories.length + 1),
    summary: input.summary,
    description: input.description,
    severity: (input.severity as AdvisoryRecord['severity']) ?? null,
    cveId: typeof input.cve_id === 'string' ? input.cve_id : null,
    cweIds: cweIds as string[],
    vulnerabilities: input.vulnerabilities,
    author: actorLogin(ctx),
    createdAt: now(ctx),
    state: 'draft',
  };
  ctx.repo.advisories.push(record);
  return record;
}
