// The labels Firebreak uses, and creating the missing ones. Issue forms apply their `labels:` only when
// the label already exists (GitHub skips unknown ones silently), so `incident` and `security` must exist
// before the first incident is filed: that is why init creates them up front instead of leaving it to
// the action's first run.
import type { Config } from '../config/types.js';
import { SEVERITIES, STATUSES } from '../config/types.js';
import type { GitHubGateway, LabelInfo } from '../github/gateway.js';

/** Every label the configuration names: incident, security, breach, postmortem ones, severities, statuses, services. */
export function firebreakLabels(config: Config): LabelInfo[] {
  const { labels } = config;
  const spec = (l: LabelInfo): LabelInfo => ({ name: l.name, color: l.color, description: l.description });
  return [
    spec(labels.incident),
    spec(labels.security),
    spec(labels.responseBreach),
    spec(labels.postmortem),
    spec(labels.postmortemAction),
    ...SEVERITIES.map((s) => spec(labels.severity[s])),
    ...STATUSES.map((s) => spec(labels.status[s])),
    // Same shape as the labels the action applies to an incident of that service.
    ...Object.values(config.services).map((service) => ({
      name: `${labels.servicePrefix}${service.id}`.slice(0, 50),
      color: labels.serviceColor,
      description: `Incidents affecting ${service.name}`.slice(0, 100),
    })),
  ];
}

/** The labels of `wanted` that `existing` lacks; GitHub compares label names case-insensitively. */
export function missingLabels(wanted: readonly LabelInfo[], existing: readonly { name: string }[]): LabelInfo[] {
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  return wanted.filter((l) => !have.has(l.name.toLowerCase()));
}

export type LabelStatus = 'created' | 'exists' | 'would create' | 'failed';

export interface LabelOutcome {
  name: string;
  status: LabelStatus;
  /** Why creating it failed. */
  error?: string;
}

/**
 * Creates each missing label (existing ones are left as they are, colour and description included: the
 * repository's owners may have chosen them). With `dryRun`, only reads.
 */
export async function ensureLabels(
  gateway: GitHubGateway,
  wanted: readonly LabelInfo[],
  options: { dryRun: boolean },
): Promise<LabelOutcome[]> {
  const missing = new Set(missingLabels(wanted, await gateway.listLabels()).map((l) => l.name));
  const outcomes: LabelOutcome[] = [];
  for (const label of wanted) {
    if (!missing.has(label.name)) outcomes.push({ name: label.name, status: 'exists' });
    else if (options.dryRun) outcomes.push({ name: label.name, status: 'would create' });
    else {
      try {
        await gateway.createLabel(label);
        outcomes.push({ name: label.name, status: 'created' });
      } catch (error) {
        outcomes.push({ name: label.name, status: 'failed', error: (error as Error).message });
      }
    }
  }
  return outcomes;
}
