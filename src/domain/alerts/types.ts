// An alert as every monitoring tool's payload is normalised to, before the configuration's rules give it a
// dedup key, a severity and services. Pure data.

export const ALERT_SOURCES = ['alertmanager', 'grafana', 'datadog', 'pagerduty', 'generic'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** firing: the problem is there; resolved: the tool says it cleared; acknowledged: someone took it there (PagerDuty). */
export type AlertStatus = 'firing' | 'resolved' | 'acknowledged';

export interface Alert {
  source: AlertSource;
  status: AlertStatus;
  /** The tool's own identity of the alert (fingerprint, dedup_key, aggregate key); the default dedup key. */
  fingerprint: string;
  title: string;
  description: string;
  /** Labels (Alertmanager, Grafana), tags (Datadog), custom details (PagerDuty): lower-cased names, text values. */
  labels: Record<string, string>;
  /** When the tool says the alert started (ISO), when it knows. */
  startsAt: string | null;
  /** When it says the alert ended (ISO), for a resolved alert. */
  endsAt: string | null;
  /** A link back to the tool (generator URL, dashboard, Datadog link). */
  url: string | null;
}

/** What normalising a payload gives: the alerts in it, or why it could not be read. */
export type Normalised = { ok: true; source: AlertSource; alerts: Alert[] } | { ok: false; error: string };
