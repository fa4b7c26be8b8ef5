// Deployments and releases as the REST API renders them (`deployment`, `release`).
import type { DeploymentRecord, ReleaseRecord } from '../repo/deployments.js';
import { userJson } from './users.js';
import { type Json, repoApi, repoWeb, segment, type View } from './view.js';

export function deploymentJson(v: View, d: DeploymentRecord): Json {
  const url = `${repoApi(v)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: d.nodeId,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userJson(v.world, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(v),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

export function releaseJson(v: View, r: ReleaseRecord): Json {
  const url = `${repoApi(v)}/releases/${r.id}`;
  const tag = segment(r.tagName);
  return {
    url,
    html_url: r.draft ? `${repoWeb(v)}/releases/tag/untagged-${r.id}` : `${repoWeb(v)}/releases/tag/${tag}`,
    assets_url: `${url}/assets`,
    upload_url: `${v.world.urls.api.replace('api.', 'uploads.')}/repos/${v.repo.fullName}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${repoApi(v)}/tarball/${tag}`,
    zipball_url: `${repoApi(v)}/zipball/${tag}`,
    id: r.id,
    node_id: r.nodeId,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    author: userJson(v.world, r.author),
    assets: [],
  };
}
