// Runs one `firebreak` subcommand with the real world: files, standard input, the environment, the clock
// and GitHub. Each command's module takes these as arguments, so its tests give it in-memory ones.
import { readFile } from 'node:fs/promises';
import type { Config } from '../config/types.js';
import { EXIT } from './command.js';
import { readStdin, type NodeCli } from './node-cli.js';

export { closest } from '../config/closest-key.js';

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The configuration of the checkout, for commands that only read it; a broken file is said, then the defaults. */
async function configAt(cli: NodeCli, path = '.github/firebreak.yml'): Promise<Config> {
  const { loadConfig, formatProblems, hasErrors } = await import('../config/index.js');
  const loaded = loadConfig(await readOrNull(path), path);
  if (hasErrors(loaded.problems))
    cli.stderr(`${formatProblems(loaded.problems, path)}\n${path} has errors: using the playbook defaults instead.\n`);
  return loaded.config;
}

/** `--config PATH` taken out of argv, for commands that read the configuration before they parse. */
function takeConfig(argv: readonly string[]): { path: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let path: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--config' && i + 1 < argv.length) path = argv[++i];
    else if (arg.startsWith('--config=')) path = arg.slice('--config='.length);
    else rest.push(arg);
  }
  return { path, rest };
}

const streams = (cli: NodeCli) => ({
  stdout: { write: (t: string) => cli.stdout(t) },
  stderr: { write: (t: string) => cli.stderr(t) },
});
const lines = (cli: NodeCli) => ({
  stdout: (t: string) => cli.stdout(`${t}\n`),
  stderr: (t: string) => cli.stderr(`${t}\n`),
});

export async function runSubcommand(name: string, argv: readonly string[], cli: NodeCli): Promise<number> {
  switch (name) {
    case 'simulate':
      return (await import('./simulate.js')).runSimulateCommand(argv, cli);
    case 'relay':
      return (await import('./relay.js')).runRelayCommand([...argv], {
        out: (l) => cli.stdout(`${l}\n`),
        err: (l) => cli.stderr(`${l}\n`),
      });
    case 'emulator':
      return (await import('./emulator.js')).runEmulatorCommand([...argv], {
        out: (l) => cli.stdout(`${l}\n`),
        err: (l) => cli.stderr(`${l}\n`),
      });
    case 'validate': {
      const { runValidateCommand } = await import('./validate.js');
      const { nodeSetupIO } = await import('../init/node-io.js');
      return runValidateCommand(argv, { readFile: readOrNull, ...lines(cli), setup: nodeSetupIO() });
    }
    case 'oncall': {
      const { runOncallCommand } = await import('./oncall.js');
      const { path, rest } = takeConfig(argv);
      const wantsHelp = rest.includes('--help') || rest.includes('-h');
      const config = wantsHelp ? (await import('../config/defaults.js')).defaultConfig() : await configAt(cli, path);
      return runOncallCommand(rest, { config, now: new Date(), ...streams(cli) });
    }
    case 'form parse':
      return (await import('./form.js')).runFormParseCommand(argv, {
        readFile: (path) => readFile(path, 'utf8'),
        readStdin,
        stdout: cli.stdout,
        stderr: cli.stderr,
      });
    case 'init':
      return (await import('./init.js')).runInitCommand(argv, {
        ...(await import('../init/node-io.js')).nodeSetupIO(),
        ...lines(cli),
      });
    case 'doctor':
      return (await import('./doctor.js')).runDoctorCommand(argv, {
        ...(await import('../init/node-io.js')).nodeSetupIO(),
        ...lines(cli),
      });
    case 'postmortem lint': {
      const { runPostmortemLint } = await import('./postmortem.js');
      const { nodePathsIo } = await import('./paths.js');
      return runPostmortemLint(argv, {
        ...streams(cli),
        readFile: (p) => readFile(p, 'utf8'),
        paths: nodePathsIo(),
        config: await configAt(cli),
      });
    }
    case 'report': {
      const { runReportCommand } = await import('./report.js');
      return runReportCommand(argv, {
        ...streams(cli),
        readFile: (p) => readFile(p, 'utf8'),
        now: new Date(),
        config: await configAt(cli),
      });
    }
    case 'evidence verify': {
      const { runEvidenceVerify } = await import('./evidence.js');
      return runEvidenceVerify(argv, { ...streams(cli), readFile: (p) => readFile(p, 'utf8'), readStdin });
    }
    case 'preview': {
      const { runPreviewCommand, nodePreviewIo } = await import('./preview.js');
      return runPreviewCommand(argv, { ...nodePreviewIo(), ...streams(cli) });
    }
    default:
      cli.stderr(`firebreak: no command "${name}".\n`);
      return EXIT.usage;
  }
}
