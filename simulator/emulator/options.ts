// How an emulator is set up: the repository (and any others), its people and their permissions, its
// files, the bot's identity and token scopes, and when the clock starts.
import { type Access, DEFAULT_BOT_SCOPES, ROLES, type Scope, type ScopeLevel } from './access.js';
import { GITHUB_DEFAULT_LABELS, type LabelSeed } from './repo/repository.js';
import type { ResponseRecord } from './http/server.js';

export interface RepositoryOptions {
  /** "owner/name"; default acme/shop. */
  repository?: string;
  visibility?: 'private' | 'public';
  defaultBranch?: string;
  description?: string | null;
  /** Collaborators and their permission; "none" makes an account that is not a collaborator. */
  users?: Record<string, Access>;
  /** Files on the default branch before anything happens. */
  files?: Record<string, string | Uint8Array>;
  /** Repository labels; default: the nine GitHub creates in every repository. */
  labels?: LabelSeed[];
  /** Tags on the initial commit ("v1.2.0"), e.g. an action's release tags. */
  tags?: string[];
}

export interface EmulatorOptions extends RepositoryOptions {
  /** The emulator clock's start, ISO 8601 (default 2026-01-05T09:00:00Z). */
  start?: string;
  /** Loopback port (default 0: any free port). */
  port?: number;
  /** Base of html_url fields (default https://github.com). */
  webUrl?: string;
  /** Organization teams (slug → member logins), for team review requests. */
  teams?: Record<string, string[]>;
  /** The identity GITHUB_TOKEN acts as, and the permissions its workflow grants it. */
  bot?: { login?: string; scopes?: Partial<Record<Scope, ScopeLevel>> };
  /** Further repositories (a private incident repository, say); the bot's token cannot write to them. */
  repositories?: RepositoryOptions[];
  /** Answer 403 once a token has spent its hourly budget (1,000 for GITHUB_TOKEN). Default false. */
  enforceRateLimits?: boolean;
  /** Keep every webhook event in `emulator.webhooks` (default true; turn off for very large runs). */
  recordWebhooks?: boolean;
  /** Called with every API response, for conformance checks. */
  onResponse?: (record: ResponseRecord) => void;
}

export const DEFAULT_REPOSITORY = 'acme/shop';
export const DEFAULT_START = '2026-01-05T09:00:00Z';

export interface NormalizedRepository {
  fullName: string;
  visibility: 'private' | 'public';
  defaultBranch: string;
  description: string | null;
  users: Record<string, Access>;
  files: Record<string, string | Uint8Array>;
  labels: LabelSeed[];
  tags: string[];
}

export function normalizeRepository(options: RepositoryOptions): NormalizedRepository {
  const fullName = options.repository ?? DEFAULT_REPOSITORY;
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(fullName))
    throw new Error(`emulator: repository must be "owner/name", got "${fullName}"`);
  for (const [login, access] of Object.entries(options.users ?? {})) {
    if (access !== 'none' && !(ROLES as readonly string[]).includes(access)) {
      throw new Error(
        `emulator: user ${login} has unknown permission "${String(access)}" (expected ${ROLES.join(', ')} or none)`,
      );
    }
  }
  return {
    fullName,
    visibility: options.visibility ?? 'private',
    defaultBranch: options.defaultBranch ?? 'main',
    description: options.description ?? null,
    users: options.users ?? {},
    files: options.files ?? {},
    labels: options.labels ?? GITHUB_DEFAULT_LABELS,
    tags: options.tags ?? [],
  };
}

export const botScopes = (options: EmulatorOptions): Partial<Record<Scope, ScopeLevel>> => ({
  ...DEFAULT_BOT_SCOPES,
  ...(options.bot?.scopes ?? {}),
});
