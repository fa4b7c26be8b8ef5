// What the Actions runner tells us about this run, read once from the environment at the edge.
import { readFileSync } from 'node:fs';
import type { RepoRef } from '../github/gateway.js';

export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  workflow: string;
  actor: string;
}

export class ContextError extends Error {}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new ContextError(
      `GITHUB_REPOSITORY must be "owner/name", got "${repository}". Is this running on GitHub Actions?`,
    );
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    repo: { owner, repo },
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    actor: env.GITHUB_ACTOR ?? '',
  };
}

export function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch (error) {
    throw new ContextError(
      `Cannot read the event payload at ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
