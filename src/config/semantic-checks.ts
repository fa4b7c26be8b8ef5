// What the schema cannot see: references between sections, time zones, time ranges and duplicate ids.
// Runs on the merged Config, so a user's policy may name a default contact; paths are in the YAML's terms.
import { isTimeZone } from '../domain/rotation/instants.js';
import { globToRegExp } from '../text/glob.js';
import { didYouMean } from './closest-key.js';
import type { PathProblem } from './path-problem.js';
import type { PathSegment } from './problems.js';
import { statusPageProblems } from './status-page-checks.js';
import { SEVERITIES, type Config, type Rotation } from './types.js';

type Report = (
  segments: PathSegment[],
  message: string,
  severity?: PathProblem['severity'],
  anchor?: PathProblem['anchor'],
  fallback?: PathSegment[],
) => void;

export function semanticProblems(config: Config): PathProblem[] {
  const problems: PathProblem[] = [];
  const report: Report = (segments, message, severity = 'error', anchor = 'value', fallback) =>
    problems.push({ severity, segments, anchor, message, ...(fallback === undefined ? {} : { fallback }) });
  checkDefaults(config, report);
  checkPhases(config, report);
  checkClassification(config, report);
  for (const rotation of Object.values(config.rotations)) checkRotation(rotation, report);
  checkPolicies(config, report);
  checkServices(config, report);
  checkRunbooks(config, report);
  checkLabels(config, report);
  checkSecurity(config, report);
  problems.push(...statusPageProblems(config));
  return problems;
}

/** "unknown rotation `webb` (did you mean `web`?); known rotations: on-call, web" */
function unknown(kind: string, id: string, known: readonly string[], kinds = `${kind}s`): string {
  const list = known.length === 0 ? `no ${kinds} are configured` : `known ${kinds}: ${known.join(', ')}`;
  return `unknown ${kind} \`${id}\`${didYouMean(id, known)}; ${list}`;
}

/** The id-keyed sections other keys refer to, and what one entry is called. */
const SECTIONS = {
  rotations: 'rotation',
  policies: 'policy',
  contacts: 'contact',
  channels: 'channel',
  runbooks: 'runbook',
  services: 'service',
} as const;

function reference(
  report: Report,
  config: Config,
  segments: PathSegment[],
  section: keyof typeof SECTIONS,
  id: string,
): void {
  const known = config[section];
  // When the id came from the defaults (not in the file), point at where the user removed the entry, if they did.
  if (!(id in known))
    report(segments, unknown(SECTIONS[section], id, Object.keys(known), section), 'error', 'value', [section, id]);
}

function duplicates(report: Report, ids: readonly string[], at: (index: number) => PathSegment[], what: string): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else report(at(index), `duplicate ${what} \`${id}\` (also at index ${earlier}); each must be unique`);
  });
}

function checkDefaults(config: Config, report: Report): void {
  reference(report, config, ['default-rotation'], 'rotations', config.defaultRotation);
  reference(report, config, ['default-policy'], 'policies', config.defaultPolicy);
}

function checkPhases(config: Config, report: Report): void {
  duplicates(
    report,
    config.phases.map((phase) => phase.id),
    (i) => ['phases', i, 'id'],
    'phase id',
  );
  config.phases.forEach((phase, i) => {
    if (phase.end < phase.start)
      report(['phases', i, 'end'], `phase \`${phase.id}\` ends (${phase.end}m) before it starts (${phase.start}m)`);
  });
}

function checkClassification(config: Config, report: Report): void {
  duplicates(
    report,
    config.classification.map((rule) => rule.id),
    (i) => ['classification', i, 'id'],
    'rule id',
  );
  config.classification.forEach((rule, i) => {
    if (
      rule.severity !== undefined &&
      rule.atMost !== undefined &&
      SEVERITIES.indexOf(rule.severity) < SEVERITIES.indexOf(rule.atMost)
    ) {
      report(
        ['classification', i, 'at-most'],
        `rule \`${rule.id}\` asks for at least ${rule.severity} and at most ${rule.atMost}: the cap wins, so severity has no effect`,
        'warning',
      );
    }
  });
}

function checkRotation(rotation: Rotation, report: Report): void {
  const at = (...rest: PathSegment[]): PathSegment[] => ['rotations', rotation.id, ...rest];
  if (!isTimeZone(rotation.timeZone)) {
    report(
      at('time-zone'),
      `\`${rotation.timeZone}\` is not an IANA time zone; use a name such as UTC, Europe/Berlin or America/New_York`,
    );
  }
  const layers = rotation.layers.map((layer) => layer.name);
  duplicates(report, layers, (i) => at('layers', i, 'name'), 'layer name');
  const layerOf = (given: string | undefined, segments: PathSegment[]): string | undefined => {
    if (given !== undefined && !layers.includes(given)) report(segments, unknown('layer', given, [...new Set(layers)]));
    return given ?? layers[0];
  };

  const ranges = rotation.overrides.map((override, i) => ({
    index: i,
    layer: layerOf(override.layer, at('overrides', i, 'layer')),
    start: Date.parse(override.start),
    end: Date.parse(override.end),
  }));
  for (const range of ranges) {
    if (range.end <= range.start) {
      report(
        at('overrides', range.index, 'end'),
        `the override ends (${rotation.overrides[range.index]!.end}) before or when it starts (${rotation.overrides[range.index]!.start})`,
      );
      continue;
    }
    const clash = ranges.find(
      (other) =>
        other.index < range.index &&
        other.layer === range.layer &&
        other.end > other.start &&
        other.start < range.end &&
        range.start < other.end,
    );
    if (clash !== undefined) {
      report(
        at('overrides', range.index, 'start'),
        `this override overlaps overrides[${clash.index}] on layer \`${range.layer ?? ''}\`: who is on call would be ambiguous`,
      );
    }
  }
  rotation.swaps.forEach((swap, i) => layerOf(swap.layer, at('swaps', i, 'layer')));
}

function checkPolicies(config: Config, report: Report): void {
  const allLayers = new Set(
    Object.values(config.rotations).flatMap((rotation) => rotation.layers.map((layer) => layer.name)),
  );
  for (const policy of Object.values(config.policies)) {
    duplicates(
      report,
      policy.steps.map((step) => step.id),
      (i) => ['policies', policy.id, 'steps', i, 'id'],
      'step id',
    );
    policy.steps.forEach((step, i) => {
      step.targets.forEach((target, j) => {
        const at = (key: string): PathSegment[] => ['policies', policy.id, 'steps', i, 'targets', j, key];
        switch (target.kind) {
          case 'rotation': {
            const rotation = config.rotations[target.rotation];
            if (rotation === undefined) reference(report, config, at('rotation'), 'rotations', target.rotation);
            else if (target.layer !== undefined && !rotation.layers.some((layer) => layer.name === target.layer)) {
              report(
                at('layer'),
                unknown(
                  'layer',
                  target.layer,
                  rotation.layers.map((layer) => layer.name),
                ),
              );
            }
            break;
          }
          case 'oncall':
            // With no rotations at all, default-rotation already reports the real problem.
            if (target.layer !== undefined && allLayers.size > 0 && !allLayers.has(target.layer)) {
              report(
                at('oncall'),
                `no rotation has a layer \`${target.layer}\`, so this target never pages anyone; layers: ${[...allLayers].join(', ')}`,
                'warning',
              );
            }
            break;
          case 'contact':
            reference(report, config, at('contact'), 'contacts', target.contact);
            break;
          case 'channel':
            reference(report, config, at('channel'), 'channels', target.channel);
            break;
          case 'user':
          case 'team':
            break;
        }
      });
    });
  }
}

function checkServices(config: Config, report: Report): void {
  for (const service of Object.values(config.services)) {
    const at = (...rest: PathSegment[]): PathSegment[] => ['services', service.id, ...rest];
    if (service.rotation !== undefined) reference(report, config, at('rotation'), 'rotations', service.rotation);
    if (service.policy !== undefined) reference(report, config, at('policy'), 'policies', service.policy);
    service.runbooks.forEach((id, i) => reference(report, config, at('runbooks', i), 'runbooks', id));
    const labelName = `${config.labels.servicePrefix}${service.id}`;
    if (labelName.length > 50)
      report(
        at(),
        `its label \`${labelName}\` is longer than GitHub's 50 characters; use a shorter id or labels.service-prefix`,
        'error',
        'key',
      );
    service.paths.forEach((glob, i) => {
      try {
        globToRegExp(glob);
      } catch {
        report(
          at('paths', i),
          `\`${glob}\` is not a glob Firebreak can read (check its [ ] classes)`,
          'error',
          'value',
        );
      }
    });
  }
}

function checkRunbooks(config: Config, report: Report): void {
  for (const runbook of Object.values(config.runbooks)) {
    runbook.match.services.forEach((id, i) =>
      reference(report, config, ['runbooks', runbook.id, 'match', 'services', i], 'services', id),
    );
  }
}

function checkLabels(config: Config, report: Report): void {
  const { labels } = config;
  const named: [PathSegment[], string][] = [
    [['labels', 'incident', 'name'], labels.incident.name],
    [['labels', 'security', 'name'], labels.security.name],
    [['labels', 'response-breach', 'name'], labels.responseBreach.name],
    [['labels', 'postmortem', 'name'], labels.postmortem.name],
    [['labels', 'postmortem-action', 'name'], labels.postmortemAction.name],
    ...Object.entries(labels.severity).map(([id, spec]): [PathSegment[], string] => [
      ['labels', 'severity', id, 'name'],
      spec.name,
    ]),
    ...Object.entries(labels.status).map(([id, spec]): [PathSegment[], string] => [
      ['labels', 'status', id, 'name'],
      spec.name,
    ]),
  ];
  const seen = new Map<string, PathSegment[]>();
  for (const [segments, name] of named) {
    const earlier = seen.get(name.toLowerCase());
    if (earlier === undefined) seen.set(name.toLowerCase(), segments);
    else {
      const message = `label \`${name}\` is also the ${earlier.slice(1, -1).join('.')} label; GitHub label names are case-insensitive and each label needs its own`;
      // Either of the two may be the one the file changed; point at the other when this one is a default.
      report(segments, message, 'error', 'value', earlier);
    }
  }
}

function checkSecurity(config: Config, report: Report): void {
  const { security } = config;
  security.reminders.forEach((minutes, i) => {
    if (minutes >= security.notificationDeadline) {
      report(
        ['security', 'reminders', i],
        'this reminder is as long as the notification deadline or longer, so it fires as soon as a breach is filed',
        'warning',
      );
    }
  });
  for (const [type, procedure] of Object.entries(security.procedures)) {
    if (SEVERITIES.indexOf(procedure.confirmed) > SEVERITIES.indexOf(procedure.suspected)) {
      report(
        ['security', 'procedures', type, 'confirmed'],
        `a confirmed ${type} (${procedure.confirmed}) would be less severe than a suspected one (${procedure.suspected})`,
        'warning',
      );
    }
  }
}
