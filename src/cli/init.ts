// `firebreak init`: argument handling; the work is in src/init/init.ts.
import { INSTALL_PARTS, type InstallPart } from '../init/install.js';
import { type InitDeps, runInit } from '../init/init.js';
import { helpText, runCommand, stringOption, UsageError } from './command.js';
import { INIT } from './specs.js';

export const INIT_USAGE = helpText(INIT);

/** Exit codes: 0 done, 1 a file or label could not be written or created, 2 bad usage. */
export async function runInitCommand(argv: readonly string[], deps?: InitDeps): Promise<number> {
  const io = deps ?? (await import('../init/node-io.js')).nodeSetupIO();
  const out = {
    stdout: (t: string) => io.stdout(t.replace(/\n$/, '')),
    stderr: (t: string) => io.stderr(t.replace(/\n$/, '')),
  };
  return runCommand(INIT, argv, out, ({ values }) => {
    const only = readParts(values.only as string[] | undefined);
    const repo = stringOption(values, 'repo');
    const ref = stringOption(values, 'ref');
    const action = stringOption(values, 'action');
    return runInit(
      {
        dryRun: values['dry-run'] === true,
        force: values.force === true,
        labels:
          values['no-labels'] !== true && (only === undefined || only.includes('config') || only.includes('forms')),
        ...(repo === undefined ? {} : { repo }),
        ...(ref === undefined ? {} : { ref }),
        ...(action === undefined ? {} : { action }),
        ...(only === undefined ? {} : { only }),
      },
      io,
    );
  });
}

/** `--only workflows --only forms` or `--only workflows,forms`. */
function readParts(values: readonly string[] | undefined): InstallPart[] | undefined {
  if (values === undefined) return undefined;
  const parts = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const part of parts) {
    if (!(INSTALL_PARTS as readonly string[]).includes(part))
      throw new UsageError(`--only takes ${INSTALL_PARTS.join(', ')}, not "${part}"`);
  }
  return [...new Set(parts)] as InstallPart[];
}
