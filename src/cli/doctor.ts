// `firebreak doctor [--repo owner/name] [--config PATH]`: argument handling; the checks are in
// src/init/doctor/.
import { parseArgs } from 'node:util';
import { runDoctor } from '../init/doctor/doctor.js';
import type { SetupIO } from '../init/setup-io.js';

export const DOCTOR_USAGE = `Usage: firebreak doctor [--repo owner/name] [--config PATH]

Checks a repository's Firebreak set-up through the GitHub API (token in GITHUB_TOKEN or GH_TOKEN,
GITHUB_API_URL for GitHub Enterprise Server) and prints a checklist: ✓ fine, ! worth a look, ✗ broken.
It checks that the incident, escalation and postmortem workflows exist and are enabled, that the
configuration loads, that the issue forms are valid, that the labels exist, that the default rotation
has members who can be assigned, and what a public repository implies. Exits 1 when an item is ✗.
  --repo owner/name  the repository (default: GITHUB_REPOSITORY, else the "origin" remote)
  --config PATH      the configuration file, when the workflows set config-path (default .github/firebreak.yml)`;

/** Exit codes: 0 nothing broken, 1 an item is ✗, 2 bad usage, no repository or no token. */
export async function runDoctorCommand(argv: readonly string[], deps?: SetupIO): Promise<number> {
  const io = deps ?? (await import('../init/node-io.js')).nodeSetupIO();
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        repo: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.stderr(`firebreak doctor: ${(error as Error).message}\n\n${DOCTOR_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(DOCTOR_USAGE);
    return 0;
  }
  return runDoctor({ ...(values.repo === undefined ? {} : { repo: values.repo }), ...(values.config === undefined ? {} : { configPath: values.config }) }, io);
}
