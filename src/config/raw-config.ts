// The shape of .github/firebreak.yml as written (kebab-case keys, human durations), after it has passed
// schemas/config.schema.json. Only merge.ts reads it; everything else reads the normalized Config.
import type {
  ChannelType,
  CommandName,
  Permission,
  SecurityType,
  Severity,
  Status,
  StopCondition,
  Weekday,
} from './types.js';

/** A map keyed by id where `~` (null) removes a default entry. */
export type RawMap<T> = Record<string, T | null>;

export interface RawSeverity {
  name?: string;
  summary?: string;
  examples?: string[];
  'response-target'?: string | null;
  'update-every'?: string | null;
  postmortem?: boolean;
}

export interface RawLabel {
  name?: string;
  color?: string;
  description?: string;
}

export interface RawLabels {
  incident?: RawLabel;
  security?: RawLabel;
  'response-breach'?: RawLabel;
  postmortem?: RawLabel;
  'postmortem-action'?: RawLabel;
  severity?: Partial<Record<Severity, RawLabel>>;
  status?: Partial<Record<Status, RawLabel>>;
  'service-prefix'?: string;
  'service-color'?: string;
}

export interface RawPhase {
  id: string;
  name: string;
  start: string;
  end: string;
  steps?: string[];
}

export interface RawContact {
  name?: string;
  phone?: string;
  description?: string;
}

export interface RawClassificationRule {
  id: string;
  description: string;
  match: {
    keywords?: string[];
    fields?: string[];
    answer?: { field: string; equals: string | string[] };
    checked?: { field: string; option: string };
  };
  severity?: Severity;
  'at-most'?: Severity;
  security?: boolean;
}

export type RawShift = 'daily' | 'weekly' | { hours: number };

export interface RawLayer {
  name: string;
  members?: string[];
  shift?: RawShift;
  handoff?: string;
  'handoff-day'?: Weekday;
  start?: string;
}

export interface RawRotation {
  'time-zone'?: string;
  layers?: RawLayer[];
  overrides?: { start: string; end: string; member: string; layer?: string }[];
  swaps?: { a: string; b: string; layer?: string }[];
}

export interface RawTarget {
  rotation?: string;
  layer?: string;
  oncall?: string;
  user?: string;
  team?: string;
  contact?: string;
  channel?: string;
}

export interface RawStep {
  id: string;
  name?: string;
  after: string;
  severities?: Severity[];
  targets: RawTarget[];
}

export interface RawPolicy {
  steps?: RawStep[];
  'stop-on'?: StopCondition | Partial<Record<Severity, StopCondition>>;
}

export interface RawService {
  name?: string;
  description?: string;
  team?: string;
  rotation?: string;
  policy?: string;
  runbooks?: string[];
  paths?: string[];
}

export interface RawChannel {
  type: ChannelType;
  'url-from'?: string;
  'routing-key-from'?: string;
  severities?: Severity[];
}

export interface RawRunbook {
  title?: string;
  steps?: string[];
  match?: { services?: string[]; keywords?: string[] };
  workflow?: string;
}

export interface RawSecurityProcedure {
  title?: string;
  confirmed?: Severity;
  suspected?: Severity;
  steps?: string[];
}

export interface RawConfig {
  severities?: Partial<Record<Severity, RawSeverity>>;
  'default-severity'?: Severity;
  labels?: RawLabels;
  phases?: RawPhase[];
  contacts?: RawMap<RawContact>;
  classification?: RawClassificationRule[];
  rotations?: RawMap<RawRotation>;
  'default-rotation'?: string;
  policies?: RawMap<RawPolicy>;
  'default-policy'?: string;
  services?: RawMap<RawService>;
  channels?: RawMap<RawChannel>;
  runbooks?: RawMap<RawRunbook>;
  commands?: Partial<Record<CommandName, Permission>>;
  'templates-directory'?: string;
  postmortem?: { directory?: string; reviewers?: string[] };
  alerts?: {
    label?: string;
    key?: string[];
    'severity-label'?: string;
    severities?: Record<string, Severity>;
    'service-label'?: string;
    rules?: Array<{ match: Record<string, string>; severity?: Severity; service?: string }>;
    'default-severity'?: Severity;
    'flap-window'?: string;
    'auto-resolve'?: boolean;
    refire?: 'reopen' | 'open';
    'reopen-within'?: string;
  };
  changes?: { enabled?: boolean; window?: string; limit?: number };
  'status-page'?: { branch?: string; url?: string; title?: string; 'oncall-calendar'?: boolean };
  security?: {
    team?: string[];
    'private-repository'?: string;
    'notification-deadline'?: string;
    reminders?: string[];
    advisories?: boolean;
    procedures?: Partial<Record<SecurityType, RawSecurityProcedure>>;
  };
}
