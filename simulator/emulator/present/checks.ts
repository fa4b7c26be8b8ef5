// Check runs, their annotations, branch protection's required checks and ruleset rules as the REST API
// renders them (`check-run`, `check-annotation`, `branch-protection`, `repository-rule-detailed`).
import type { AnnotationRecord, CheckRunRecord } from '../repo/checks.js';
import { headShaOf } from '../repo/pull-diff.js';
import { userJson } from './users.js';
import { type Json, repoApi, repoWeb, segment, type View } from './view.js';

/** The GitHub Actions app, which GITHUB_TOKEN's check runs belong to. */
function appJson(v: View, slug: string): Json {
  return {
    id: 15368,
    slug,
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: userJson(v.world, 'github'),
    name: slug === 'github-actions' ? 'GitHub Actions' : slug,
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${v.world.urls.web}/apps/${slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'check_suite', 'pull_request', 'push'],
  };
}

export function checkRunJson(v: View, run: CheckRunRecord): Json {
  const api = `${repoApi(v)}/check-runs/${run.id}`;
  const pulls = [...v.repo.issues.values()].filter(
    (i) => i.pull && i.state === 'open' && headShaOf(v.repo, i.pull, true) === run.headSha,
  );
  const repoRef = { id: v.repo.id, url: repoApi(v), name: v.repo.name };
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url: api,
    html_url: `${repoWeb(v)}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${repoWeb(v)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.title,
      summary: run.summary,
      text: run.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: run.name,
    check_suite: { id: 5_000_000_000 + (run.id % 1_000_000) },
    app: appJson(v, run.app),
    pull_requests: pulls.map((i) => ({
      id: i.pull?.id,
      number: i.number,
      url: `${repoApi(v)}/pulls/${i.number}`,
      head: { ref: i.pull?.head, sha: run.headSha, repo: repoRef },
      base: { ref: i.pull?.base, sha: v.repo.branchSha(i.pull?.base ?? '') ?? '', repo: repoRef },
    })),
  };
}

export function annotationJson(v: View, run: CheckRunRecord, a: AnnotationRecord): Json {
  return {
    path: a.path,
    blob_href: `${repoWeb(v)}/blob/${run.headSha}/${a.path.split('/').map(segment).join('/')}`,
    start_line: a.startLine,
    end_line: a.endLine,
    start_column: a.startColumn,
    end_column: a.endColumn,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
    raw_details: a.rawDetails,
  };
}

export function protectionJson(v: View, branch: string, contexts: string[]): Json {
  const api = `${repoApi(v)}/branches/${segment(branch)}/protection`;
  return {
    url: api,
    required_status_checks: {
      url: `${api}/required_status_checks`,
      strict: false,
      contexts,
      contexts_url: `${api}/required_status_checks/contexts`,
      checks: contexts.map((context) => ({ context, app_id: null })),
    },
    enforce_admins: { url: `${api}/enforce_admins`, enabled: false },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
  };
}

export function statusChecksRuleJson(contexts: string[]): Json {
  return {
    type: 'required_status_checks',
    parameters: {
      required_status_checks: contexts.map((context) => ({ context })),
      strict_required_status_checks_policy: false,
    },
    ruleset_source_type: 'Repository',
    ruleset_source: 'default branch',
    ruleset_id: 4_200_001,
  };
}
