// An in-memory checkout and console for `firebreak init` and `firebreak doctor`, talking to the emulator
// through the real gateway (no pacing: the emulator has no secondary limits to respect).
import { afterEach } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../simulator/emulator/index.js';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import type { InitDeps } from '../../src/init/init.js';
import { readFileSync } from 'node:fs';
import { RELEASE_TAG, REPOSITORY } from '../../src/version.js';

const running: Emulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

export const NOW = new Date('2026-03-02T10:00:00Z');

/** The action's own repository as GitHub would have it: this action.yml, tagged with this version's release tag. */
export const ACTION_REPOSITORY = {
  repository: REPOSITORY,
  visibility: 'public' as const,
  files: { 'action.yml': readFileSync(new URL('../../action.yml', import.meta.url), 'utf8') },
  tags: [RELEASE_TAG],
};

/** An emulator with acme/shop (alice admin … frank no access) and the action's repository beside it. */
export async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const e = await startEmulator({
    start: NOW.toISOString(),
    users: { alice: 'admin', bob: 'read', carol: 'triage', dave: 'write', frank: 'none' },
    repositories: [ACTION_REPOSITORY],
    ...options,
  });
  running.push(e);
  return e;
}

export interface FakeSetup extends InitDeps {
  /** The checkout: path → text. */
  checkout: Map<string, string>;
  written: string[];
  out: string[];
  err: string[];
  /** Everything printed to stdout, as one text. */
  readonly text: string;
  /** Every gateway made: repository, token and API root. */
  connections: { repo: string; token: string; apiUrl: string }[];
}

export function fakeSetup(
  options: { env?: Record<string, string>; files?: Record<string, string>; remote?: string | null } = {},
): FakeSetup {
  const checkout = new Map(Object.entries(options.files ?? {}));
  const setup: FakeSetup = {
    checkout,
    written: [],
    out: [],
    err: [],
    connections: [],
    get text() {
      return setup.out.join('\n');
    },
    env: options.env ?? {},
    stdout: (t) => void setup.out.push(t),
    stderr: (t) => void setup.err.push(t),
    now: () => NOW,
    gitRemote: () => Promise.resolve(options.remote ?? null),
    gateway: (repo, token, apiUrl) => {
      setup.connections.push({ repo: `${repo.owner}/${repo.repo}`, token, apiUrl });
      return new OctokitGateway(createClient({ token, baseUrl: apiUrl, pacing: 'none', timeoutMs: 5000 }), repo);
    },
    files: {
      readFile: (path) => Promise.resolve(checkout.get(path) ?? null),
      writeFile: (path, content) => {
        setup.written.push(path);
        checkout.set(path, content);
        return Promise.resolve();
      },
    },
  };
  return setup;
}

/** The environment a person (or a workflow) gives the CLI to reach the emulator as the bot. */
export const envFor = (e: Emulator, extra: Record<string, string> = {}): Record<string, string> => ({
  GITHUB_TOKEN: e.botToken,
  GITHUB_API_URL: e.url,
  ...extra,
});

/** The repository's labels, as the API lists them. */
export function labelsOf(e: Emulator): Promise<{ name: string; color: string; description: string }[]> {
  return new OctokitGateway(createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none', timeoutMs: 5000 }), {
    owner: 'acme',
    repo: 'shop',
  }).listLabels();
}
