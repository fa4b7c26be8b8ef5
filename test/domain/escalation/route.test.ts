// Routing by service: an incident follows the escalation policy of the service it affects (the
// strictest when several), the default policy otherwise, and its commander comes from that service's
// rotation, else the default rotation.
import { describe, expect, it } from 'vitest';
import type { EscalationPolicy } from '../../../src/config/types.js';
import { comparePolicies, ladder, routeIncident } from '../../../src/domain/escalation/index.js';
import { type EscalationConfig, paymentsPolicy, playbook, playbookPolicy, step, stopOn } from './fixtures.js';

function withPolicies(...policies: EscalationPolicy[]): EscalationConfig {
  const services = Object.fromEntries(
    policies.map((policy) => [
      policy.id,
      { id: policy.id, name: policy.id, policy: policy.id, runbooks: [], paths: [] },
    ]),
  );
  return {
    ...playbook,
    policies: { ...playbook.policies, ...Object.fromEntries(policies.map((p) => [p.id, p])) },
    services: { ...playbook.services, ...services },
  };
}

function policy(id: string, steps: EscalationPolicy['steps'], stop = stopOn('mitigated')): EscalationPolicy {
  return { id, steps, stopOn: stop };
}

describe('routing an incident', () => {
  it('with no service uses the default policy and the default rotation', () => {
    const route = routeIncident(playbook, []);
    expect(route.policy.id).toBe('default');
    expect(route.rotation?.id).toBe('primary');
    expect(route.service).toBeNull();
    expect(route.why).toBe('default policy "default" (no service named); default rotation "primary"');
  });

  it('with one service uses its policy and its rotation', () => {
    const route = routeIncident(playbook, ['checkout']);
    expect(route).toMatchObject({ service: 'checkout', policy: { id: 'payments' }, rotation: { id: 'payments' } });
    expect(route.why).toBe('policy "payments" of service "checkout"; rotation "payments" of service "checkout"');
  });

  it('a service without a policy uses the default policy with its own rotation', () => {
    const route = routeIncident(playbook, ['web']);
    expect(route).toMatchObject({ service: 'web', policy: { id: 'default' }, rotation: { id: 'web' } });
  });

  it('a service without a rotation gets the default rotation', () => {
    expect(routeIncident(playbook, ['search']).rotation?.id).toBe('primary');
  });

  it('several services: the strictest policy wins whatever the order (payments pages a lead at 10 min, not 15)', () => {
    for (const services of [
      ['web', 'checkout'],
      ['checkout', 'web'],
    ]) {
      const route = routeIncident(playbook, services, 'P1');
      expect(route.policy.id).toBe('payments');
      expect(route.service).toBe('checkout');
      expect(route.rotation?.id).toBe('payments');
    }
    expect(routeIncident(playbook, ['web', 'checkout'], 'P1').why).toBe(
      'policy "payments" of service "checkout", the strictest for P1 of web → default, checkout → payments; rotation "payments" of service "checkout"',
    );
  });

  it('the commander comes from another affected service when the winning one has no rotation', () => {
    const config = {
      ...playbook,
      services: { ...playbook.services, checkout: { ...playbook.services.checkout!, rotation: undefined } },
    };
    const route = routeIncident(config, ['web', 'checkout']);
    expect(route.policy.id).toBe('payments');
    expect(route.rotation?.id).toBe('web');
    expect(route.why).toContain('rotation "web" of service "web"');
  });

  it('services sharing one policy: the first listed is the service of record', () => {
    const route = routeIncident(playbook, ['search', 'web']);
    expect(route).toMatchObject({ service: 'search', policy: { id: 'default' }, rotation: { id: 'web' } });
    expect(route.why).toBe('policy "default" of services "search", "web"; rotation "web" of service "web"');
  });

  it('ignores unknown service ids and says so', () => {
    const route = routeIncident(playbook, ['billing', 'checkout', 'billing', 'ghost']);
    expect(route.service).toBe('checkout');
    expect(route.why).toContain('unknown services ignored: "billing", "ghost"');
    const none = routeIncident(playbook, ['ghost']);
    expect(none.policy.id).toBe('default');
    expect(none.why).toBe(
      'default policy "default" (no known service); default rotation "primary"; unknown services ignored: "ghost"',
    );
  });

  it('reports a service naming an unknown policy or rotation and falls back', () => {
    const config: EscalationConfig = {
      ...playbook,
      services: { broken: { id: 'broken', name: 'Broken', policy: 'nope', rotation: 'gone', runbooks: [], paths: [] } },
    };
    const route = routeIncident(config, ['broken']);
    expect(route.policy.id).toBe('default');
    expect(route.rotation?.id).toBe('primary');
    expect(route.why).toContain('service "broken" names unknown policy "nope", so it uses the default policy');
    expect(route.why).toContain('service "broken" names unknown rotation "gone"');
  });

  it('has no rotation when the default rotation is not defined', () => {
    const route = routeIncident({ ...playbook, defaultRotation: 'missing' }, []);
    expect(route.rotation).toBeNull();
    expect(route.why).toContain('no rotation (default rotation "missing" is not defined)');
  });

  it('refuses a configuration whose default policy does not exist', () => {
    expect(() => routeIncident({ ...playbook, defaultPolicy: 'missing' }, [])).toThrow(
      'default policy "missing" is not defined',
    );
  });
});

describe('the strictest policy', () => {
  it('is the one that pages sooner at the first rung where the ladders differ', () => {
    expect(ladder(playbookPolicy, 'P1')).toEqual([0, 15, 30, 60]);
    expect(ladder(paymentsPolicy, 'P1')).toEqual([0, 10, 30]);
    expect(comparePolicies(paymentsPolicy, playbookPolicy, 'P1')).toBeLessThan(0);
    expect(comparePolicies(playbookPolicy, paymentsPolicy, 'P1')).toBeGreaterThan(0);
  });

  it('on equal rungs, the one with more steps (it keeps paging)', () => {
    const short = policy('short', [step('a', 0, ['P1']), step('b', 15, ['P1'])]);
    const long = policy('long', [step('a', 0, ['P1']), step('b', 15, ['P1']), step('c', 90, ['P1'])]);
    expect(routeIncident(withPolicies(short, long), ['short', 'long'], 'P1').policy.id).toBe('long');
  });

  it('on equal ladders, the one that stops later (resolved > mitigated > acknowledged)', () => {
    const steps = [step('a', 0, ['P1'])];
    const onAck = policy('on-ack', steps, stopOn('acknowledged', 'acknowledged'));
    const onMitigation = policy('on-mitigation', steps, stopOn('mitigated', 'mitigated'));
    const onResolution = policy('on-resolution', steps, stopOn('resolved', 'resolved'));
    const config = withPolicies(onAck, onMitigation, onResolution);
    expect(routeIncident(config, ['on-ack', 'on-mitigation'], 'P1').policy.id).toBe('on-mitigation');
    expect(routeIncident(config, ['on-resolution', 'on-mitigation'], 'P1').policy.id).toBe('on-resolution');
  });

  it("is judged for the incident's severity first, then P0 … P4", () => {
    // fast-p1 is quicker for P1, fast-p2 for P2.
    const fastP1 = policy('fast-p1', [step('a', 5, ['P1']), step('b', 60, ['P2'])]);
    const fastP2 = policy('fast-p2', [step('a', 20, ['P1']), step('b', 5, ['P2'])]);
    const config = withPolicies(fastP1, fastP2);
    expect(routeIncident(config, ['fast-p2', 'fast-p1'], 'P1').policy.id).toBe('fast-p1');
    expect(routeIncident(config, ['fast-p1', 'fast-p2'], 'P2').policy.id).toBe('fast-p2');
    expect(routeIncident(config, ['fast-p2', 'fast-p1']).policy.id).toBe('fast-p1'); // P0 ties, P1 decides
  });

  it('a policy that pages for a severity is stricter than one that does not', () => {
    const none = policy('none', [step('a', 0, ['P0'])]);
    const some = policy('some', [step('a', 0, ['P0']), step('b', 30, ['P3'])]);
    expect(routeIncident(withPolicies(none, some), ['none', 'some'], 'P3').policy.id).toBe('some');
  });

  it('identical policies tie', () => {
    expect(comparePolicies(playbookPolicy, { ...playbookPolicy, id: 'copy' })).toBe(0);
  });
});
