// The postmortem's timeline is every fact the incident recorded, in order, in UTC: the same wording as the
// live summary (timelineEntry), but complete (except the postmortem's own pull request). The mermaid
// diagram keeps the milestones only. A restricted security incident shows what kind of thing happened and
// when — no names, notes or reported text.
import type { IncidentEvent, IncidentEventType } from '../incident/events.js';
import { timelineEntry, utc } from '../incident/present.js';
import type { DiagramPointView, TimelineEntryView } from '../views.js';

/** What a restricted timeline says for each kind of event. */
const KIND_LABELS: Record<IncidentEventType, string> = {
  opened: 'Incident filed',
  severity: 'Severity changed',
  status: 'Status changed',
  acknowledged: 'Acknowledged',
  update: 'Status update',
  published: 'Published on the status page',
  'customer-draft': 'Customer communication drafted',
  commander: 'Commander assigned',
  role: 'Role assigned',
  eta: 'ETA set',
  impact: 'Impact updated',
  note: 'Note added',
  escalated: 'Escalated',
  paged: 'Paged',
  breach: 'Response target missed',
  reminder: 'Status update reminder',
  resolved: 'Resolved',
  reopened: 'Reopened',
  postmortem: 'Postmortem pull request',
  delivery: 'Notification delivery failed',
  notified: 'Breach notification sent',
  evidence: 'Evidence recorded',
  restricted: 'Report hidden from the public repository',
  changes: 'What changed before it began',
};

const STATUS_WORDS: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  mitigating: 'Mitigating',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

export function postmortemTimeline(events: readonly IncidentEvent[], restricted: boolean): TimelineEntryView[] {
  return events
    .map((event): TimelineEntryView | null => {
      // The postmortem is the file itself: its pull request being opened is no part of its own timeline
      // (and would make every announcement rewrite the file).
      if (event.type === 'postmortem') return null;
      const entry = timelineEntry(event);
      if (entry === null) return null;
      return restricted ? { at: entry.at, actor: '', text: KIND_LABELS[event.type] } : entry;
    })
    .filter((entry): entry is TimelineEntryView => entry !== null);
}

/** The milestones: filing, severity changes, acknowledgement, status changes, escalations, breach, resolution, reopen. */
function milestone(event: IncidentEvent, restricted: boolean): string | null {
  switch (event.type) {
    case 'opened':
      return restricted ? 'Filed' : `Filed (${event.severity})`;
    case 'severity':
      return restricted ? KIND_LABELS.severity : `${event.from} → ${event.to}`;
    case 'status':
      return restricted ? KIND_LABELS.status : (STATUS_WORDS[event.to] ?? event.to);
    case 'escalated':
      return restricted ? KIND_LABELS.escalated : `Escalated to ${event.name}`;
    case 'acknowledged':
    case 'breach':
    case 'resolved':
    case 'reopened':
      return KIND_LABELS[event.type];
    default:
      return null;
  }
}

/**
 * Points for the mermaid timeline, "10:15" (or "03-03 09:00" when the incident spans several UTC days);
 * milestones at the same minute share one point.
 */
export function diagramPoints(events: readonly IncidentEvent[], restricted: boolean): DiagramPointView[] {
  const days = new Set(events.map((e) => utc(e.at).slice(0, 10)));
  const points: DiagramPointView[] = [];
  for (const event of events) {
    const label = milestone(event, restricted);
    const stamp = utc(event.at);
    if (label === null || stamp === '') continue;
    const at = days.size > 1 ? stamp.slice(5, 16) : stamp.slice(11, 16);
    const last = points[points.length - 1];
    if (last && last.at === at) {
      if (!last.label.split(', ').includes(label)) last.label = `${last.label}, ${label}`;
    } else {
      points.push({ at, label });
    }
  }
  return points;
}
