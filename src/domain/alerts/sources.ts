// The normalisers, one per monitoring tool, from the payload the tool sends to alerts (types.ts). Each
// reads only what it knows, bounds every value and never throws: a payload that is not its shape gives an
// error saying what is missing. Pure.
import type { Alert, AlertStatus, Normalised } from './types.js';
import { instant, isObject, labelIdentity, labelMap, str, tagMap } from './text.js';

/** At most this many alerts are read from one payload (Alertmanager groups can be large). */
export const MAX_ALERTS = 50;

/** Prometheus Alertmanager webhook, version 4: `alerts[]` with fingerprint, status, labels, annotations. */
export function alertmanager(payload: Record<string, unknown>): Normalised {
  return groupOf('alertmanager', payload);
}

/** Grafana alerting's webhook: Alertmanager's shape plus orgId, title, state, values and panel links. */
export function grafana(payload: Record<string, unknown>): Normalised {
  return groupOf('grafana', payload);
}

function groupOf(source: 'alertmanager' | 'grafana', payload: Record<string, unknown>): Normalised {
  const list = payload.alerts;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, error: `${source}: no \`alerts\` list` };
  const common = labelMap(payload.commonLabels);
  const alerts: Alert[] = [];
  for (const raw of list.slice(0, MAX_ALERTS)) {
    if (!isObject(raw)) continue;
    const labels = { ...common, ...labelMap(raw.labels) };
    const annotations = labelMap(raw.annotations);
    const identity = str(raw.fingerprint, 100) || labelIdentity(labels);
    if (identity === '') continue;
    alerts.push({
      source,
      status: str(raw.status ?? payload.status).toLowerCase() === 'resolved' ? 'resolved' : 'firing',
      fingerprint: identity,
      title: annotations.summary || annotations.title || labels.alertname || str(payload.title, 200) || 'Alert',
      description: annotations.description || annotations.message || str(payload.message, 2000),
      labels,
      startsAt: instant(raw.startsAt),
      endsAt: instant(raw.endsAt),
      url: str(raw.panelURL ?? raw.dashboardURL ?? raw.generatorURL ?? payload.externalURL, 500) || null,
    });
  }
  if (alerts.length === 0) return { ok: false, error: `${source}: no alert in \`alerts\` has labels or a fingerprint` };
  return { ok: true, source, alerts };
}

/**
 * Datadog's webhook integration, with the payload template documented in docs/alerts.md: alert_id,
 * aggregate, title, transition, alert_type, priority, tags, link, body, date.
 */
export function datadog(payload: Record<string, unknown>): Normalised {
  const transition = str(payload.transition ?? payload.alert_transition, 40).toLowerCase();
  const id = str(payload.aggregate, 100) || str(payload.alert_id, 100);
  if (id === '') return { ok: false, error: 'datadog: neither `aggregate` nor `alert_id` is set' };
  if (transition === '') return { ok: false, error: 'datadog: no `transition` ($ALERT_TRANSITION)' };
  const labels = tagMap(payload.tags);
  const type = str(payload.alert_type, 20).toLowerCase();
  if (type && !labels.severity) labels.severity = type === 'error' ? 'critical' : type;
  const priority = str(payload.priority, 10).toLowerCase();
  if (priority) labels.priority = priority;
  const status: AlertStatus = /recover|success|resolved/.test(transition) ? 'resolved' : 'firing';
  return {
    ok: true,
    source: 'datadog',
    alerts: [
      {
        source: 'datadog',
        status,
        fingerprint: id,
        title: str(payload.title, 200) || `Datadog monitor ${id}`,
        description: str(payload.body, 2000),
        labels,
        startsAt: status === 'firing' ? instant(payload.date) : null,
        endsAt: status === 'resolved' ? instant(payload.date) : null,
        url: str(payload.link, 500) || null,
      },
    ],
  };
}

/** PagerDuty Events API v2: event_action trigger | acknowledge | resolve, dedup_key, payload.summary/severity/source. */
export function pagerduty(payload: Record<string, unknown>): Normalised {
  const action = str(payload.event_action, 20).toLowerCase();
  const status: AlertStatus | undefined = (
    { trigger: 'firing', acknowledge: 'acknowledged', resolve: 'resolved' } as const
  )[action as 'trigger'];
  if (!status)
    return { ok: false, error: `pagerduty: event_action must be trigger, acknowledge or resolve, not "${action}"` };
  const body = isObject(payload.payload) ? payload.payload : {};
  const summary = str(body.summary, 200);
  const source = str(body.source, 200);
  const dedup = str(payload.dedup_key, 255);
  if (dedup === '' && status !== 'firing') return { ok: false, error: `pagerduty: ${action} needs a dedup_key` };
  if (status === 'firing' && (summary === '' || source === ''))
    return { ok: false, error: 'pagerduty: a trigger needs payload.summary and payload.source' };
  const labels: Record<string, string> = {
    ...labelMap(body.custom_details),
    ...(str(body.severity) ? { severity: str(body.severity, 20).toLowerCase() } : {}),
    ...(source ? { source } : {}),
    ...(str(body.component) ? { component: str(body.component, 200) } : {}),
    ...(str(body.group) ? { group: str(body.group, 200) } : {}),
    ...(str(body.class) ? { class: str(body.class, 200) } : {}),
  };
  const link = Array.isArray(payload.links) && isObject(payload.links[0]) ? str(payload.links[0].href, 500) : '';
  return {
    ok: true,
    source: 'pagerduty',
    alerts: [
      {
        source: 'pagerduty',
        status,
        // PagerDuty itself keys a trigger without dedup_key by its content; so does Firebreak.
        fingerprint: dedup || `${source}|${summary}`,
        title: summary || `PagerDuty ${dedup}`,
        description: isObject(body.custom_details) ? '' : str(body.custom_details, 2000),
        labels,
        startsAt: status === 'firing' ? instant(body.timestamp) : null,
        endsAt: null,
        url: link || str(payload.client_url, 500) || null,
      },
    ],
  };
}

/**
 * The generic form, for anything else: `title` (or `summary`), `status` (firing | resolved, default
 * firing), `key` (or `dedup_key`, `fingerprint`, `id`), and optionally severity, service, description,
 * labels, url, started_at.
 */
export function generic(payload: Record<string, unknown>): Normalised {
  const title = str(payload.title ?? payload.summary, 200);
  if (title === '') return { ok: false, error: 'generic: no `title` (or `summary`)' };
  const rawStatus = str(payload.status ?? payload.state, 20).toLowerCase();
  const status: AlertStatus | undefined = ['', 'firing', 'alerting', 'triggered', 'problem', 'open'].includes(rawStatus)
    ? 'firing'
    : ['resolved', 'ok', 'cleared', 'recovered', 'closed'].includes(rawStatus)
      ? 'resolved'
      : rawStatus === 'acknowledged'
        ? 'acknowledged'
        : undefined;
  if (!status) return { ok: false, error: `generic: status "${rawStatus}" is not firing, resolved or acknowledged` };
  const labels = labelMap(payload.labels);
  for (const name of ['severity', 'service', 'environment'] as const) {
    const value = str(payload[name], 100);
    if (value) labels[name] = value;
  }
  const key = str(payload.key ?? payload.dedup_key ?? payload.fingerprint ?? payload.id, 255);
  return {
    ok: true,
    source: 'generic',
    alerts: [
      {
        source: 'generic',
        status,
        fingerprint: key || title,
        title,
        description: str(payload.description ?? payload.message, 2000),
        labels,
        startsAt: instant(payload.started_at ?? payload.startsAt),
        endsAt: instant(payload.ended_at ?? payload.endsAt),
        url: str(payload.url, 500) || null,
      },
    ],
  };
}
