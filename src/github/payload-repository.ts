// The repository as the event's payload describes it: every webhook payload of a repository event
// carries its default branch and visibility, so a run need not ask GET /repos/{owner}/{repo} for them.
import type { RepoInfo } from '../domain/github-objects.js';

/** Every webhook payload of a repository event carries the repository; a schedule's has none. */
export function repoFromPayload(payload: unknown): RepoInfo | null {
  const repository = (payload as { repository?: Record<string, unknown> } | null)?.repository;
  if (!repository || typeof repository.default_branch !== 'string' || typeof repository.html_url !== 'string')
    return null;
  const visibility =
    repository.visibility === 'public' || repository.visibility === 'internal' || repository.visibility === 'private'
      ? repository.visibility
      : typeof repository.private === 'boolean'
        ? repository.private
          ? 'private'
          : 'public'
        : null;
  return visibility ? { defaultBranch: repository.default_branch, visibility, htmlUrl: repository.html_url } : null;
}
