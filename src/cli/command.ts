// One shape for every `firebreak` command, as `gh` has: a usage line, a description, its options and
// examples in `--help` (exit 0); options parsed strictly with node:util's parseArgs; a usage mistake is
// exit 2 with a pointer to the help. Exit codes are the same everywhere: 0 ok, 1 problems found, 2 usage.
import { parseArgs } from 'node:util';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help ("PATH"); string options only. */
  value?: string;
  help: string;
}

export interface CommandSpec {
  /** The words after `firebreak`: "validate", "postmortem lint". */
  name: string;
  /** What follows the name in the usage line: "[path] [--summary]". */
  usage: string;
  /** One line for `firebreak --help`. */
  summary: string;
  /** Paragraphs for the command's own help. */
  description: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes. */
  positionals: { min: number; max: number };
  examples: string[];
}

/** `-R, --repo OWNER/NAME`, as in `gh`. */
export const REPO_OPTION: OptionSpec = {
  type: 'string',
  short: 'R',
  value: 'OWNER/NAME',
  help: 'the repository (default: GITHUB_REPOSITORY, else the "origin" remote of the current directory)',
};

export const JSON_OPTION: OptionSpec = { type: 'boolean', help: 'print the result as JSON (for scripts)' };

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

export class UsageError extends Error {}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommand {
  values: OptionValues;
  positionals: string[];
}

/** The command's `--help`. */
export function helpText(spec: CommandSpec): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
    return [flag, option.help] as const;
  });
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [
    `Usage: firebreak ${spec.name} ${spec.usage}`.trimEnd(),
    '',
    spec.description.trim(),
    '',
    'Options:',
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    '',
    'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}

/** Parses argv for the command; null when help was asked for. Throws UsageError for anything else amiss. */
export function parseCommand(spec: CommandSpec, argv: readonly string[]): ParsedCommand | null {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, o]) => [
          name,
          { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
        ]),
      ),
    }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw new UsageError(plainParseError(error));
  }
  if (parsed.values.help === true) return null;
  const count = parsed.positionals.length;
  const { min, max } = spec.positionals;
  if (count < min)
    throw new UsageError(
      min === 1 && max === 1 ? `missing argument: ${spec.usage.split(' ')[0]}` : `missing arguments: ${spec.usage}`,
    );
  if (count > max) {
    const extra = parsed.positionals.slice(max).join(' ');
    throw new UsageError(max === 0 ? `unexpected argument: ${extra}` : `too many arguments: ${extra}`);
  }
  return parsed;
}

/** parseArgs' messages end with advice for Node's own flags ("To specify a positional argument…"). */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. To specify')[0]?.replace(/^Unknown option '([^']+)'.*$/, 'unknown option $1') ?? message;
}

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Runs a command's body with its parsed arguments: `--help` prints the help (exit 0); a UsageError,
 * from parsing or from the body, prints the message and where to find the help (exit 2).
 */
export async function runCommand(
  spec: CommandSpec,
  argv: readonly string[],
  io: CommandIo,
  body: (parsed: ParsedCommand) => Promise<number> | number,
): Promise<number> {
  try {
    const parsed = parseCommand(spec, argv);
    if (parsed === null) {
      io.stdout(helpText(spec));
      return EXIT.ok;
    }
    return await body(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(
      `firebreak ${spec.name}: ${error.message}\nRun \`firebreak ${spec.name} --help\` for usage and examples.\n`,
    );
    return EXIT.usage;
  }
}

/** A string option's value, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
