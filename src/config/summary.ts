// A short, readable account of a configuration for `firebreak validate`: what each severity promises, how
// incidents escalate, and what still needs filling in.
import { formatDuration, formatTarget } from './duration.js';
import { SEVERITIES, type Config, type EscalationTarget, type Severity, type StopCondition } from './types.js';

export function summarizeConfig(config: Config): string {
  const lines: string[] = ['Severities (acknowledge within · status updates · postmortem):'];
  for (const id of SEVERITIES) {
    const s = config.severities[id];
    const updates = s.updateEvery === null ? 'no reminders' : `every ${formatDuration(s.updateEvery)}`;
    lines.push(
      `  ${id} ${s.name.padEnd(13)} ${formatTarget(s.responseTarget).padEnd(15)} ${updates.padEnd(13)} ${s.postmortem ? 'postmortem' : '          '}  ${s.summary}`,
    );
  }
  lines.push(`  Unreadable severity: ${config.defaultSeverity}`);

  lines.push(
    '',
    `Phases: ${config.phases.map((p) => `${p.name} ${formatDuration(p.start)}–${formatDuration(p.end)}`).join(' · ')}`,
  );

  const policy = config.policies[config.defaultPolicy];
  if (policy !== undefined) {
    lines.push('', `Escalation (policy ${policy.id}; stops ${describeStops(policy.stopOn)}):`);
    const width = Math.max(...policy.steps.map((step) => step.name.length));
    for (const step of [...policy.steps].sort((a, b) => a.after - b.after)) {
      const targets = step.targets.map((target) => describeTarget(target, config)).join(', ');
      lines.push(
        `  +${formatDuration(step.after).padEnd(6)} ${step.name.padEnd(width)}  ${step.severities.join(' ').padEnd(14)} → ${targets}`,
      );
    }
  }

  for (const rotation of Object.values(config.rotations)) {
    for (const layer of rotation.layers) {
      const who =
        layer.members.length === 0
          ? 'no members yet: incidents get no commander until you add some'
          : layer.members.join(', ');
      lines.push(
        '',
        `Rotation ${rotation.id} (${layer.name}, ${rotation.timeZone}, hand-off ${layer.handoff}): ${who}`,
      );
    }
  }
  const page = config.statusPage;
  lines.push(
    '',
    `Status page (/publish): branch ${page.branch}, ${page.url ?? 'https://<owner>.github.io/<repository>/'}, titled "${page.title ?? '<repository> status'}"; on-call calendar ${page.oncallCalendar ? `published there (oncall.ics, oncall/<login>.ics)` : 'not published'}`,
  );
  return lines.join('\n');
}

function describeTarget(target: EscalationTarget, config: Config): string {
  switch (target.kind) {
    case 'rotation':
      return `rotation ${target.rotation}${target.layer === undefined ? '' : ` (${target.layer})`}`;
    case 'oncall':
      return `on-call ${target.layer ?? 'primary'}`;
    case 'user':
      return `@${target.user}`;
    case 'team':
      return `@${target.team}`;
    case 'contact': {
      const contact = config.contacts[target.contact];
      return contact === undefined ? `contact ${target.contact}` : `${contact.name} ${contact.phone}`;
    }
    case 'channel':
      return `channel ${target.channel}`;
  }
}

/** "P0 when mitigated, P1–P4 when acknowledged" */
function describeStops(stopOn: Record<Severity, StopCondition>): string {
  const groups: { from: Severity; to: Severity; condition: StopCondition }[] = [];
  for (const id of SEVERITIES) {
    const last = groups.at(-1);
    if (last !== undefined && last.condition === stopOn[id]) last.to = id;
    else groups.push({ from: id, to: id, condition: stopOn[id] });
  }
  return groups.map((g) => `${g.from === g.to ? g.from : `${g.from}–${g.to}`} when ${g.condition}`).join(', ');
}
