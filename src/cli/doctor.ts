// `firebreak doctor [-R owner/name] [--config PATH] [--json]`: argument handling; the checks are in
// src/init/doctor/.
import { runDoctor } from '../init/doctor/doctor.js';
import type { SetupIO } from '../init/setup-io.js';
import { helpText, runCommand, stringOption } from './command.js';
import { DOCTOR } from './specs.js';

export const DOCTOR_USAGE = helpText(DOCTOR);

/** Exit codes: 0 nothing broken, 1 an item is ✗, 2 bad usage, no repository or no token. */
export async function runDoctorCommand(argv: readonly string[], deps?: SetupIO): Promise<number> {
  const io = deps ?? (await import('../init/node-io.js')).nodeSetupIO();
  const out = {
    stdout: (t: string) => io.stdout(t.replace(/\n$/, '')),
    stderr: (t: string) => io.stderr(t.replace(/\n$/, '')),
  };
  return runCommand(DOCTOR, argv, out, ({ values }) => {
    const repo = stringOption(values, 'repo');
    const configPath = stringOption(values, 'config');
    return runDoctor(
      {
        ...(repo === undefined ? {} : { repo }),
        ...(configPath === undefined ? {} : { configPath }),
        json: values.json === true,
      },
      io,
    );
  });
}
