// The labels Firebreak creates when they are missing. Colours: red for incidents and breaches, a heat scale
// from dark red (P0) to pale blue (P4) for severity, blues to green for the status as an incident calms down.
import type { LabelsConfig } from './types.js';

export const DEFAULT_LABELS: LabelsConfig = {
  incident: { name: 'incident', color: 'd73a4a', description: 'An incident tracked by Firebreak' },
  security: { name: 'security', color: '5319e7', description: 'Security incident: restricted handling and evidence' },
  responseBreach: { name: 'sla:breached', color: 'b60205', description: 'Not acknowledged within its response target' },
  postmortem: { name: 'postmortem', color: '1d76db', description: 'Postmortem of a resolved incident' },
  postmortemAction: { name: 'postmortem-action', color: 'fbca04', description: 'Action item from a postmortem' },
  severity: {
    P0: {
      name: 'severity:P0',
      color: 'b60205',
      description: 'P0 Critical: complete service outage affecting all users',
    },
    P1: {
      name: 'severity:P1',
      color: 'd93f0b',
      description: 'P1 High: major functionality unavailable for a significant user base',
    },
    P2: {
      name: 'severity:P2',
      color: 'fbca04',
      description: 'P2 Medium: minor functionality degraded, workarounds available',
    },
    P3: { name: 'severity:P3', color: 'c2e0c6', description: 'P3 Low: cosmetic issues, no functional impact' },
    P4: { name: 'severity:P4', color: 'bfdadc', description: 'P4 Informational: observations requiring investigation' },
  },
  status: {
    investigating: {
      name: 'status:investigating',
      color: 'f9d0c4',
      description: 'Incident status: investigating, cause not yet known',
    },
    identified: { name: 'status:identified', color: 'fef2c0', description: 'Incident status: cause identified' },
    mitigating: { name: 'status:mitigating', color: 'c5def5', description: 'Incident status: mitigation in progress' },
    monitoring: {
      name: 'status:monitoring',
      color: 'bfe5bf',
      description: 'Incident status: mitigated, watching for recurrence',
    },
    resolved: { name: 'status:resolved', color: '0e8a16', description: 'Incident status: resolved' },
  },
  servicePrefix: 'service:',
  serviceColor: 'ededed',
};
