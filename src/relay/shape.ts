// What the relay sends GitHub for one webhook body: the alerts in it, each as its own repository_dispatch
// `firebreak-alert` whose client_payload is `{source, key, status, payload}` — 4 top-level keys (GitHub
// allows 10) and under 60,000 bytes (GitHub refuses 64 KB): long texts are cut, then labels and
// annotations dropped, until it fits. `key` is the alert's default dedup key (the same 16 hex digits the
// action computes without a key rule), so the workflow's concurrency group queues repeats of one alert.
// Pure.
import { sha256Hex } from '../domain/security/digest.js';
import { normalise } from '../domain/alerts/recognise.js';
import { isObject } from '../domain/alerts/text.js';
import type { AlertSource } from '../domain/alerts/types.js';

export const EVENT_TYPE = 'firebreak-alert';
export const MAX_PAYLOAD_BYTES = 60_000;

export interface Dispatch {
  key: string;
  status: string;
  title: string;
  clientPayload: Record<string, unknown>;
}

export type Shaped = { ok: true; source: AlertSource; dispatches: Dispatch[] } | { ok: false; error: string };

export function shapeDispatches(body: unknown, named?: string): Shaped {
  const read = normalise(body, named === 'auto' ? undefined : named);
  if (!read.ok) return read;
  const root = (
    isObject(body) && (isObject(body.payload) || isObject(body.alert)) && typeof body.event_action !== 'string'
      ? (body.payload ?? body.alert)
      : body
  ) as Record<string, unknown>;
  const grouped = read.source === 'alertmanager' || read.source === 'grafana';
  const rawAlerts = grouped && Array.isArray(root.alerts) ? root.alerts.filter(isObject) : [];
  const dispatches = read.alerts.map((alert, i): Dispatch => {
    const key = sha256Hex(`${alert.source} ${alert.fingerprint}`).slice(0, 16);
    // A group becomes one payload per alert, the group's common labels folded into the alert's own.
    const payload = grouped
      ? {
          version: root.version,
          status: alert.status,
          ...(root.orgId !== undefined ? { orgId: root.orgId } : {}),
          externalURL: root.externalURL,
          alerts: [
            {
              ...(rawAlerts[i] ?? {}),
              labels: {
                ...(isObject(root.commonLabels) ? root.commonLabels : {}),
                ...(isObject(rawAlerts[i]?.labels) ? rawAlerts[i]?.labels : {}),
              },
            },
          ],
        }
      : root;
    return {
      key,
      status: alert.status,
      title: alert.title,
      clientPayload: { source: read.source, key, status: alert.status, payload: fit(payload) },
    };
  });
  return { ok: true, source: read.source, dispatches };
}

/** The payload cut until its JSON is under MAX_PAYLOAD_BYTES: strings to 2,000, then 300 characters, then only what the action reads. */
export function fit(payload: unknown): unknown {
  const size = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
  if (size(payload) < MAX_PAYLOAD_BYTES) return payload;
  for (const max of [2000, 300, 80]) {
    const cut = cutStrings(payload, max, 0);
    if (size(cut) < MAX_PAYLOAD_BYTES) return cut;
  }
  return cutStrings(payload, 80, 0, 20);
}

function cutStrings(value: unknown, max: number, depth: number, keys = 200): unknown {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max - 1)}…` : value;
  if (depth > 6) return null;
  if (Array.isArray(value)) return value.slice(0, keys).map((v) => cutStrings(v, max, depth + 1, keys));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, keys)
        .map(([k, v]) => [k.slice(0, 100), cutStrings(v, max, depth + 1, keys)]),
    );
  return value;
}
