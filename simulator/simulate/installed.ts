// The files `install: true` puts on the scenario's default branch: Firebreak's issue forms and workflows,
// taken from the copies embedded in the bundle for `firebreak init`, so an installed package needs
// nothing but dist/ to simulate. The scenario's own `files:` go on top of them.
import { EMBEDDED_FILES } from 'firebreak-generated:installed-files';
import type { Scenario } from './scenario.js';

/** Where each installed file lands in the repository, and where it comes from in Firebreak's. */
export const INSTALLED_FILES = {
  '.github/ISSUE_TEMPLATE/incident.yml': '.github/ISSUE_TEMPLATE/incident.yml',
  '.github/ISSUE_TEMPLATE/security-incident.yml': '.github/ISSUE_TEMPLATE/security-incident.yml',
  '.github/ISSUE_TEMPLATE/config.yml': '.github/ISSUE_TEMPLATE/config.yml',
  '.github/workflows/incident.yml': 'examples/workflows/incident.yml',
  '.github/workflows/escalation.yml': 'examples/workflows/escalation.yml',
  '.github/workflows/postmortem.yml': 'examples/workflows/postmortem.yml',
} as const;

/**
 * The installed files' content. The workflows keep the `uses: firebreak/firebreak@v1` they are embedded
 * with (init rewrites it for the user's ref): simulate runs every `…/firebreak@ref` or `./` step as
 * Firebreak (isFirebreakAction), so the line does not matter here.
 */
export function installedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of Object.keys(INSTALLED_FILES)) {
    const embedded = EMBEDDED_FILES.find((file) => file.path === path);
    if (!embedded) throw new Error(`the bundle embeds no ${path}: add it to scripts/generated/modules.ts`);
    files[path] = embedded.content;
  }
  return files;
}

/** The default branch's files before the first step: the installed ones (unless `install: false`), then the scenario's. */
export function repositoryFiles(scenario: Pick<Scenario, 'install' | 'files'>): Record<string, string> {
  return { ...(scenario.install ? installedFiles() : {}), ...scenario.files };
}
