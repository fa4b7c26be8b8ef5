// `firebreak emulator`: starts, prints where it listens and the tokens, stops when told.
import { describe, expect, it } from 'vitest';
import { parseEmulatorArgs, runEmulatorCommand } from '../../src/cli/emulator.js';

describe('firebreak emulator', () => {
  it('prints the URL and tokens, serves requests, and stops', async () => {
    const lines: string[] = [];
    let stop = (): void => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runEmulatorCommand(
      [
        '--port',
        '0',
        '--repository',
        'acme/payments',
        '--user',
        'alice:write',
        '--user=bob:read',
        '--start',
        '2026-03-02T10:00:00Z',
      ],
      {
        out: (l) => lines.push(l),
        err: (l) => lines.push(`ERR ${l}`),
        stopped,
      },
    );
    while (lines.length < 6) await new Promise((r) => setTimeout(r, 5));
    const url = /listening on (\S+)/.exec(lines[0] ?? '')?.[1] ?? '';
    expect(lines[0]).toMatch(/^GitHub emulator for acme\/payments listening on http:\/\/127\.0\.0\.1:\d+$/);
    const alice = /alice \(write\): (\S+)/.exec(lines.join('\n'))?.[1] ?? '';
    expect(alice).toMatch(/^ghp_/);
    const res = await fetch(`${url}/repos/acme/payments`, { headers: { authorization: `token ${alice}` } });
    expect(((await res.json()) as { permissions: { push: boolean } }).permissions.push).toBe(true);
    expect(await (await fetch(`${url}/_emulator/clock`)).json()).toEqual({ now: '2026-03-02T10:00:00Z' });
    stop();
    expect(await running).toBe(0);
  });

  it('explains bad arguments and exits 2', async () => {
    const errors: string[] = [];
    expect(await runEmulatorCommand(['--user', 'alice:owner'], { out: () => {}, err: (l) => errors.push(l) })).toBe(2);
    expect(errors.join('\n')).toMatch(/--user takes login:permission/);
    expect(() => parseEmulatorArgs(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseEmulatorArgs(['--bogus'])).toThrow(/unknown option --bogus/);
    expect(parseEmulatorArgs(['--visibility', 'public', '--user', 'carol'])).toEqual({
      users: { carol: 'write' },
      visibility: 'public',
    });
  });
});
