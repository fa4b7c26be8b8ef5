// Incidents for the postmortem tests, built the way production builds them: events recorded in the bot's
// comments, folded with foldIncident.
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import type { BotRecord, IncidentEvent } from '../../src/domain/incident/events.js';
import { foldIncident, type IncidentState } from '../../src/domain/incident/state.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import type { PostmortemContext } from '../../src/domain/postmortem/build.js';

export const DAY = '2026-03-02';
export const URL = 'https://github.com/acme/shop/issues/42';

export function issueUrl(number: number): string {
  return `https://github.com/acme/shop/issues/${number}`;
}

/** "10:15" → 2026-03-02T10:15:00.000Z; "+1d 09:00" → the next day, "-20d 09:00" twenty days before. */
export function iso(time: string): string {
  const otherDay = /^([+-])(\d+)d (.*)$/.exec(time);
  if (otherDay) {
    const days = Number(otherDay[2]) * (otherDay[1] === '-' ? -1 : 1);
    return new Date(Date.parse(iso(otherDay[3]!)) + days * 86_400_000).toISOString();
  }
  return new Date(`${DAY}T${time}:00Z`).toISOString();
}

type Fact = { at: string; by: string } & Record<string, unknown>;

/** Events at "HH:MM" times, one bot record per event (as one comment each). */
export function incident(number: number, facts: Fact[]): IncidentState {
  const records: BotRecord[] = facts.map((fact, i) => ({
    v: 1,
    kind: 'reply',
    key: `reply:${i}`,
    events: [{ ...fact, at: iso(fact.at) } as unknown as IncidentEvent],
  }));
  const state = foldIncident(number, records);
  if (!state) throw new Error('the incident was never opened');
  return state;
}

export function filed(at: string, over: Partial<Record<string, unknown>> = {}): Fact {
  return {
    at,
    by: 'dana',
    type: 'opened',
    title: 'Checkout fails for EU customers',
    severity: 'P2',
    reported: 'P2',
    reason: 'the reporter chose P2',
    services: ['checkout', 'payments'],
    security: false,
    commander: 'alice',
    startedAt: iso('09:52'),
    impact: 'About 40% of EU checkout requests fail',
    ...over,
  };
}

/** The playbook's P1: filed as P2, raised to P1, acknowledged at +9 min, mitigated at +41 min, resolved at +2 h. */
export function p1ResolvedAtTwoHours(): IncidentState {
  return incident(42, [
    filed('10:00'),
    {
      at: '10:00',
      by: 'firebreak',
      type: 'escalated',
      step: 'on-call',
      name: 'On-call Engineer',
      due: iso('10:00'),
      targets: ['alice'],
    },
    { at: '10:00', by: 'firebreak', type: 'delivery', channel: 'slack', ref: 'alert', ok: true },
    {
      at: '10:05',
      by: 'bob',
      type: 'severity',
      from: 'P2',
      to: 'P1',
      reason: 'every EU checkout is affected',
      source: 'command',
    },
    { at: '10:09', by: 'alice', type: 'acknowledged' },
    { at: '10:12', by: 'alice', type: 'role', role: 'scribe', login: 'bob' },
    {
      at: '10:24',
      by: 'alice',
      type: 'status',
      from: 'investigating',
      to: 'identified',
      note: 'payment provider timeouts in eu-west-1',
    },
    {
      at: '10:41',
      by: 'alice',
      type: 'status',
      from: 'identified',
      to: 'mitigating',
      note: 'traffic failed over to eu-central-1',
    },
    { at: '11:00', by: 'bob', type: 'update', text: 'error rate back under 1%, watching' },
    { at: '11:30', by: 'alice', type: 'status', from: 'mitigating', to: 'monitoring', note: null },
    { at: '12:00', by: 'alice', type: 'resolved', summary: 'the provider fixed its eu-west-1 gateway' },
  ]);
}

export function config(): Config {
  const c = defaultConfig();
  c.services = {
    checkout: { id: 'checkout', name: 'Checkout', runbooks: [], paths: [] },
    payments: { id: 'payments', name: 'Payments', runbooks: [], paths: [] },
  };
  return c;
}

export function context(over: Partial<PostmortemContext> = {}): PostmortemContext {
  return {
    config: config(),
    templates: TemplateRegistry.defaults(),
    url: URL,
    repository: 'acme/shop',
    now: new Date(iso('12:05')),
    security: { restricted: false },
    ...over,
  };
}
