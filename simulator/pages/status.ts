// demo-out/status/: the status site (src/domain/status/) as the simulated repository's incidents would
// publish it. Components come from the repository's `services:` (else the services the incidents name);
// an incident's updates are only the `published` facts in the bot's own records, so an incident nobody
// published leaves the page at "All Systems Operational".
import { loadConfig } from '../../src/config/index.js';
import type { IncidentEvent } from '../../src/domain/incident/events.js';
import { buildStatusSite, type PublishedIncident, type SiteInput } from '../../src/domain/status/site.js';
import type { SiteFiles } from '../../src/domain/status/site.js';
import type { SimulationResult } from '../simulate/simulate.js';
import { incidentState } from './timeline.js';

/** What responders published: the `published` events, when the action records them. */
function publishedUpdates(events: readonly IncidentEvent[]): PublishedIncident['updates'] {
  return events.flatMap((e) => {
    // `published` is not an event type the action records yet (docs/pages.md): read it loosely.
    const fact = e as unknown as { type: string; at: string; key?: string; text?: unknown; status?: unknown };
    if (fact.type !== 'published' || typeof fact.text !== 'string') return [];
    const status = (typeof fact.status === 'string' ? fact.status : 'investigating') as PublishedIncident['status'];
    return [{ at: fact.at, status, text: fact.text, key: fact.key ?? fact.at }];
  });
}

export function simulatedStatusSite(result: SimulationResult): SiteFiles {
  const main = result.branches.main ?? Object.values(result.branches)[0] ?? {};
  const { config } = loadConfig(main['.github/firebreak.yml'] ?? null, '.github/firebreak.yml');
  const incidents: PublishedIncident[] = result.issues.flatMap((issue) => {
    const state = incidentState(issue);
    if (!state) return [];
    return [
      {
        number: state.number,
        severity: state.severity,
        status: state.status,
        security: state.security,
        services: state.services,
        openedAt: state.openedAt,
        resolvedAt: state.resolvedAt,
        updates: publishedUpdates(state.events),
      },
    ];
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
