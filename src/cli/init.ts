// `firebreak init [--dry-run] [--force] [--repo owner/name] [--ref REF] [--no-labels]`: argument handling;
// the work is in src/init/init.ts.
import { parseArgs } from 'node:util';
import { type InitDeps, runInit } from '../init/init.js';

export const INIT_USAGE = `Usage: firebreak init [--dry-run] [--force] [--repo owner/name] [--ref REF] [--no-labels]

Sets up Firebreak in the repository checked out in the current directory: writes the issue forms
(.github/ISSUE_TEMPLATE/), the incident, escalation and postmortem workflows (.github/workflows/) and a
commented .github/firebreak.yml, and creates Firebreak's labels in the repository through the API with
the token in GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server).
  --dry-run          say what would be written and created; change nothing
  --force            overwrite files that exist (otherwise they are kept)
  --repo owner/name  the repository (default: GITHUB_REPOSITORY, else the "origin" remote)
  --ref REF          the action version the workflows use instead of v1; give a release's commit SHA to
                     pin it, as GitHub's hardening guide advises
  --no-labels        do not create labels`;

/** Exit codes: 0 done, 1 a file or label could not be written or created, 2 bad usage. */
export async function runInitCommand(argv: readonly string[], deps?: InitDeps): Promise<number> {
  const io = deps ?? (await import('../init/node-io.js')).nodeSetupIO();
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        repo: { type: 'string' },
        ref: { type: 'string' },
        'no-labels': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.stderr(`firebreak init: ${(error as Error).message}\n\n${INIT_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(INIT_USAGE);
    return 0;
  }
  return runInit(
    {
      dryRun: values['dry-run'] === true,
      force: values.force === true,
      labels: values['no-labels'] !== true,
      ...(values.repo === undefined ? {} : { repo: values.repo }),
      ...(values.ref === undefined ? {} : { ref: values.ref }),
    },
    io,
  );
}
