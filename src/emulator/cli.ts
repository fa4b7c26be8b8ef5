// `firebreak emulator --port N [--repository o/r] [--user alice:write ...] [--visibility public]
// [--start ISO]`: runs the emulator until interrupted and prints where it listens and the tokens to use.
import { type Access, ROLES } from './access.js';
import { startEmulator } from './emulator.js';
import type { EmulatorOptions } from './options.js';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the emulator should stop (default: SIGINT or SIGTERM). */
  stopped?: Promise<void>;
}

const USAGE = 'usage: firebreak emulator [--port N] [--repository owner/name] [--user login:permission ...] [--visibility private|public] [--start ISO-time]';

export function parseEmulatorArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = { users: {} };
  const users = options.users as Record<string, Access>;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    switch (name) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number\n${USAGE}`);
        options.port = port;
        break;
      }
      case '--repository':
        options.repository = value();
        break;
      case '--visibility': {
        const v = value();
        if (v !== 'private' && v !== 'public') throw new Error(`--visibility must be private or public\n${USAGE}`);
        options.visibility = v;
        break;
      }
      case '--start':
        options.start = value();
        break;
      case '--user': {
        const [login, permission = 'write'] = value().split(':');
        if (!login || !(ROLES as readonly string[]).includes(permission)) {
          throw new Error(`--user takes login:permission with permission one of ${ROLES.join(', ')}\n${USAGE}`);
        }
        users[login] = permission as Access;
        break;
      }
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
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
  argv: string[],
  io: CommandIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) },
): Promise<number> {
  let options: EmulatorOptions;
  try {
    options = parseEmulatorArgs(argv);
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  // Interactive use starts at the current time, to the second; scenarios pass --start.
  options.start ??= new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  const emulator = await startEmulator(options);
  io.out(`GitHub emulator for ${emulator.repository} listening on ${emulator.url}`);
  io.out(`  GITHUB_API_URL=${emulator.url}`);
  io.out(`  GITHUB_REPOSITORY=${emulator.repository}`);
  io.out(`  ${emulator.bot.login} (GITHUB_TOKEN): ${emulator.botToken}`);
  for (const [login, permission] of Object.entries(options.users ?? {})) io.out(`  ${login} (${permission}): ${emulator.tokenFor(login)}`);
  io.out(`  clock: GET ${emulator.url}/_emulator/clock · state: GET ${emulator.url}/_emulator/snapshot · notifications: POST ${emulator.url}/hooks/<channel>`);
  await (io.stopped ?? untilSignal());
  await emulator.close();
  return 0;
}
