// The user's playbook (docs/playbook.md, with P3/P4 from the playbook's outline) as Firebreak's
// configuration: a repository without .github/firebreak.yml behaves exactly like this.
import { DEFAULT_CLASSIFICATION } from './default-classification.js';
import { DEFAULT_LABELS } from './default-labels.js';
import { DEFAULT_SECURITY } from './default-security.js';
import { IMMEDIATE_MINUTES } from './duration.js';
import type { Config, EscalationPolicy, Rotation } from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/firebreak.yml';

/** Hand-offs count from a fixed Monday so the default schedule never depends on the day it was read. */
export const DEFAULT_ROTATION_START = '2024-01-01';

const DEFAULT_ROTATION: Rotation = {
  id: 'on-call',
  timeZone: 'UTC',
  layers: [
    {
      name: 'primary',
      members: [],
      shift: { kind: 'daily' },
      handoff: '09:00',
      handoffDay: 'monday',
      start: DEFAULT_ROTATION_START,
    },
  ],
  overrides: [],
  swaps: [],
};

// The playbook's escalation matrix: on-call engineer 0–15 min, engineering manager 15–30, CTO 30–60,
// CEO after 1 hour for P0/P1. A P0 (complete outage) keeps climbing until it is mitigated: an
// acknowledgement alone does not tell the CTO and CEO that the outage is over. Everything else stops
// once a responder has acknowledged and owns it.
const DEFAULT_POLICY: EscalationPolicy = {
  id: 'default',
  steps: [
    {
      id: 'on-call',
      name: 'On-call Engineer',
      after: 0,
      severities: ['P0', 'P1', 'P2', 'P3'],
      targets: [
        { kind: 'oncall', layer: 'primary' },
        { kind: 'contact', contact: 'primary' },
      ],
    },
    {
      id: 'engineering-manager',
      name: 'Engineering Manager',
      after: 15,
      severities: ['P0', 'P1', 'P2'],
      targets: [{ kind: 'contact', contact: 'secondary' }],
    },
    {
      id: 'cto',
      name: 'CTO',
      after: 30,
      severities: ['P0', 'P1'],
      targets: [{ kind: 'contact', contact: 'escalation' }],
    },
    {
      id: 'ceo',
      name: 'CEO',
      after: 60,
      severities: ['P0', 'P1'],
      targets: [{ kind: 'contact', contact: 'escalation' }],
    },
  ],
  stopOn: { P0: 'mitigated', P1: 'acknowledged', P2: 'acknowledged', P3: 'acknowledged', P4: 'acknowledged' },
};

const PLAYBOOK: Config = {
  severities: {
    P0: {
      id: 'P0',
      name: 'Critical',
      summary: 'Complete service outage affecting all users',
      examples: ['System completely down', 'Data breach confirmed', 'Security compromise active'],
      responseTarget: IMMEDIATE_MINUTES,
      updateEvery: 30,
      postmortem: true,
    },
    P1: {
      id: 'P1',
      name: 'High',
      summary: 'Major functionality unavailable for significant user base',
      examples: ['Major functionality impacted', 'Performance severely degraded', 'Potential security incident'],
      responseTarget: 60,
      updateEvery: 60,
      postmortem: true,
    },
    P2: {
      id: 'P2',
      name: 'Medium',
      summary: 'Minor functionality degraded, workarounds available',
      examples: ['Minor functionality impacted', 'Performance issues', 'Non-critical security alerts'],
      responseTarget: 240,
      updateEvery: 240,
      postmortem: true,
    },
    P3: {
      id: 'P3',
      name: 'Low',
      summary: 'Cosmetic issues, no functional impact',
      examples: [],
      responseTarget: 24 * 60,
      updateEvery: null,
      postmortem: false,
    },
    P4: {
      id: 'P4',
      name: 'Informational',
      summary: 'Observations requiring investigation',
      examples: [],
      responseTarget: null,
      updateEvery: null,
      postmortem: false,
    },
  },
  defaultSeverity: 'P2',
  labels: DEFAULT_LABELS,
  phases: [
    {
      id: 'detection-analysis',
      name: 'Detection & Analysis',
      start: 0,
      end: 15,
      steps: [
        'Automated monitoring alerts',
        'Manual incident reporting',
        'Initial triage and classification',
        'Incident commander assignment',
      ],
    },
    {
      id: 'containment',
      name: 'Containment',
      start: 15,
      end: 30,
      steps: ['Isolate affected systems', 'Prevent further damage', 'Preserve evidence', 'Implement temporary fixes'],
    },
    {
      id: 'recovery',
      name: 'Recovery',
      start: 60,
      end: 240,
      steps: [
        'Restore normal operations',
        'Monitor for recurrence',
        'Gradual service restoration',
        'Performance validation',
      ],
    },
  ],
  contacts: {
    primary: { name: 'Primary', phone: '+1-555-0101', description: 'First call: the on-call engineer' },
    secondary: {
      name: 'Secondary',
      phone: '+1-555-0102',
      description: 'Engineering manager (15 minutes without acknowledgement)',
    },
    escalation: { name: 'Escalation', phone: '+1-555-0103', description: 'CTO and CEO (30 and 60 minutes, P0/P1)' },
  },
  classification: DEFAULT_CLASSIFICATION,
  rotations: { 'on-call': DEFAULT_ROTATION },
  defaultRotation: 'on-call',
  policies: { default: DEFAULT_POLICY },
  defaultPolicy: 'default',
  services: {},
  channels: {},
  runbooks: {
    database: {
      id: 'database',
      title: 'Database Issues',
      steps: [
        'Check connection pool status',
        'Review slow query logs',
        'Verify backup integrity',
        'Scale read replicas if needed',
      ],
      match: {
        services: [],
        keywords: ['database', 'db', 'connection pool', 'slow query', 'slow queries', 'replica', 'replication'],
      },
    },
    'api-performance': {
      id: 'api-performance',
      title: 'API Performance Issues',
      steps: [
        'Check load balancer health',
        'Review application metrics',
        'Scale pods if needed',
        'Verify external dependencies',
      ],
      match: {
        services: [],
        keywords: ['api', 'latency', 'load balancer', 'timeouts', 'slow responses', '5xx', '502', '503', '504'],
      },
    },
    security: {
      id: 'security',
      title: 'Security Incidents',
      steps: [
        'Isolate affected systems immediately',
        'Preserve logs and evidence',
        'Notify security team',
        'Follow breach notification procedures',
      ],
      match: {
        services: [],
        keywords: [
          'security',
          'breach',
          'compromise',
          'compromised',
          'unauthorized access',
          'malware',
          'ddos',
          'vulnerability',
        ],
      },
    },
  },
  commands: {
    ack: 'triage',
    status: 'triage',
    update: 'triage',
    severity: 'write',
    ic: 'write',
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
    resolve: 'write',
    reopen: 'write',
    evidence: 'triage',
    notified: 'write',
    help: 'read',
  },
  templatesDirectory: '.github/firebreak/templates',
  postmortem: { directory: 'docs/postmortems', reviewers: [] },
  security: DEFAULT_SECURITY,
  alerts: {
    label: 'alert',
    key: [],
    severityLabel: 'severity',
    severities: { critical: 'P1', high: 'P2', error: 'P2', warning: 'P3', low: 'P4', info: 'P4' },
    serviceLabel: 'service',
    rules: [],
    defaultSeverity: 'P3',
    flapWindow: 15,
    autoResolve: true,
    refire: 'reopen',
    reopenWithin: 24 * 60,
  },
  changes: { enabled: true, window: 24 * 60, limit: 10 },
  statusPage: { branch: 'gh-pages', url: null, title: null, oncallCalendar: false },
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The playbook, frozen: read it, or copy it (`defaultConfig()`) before changing anything. */
export const DEFAULT_CONFIG: Readonly<Config> = deepFreeze(PLAYBOOK);

/** A fresh, mutable copy of the playbook defaults. */
export function defaultConfig(): Config {
  return structuredClone(PLAYBOOK);
}
