// The postmortem's front matter: the facts as data, for the learnings index and `firebreak report`
// (schemas/postmortem.schema.json is the contract). Written with the `yaml` package, so what we write is
// what our YAML 1.2 reader reads back (no Date objects, no octal surprises).
import YAML from 'yaml';
import type { Severity } from '../../config/types.js';
import type { Role } from '../incident/events.js';

export interface FrontMatterActionItem {
  text: string;
  owner: string | null;
  /** The issue filed for it on merge (number or URL); null until then. */
  issue: number | string | null;
}

export interface PostmortemFrontMatter {
  incident: number;
  url: string;
  title: string;
  severity: Severity;
  services: string[];
  started: string;
  detected: string;
  acknowledged: string | null;
  mitigated: string | null;
  resolved: string | null;
  'time-to-acknowledge': number | null;
  'time-to-mitigate': number | null;
  'time-to-resolve': number | null;
  reopened: number;
  commander: string | null;
  roles: Partial<Record<Role, string>>;
  security: boolean;
  'response-breach': boolean;
  'action-items': FrontMatterActionItem[];
}

/** "---\n…\n---\n". lineWidth 0: long titles stay on one line instead of being folded. */
export function writeFrontMatter(data: PostmortemFrontMatter | Record<string, unknown>): string {
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n`;
}

/** ISO time, normalised to "2026-03-02T10:00:00.000Z"; null stays null. */
export function isoTime(at: string | null): string | null {
  if (at === null) return null;
  const time = Date.parse(at);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
