// What still has to be filled in before an escalation reaches a person: steps whose targets page nobody
// (only a contact's number, or an on-call layer with no members), and contacts that still show the
// playbook's sample numbers (555-0100 to 555-0199 are reserved for fiction). `firebreak validate` and
// `firebreak doctor` warn about them, naming the exact keys to set.
import type { PathProblem } from './path-problem.js';
import { formatPath } from './problems.js';
import type { Config, EscalationPolicy, EscalationStep, EscalationTarget } from './types.js';

/** A North American number in 555-0100…555-0199, however it is written (its digits end so). */
export function isSampleNumber(phone: string): boolean {
  return /55501\d\d$/.test(phone.replace(/\D/g, ''));
}

export function placeholderProblems(config: Config): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const policy of Object.values(config.policies)) {
    policy.steps.forEach((step, i) => {
      if (step.targets.some((target) => reachesSomeone(config, policy, target))) return;
      const segments = ['policies', policy.id, 'steps', i, 'targets'];
      problems.push({
        severity: 'warning',
        segments,
        anchor: 'key',
        fallback: ['policies'],
        message: `step \`${step.name}\` (after ${step.after}m, ${step.severities.join(' ')}) pages nobody: ${whyNobody(config, policy, step)}. Set ${formatPath(segments)} to a person, team or channel, e.g. [{user: LOGIN}], [{team: ORG/TEAM}] or [{channel: NAME}]`,
      });
    });
  }
  for (const [id, contact] of Object.entries(config.contacts)) {
    if (!isSampleNumber(contact.phone)) continue;
    const shownBy = stepsShowing(config, id);
    if (shownBy.length === 0) continue;
    problems.push({
      severity: 'warning',
      segments: ['contacts', id, 'phone'],
      anchor: 'value',
      fallback: ['contacts'],
      message: `contact \`${id}\` (${contact.name}) still has the playbook's sample number ${contact.phone}, shown to responders by the ${listing(shownBy)} step${shownBy.length === 1 ? '' : 's'}: set contacts.${id}.phone to the real number`,
    });
  }
  return problems;
}

/** Whether the target notifies a person (or a channel that does) when the step fires. */
function reachesSomeone(config: Config, policy: EscalationPolicy, target: EscalationTarget): boolean {
  switch (target.kind) {
    case 'user':
    case 'team':
      return true;
    case 'channel':
      return config.channels[target.channel] !== undefined;
    case 'contact':
      return false;
    case 'rotation':
      return hasMembers(config, target.rotation, target.layer);
    case 'oncall':
      return rotationsUsing(config, policy).some((rotation) => hasMembers(config, rotation, target.layer));
  }
}

function hasMembers(config: Config, rotationId: string, layerName: string | undefined): boolean {
  const rotation = config.rotations[rotationId];
  const layer = layerName === undefined ? rotation?.layers[0] : rotation?.layers.find((l) => l.name === layerName);
  return (
    (layer?.members.length ?? 0) > 0 ||
    (rotation?.overrides.some((o) => (o.layer ?? rotation.layers[0]?.name) === layer?.name) ?? false)
  );
}

/** The rotations whose on-call a policy's `oncall` targets mean: the default one, and those of services using it. */
function rotationsUsing(config: Config, policy: EscalationPolicy): string[] {
  const rotations = new Set<string>();
  if (policy.id === config.defaultPolicy) rotations.add(config.defaultRotation);
  for (const service of Object.values(config.services)) {
    if ((service.policy ?? config.defaultPolicy) === policy.id)
      rotations.add(service.rotation ?? config.defaultRotation);
  }
  return [...rotations];
}

function whyNobody(config: Config, policy: EscalationPolicy, step: EscalationStep): string {
  if (step.targets.length === 0) return 'it has no targets';
  return step.targets
    .map((target) => {
      switch (target.kind) {
        case 'contact':
          return `contact \`${target.contact}\` is only a number shown in the comment`;
        case 'channel':
          return `channel \`${target.channel}\` is not configured`;
        case 'rotation':
          return `rotation \`${target.rotation}\` has nobody on ${target.layer ? `layer \`${target.layer}\`` : 'its first layer'}`;
        case 'oncall':
          return `the on-call ${target.layer ? `layer \`${target.layer}\`` : 'rotation'} has no members (set ${rotationsUsing(
            config,
            policy,
          )
            .map((r) => membersKey(config, r, target.layer))
            .join(', ')})`;
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join('; ');
}

function membersKey(config: Config, rotationId: string, layerName: string | undefined): string {
  const index =
    layerName === undefined
      ? 0
      : Math.max(0, config.rotations[rotationId]?.layers.findIndex((l) => l.name === layerName) ?? 0);
  return `rotations.${rotationId}.layers[${index}].members`;
}

/** The names of the steps that show the contact, in every policy. */
function stepsShowing(config: Config, contactId: string): string[] {
  return Object.values(config.policies).flatMap((policy) =>
    policy.steps
      .filter((step) => step.targets.some((t) => t.kind === 'contact' && t.contact === contactId))
      .map((step) => `\`${step.name}\``),
  );
}

/** "`CTO` and `CEO`", "`A`, `B` and `C`". */
function listing(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
