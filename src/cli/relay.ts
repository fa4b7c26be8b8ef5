// `firebreak relay [--port N] [--host ADDRESS] [-R owner/name]`: runs the alert relay (src/relay/) until
// interrupted. Secrets come from the environment only: FIREBREAK_RELAY_TOKEN and/or
// FIREBREAK_RELAY_HMAC_SECRET (what senders must show), GITHUB_TOKEN (what the relay sends GitHub).
import { createClient } from '../github/client.js';
import { OctokitGateway } from '../github/octokit-gateway.js';
import { createRelay } from '../relay/server.js';
import { EXIT, helpText, parseCommand, stringOption, UsageError } from './command.js';
import { RELAY } from './specs.js';

export interface RelayIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Resolves when the relay should stop (default: SIGINT or SIGTERM). */
  stopped?: Promise<void>;
  /** Called once listening, with the port. */
  listening?: (port: number) => void;
}

export async function runRelayCommand(argv: readonly string[], io: RelayIo): Promise<number> {
  const env = io.env ?? process.env;
  let options: { port: number; host: string; repo: string } | null;
  try {
    const parsed = parseCommand(RELAY, argv);
    if (parsed === null) {
      io.out(helpText(RELAY).trimEnd());
      return EXIT.ok;
    }
    const port = stringOption(parsed.values, 'port') ?? env.PORT ?? '8080';
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      throw new UsageError(`--port must be a port number, not "${port}"`);
    const repo = stringOption(parsed.values, 'repo') ?? env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repo))
      throw new UsageError('give the repository with -R owner/name or GITHUB_REPOSITORY');
    if (!env.GITHUB_TOKEN)
      throw new UsageError('GITHUB_TOKEN must hold a token that may send repository_dispatch (contents: write)');
    if (!env.FIREBREAK_RELAY_TOKEN && !env.FIREBREAK_RELAY_HMAC_SECRET)
      throw new UsageError(
        'set FIREBREAK_RELAY_TOKEN (bearer) or FIREBREAK_RELAY_HMAC_SECRET (signatures): the relay never runs open',
      );
    options = { port: Number(port), host: stringOption(parsed.values, 'host') ?? '0.0.0.0', repo };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`firebreak relay: ${error.message}\nRun \`firebreak relay --help\` for usage and examples.`);
    return EXIT.usage;
  }
  const [owner = '', repo = ''] = options.repo.split('/');
  const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
  const client = createClient({
    token: env.GITHUB_TOKEN ?? '',
    baseUrl: apiUrl,
    pacing: env.FIREBREAK_RELAY_PACING === 'none' ? 'none' : 'github',
    log: (line) => io.err(line),
  });
  const server = createRelay({
    gateway: new OctokitGateway(client, { owner, repo }),
    auth: {
      ...(env.FIREBREAK_RELAY_TOKEN ? { token: env.FIREBREAK_RELAY_TOKEN } : {}),
      ...(env.FIREBREAK_RELAY_HMAC_SECRET ? { hmacSecret: env.FIREBREAK_RELAY_HMAC_SECRET } : {}),
    },
    ...(env.FIREBREAK_RELAY_BACKOFF_MS ? { backoffMs: Number(env.FIREBREAK_RELAY_BACKOFF_MS) } : {}),
    log: io.out,
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  io.out(JSON.stringify({ relay: 'listening', port, repository: options.repo, github: apiUrl }));
  io.listening?.(port);
  await (io.stopped ??
    new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return EXIT.ok;
}
