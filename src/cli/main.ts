// Finds the `firebreak` subcommand and runs it, importing it only when it is used. Every subcommand
// answers --help (exit 0); exit codes are 0 ok, 1 problems found, 2 usage.
import { EXIT } from './command.js';
import { COMMAND_SPECS } from './specs.js';
import { VERSION } from '../version.js';
import type { NodeCli } from './node-cli.js';

const GROUPS: Record<string, string[]> = { form: ['parse'], postmortem: ['lint'], evidence: ['verify'] };

function topLevelHelp(): string {
  const width = Math.max(...COMMAND_SPECS.map((s) => s.name.length));
  return [
    `firebreak ${VERSION}: GitHub-native incident response.`,
    '',
    'Usage: firebreak <command> [options]',
    '',
    'Commands:',
    ...COMMAND_SPECS.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also after any command: firebreak init --help)',
    '  -V, --version  print the version',
    '',
    'Examples:',
    '  firebreak init -R acme/shop',
    '  firebreak validate',
    '  firebreak simulate examples/demo.yml --transcript',
    '',
    'Exit status: 0 ok, 1 problems found, 2 usage error. Colour only on a terminal, never with NO_COLOR.',
    '',
  ].join('\n');
}

function groupHelp(group: string): string {
  const specs = COMMAND_SPECS.filter((s) => s.name.startsWith(`${group} `));
  return [
    `Usage: firebreak ${group} <${(GROUPS[group] ?? []).join('|')}> [options]`,
    '',
    ...specs.map((s) => `  firebreak ${s.name}  ${s.summary}`),
    '',
    `Run \`firebreak ${specs[0]?.name ?? group} --help\` for its options.`,
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], cli: NodeCli): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      cli.stderr(topLevelHelp());
      return EXIT.usage;
    case 'help':
    case '--help':
    case '-h':
      if (command === 'help' && rest.length > 0) return main([...rest, '--help'], cli);
      cli.stdout(topLevelHelp());
      return EXIT.ok;
    case 'version':
    case '--version':
    case '-V':
      cli.stdout(`firebreak ${VERSION}\n`);
      return EXIT.ok;
    case 'form':
    case 'postmortem':
    case 'evidence': {
      const [sub, ...args] = rest;
      if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        (sub === undefined ? cli.stderr : cli.stdout)(groupHelp(command));
        return sub === undefined ? EXIT.usage : EXIT.ok;
      }
      if (!GROUPS[command]?.includes(sub)) {
        cli.stderr(`firebreak ${command}: unknown subcommand "${sub}".\n\n${groupHelp(command)}`);
        return EXIT.usage;
      }
      return (await import('./run-command.js')).runSubcommand(`${command} ${sub}`, args, cli);
    }
    default: {
      const known = COMMAND_SPECS.some((s) => s.name === command);
      if (!known) {
        const { closest } = await import('./run-command.js');
        const guess = closest(
          command,
          COMMAND_SPECS.map((s) => s.name.split(' ')[0] ?? s.name),
        );
        cli.stderr(
          `firebreak: unknown command "${command}".${guess ? ` Did you mean "${guess}"?` : ''}\nRun \`firebreak --help\` for the list of commands.\n`,
        );
        return EXIT.usage;
      }
      return (await import('./run-command.js')).runSubcommand(command, rest, cli);
    }
  }
}
