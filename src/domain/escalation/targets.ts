// Who an escalation step reaches: people to @mention (rotation on-calls, users, teams), contacts whose
// phone numbers the message shows, and notification channels. A target that reaches nobody is not
// dropped silently: it is listed in `unresolved` so the comment and the job log can say so.
import type { Config, EscalationTarget, Rotation } from '../../config/types.js';
import { onCallAt } from '../rotation/index.js';
import type { IncidentRoute } from './route.js';

/** Who is on call on a rotation's layer (undefined: its first layer) at an instant; null when nobody is. */
export type OnCallLookup = (rotationId: string, layer: string | undefined, at: Date) => string | null;

export interface TargetContext {
  config: Pick<Config, 'rotations' | 'contacts' | 'channels'>;
  route: Pick<IncidentRoute, 'rotation'>;
  at: Date;
  onCall: OnCallLookup;
}

export interface ResolvedTargets {
  /** "@login" and "@org/team", each once, in target order. */
  mentions: string[];
  contacts: Array<{ id: string; name: string; phone: string }>;
  /** Channel ids from the configuration. */
  channels: string[];
  /** Why a target reaches nobody, e.g. "rotation web has nobody on call". */
  unresolved: string[];
}

/** An `OnCallLookup` over the configured rotations, backed by the rotation module. */
export function onCallFromRotations(rotations: Record<string, Rotation>): OnCallLookup {
  return (rotationId, layer, at) => {
    const rotation = rotations[rotationId];
    return rotation ? (onCallAt(rotation, at, layer)?.member ?? null) : null;
  };
}

function mention(handle: string): string {
  return `@${handle.trim().replace(/^@+/, '')}`;
}

function pushOnce<T>(list: T[], value: T, same: (a: T) => boolean = (a) => a === value): void {
  if (!list.some(same)) list.push(value);
}

export function resolveTargets(targets: readonly EscalationTarget[], ctx: TargetContext): ResolvedTargets {
  const out: ResolvedTargets = { mentions: [], contacts: [], channels: [], unresolved: [] };

  const page = (rotationId: string, layer: string | undefined): void => {
    const where = layer === undefined ? `rotation ${rotationId}` : `rotation ${rotationId} (${layer})`;
    if (!ctx.config.rotations[rotationId]) {
      pushOnce(out.unresolved, `${where} does not exist`);
      return;
    }
    let member: string | null;
    try {
      member = ctx.onCall(rotationId, layer, ctx.at);
    } catch (error) {
      // An unknown layer name, for instance: report it rather than lose the whole step.
      pushOnce(out.unresolved, `${where}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (member === null) pushOnce(out.unresolved, `${where} has nobody on call`);
    else pushOnce(out.mentions, mention(member));
  };

  for (const target of targets) {
    switch (target.kind) {
      case 'rotation':
        page(target.rotation, target.layer);
        break;
      case 'oncall':
        if (ctx.route.rotation) page(ctx.route.rotation.id, target.layer);
        else
          pushOnce(
            out.unresolved,
            'the incident has no on-call rotation (no service rotation and no default rotation)',
          );
        break;
      case 'user':
        pushOnce(out.mentions, mention(target.user));
        break;
      case 'team':
        pushOnce(out.mentions, mention(target.team));
        break;
      case 'contact': {
        const contact = ctx.config.contacts[target.contact];
        if (!contact) pushOnce(out.unresolved, `contact ${target.contact} is not in the contacts list`);
        else {
          const entry = { id: target.contact, name: contact.name, phone: contact.phone };
          pushOnce(out.contacts, entry, (c) => c.id === entry.id);
        }
        break;
      }
      case 'channel':
        if (!ctx.config.channels[target.channel])
          pushOnce(out.unresolved, `channel ${target.channel} is not configured`);
        else pushOnce(out.channels, target.channel);
        break;
    }
  }
  return out;
}
