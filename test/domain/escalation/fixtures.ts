// The user's playbook as configuration: severities with their response targets and update cadence,
// the escalation matrix (on-call 0–15 min, engineering manager 15–30, CTO 30–60, CEO after 1 hour for
// P0/P1), the contacts list, one rotation and a small service catalog.
import type {
  Config,
  EscalationPolicy,
  EscalationStep,
  Rotation,
  Severity,
  SeverityPolicy,
  StopCondition,
} from '../../../src/config/types.js';

export type EscalationConfig = Pick<
  Config,
  'severities' | 'policies' | 'defaultPolicy' | 'rotations' | 'defaultRotation' | 'services' | 'contacts' | 'channels'
>;

function severity(
  id: Severity,
  name: string,
  responseTarget: number | null,
  updateEvery: number | null,
): SeverityPolicy {
  return { id, name, summary: name, examples: [], responseTarget, updateEvery, postmortem: id <= 'P2' };
}

export const severities: Record<Severity, SeverityPolicy> = {
  P0: severity('P0', 'Critical', 5, 30), // "immediate" is 5 minutes
  P1: severity('P1', 'High', 60, 60),
  P2: severity('P2', 'Medium', 240, 240),
  P3: severity('P3', 'Low', 1440, null),
  P4: severity('P4', 'Informational', null, null),
};

export function step(
  id: string,
  after: number,
  on: Severity[],
  targets: EscalationStep['targets'] = [],
): EscalationStep {
  return { id, name: id, after, severities: on, targets };
}

export function stopOn(p0: StopCondition, others: StopCondition = 'acknowledged'): Record<Severity, StopCondition> {
  return { P0: p0, P1: others, P2: others, P3: others, P4: others };
}

export const playbookPolicy: EscalationPolicy = {
  id: 'default',
  steps: [
    step('on-call', 0, ['P0', 'P1', 'P2', 'P3'], [{ kind: 'oncall' }]),
    step(
      'engineering-manager',
      15,
      ['P0', 'P1', 'P2'],
      [
        { kind: 'team', team: 'acme/engineering-managers' },
        { kind: 'contact', contact: 'secondary' },
      ],
    ),
    step(
      'cto',
      30,
      ['P0', 'P1'],
      [
        { kind: 'user', user: 'cto' },
        { kind: 'contact', contact: 'escalation' },
      ],
    ),
    step(
      'ceo',
      60,
      ['P0', 'P1'],
      [
        { kind: 'user', user: 'ceo' },
        { kind: 'channel', channel: 'leadership' },
      ],
    ),
  ],
  // A P0 keeps paging until it is mitigated; everything else stops once someone acknowledges.
  stopOn: stopOn('mitigated'),
};

/** A service team that pulls its manager in after 10 minutes instead of 15. */
export const paymentsPolicy: EscalationPolicy = {
  id: 'payments',
  steps: [
    step('on-call', 0, ['P0', 'P1', 'P2', 'P3'], [{ kind: 'oncall' }]),
    step('payments-lead', 10, ['P0', 'P1', 'P2'], [{ kind: 'user', user: 'pay-lead' }]),
    step('cto', 30, ['P0', 'P1'], [{ kind: 'user', user: 'cto' }]),
  ],
  stopOn: stopOn('mitigated'),
};

function rotation(id: string, primary: string[], secondary: string[] = []): Rotation {
  const layer = (name: string, members: string[]) => ({
    name,
    members,
    shift: { kind: 'daily' as const },
    handoff: '09:00',
    handoffDay: 'monday' as const,
    start: '2026-03-01',
  });
  return {
    id,
    timeZone: 'UTC',
    layers: [layer('primary', primary), layer('secondary', secondary)],
    overrides: [],
    swaps: [],
  };
}

export const playbook: EscalationConfig = {
  severities,
  policies: { default: playbookPolicy, payments: paymentsPolicy },
  defaultPolicy: 'default',
  // From 2026-03-01 09:00 UTC: alice, then bob (2026-03-02 09:00), then alice again …
  rotations: {
    primary: rotation('primary', ['alice', 'bob'], ['carol']),
    payments: rotation('payments', ['dave']),
    web: rotation('web', []),
  },
  defaultRotation: 'primary',
  services: {
    checkout: { id: 'checkout', name: 'Checkout', rotation: 'payments', policy: 'payments', runbooks: [], paths: [] },
    web: { id: 'web', name: 'Web', rotation: 'web', runbooks: [], paths: [] },
    search: { id: 'search', name: 'Search', runbooks: [], paths: [] },
  },
  contacts: {
    primary: { name: 'Primary', phone: '+1-555-0101' },
    secondary: { name: 'Secondary', phone: '+1-555-0102' },
    escalation: { name: 'Escalation', phone: '+1-555-0103' },
  },
  channels: { leadership: { id: 'leadership', type: 'slack', urlFrom: 'SLACK_LEADERSHIP', severities: ['P0', 'P1'] } },
};
