// Which tool sent a payload, from its shape (or the `source` it names), and the alerts in it. A payload
// arrives as `client_payload` of a repository_dispatch (either the tool's own body, or `{source, payload}`
// as the relay and the documented templates send it) or as the `alert` input of a workflow_dispatch (JSON
// text). Pure: a payload nobody recognises gives an error, never an exception.
import { alertmanager, datadog, generic, grafana, pagerduty } from './sources.js';
import { isObject, str } from './text.js';
import { ALERT_SOURCES, type AlertSource, type Normalised } from './types.js';

const NORMALISERS: Record<AlertSource, (payload: Record<string, unknown>) => Normalised> = {
  alertmanager,
  grafana,
  datadog,
  pagerduty,
  generic,
};

/** The shape a payload has, or null when none fits. */
export function recognise(payload: Record<string, unknown>): AlertSource | null {
  if (typeof payload.event_action === 'string') return 'pagerduty';
  if (Array.isArray(payload.alerts)) {
    const first = payload.alerts.find(isObject) ?? {};
    const grafanaLike =
      'orgId' in payload ||
      'state' in payload ||
      ['valueString', 'dashboardURL', 'panelURL', 'values'].some((k) => k in first);
    return grafanaLike ? 'grafana' : 'alertmanager';
  }
  if (('alert_id' in payload || 'aggregate' in payload) && ('transition' in payload || 'alert_transition' in payload))
    return 'datadog';
  if (typeof payload.title === 'string' || typeof payload.summary === 'string') return 'generic';
  return null;
}

/**
 * The alerts of a payload: `source` (from the envelope, the relay's path or the workflow input) picks
 * the normaliser; without it, the shape does.
 */
export function normalise(input: unknown, named?: string): Normalised {
  let payload: unknown = input;
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload) as unknown;
    } catch {
      return { ok: false, error: 'the alert is not JSON' };
    }
  }
  if (!isObject(payload)) return { ok: false, error: 'the alert payload is not a JSON object' };
  let source = str(named ?? '', 40).toLowerCase();
  // The envelope: {source?, payload | alert} (the relay, the Grafana/Datadog templates); PagerDuty's own `payload` is not one.
  const inner = payload.payload ?? payload.alert;
  if (typeof payload.event_action !== 'string' && (isObject(inner) || typeof inner === 'string')) {
    if (!source) source = str(payload.source, 40).toLowerCase();
    return normalise(inner, source || undefined);
  }
  if (!source && typeof payload.source === 'string' && (ALERT_SOURCES as readonly string[]).includes(payload.source))
    source = payload.source;
  if (source && !(ALERT_SOURCES as readonly string[]).includes(source))
    return { ok: false, error: `unknown alert source "${source}"; known: ${ALERT_SOURCES.join(', ')}` };
  const shape = (source || recognise(payload)) as AlertSource | '' | null;
  if (!shape)
    return {
      ok: false,
      error: `the payload is none of the alert shapes Firebreak reads (${ALERT_SOURCES.join(', ')}); its keys: ${Object.keys(payload).slice(0, 10).join(', ') || 'none'}`,
    };
  return NORMALISERS[shape](payload);
}
