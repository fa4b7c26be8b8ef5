// From a normalised alert to what Firebreak files: the dedup key (the tool's fingerprint, or the key
// rule's labels), the severity and the services (the first matching rule, else the severity label's
// value through the map), all from `alerts:` in .github/firebreak.yml. Pure.
import type { AlertRule, AlertsConfig, Severity } from '../../config/types.js';
import { sha256Hex } from '../security/digest.js';
import type { Alert } from './types.js';

export interface Classified {
  /** What the key was made from, in words ("alertmanager fingerprint 3f2a…", "labels alertname=…, service=…"). */
  keyText: string;
  /** 16 hex digits of SHA-256 of the key: what the issue's record holds and lookups compare. */
  key: string;
  severity: Severity;
  /** Why that severity, in words. */
  reason: string;
  services: string[];
}

export function classifyAlert(alert: Alert, config: AlertsConfig): Classified {
  const rule = config.rules.find((r) => matches(r, alert.labels));
  const keyText = keyOf(alert, config.key);
  const label = alert.labels[config.severityLabel.toLowerCase()]?.toLowerCase();
  const mapped = label !== undefined ? config.severities[label] : undefined;
  const severity = rule?.severity ?? mapped ?? config.defaultSeverity;
  const reason = rule?.severity
    ? `alert rule ${describeRule(rule)}`
    : mapped
      ? `alert label ${config.severityLabel}=${label}`
      : `no severity rule or label matched: the alerts default`;
  const service = rule?.service ?? alert.labels[config.serviceLabel.toLowerCase()];
  return {
    keyText,
    key: sha256Hex(keyText).slice(0, 16),
    severity,
    reason,
    services: service ? [slug(service)].filter((s) => s !== '') : [],
  };
}

/** The key rule: the values of the configured labels (when the alert has every one), else the tool's own identity. */
function keyOf(alert: Alert, names: readonly string[]): string {
  const values = names.map((n) => alert.labels[n.toLowerCase()]);
  if (names.length > 0 && values.every((v) => v !== undefined && v !== ''))
    return `labels ${names.map((n, i) => `${n.toLowerCase()}=${values[i]}`).join(', ')}`;
  return `${alert.source} ${alert.fingerprint}`;
}

/** Every `match` entry holds: exact text (case-insensitive), `/regex/`, or `*` (the label is set). */
export function matches(rule: AlertRule, labels: Record<string, string>): boolean {
  return Object.entries(rule.match).every(([name, want]) => {
    const have = labels[name.toLowerCase()];
    if (have === undefined) return false;
    if (want === '*') return true;
    const re = /^\/(.*)\/([i]?)$/.exec(want);
    if (re) {
      try {
        return new RegExp(re[1] ?? '', re[2]).test(have);
      } catch {
        return false;
      }
    }
    return have.toLowerCase() === want.toLowerCase();
  });
}

function describeRule(rule: AlertRule): string {
  return Object.entries(rule.match)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}
