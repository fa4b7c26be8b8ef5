// Security procedures: the playbook's security runbook (isolate, preserve logs and evidence, notify the
// security team, follow breach notification procedures) specialised per type as the playbook outline asks
// (data breach response, unauthorized access, DDoS mitigation, vulnerability disclosure, forensics).
import type { SecurityConfig } from './types.js';

const PRESERVE_EVIDENCE = 'Preserve logs and evidence for forensics (record each item with `/evidence`)';
const NOTIFY_SECURITY_TEAM = 'Notify the security team';

export const DEFAULT_SECURITY: SecurityConfig = {
  team: [],
  notificationDeadline: 72 * 60,
  reminders: [24 * 60, 4 * 60],
  advisories: false,
  procedures: {
    'data-breach': {
      title: 'Data breach response',
      confirmed: 'P0',
      suspected: 'P1',
      steps: [
        'Isolate affected systems immediately',
        PRESERVE_EVIDENCE,
        NOTIFY_SECURITY_TEAM,
        'Determine what data was exposed and whose',
        'Stop the leak: revoke exposed credentials and close the access path',
        'Follow breach notification procedures: notify regulators and affected users before the deadline',
      ],
    },
    'unauthorized-access': {
      title: 'Unauthorized access',
      confirmed: 'P0',
      suspected: 'P1',
      steps: [
        'Isolate affected systems immediately',
        PRESERVE_EVIDENCE,
        NOTIFY_SECURITY_TEAM,
        'Revoke the sessions, tokens and credentials involved',
        'Review access and audit logs to establish what was reached',
        'Follow breach notification procedures if data was accessed',
      ],
    },
    ddos: {
      title: 'DDoS attack mitigation',
      confirmed: 'P1',
      suspected: 'P2',
      steps: [
        'Confirm the attack and identify the targeted endpoints',
        'Enable rate limiting and upstream DDoS protection; block offending sources',
        'Scale or isolate affected systems to keep other services up',
        PRESERVE_EVIDENCE,
        NOTIFY_SECURITY_TEAM,
      ],
    },
    vulnerability: {
      title: 'Security vulnerability disclosure',
      confirmed: 'P1',
      suspected: 'P2',
      steps: [
        'Acknowledge the report to the reporter through a private channel',
        PRESERVE_EVIDENCE,
        NOTIFY_SECURITY_TEAM,
        'Reproduce the vulnerability and assess its impact',
        'Fix it and prepare a security advisory; agree a disclosure date with the reporter',
        'Check whether it was exploited; if so, follow breach notification procedures',
      ],
    },
    malware: {
      title: 'Malware',
      confirmed: 'P0',
      suspected: 'P1',
      steps: [
        'Isolate affected systems immediately',
        PRESERVE_EVIDENCE,
        NOTIFY_SECURITY_TEAM,
        'Remove the malware, rotate credentials on affected systems and restore from clean backups',
        'Follow breach notification procedures if data was exposed',
      ],
    },
    other: {
      title: 'Security incident',
      confirmed: 'P1',
      suspected: 'P2',
      steps: [
        'Isolate affected systems immediately',
        PRESERVE_EVIDENCE,
        NOTIFY_SECURITY_TEAM,
        'Follow breach notification procedures',
      ],
    },
  },
};
