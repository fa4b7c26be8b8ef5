// `firebreak emulator [--port N] [-R owner/name] [--user alice:write …] [--visibility public] [--start ISO]`:
// runs the emulator until interrupted and prints where it listens and the tokens to use.
import { type Access, ROLES } from '../../simulator/emulator/access.js';
import { startEmulator } from '../../simulator/emulator/emulator.js';
import type { EmulatorOptions } from '../../simulator/emulator/options.js';
import { EXIT, helpText, parseCommand, stringOption, UsageError } from './command.js';
import { EMULATOR } from './specs.js';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the emulator should stop (default: SIGINT or SIGTERM). */
  stopped?: Promise<void>;
}

export const EMULATOR_USAGE = helpText(EMULATOR);

/** The emulator's options from argv; throws UsageError. Null when help was asked for. */
export function parseEmulatorArgs(argv: readonly string[]): EmulatorOptions | null {
  const parsed = parseCommand(EMULATOR, argv);
  if (parsed === null) return null;
  const { values } = parsed;
  const options: EmulatorOptions = { users: {} };
  const port = stringOption(values, 'port');
  if (port !== undefined) {
    const n = Number(port);
    if (!/^\d+$/.test(port) || n > 65535)
      throw new UsageError(`--port must be a port number from 0 to 65535, not "${port}"`);
    options.port = n;
  }
  const repository = stringOption(values, 'repo') ?? stringOption(values, 'repository');
  if (repository !== undefined) {
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
      throw new UsageError(`--repo must be "owner/name", not "${repository}"`);
    options.repository = repository;
  }
  const visibility = stringOption(values, 'visibility');
  if (visibility !== undefined) {
    if (visibility !== 'private' && visibility !== 'public')
      throw new UsageError(`--visibility must be private or public, not "${visibility}"`);
    options.visibility = visibility;
  }
  const start = stringOption(values, 'start');
  if (start !== undefined) {
    if (Number.isNaN(Date.parse(start))) throw new UsageError(`--start must be an ISO 8601 time, not "${start}"`);
    options.start = start;
  }
  const users = options.users as Record<string, Access>;
  for (const spec of (values.user as string[] | undefined) ?? []) {
    const [login, permission = 'write'] = spec.split(':');
    if (!login || !(ROLES as readonly string[]).includes(permission))
      throw new UsageError(`--user takes login:permission with permission one of ${ROLES.join(', ')}, not "${spec}"`);
    users[login] = permission as Access;
  }
  return options;
}

const untilSignal = (): Promise<void> =>
  new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

/** Runs the emulator; resolves with the exit code once it has stopped. */
export async function runEmulatorCommand(
  argv: readonly string[],
  io: CommandIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) },
): Promise<number> {
  let options: EmulatorOptions | null;
  try {
    options = parseEmulatorArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`firebreak emulator: ${error.message}\nRun \`firebreak emulator --help\` for usage and examples.`);
    return EXIT.usage;
  }
  if (options === null) {
    io.out(EMULATOR_USAGE.trimEnd());
    return EXIT.ok;
  }
  // Interactive use starts at the current time, to the second; scenarios pass --start.
  options.start ??= new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  const emulator = await startEmulator(options);
  io.out(`GitHub emulator for ${emulator.repository} listening on ${emulator.url}`);
  io.out(`  GITHUB_API_URL=${emulator.url}`);
  io.out(`  GITHUB_REPOSITORY=${emulator.repository}`);
  io.out(`  ${emulator.bot.login} (GITHUB_TOKEN): ${emulator.botToken}`);
  for (const [login, permission] of Object.entries(options.users ?? {}))
    io.out(`  ${login} (${permission}): ${emulator.tokenFor(login)}`);
  io.out(
    `  clock: GET ${emulator.url}/_emulator/clock · state: GET ${emulator.url}/_emulator/snapshot · notifications: POST ${emulator.url}/hooks/<channel>`,
  );
  io.out(`  the threads as GitHub shows them, in a browser: ${emulator.url}/_emulator/view`);
  await (io.stopped ?? untilSignal());
  await emulator.close();
  return EXIT.ok;
}
