// A complete configuration whose severity levels, classification rules and security floors are the
// playbook's, for the classification tests. (The shipped defaults live in src/config/defaults.ts; this
// fixture keeps these tests independent of them.)
import type {
  ClassificationRule,
  Config,
  LabelSpec,
  Severity,
  SeverityPolicy,
  Status,
} from '../../../src/config/types.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import type { FormAnswers } from '../../../src/domain/classification/index.js';

export const playbookRules: ClassificationRule[] = [
  {
    id: 'complete-outage',
    description: 'Complete service outage affecting all users',
    match: { keywords: ['complete outage', 'all users', 'system completely down'] },
    severity: 'P0',
  },
  {
    id: 'security-compromise',
    description: 'Data breach confirmed or security compromise active',
    match: { keywords: ['data breach confirmed', 'security compromise'] },
    severity: 'P0',
    security: true,
  },
  {
    id: 'major-functionality',
    description: 'Major functionality impacted or performance severely degraded',
    match: { keywords: ['major functionality', 'significant share of users', 'performance severely degraded'] },
    severity: 'P1',
  },
  {
    id: 'potential-security-incident',
    description: 'Potential security incident',
    match: { keywords: ['potential security incident'] },
    severity: 'P1',
    security: true,
  },
  {
    id: 'suspected-security-impact',
    description: 'The reporter suspects security impact',
    match: { checked: { field: 'impact-flags', option: 'Suspected security impact' } },
    severity: 'P1',
    security: true,
  },
  {
    id: 'customer-data-at-risk',
    description: 'Customer data may be at risk',
    match: { checked: { field: 'impact-flags', option: 'Customer data may be at risk' } },
    severity: 'P1',
  },
  {
    id: 'workaround-exists',
    description: 'A workaround exists',
    match: { answer: { field: 'workaround', equals: ['Yes'] } },
    atMost: 'P2',
  },
  {
    id: 'minor-functionality',
    description: 'Minor functionality impacted or performance issues',
    match: { keywords: ['minor functionality', 'performance issues'] },
    severity: 'P2',
  },
  {
    id: 'cosmetic',
    description: 'Cosmetic issues, no functional impact',
    match: { keywords: ['cosmetic'] },
    severity: 'P3',
  },
];

const label = (name: string, color = 'd73a4a', description = ''): LabelSpec => ({ name, color, description });

const policy = (
  id: Severity,
  name: string,
  summary: string,
  responseTarget: number | null,
  examples: string[] = [],
): SeverityPolicy => ({
  id,
  name,
  summary,
  examples,
  responseTarget,
  updateEvery: responseTarget,
  postmortem: id <= 'P1',
});

const statusLabels = Object.fromEntries(
  (['investigating', 'identified', 'mitigating', 'monitoring', 'resolved'] as Status[]).map((s) => [
    s,
    label(`status:${s}`),
  ]),
) as Record<Status, LabelSpec>;

export const playbookConfig: Config = {
  alerts: DEFAULT_CONFIG.alerts,
  changes: DEFAULT_CONFIG.changes,
  statusPage: DEFAULT_CONFIG.statusPage,
  severities: {
    P0: policy('P0', 'Critical', 'Complete service outage affecting all users', 5, [
      'System completely down',
      'Data breach confirmed',
      'Security compromise active',
    ]),
    P1: policy('P1', 'High', 'Major functionality unavailable for significant user base', 60, [
      'Major functionality impacted',
      'Performance severely degraded',
      'Potential security incident',
    ]),
    P2: policy('P2', 'Medium', 'Minor functionality degraded, workarounds available', 240, [
      'Minor functionality impacted',
      'Performance issues',
      'Non-critical security alerts',
    ]),
    P3: policy('P3', 'Low', 'Cosmetic issues, no functional impact', null),
    P4: policy('P4', 'Informational', 'Observations requiring investigation', null),
  },
  defaultSeverity: 'P2',
  labels: {
    incident: label('incident'),
    security: label('security'),
    responseBreach: label('response-sla-breached'),
    postmortem: label('postmortem'),
    postmortemAction: label('postmortem-action'),
    severity: {
      P0: label('severity:P0'),
      P1: label('severity:P1'),
      P2: label('severity:P2'),
      P3: label('severity:P3'),
      P4: label('severity:P4'),
    },
    status: statusLabels,
    servicePrefix: 'service:',
    serviceColor: '0e8a16',
  },
  phases: [],
  contacts: {},
  classification: playbookRules,
  rotations: {},
  defaultRotation: 'primary',
  policies: {},
  defaultPolicy: 'default',
  services: {},
  channels: {},
  runbooks: {},
  commands: {
    ack: 'triage',
    status: 'triage',
    update: 'triage',
    severity: 'triage',
    ic: 'triage',
    role: 'triage',
    eta: 'triage',
    impact: 'triage',
    customer: 'triage',
    publish: 'write',
    timeline: 'triage',
    runbook: 'triage',
    'runbook-run': 'write',
    escalate: 'triage',
    page: 'triage',
    resolve: 'triage',
    reopen: 'triage',
    evidence: 'triage',
    notified: 'write',
    help: 'read',
  },
  templatesDirectory: '.github/firebreak/templates',
  postmortem: { directory: 'docs/postmortems', reviewers: [] },
  security: {
    team: ['security-team'],
    notificationDeadline: 72 * 60,
    reminders: [24 * 60, 4 * 60],
    advisories: false,
    procedures: {
      'data-breach': {
        title: 'Data breach',
        confirmed: 'P0',
        suspected: 'P1',
        steps: ['Isolate affected systems immediately'],
      },
      'unauthorized-access': {
        title: 'Unauthorized access',
        confirmed: 'P0',
        suspected: 'P1',
        steps: ['Revoke access'],
      },
      ddos: { title: 'DDoS', confirmed: 'P1', suspected: 'P2', steps: ['Enable rate limiting'] },
      vulnerability: { title: 'Vulnerability report', confirmed: 'P1', suspected: 'P2', steps: ['Triage the report'] },
      malware: { title: 'Malware', confirmed: 'P0', suspected: 'P1', steps: ['Isolate the host'] },
      other: { title: 'Other security incident', confirmed: 'P1', suspected: 'P2', steps: ['Notify security team'] },
    },
  },
};

/** The dropdown options of our incident form's severity field. */
export const severityOptions: Record<Severity | 'unsure', string> = {
  P0: 'P0 - Critical: complete service outage affecting all users',
  P1: 'P1 - High: major functionality unavailable for a significant share of users',
  P2: 'P2 - Medium: minor functionality degraded, workarounds available',
  P3: 'P3 - Low: cosmetic issues, no functional impact',
  P4: 'P4 - Informational: observations requiring investigation',
  unsure: 'Not sure',
};

export const impactFlagOptions = ['Customer data may be at risk', 'Suspected security impact'];

/** Answers to the incident form; every field unanswered unless given. */
export function incidentAnswers(
  given: Partial<Record<string, FormAnswers[string]>> & { ticked?: string[] } = {},
): FormAnswers {
  const { ticked = [], ...answers } = given;
  return {
    'what-happened': null,
    severity: null,
    'who-is-affected': null,
    workaround: null,
    services: null,
    detection: null,
    'started-at': null,
    links: null,
    'impact-flags': {
      selected: impactFlagOptions.filter((o) => ticked.includes(o)),
      unselected: impactFlagOptions.filter((o) => !ticked.includes(o)),
    },
    ...(answers as FormAnswers),
  };
}
