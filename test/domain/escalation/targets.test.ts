// Who a step reaches: the on-call of the incident's rotation, named people and teams, contacts from the
// playbook's contact list (their phone numbers go in the message) and notification channels. A target
// that reaches nobody is reported, never silently dropped.
import { describe, expect, it } from 'vitest';
import type { EscalationTarget } from '../../../src/config/types.js';
import {
  type OnCallLookup,
  onCallFromRotations,
  resolveTargets,
  routeIncident,
} from '../../../src/domain/escalation/index.js';
import { playbook, playbookPolicy } from './fixtures.js';
import { at } from './timeline.js';

const route = routeIncident(playbook, []);
const onCall = onCallFromRotations(playbook.rotations);
const resolve = (targets: EscalationTarget[], lookup: OnCallLookup = onCall, r = route) =>
  resolveTargets(targets, { config: playbook, route: r, at: at('10:00'), onCall: lookup });

describe('resolving escalation targets', () => {
  it('the first step pages whoever is on call on the incident rotation (bob on 2 March)', () => {
    expect(resolve(playbookPolicy.steps[0]!.targets)).toEqual({
      mentions: ['@bob'],
      contacts: [],
      channels: [],
      unresolved: [],
    });
  });

  it('the engineering manager step mentions the team and shows the secondary contact number', () => {
    expect(resolve(playbookPolicy.steps[1]!.targets)).toEqual({
      mentions: ['@acme/engineering-managers'],
      contacts: [{ id: 'secondary', name: 'Secondary', phone: '+1-555-0102' }],
      channels: [],
      unresolved: [],
    });
  });

  it('the CEO step mentions the CEO and notifies the leadership channel', () => {
    expect(resolve(playbookPolicy.steps[3]!.targets)).toMatchObject({ mentions: ['@ceo'], channels: ['leadership'] });
  });

  it('a named rotation and layer is asked for that layer at that instant', () => {
    const asked: unknown[] = [];
    const lookup: OnCallLookup = (rotation, layer, when) => {
      asked.push([rotation, layer, when.toISOString()]);
      return 'carol';
    };
    expect(resolve([{ kind: 'rotation', rotation: 'primary', layer: 'secondary' }], lookup).mentions).toEqual([
      '@carol',
    ]);
    expect(asked).toEqual([['primary', 'secondary', '2026-03-02T10:00:00.000Z']]);
    expect(resolve([{ kind: 'rotation', rotation: 'primary', layer: 'secondary' }]).mentions).toEqual(['@carol']);
  });

  it('the on-call of a service rotation comes from the route', () => {
    const checkout = routeIncident(playbook, ['checkout']);
    expect(resolve([{ kind: 'oncall' }], onCall, checkout).mentions).toEqual(['@dave']);
  });

  it('mentions each person once and accepts handles written with @', () => {
    const result = resolve([
      { kind: 'user', user: '@cto' },
      { kind: 'user', user: 'cto' },
      { kind: 'team', team: '@acme/sre' },
      { kind: 'contact', contact: 'primary' },
      { kind: 'contact', contact: 'primary' },
      { kind: 'channel', channel: 'leadership' },
      { kind: 'channel', channel: 'leadership' },
    ]);
    expect(result.mentions).toEqual(['@cto', '@acme/sre']);
    expect(result.contacts).toHaveLength(1);
    expect(result.channels).toEqual(['leadership']);
  });

  it('says so when a target reaches nobody', () => {
    const web = routeIncident(playbook, ['web']);
    const result = resolve(
      [
        { kind: 'oncall' },
        { kind: 'rotation', rotation: 'web', layer: 'secondary' },
        { kind: 'rotation', rotation: 'ghost' },
        { kind: 'contact', contact: 'lawyer' },
        { kind: 'channel', channel: 'pager' },
      ],
      onCall,
      web,
    );
    expect(result.mentions).toEqual([]);
    expect(result.unresolved).toEqual([
      'rotation web has nobody on call',
      'rotation web (secondary) has nobody on call',
      'rotation ghost does not exist',
      'contact lawyer is not in the contacts list',
      'channel pager is not configured',
    ]);
  });

  it('reports a rotation lookup that fails (an unknown layer) instead of losing the step', () => {
    const result = resolve([
      { kind: 'rotation', rotation: 'primary', layer: 'tertiary' },
      { kind: 'user', user: 'cto' },
    ]);
    expect(result.mentions).toEqual(['@cto']);
    expect(result.unresolved).toHaveLength(1);
    expect(result.unresolved[0]).toMatch(/^rotation primary \(tertiary\): /);
    const thrower: OnCallLookup = () => {
      throw 'offline';
    };
    expect(resolve([{ kind: 'oncall' }], thrower).unresolved).toEqual(['rotation primary: offline']);
  });

  it('an incident without any rotation cannot page an on-call', () => {
    expect(resolve([{ kind: 'oncall' }], onCall, { ...route, rotation: null }).unresolved).toEqual([
      'the incident has no on-call rotation (no service rotation and no default rotation)',
    ]);
  });

  it('the lookup over configured rotations answers null for an unknown rotation', () => {
    expect(onCall('ghost', undefined, at('10:00'))).toBeNull();
    expect(onCall('primary', undefined, at('2026-02-01T10:00:00Z'))).toBeNull(); // before the first hand-off
    expect(onCall('primary', undefined, at('08:59'))).toBe('alice');
  });
});
