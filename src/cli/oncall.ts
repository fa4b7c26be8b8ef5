// `firebreak oncall`: who is on call, who a service would page, and the upcoming shifts. Argument handling
// and formatting only; the answers come from src/domain/rotation.ts (JSON in oncall-json.ts).
import { DateTime } from 'luxon';
import type { Config, EscalationPolicy, EscalationTarget, Rotation, Service } from '../config/types.js';
import { SEVERITIES } from '../config/types.js';
import {
  type OnCall,
  RotationError,
  coverageGaps,
  onCallAt,
  parseInstant,
  schedule,
} from '../domain/rotation/index.js';
import { EXIT, helpText, parseCommand, stringOption, UsageError, type OptionValues } from './command.js';
import { CALENDAR_DAYS, calendarFile, wholeTeam } from '../domain/rotation/calendar.js';
import { oncallJson } from './oncall-json.js';
import { ONCALL } from './specs.js';

export interface OncallDeps {
  config: Config;
  now: Date;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const ONCALL_USAGE = helpText(ONCALL);

/** How far ahead to look for the next on-call when nobody is on call now. */
const LOOKAHEAD_DAYS = 28;

/** Runs `firebreak oncall`; `argv` is what follows the command name. Exit codes: 0 answered, 1 unknown rotation or service, 2 usage. */
export function runOncallCommand(argv: readonly string[], deps: OncallDeps): number {
  try {
    const parsed = parseCommand(ONCALL, joinNegativeAt(argv));
    const out = parsed === null ? ONCALL_USAGE : run(parsed.values, deps);
    deps.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      deps.stderr.write(
        `firebreak oncall: ${error.message}\nRun \`firebreak oncall --help\` for usage and examples.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof LookupError || error instanceof RotationError) {
      deps.stderr.write(`firebreak oncall: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }
}

/** A rotation or service the configuration does not have. */
class LookupError extends Error {}

/** `--at -2h` would read as the unknown option `-2`: join such a value to its flag, as `--at=-2h`. */
function joinNegativeAt(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (arg === '--at' && next !== undefined && /^-\d/.test(next)) {
      args.push(`--at=${next}`);
      i += 1;
    } else {
      args.push(arg);
    }
  }
  return args;
}

function run(values: OptionValues, deps: OncallDeps): string {
  const options = {
    at: stringOption(values, 'at'),
    rotation: stringOption(values, 'rotation'),
    service: stringOption(values, 'service'),
    days: stringOption(values, 'days'),
    schedule: values.schedule === true,
    ics: values.ics === true,
    person: stringOption(values, 'person'),
  };
  if (options.rotation !== undefined && options.service !== undefined) {
    throw new UsageError('give --rotation or --service, not both');
  }
  if (options.days !== undefined && !options.schedule && !options.ics)
    throw new UsageError('--days goes with --schedule or --ics');
  if (options.person !== undefined && !options.ics) throw new UsageError('--person goes with --ics');
  if (options.ics && (options.schedule || values.json === true))
    throw new UsageError('--ics is a calendar file: give it without --schedule and --json');
  const { config } = deps;
  if (options.ics) return calendarText(config, options, deps.now);
  const service = options.service === undefined ? undefined : findService(config, options.service);
  const rotation = service
    ? findRotation(config, service.rotation ?? config.defaultRotation, `service "${service.id}" uses`)
    : findRotation(
        config,
        options.rotation ?? config.defaultRotation,
        options.rotation ? '' : 'the default rotation is',
      );
  const at = options.at === undefined ? deps.now : readTime(options.at, deps.now, rotation.timeZone);
  const days = options.schedule ? readDays(options.days) : 0;
  if (values.json === true)
    return JSON.stringify(oncallJson(config, rotation, at, service, options.schedule ? days : null), null, 2);

  const header = service ? [describeService(service, rotation)] : [];
  if (options.schedule) return [...header, scheduleText(rotation, at, days)].join('\n');
  const lines = [...header, whoIsOnCall(rotation, at)];
  if (service) lines.push('', policyText(config, service, rotation, at));
  return lines.join('\n');
}

/** `--ics`: every rotation (the whole team), or the one `--rotation` or `--service` names. */
function calendarText(
  config: Config,
  options: { at?: string; rotation?: string; service?: string; days?: string; person?: string },
  now: Date,
): string {
  const service = options.service === undefined ? undefined : findService(config, options.service);
  const chosen = service
    ? [findRotation(config, service.rotation ?? config.defaultRotation, `service "${service.id}" uses`)]
    : options.rotation !== undefined
      ? [findRotation(config, options.rotation, '')]
      : wholeTeam(config);
  if (chosen.length === 0)
    throw new LookupError('no rotations are configured (add `rotations:` to .github/firebreak.yml)');
  const person = options.person?.replace(/^@/, '');
  if (person !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(person))
    throw new UsageError(`--person "${options.person}" is not a GitHub login`);
  const zone = chosen[0]?.timeZone ?? 'UTC';
  const from = options.at === undefined ? now : readTime(options.at, now, zone);
  const days = options.days === undefined ? CALENDAR_DAYS : readDays(options.days);
  return calendarFile(chosen, { from, days, now, ...(person ? { person } : {}) });
}

function findService(config: Config, name: string): Service {
  const service =
    config.services[name] ??
    Object.values(config.services).find(
      (s) => s.id.toLowerCase() === name.toLowerCase() || s.name.toLowerCase() === name.toLowerCase(),
    );
  if (service) return service;
  const known = Object.keys(config.services);
  throw new LookupError(
    known.length > 0
      ? `no service "${name}". Known services: ${known.join(', ')}`
      : `no service "${name}": no services are configured (add \`services:\` to .github/firebreak.yml)`,
  );
}

function findRotation(config: Config, name: string, context: string): Rotation {
  const rotation = config.rotations[name];
  if (rotation) return rotation;
  const known = Object.keys(config.rotations);
  const what = context ? `${context} rotation "${name}", which is not configured` : `no rotation "${name}"`;
  throw new LookupError(
    known.length > 0
      ? `${what}. Known rotations: ${known.join(', ')}`
      : `${what}: no rotations are configured (add \`rotations:\` to .github/firebreak.yml)`,
  );
}

function readTime(text: string, now: Date, timeZone: string): Date {
  const relative = /^([+-])(\d+)([mhd])$/.exec(text.trim());
  if (relative) {
    const amount = Number(relative[2]) * (relative[1] === '-' ? -1 : 1);
    const unit = ({ m: 'minutes', h: 'hours', d: 'days' } as const)[relative[3] as 'm' | 'h' | 'd'];
    return DateTime.fromJSDate(now, { zone: timeZone })
      .plus({ [unit]: amount })
      .toJSDate();
  }
  if (text.trim() === 'now') return now;
  const ms = parseInstant(text, timeZone);
  if (ms === null) {
    throw new UsageError(
      `--at "${text}" is not a time: use ISO 8601 (2026-03-30T09:00, 2026-03-30T07:00Z) or +2h, -30m, +3d`,
    );
  }
  return new Date(ms);
}

function readDays(text: string | undefined): number {
  if (text === undefined) return 14;
  const days = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(days >= 1 && days <= 366)) throw new UsageError(`--days "${text}" must be a whole number from 1 to 366`);
  return days;
}

// --- formatting ---------------------------------------------------------------------------------

/** "Mon 2026-04-06 09:00 +02:00" in the zone: offsets, not abbreviations, which differ between ICU builds. */
function local(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).setLocale('en-US').toFormat('ccc yyyy-MM-dd HH:mm ZZ');
}

function utc(date: Date): string {
  return `${DateTime.fromJSDate(date, { zone: 'UTC' }).toFormat('yyyy-MM-dd HH:mm')} UTC`;
}

function both(date: Date, timeZone: string): string {
  return `${local(date, timeZone)} (${utc(date)})`;
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
}

function reasonNote(onCall: Pick<OnCall, 'reason'>): string {
  return onCall.reason === 'rotation' ? '' : ` (${onCall.reason})`;
}

function table(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd(),
  );
}

function whoIsOnCall(rotation: Rotation, at: Date): string {
  const zone = rotation.timeZone;
  const lines = [`On call in rotation "${rotation.id}" (${zone}) at ${both(at, zone)}:`];
  if (rotation.layers.length === 0) return [...lines, '  nobody: the rotation has no layers'].join('\n');
  const rows = rotation.layers.map((layer) => {
    const onCall = onCallAt(rotation, at, layer.name);
    if (onCall) return [layer.name, `@${onCall.member}`, `until ${both(onCall.shiftEnd, zone)}${reasonNote(onCall)}`];
    const next = schedule(rotation, at, LOOKAHEAD_DAYS).find((s) => s.layer === layer.name && s.start > at);
    const when = next
      ? `next: @${next.member} from ${both(next.start, zone)}`
      : `nobody scheduled in the next ${LOOKAHEAD_DAYS} days`;
    return [layer.name, 'nobody', when];
  });
  return [...lines, ...table(rows)].join('\n');
}

function describeService(service: Service, rotation: Rotation): string {
  const about = [
    service.name && service.name !== service.id ? service.name : '',
    service.team ? `team ${service.team}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const source = service.rotation ? 'its rotation' : 'the default rotation';
  return `Service "${service.id}"${about ? ` (${about})` : ''} pages ${source} "${rotation.id}".`;
}

function policyText(config: Config, service: Service, rotation: Rotation, at: Date): string {
  const id = service.policy ?? config.defaultPolicy;
  const policy: EscalationPolicy | undefined = config.policies[id];
  if (!policy)
    return `Escalation policy "${id}" is not configured (known: ${Object.keys(config.policies).join(', ') || 'none'}).`;
  const stops = SEVERITIES.filter((s) => policy.stopOn[s]).map((s) => `${s} ${policy.stopOn[s]}`);
  const rows = [...policy.steps]
    .sort((a, b) => a.after - b.after)
    .map((step) => [
      `after ${duration(step.after * 60_000)}`,
      step.name,
      step.severities.join(' '),
      step.targets.map((t) => targetText(config, t, rotation, at)).join(', ') || '(no targets)',
    ]);
  return [
    `Escalation policy "${policy.id}"${stops.length > 0 ? ` (stops when: ${stops.join(', ')})` : ''}:`,
    ...table(rows),
  ].join('\n');
}

function targetText(config: Config, target: EscalationTarget, serviceRotation: Rotation, at: Date): string {
  switch (target.kind) {
    case 'user':
      return `@${target.user}`;
    case 'team':
      return `team @${target.team}`;
    case 'channel':
      return `channel ${target.channel}${config.channels[target.channel] ? ` (${config.channels[target.channel]?.type})` : ' (not configured)'}`;
    case 'contact': {
      const contact = config.contacts[target.contact];
      return contact ? `${contact.name} ${contact.phone}` : `contact ${target.contact} (not configured)`;
    }
    case 'oncall':
      return `on-call ${layerOnCall(serviceRotation, target.layer, at)}`;
    case 'rotation': {
      const rotation = config.rotations[target.rotation];
      return rotation
        ? `on-call ${layerOnCall(rotation, target.layer, at)}`
        : `rotation ${target.rotation} (not configured)`;
    }
  }
}

function layerOnCall(rotation: Rotation, layerName: string | undefined, at: Date): string {
  const name = layerName ?? rotation.layers[0]?.name ?? 'primary';
  try {
    const onCall = onCallAt(rotation, at, layerName);
    return `${name} of ${rotation.id} (${onCall ? `now @${onCall.member}` : 'nobody now'})`;
  } catch (error) {
    if (error instanceof RotationError) return `${name} of ${rotation.id} (${error.message})`;
    throw error;
  }
}

function scheduleText(rotation: Rotation, from: Date, days: number): string {
  const zone = rotation.timeZone;
  const shifts = schedule(rotation, from, days);
  const lines = [`Shifts of rotation "${rotation.id}" (${zone}), ${days} days from ${both(from, zone)}:`];
  for (const layer of rotation.layers) {
    const rows = shifts
      .filter((s) => s.layer === layer.name)
      .map((s) => [
        `${local(s.start, zone)} → ${local(s.end, zone)}`,
        `@${s.member}`,
        duration(s.end.getTime() - s.start.getTime()),
        `${utc(s.start)} → ${utc(s.end)}${reasonNote(s)}`,
      ]);
    lines.push('', `${layer.name}:`, ...(rows.length > 0 ? table(rows) : ['  nobody on call']));
  }
  const gaps = coverageGaps(rotation, from, days);
  const primary = rotation.layers[0]?.name ?? 'primary';
  lines.push(
    '',
    gaps.length === 0 ? `Coverage gaps on ${primary}: none.` : `Coverage gaps on ${primary} (nobody on call):`,
  );
  lines.push(
    ...table(
      gaps.map((g) => [
        `${local(g.start, zone)} → ${local(g.end, zone)}`,
        duration(g.end.getTime() - g.start.getTime()),
      ]),
    ),
  );
  return lines.join('\n');
}
