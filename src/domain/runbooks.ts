// Which runbooks fit an incident: one whose services include an affected service, or whose keywords
// occur in the incident's text (whole words, case-insensitive).
import type { Config, Runbook } from '../config/types.js';
import { compilePhrases, findPhrase } from './classification/keywords.js';

export interface RunbookMatch {
  runbook: Runbook;
  why: string;
}

export function matchRunbooks(
  config: Config,
  incident: { services: string[]; text: string; security: boolean },
): RunbookMatch[] {
  const matches: RunbookMatch[] = [];
  for (const runbook of Object.values(config.runbooks)) {
    const service = runbook.match.services.find((s) => incident.services.includes(s));
    if (service) {
      matches.push({ runbook, why: `service ${service}` });
      continue;
    }
    const service2 = incident.services.map((s) => config.services[s]).find((s) => s?.runbooks.includes(runbook.id));
    if (service2) {
      matches.push({ runbook, why: `service ${service2.id} lists it` });
      continue;
    }
    const phrase = findPhrase(incident.text, compilePhrases(runbook.match.keywords));
    if (phrase) matches.push({ runbook, why: `"${phrase}" in the report` });
    else if (incident.security && runbook.id === 'security') matches.push({ runbook, why: 'security incident' });
  }
  return matches;
}
