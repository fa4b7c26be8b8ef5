#!/usr/bin/env node
// The `firebreak` command. Each subcommand is imported only when it is used.
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: firebreak <command> [options]

Commands:
  simulate <scenario.yml> [--json] [--transcript] [--out DIR]
                          replay a scenario through the action on the local GitHub emulator
  emulator [--port N]     run the GitHub emulator on loopback
  validate [path]         check .github/firebreak.yml (or the playbook defaults in use)
  oncall [--at TIME] [--rotation NAME | --service NAME] [--schedule --days N]
                          who is on call, and the upcoming shifts
  form parse --template <form.yml> --body <file|->
                          parse an issue body filed from a form
  preview <template> [--incident FILE]
                          render a message template
  init [--dry-run] [--force] [--repo owner/name] [--ref REF] [--no-labels]
                          add the forms, workflows and config, and create the labels
  doctor [--repo owner/name] [--config PATH]
                          check the repository's Firebreak setup on GitHub
  postmortem lint <files…> [--format github]
                          check postmortems: front matter, placeholders, owners, blameful language
  report [--since 90d] [--dir docs/postmortems] [--json]
                          incidents by severity, MTTA and MTTR, breaches, open action items
  evidence verify <file|-> [--head HASH] [--count N]
                          verify a security incident's hash-chained evidence ledger
`;

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function configAt(path = '.github/firebreak.yml') {
  const { loadConfig, formatProblems, hasErrors } = await import('../config/index.js');
  const loaded = loadConfig(await readOrNull(path), path);
  if (hasErrors(loaded.problems)) {
    process.stderr.write(`${formatProblems(loaded.problems, path)}\nUsing the playbook defaults instead.\n`);
  }
  return loaded.config;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const stdout = process.stdout;
  const stderr = process.stderr;
  switch (command) {
    case 'simulate': {
      const { runSimulateCommand } = await import('../simulate/cli.js');
      return runSimulateCommand(rest);
    }
    case 'emulator': {
      const { runEmulatorCommand } = await import('../emulator/cli.js');
      return runEmulatorCommand(rest);
    }
    case 'validate': {
      const { runValidateCommand } = await import('../config/index.js');
      // With a token and a repository at hand, validate also checks that rotation members can be assigned.
      const { repositoryGateway } = await import('../init/connect.js');
      const { nodeSetupIO } = await import('../init/node-io.js');
      const gateway = await repositoryGateway(nodeSetupIO());
      return runValidateCommand(rest, {
        readFile: readOrNull,
        stdout: (text) => stdout.write(`${text}\n`),
        stderr: (text) => stderr.write(`${text}\n`),
        ...(gateway ? { gateway } : {}),
      });
    }
    case 'oncall': {
      const { runOncallCommand } = await import('./oncall.js');
      const configIndex = rest.indexOf('--config');
      const config = await configAt(configIndex >= 0 ? rest[configIndex + 1] : undefined);
      const args = configIndex >= 0 ? rest.filter((_, i) => i !== configIndex && i !== configIndex + 1) : rest;
      return runOncallCommand(args, { config, now: new Date(), stdout, stderr });
    }
    case 'form': {
      if (rest[0] !== 'parse') {
        stderr.write('usage: firebreak form parse --template <form.yml> --body <file|->\n');
        return 2;
      }
      const { runFormParseCommand } = await import('../forms/index.js');
      return runFormParseCommand(rest.slice(1), {
        readFile: (path) => readFile(path, 'utf8'),
        readStdin: async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks).toString('utf8');
        },
        stdout: (text) => stdout.write(text),
        stderr: (text) => stderr.write(text),
      });
    }
    case 'init': {
      const { runInitCommand } = await import('./init.js');
      return runInitCommand(rest);
    }
    case 'doctor': {
      const { runDoctorCommand } = await import('./doctor.js');
      return runDoctorCommand(rest);
    }
    case 'postmortem': {
      const { runPostmortemCommand } = await import('./postmortem.js');
      return runPostmortemCommand(rest, { stdout, stderr, readFile: (p) => readFile(p, 'utf8'), config: await configAt() });
    }
    case 'report': {
      const { runReportCommand } = await import('./report.js');
      return runReportCommand(rest, { stdout, stderr, readFile: (p) => readFile(p, 'utf8'), now: new Date(), config: await configAt() });
    }
    case 'evidence': {
      const { runEvidenceCommand, nodeEvidenceIo } = await import('./evidence.js');
      return runEvidenceCommand(rest, nodeEvidenceIo());
    }
    case 'preview': {
      const { runPreviewCommand, nodePreviewIo } = await import('./preview.js');
      return runPreviewCommand(rest, nodePreviewIo());
    }
    case '--version':
    case 'version': {
      const { VERSION } = await import('../version.js');
      stdout.write(`firebreak ${VERSION}\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      stderr.write(`firebreak: unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`firebreak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
