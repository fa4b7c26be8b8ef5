// The public status page's data, in Statuspage's shape (summary.json, incidents.json), built from what
// responders published and nothing else. Pure: the incidents, the services and the clock are passed in.
//
// Mapping (docs/pages.md, "Status page"):
// - incident impact: P0 critical, P1 major, P2 and P3 minor, P4 none; the page's indicator is the worst
//   impact among unresolved incidents (none: "All Systems Operational").
// - incident status: investigating → investigating; identified and mitigating → identified; monitoring →
//   monitoring; resolved → resolved.
// - component status (one component per `services:` entry): the worst among unresolved incidents naming
//   it — P0 major_outage, P1 partial_outage, P2 and P3 degraded_performance, P4 operational.
// - An incident appears only once something about it was published. Its name is built from the public
//   component names, never the issue title; a security incident never shows details: a fixed name, no
//   components (it changes no component's status) and a fixed text in place of every update.
import type { Severity, Status } from '../../config/types.js';

export type Indicator = 'none' | 'minor' | 'major' | 'critical';
export type ComponentStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage';
export type PageIncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved';

/** One incident as the status page knows it: only what was published, and the incident's public facts. */
export interface PublishedIncident {
  number: number;
  severity: Severity;
  status: Status;
  security: boolean;
  services: string[];
  openedAt: string;
  resolvedAt: string | null;
  /** What responders published (`/publish`, `/customer publish`), oldest first. */
  updates: Array<{ at: string; status: Status; text: string; key: string }>;
}

export interface StatusPageInfo {
  /** Stable id of the page (the repository's full name). */
  id: string;
  name: string;
  /** Where the page is served (GitHub Pages). */
  url: string;
  /** The page's title and heading (`status-page.title`); absent: "<name> status". */
  title?: string;
}

export interface Component {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
}

export interface IncidentUpdate {
  id: string;
  status: PageIncidentStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: Array<{ code: string; name: string; old_status: ComponentStatus; new_status: ComponentStatus }>;
  deliver_notifications: boolean;
}

export interface Incident {
  id: string;
  name: string;
  status: PageIncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: Indicator;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: IncidentUpdate[];
  components: Component[];
}

export interface Summary {
  page: { id: string; name: string; url: string; time_zone: string; updated_at: string };
  status: { indicator: Indicator; description: string };
  components: Component[];
  incidents: Incident[];
  scheduled_maintenances: never[];
}

export const SECURITY_NAME = 'Security incident';
export const SECURITY_TEXT =
  'We are handling a security matter. Details are withheld while we investigate and will be shared when it is safe to do so.';
export const RESOLVED_TEXT = 'This incident has been resolved.';

const IMPACT: Record<Severity, Indicator> = { P0: 'critical', P1: 'major', P2: 'minor', P3: 'minor', P4: 'none' };
const COMPONENT: Record<Severity, ComponentStatus> = {
  P0: 'major_outage',
  P1: 'partial_outage',
  P2: 'degraded_performance',
  P3: 'degraded_performance',
  P4: 'operational',
};
const INDICATORS: readonly Indicator[] = ['none', 'minor', 'major', 'critical'];
const COMPONENT_ORDER: readonly ComponentStatus[] = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
];
const DESCRIPTION: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

export function pageStatus(status: Status): PageIncidentStatus {
  return status === 'mitigating' ? 'identified' : status;
}

const worst = <T>(order: readonly T[], values: T[], none: T): T =>
  values.reduce((w, v) => (order.indexOf(v) > order.indexOf(w) ? v : w), none);

/** A component id Statuspage would accept: stable, from the service id. */
const componentId = (service: string): string => `svc-${service.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export interface SiteInput {
  page: StatusPageInfo;
  /** `services:` in configuration order: id and public name. */
  services: Array<{ id: string; name: string; description?: string }>;
  incidents: PublishedIncident[];
  now: string;
}

/** Only incidents with something published; newest first. */
function shown(incidents: readonly PublishedIncident[]): PublishedIncident[] {
  return incidents
    .filter((i) => i.updates.length > 0)
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt) || b.number - a.number);
}

function components(input: SiteInput): Component[] {
  const open = shown(input.incidents).filter((i) => i.resolvedAt === null);
  return input.services.map((service, position) => {
    const affecting = open.filter((i) => !i.security && i.services.includes(service.id));
    const touched = affecting.flatMap((i) => i.updates.map((u) => u.at)).sort();
    return {
      id: componentId(service.id),
      name: service.name,
      status: worst(
        COMPONENT_ORDER,
        affecting.map((i) => COMPONENT[i.severity]),
        'operational',
      ),
      created_at: input.incidents.map((i) => i.openedAt).sort()[0] ?? input.now,
      updated_at: touched[touched.length - 1] ?? input.now,
      position: position + 1,
      description: service.description ?? null,
      showcase: true,
      start_date: null,
      group_id: null,
      page_id: input.page.id,
      group: false,
      only_show_if_degraded: false,
    };
  });
}

function incident(input: SiteInput, published: PublishedIncident, all: Component[]): Incident {
  const id = `incident-${published.number}`;
  const own = published.security ? [] : all.filter((c) => published.services.some((s) => componentId(s) === c.id));
  const names = input.services.filter((s) => published.services.includes(s.id)).map((s) => s.name);
  const name = published.security
    ? SECURITY_NAME
    : names.length > 0
      ? `Degraded service: ${names.join(', ')}`
      : 'Service disruption';
  const updates = published.updates.map((u) => ({ at: u.at, status: pageStatus(u.status), text: u.text, key: u.key }));
  if (published.resolvedAt && !updates.some((u) => u.status === 'resolved'))
    updates.push({ at: published.resolvedAt, status: 'resolved', text: RESOLVED_TEXT, key: 'resolved' });
  const status: PageIncidentStatus = published.resolvedAt ? 'resolved' : pageStatus(published.status);
  const affected = own.map((c) => ({
    code: c.id,
    name: c.name,
    old_status: 'operational' as ComponentStatus,
    new_status: published.resolvedAt ? ('operational' as ComponentStatus) : COMPONENT[published.severity],
  }));
  const incidentUpdates: IncidentUpdate[] = updates
    .map((u, n) => ({
      id: `${id}-update-${n + 1}`,
      status: u.status,
      body: published.security && u.text !== RESOLVED_TEXT ? SECURITY_TEXT : u.text,
      incident_id: id,
      created_at: u.at,
      updated_at: u.at,
      display_at: u.at,
      affected_components: affected,
      deliver_notifications: true,
    }))
    .reverse();
  const monitoring = updates.find((u) => u.status === 'monitoring')?.at ?? null;
  return {
    id,
    name,
    status,
    created_at: published.openedAt,
    updated_at: updates[updates.length - 1]?.at ?? published.openedAt,
    monitoring_at: monitoring,
    resolved_at: published.resolvedAt,
    impact: IMPACT[published.severity],
    shortlink: `${input.page.url.replace(/\/+$/, '')}/#${id}`,
    started_at: published.openedAt,
    page_id: input.page.id,
    incident_updates: incidentUpdates,
    components: own,
  };
}

/** summary.json: the page, its indicator, the components and the unresolved incidents. */
export function summaryOf(input: SiteInput): Summary {
  const all = components(input);
  const incidents = shown(input.incidents).map((i) => incident(input, i, all));
  const open = incidents.filter((i) => i.status !== 'resolved');
  const indicator = worst(
    INDICATORS,
    open.map((i) => i.impact),
    'none',
  );
  return {
    page: {
      id: input.page.id,
      name: input.page.name,
      url: input.page.url,
      time_zone: 'Etc/UTC',
      updated_at: input.now,
    },
    status: { indicator, description: DESCRIPTION[indicator] },
    components: all,
    incidents: open,
    scheduled_maintenances: [],
  };
}

/** incidents.json: the page and the latest 50 incidents, resolved ones included. */
export function incidentsOf(input: SiteInput): { page: Summary['page']; incidents: Incident[] } {
  const all = components(input);
  return {
    page: summaryOf(input).page,
    incidents: shown(input.incidents)
      .slice(0, 50)
      .map((i) => incident(input, i, all)),
  };
}
