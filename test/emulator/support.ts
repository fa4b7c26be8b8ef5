// Shared set-up for the emulator tests: a running emulator and plain @octokit/rest clients (no retry,
// no throttling) acting as the bot or as a person.
import { Octokit } from '@octokit/rest';
import { afterEach } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../simulator/emulator/index.js';

const running: Emulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

export const TEAM: EmulatorOptions['users'] = {
  alice: 'admin',
  bob: 'read',
  carol: 'triage',
  dave: 'write',
  erin: 'maintain',
};

export async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const e = await startEmulator({ start: '2026-03-02T10:00:00Z', users: TEAM, ...options });
  running.push(e);
  return e;
}

export function client(e: Emulator, token: string = e.botToken): Octokit {
  return new Octokit({
    auth: token,
    baseUrl: e.url,
    request: { retries: 0 },
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

export const as = (e: Emulator, login: string): Octokit => client(e, e.tokenFor(login));

export const repo = { owner: 'acme', repo: 'shop' } as const;

/** The HTTP status of a failed Octokit call (or 0 when it did not fail). */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 0;
  } catch (error) {
    return (error as { status?: number }).status ?? -1;
  }
}
