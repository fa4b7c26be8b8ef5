// Workflows and repository security advisories.
import type { AdvisoryRecord } from '../repo/records.js';
import type { WorkflowInfo } from '../repo/workflows.js';
import { userJson } from './users.js';
import { type Json, repoApi, repoWeb, type View } from './view.js';

export function workflowJson(v: View, w: WorkflowInfo): Json {
  const file = w.path.split('/').pop() ?? w.path;
  return {
    id: w.id,
    node_id: `W_kwDO${Buffer.from(String(w.id)).toString('base64url')}`,
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.createdAt,
    updated_at: w.createdAt,
    url: `${repoApi(v)}/actions/workflows/${w.id}`,
    html_url: `${repoWeb(v)}/blob/${v.repo.defaultBranch}/${w.path}`,
    badge_url: `${repoWeb(v)}/workflows/${encodeURIComponent(file)}/badge.svg`,
  };
}

export function advisoryJson(v: View, a: AdvisoryRecord): Json {
  return {
    ghsa_id: a.ghsaId,
    cve_id: a.cveId,
    url: `${repoApi(v)}/security-advisories/${a.ghsaId}`,
    html_url: `${repoWeb(v)}/security/advisories/${a.ghsaId}`,
    summary: a.summary,
    description: a.description,
    severity: a.severity,
    author: userJson(v.world, a.author),
    publisher: null,
    identifiers: [{ type: 'GHSA', value: a.ghsaId }, ...(a.cveId ? [{ type: 'CVE', value: a.cveId }] : [])],
    state: a.state,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    published_at: null,
    closed_at: null,
    withdrawn_at: null,
    submission: null,
    vulnerabilities: a.vulnerabilities.map((vuln) => {
      const x = (vuln ?? {}) as Record<string, unknown>;
      const pkg = (x.package ?? {}) as Record<string, unknown>;
      return {
        package: { ecosystem: pkg.ecosystem ?? 'other', name: pkg.name ?? null },
        vulnerable_version_range: x.vulnerable_version_range ?? null,
        patched_versions: x.patched_versions ?? null,
        vulnerable_functions: x.vulnerable_functions ?? [],
      };
    }),
    cvss: null,
    cwes: a.cweIds.map((id) => ({ cwe_id: id, name: id })),
    cwe_ids: a.cweIds,
    credits: [],
    credits_detailed: [],
    collaborating_users: [],
    collaborating_teams: [],
    private_fork: null,
  };
}
