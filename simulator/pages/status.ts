// demo-out/status/: the status site (src/domain/status/) as the simulated repository's incidents would
// publish it. Components come from the repository's `services:` (else the services the incidents name);
// an incident's updates are only the `published` facts (`/publish`) in the bot's own records, so an
// incident nobody published leaves the page at "All Systems Operational". The action writes the same
// site to the gh-pages branch (src/handlers/status-site.ts); this shows it without GitHub Pages.
import { loadConfig } from '../../src/config/index.js';
import { publishedIncident } from '../../src/domain/status/publish.js';
import { buildStatusSite, type PublishedIncident, type SiteInput } from '../../src/domain/status/site.js';
import type { SiteFiles } from '../../src/domain/status/site.js';
import type { SimulationResult } from '../simulate/simulate.js';
import { incidentState } from './timeline.js';

export function simulatedStatusSite(result: SimulationResult): SiteFiles {
  const main = result.branches.main ?? Object.values(result.branches)[0] ?? {};
  const { config } = loadConfig(main['.github/firebreak.yml'] ?? null, '.github/firebreak.yml');
  const incidents: PublishedIncident[] = result.issues.flatMap((issue) => {
    const state = incidentState(issue);
    return state ? [publishedIncident(state)] : [];
  });
  const configured = Object.values(config.services).map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
  }));
  const named = [...new Set(incidents.flatMap((i) => i.services))].map((id) => ({ id, name: id }));
  const [owner, name] = result.repository.split('/');
  const input: SiteInput = {
    page: { id: result.repository, name: name ?? result.repository, url: `https://${owner}.github.io/${name}/` },
    services: configured.length > 0 ? configured : named,
    incidents,
    now: result.now,
  };
  return buildStatusSite(input);
}
