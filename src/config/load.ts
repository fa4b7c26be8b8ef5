// Loads .github/firebreak.yml with the bundled schema validator: what the CLI, the simulator and the tests
// call. The action reads through config/read.ts directly, so that the validator's chunk loads only when a
// file needs it (handlers/last-good-config.ts).
import { readConfig, type LoadedConfig } from './read.js';
import { schemaErrors } from './schema-validator.js';

export type { LoadedConfig } from './read.js';

export function loadConfig(text: string | null, path: string): LoadedConfig {
  return readConfig(text, path, schemaErrors);
}
