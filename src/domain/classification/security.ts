// The security form: which procedure applies and the playbook's severity floor for it (confirmed breach
// or active compromise P0, potential incident P1, non-critical alert P2, per type in config).
// Reasons name only the configured procedure, never the reporter's words: in a public repository the
// details of a security report must not be echoed.
import {
  SECURITY_TYPES,
  type Config,
  type SecurityProcedure,
  type SecurityType,
  type Severity,
} from '../../config/types.js';
import { answerHead, answerOf, answerValues, type FormAnswers } from './answers.js';
import type { Classification } from './classify.js';
import { moreSevere } from './severity.js';

export const SECURITY_TYPE_FIELD = 'type';
export const SECURITY_CONFIRMED_FIELD = 'confirmed';

export interface SecurityClassification {
  type: SecurityType;
  confirmed: boolean;
  /** The incident is at least this severe. */
  floor: Severity;
  procedure: SecurityProcedure;
  reason: string;
}

// Compact spellings (lower case, letters and digits only) people use for each type.
const TYPE_SPELLINGS: Record<SecurityType, string[]> = {
  'data-breach': ['databreach', 'breach', 'dataleak', 'leak'],
  'unauthorized-access': [
    'unauthorizedaccess',
    'unauthorisedaccess',
    'unauthorized',
    'unauthorised',
    'accountcompromise',
  ],
  ddos: ['ddos', 'dos', 'denialofservice', 'distributeddenialofservice', 'ddosattack'],
  vulnerability: ['vulnerabilityreport', 'vulnerability', 'vuln', 'vulnerabilitydisclosure'],
  malware: ['malware', 'ransomware', 'virus'],
  other: ['other'],
};

function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The security type an answer names ("Data breach", "DDoS", "data-breach", a configured title); null if none. */
export function readSecurityType(text: string, config?: Pick<Config, 'security'>): SecurityType | null {
  // Both the whole answer and its head, so "DDoS - traffic flood" and "Data breach" read alike.
  const candidates = new Set([compact(text), compact(answerHead(text))]);
  candidates.delete('');
  for (const type of SECURITY_TYPES) {
    const title = config?.security.procedures[type]?.title;
    const spellings = [compact(type), ...TYPE_SPELLINGS[type], ...(title ? [compact(title)] : [])];
    if (spellings.some((s) => candidates.has(s))) return type;
  }
  return null;
}

/** "Confirmed" (or "Yes") → true; "Suspected" and anything else → false, the safer reading for a floor. */
export function readConfirmed(text: string): boolean {
  return ['confirmed', 'yes', 'yesconfirmed'].includes(compact(answerHead(text)));
}

export function classifySecurity(answers: FormAnswers, config: Config): SecurityClassification {
  const typeAnswers = answerValues(answerOf(answers, SECURITY_TYPE_FIELD));
  const read = typeAnswers.map((a) => readSecurityType(a, config)).find((t) => t !== null) ?? null;
  const type: SecurityType = read ?? 'other';
  const confirmed = answerValues(answerOf(answers, SECURITY_CONFIRMED_FIELD)).some(readConfirmed);
  const procedure = config.security.procedures[type];
  const floor = confirmed ? procedure.confirmed : procedure.suspected;
  const unread =
    read === null
      ? typeAnswers.some((a) => a.trim() !== '')
        ? ' (the type answer names no known type)'
        : ' (no type was given)'
      : '';
  return {
    type,
    confirmed,
    floor,
    procedure,
    reason: `${confirmed ? 'Confirmed' : 'Suspected'} security incident of type "${procedure.title}"${unread}: at least ${floor}.`,
  };
}

/** The severity of a security incident: the more severe of the classification and the type's floor. */
export function applySecurityFloor(classification: Classification, security: SecurityClassification): Classification {
  const severity = moreSevere(classification.severity, security.floor);
  if (severity === classification.severity) {
    return {
      ...classification,
      security: true,
      reasons: [...classification.reasons, `${security.reason} ${classification.severity} already meets that floor.`],
    };
  }
  return {
    ...classification,
    severity,
    decidedBy: 'security-floor',
    floor: {
      from: classification.severity,
      to: severity,
      procedure: security.procedure.title,
      confirmed: security.confirmed,
    },
    security: true,
    reasons: [...classification.reasons, `${security.reason} That raises ${classification.severity} to ${severity}.`],
  };
}
