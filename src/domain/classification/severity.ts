// Ordering of severities. P0 is the most severe; a lower rank means more severe.
import { SEVERITIES, type Severity } from '../../config/types.js';

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** 0 for P0 (most severe) … 4 for P4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function moreSevere(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

export function lessSevere(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

/** The most severe of the given severities; null when there are none. */
export function mostSevere(severities: Iterable<Severity>): Severity | null {
  let most: Severity | null = null;
  for (const s of severities) most = most === null ? s : moreSevere(most, s);
  return most;
}
