// The playbook's severity definitions as classification rules over the incident form
// (.github/ISSUE_TEMPLATE/incident.yml field ids: what-happened, severity, who-is-affected, workaround,
// services, detection, started-at, links, impact-flags). Keyword rules name their fields so that the
// severity dropdown's own option texts ("… affecting all users") never trigger them.
import type { ClassificationRule } from './types.js';

const DESCRIPTION_FIELDS = ['title', 'what-happened'];
const IMPACT_FIELDS = ['title', 'what-happened', 'who-is-affected'];

export const DEFAULT_CLASSIFICATION: ClassificationRule[] = [
  {
    id: 'complete-outage',
    description: 'P0: system completely down (complete service outage)',
    match: { keywords: ['complete outage', 'system completely down', 'total outage'], fields: DESCRIPTION_FIELDS },
    severity: 'P0',
  },
  {
    id: 'all-users-affected',
    description: 'P0: the outage affects all users',
    match: { keywords: ['all users', 'all customers'], fields: ['who-is-affected'] },
    severity: 'P0',
  },
  {
    id: 'data-breach-confirmed',
    description: 'P0: data breach confirmed or security compromise active',
    match: {
      keywords: ['data breach confirmed', 'confirmed data breach', 'security compromise'],
      fields: DESCRIPTION_FIELDS,
    },
    severity: 'P0',
    security: true,
  },
  {
    id: 'major-functionality',
    description: 'P1: major functionality impacted for a significant share of users, or performance severely degraded',
    match: {
      keywords: [
        'major functionality',
        'significant share of users',
        'performance severely degraded',
        'severely degraded',
      ],
      fields: IMPACT_FIELDS,
    },
    severity: 'P1',
  },
  {
    id: 'potential-security-incident',
    description: 'P1: potential security incident',
    match: {
      keywords: ['potential security incident', 'possible security incident', 'suspected security incident'],
      fields: DESCRIPTION_FIELDS,
    },
    severity: 'P1',
    security: true,
  },
  {
    id: 'suspected-security-impact',
    description: 'P1: the reporter ticked "Suspected security impact"',
    match: { checked: { field: 'impact-flags', option: 'Suspected security impact' } },
    severity: 'P1',
    security: true,
  },
  {
    id: 'customer-data-at-risk',
    description: 'P1: the reporter ticked "Customer data may be at risk"',
    match: { checked: { field: 'impact-flags', option: 'Customer data may be at risk' } },
    severity: 'P1',
  },
  {
    id: 'workaround-available',
    description: 'At most P2: a workaround exists',
    match: { answer: { field: 'workaround', equals: ['Yes'] } },
    atMost: 'P2',
  },
  {
    id: 'minor-functionality',
    description: 'P2: minor functionality impacted or performance issues',
    match: { keywords: ['minor functionality', 'performance issues'], fields: IMPACT_FIELDS },
    severity: 'P2',
  },
  {
    id: 'non-critical-security-alert',
    description: 'P2: non-critical security alert',
    match: { keywords: ['non-critical security alert', 'non-critical security alerts'], fields: DESCRIPTION_FIELDS },
    severity: 'P2',
    security: true,
  },
  {
    id: 'cosmetic',
    description: 'P3: cosmetic issue, no functional impact',
    match: { keywords: ['cosmetic'], fields: DESCRIPTION_FIELDS },
    severity: 'P3',
  },
];
