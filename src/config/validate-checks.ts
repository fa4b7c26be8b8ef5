// EXTENSION POINT for `firebreak validate`: checks that need more than the file itself — a clock, or the
// repository — run after the file has loaded without errors. Add a check by appending it to
// VALIDATE_CHECKS; it receives the merged configuration and returns problems placed with `place` (a key
// path in the YAML's terms → line and column).
//
// The rotation checks look only at rotations the file writes: the playbook's default rotation has no
// members until someone adds them, which `firebreak doctor` reports, and a file that changes, say, a
// label should not be told about a rotation it never mentions.
import { DateTime } from 'luxon';
import type { GitHubGateway } from '../github/gateway.js';
import { coverageGaps, rotationProblems, type CoverageGap } from '../domain/rotation/index.js';
import { placeProblem, type PathProblem } from './path-problem.js';
import { placeholderProblems } from './placeholders.js';
import { statusBranchCheck } from './status-page-checks.js';
import { commanderPermission } from '../domain/incident/people.js';

export { commanderPermission };
import type { ConfigProblem, PathSegment } from './problems.js';
import { PERMISSIONS, type Config, type Permission, type Rotation } from './types.js';
import type { Locate } from './yaml-locator.js';

export interface ConfigCheckContext {
  /** The merged configuration (defaults plus the file), already free of errors. */
  config: Config;
  /** The file as read, and where from. */
  text: string;
  path: string;
  /** The validation time (coverage is checked from here on). */
  now: Date;
  /** The repository, when the command can reach it (e.g. with a token); checks that need it skip without it. */
  gateway?: GitHubGateway;
  place(problem: PathProblem): ConfigProblem;
  /** Whether the file itself writes this key path (false for values that come from the defaults). */
  inFile(segments: readonly PathSegment[]): boolean;
}

export type ConfigCheck = (context: ConfigCheckContext) => ConfigProblem[] | Promise<ConfigProblem[]>;

/** How far ahead `firebreak validate` looks for times with nobody on call. */
export const COVERAGE_DAYS = 14;

const rotationsInFile = (context: ConfigCheckContext): Rotation[] =>
  Object.values(context.config.rotations).filter((rotation) => context.inFile(['rotations', rotation.id]));

/**
 * What the rotation module finds wrong (layers without members, overrides without a member, swaps that
 * change nothing, …), each at the layer, override or swap it is about. The loader has already refused
 * the errors the schema and the semantic checks catch, so what is left is advice: warnings.
 */
export const rotationProblemsCheck: ConfigCheck = (context) =>
  rotationsInFile(context).flatMap((rotation) =>
    rotationProblems(rotation).map((message) => {
      const { segments, text } = attribute(rotation, message);
      return context.place({
        severity: 'warning',
        segments,
        anchor: 'key',
        message: text,
        fallback: ['rotations', rotation.id],
      });
    }),
  );

/** rotationProblems says where in words (`rotation "web", layer "primary" …`); this turns that into a key path. */
function attribute(rotation: Rotation, message: string): { segments: PathSegment[]; text: string } {
  const base: PathSegment[] = ['rotations', rotation.id];
  const prefix = `rotation "${rotation.id}"`;
  const rest = message.startsWith(`${prefix}, `) ? message.slice(prefix.length + 2) : message;
  for (const [i, layer] of rotation.layers.entries()) {
    const about = `layer "${layer.name}"`;
    if (rest.startsWith(`${about}:`) || rest.startsWith(`${about} `)) {
      return { segments: [...base, 'layers', i, ...(rest.includes('has no members') ? ['members'] : [])], text: rest };
    }
  }
  const numbered = /^(override|swap) (\d+):/.exec(rest);
  if (numbered)
    return {
      segments: [...base, numbered[1] === 'override' ? 'overrides' : 'swaps', Number(numbered[2]) - 1],
      text: rest,
    };
  return { segments: base, text: rest };
}

/**
 * Times in the next COVERAGE_DAYS days when a layer with members has nobody on call: in practice a layer
 * whose `start` lies ahead, since its first shift begins at the first hand-off on or after that date.
 * Layers without members are rotationProblemsCheck's to report.
 */
export const coverageGapsCheck: ConfigCheck = (context) => {
  const problems: ConfigProblem[] = [];
  for (const rotation of rotationsInFile(context)) {
    rotation.layers.forEach((layer, i) => {
      if (layer.members.length === 0) return;
      let gaps: CoverageGap[];
      try {
        gaps = coverageGaps(rotation, context.now, COVERAGE_DAYS, layer.name);
      } catch {
        return; // A rotation the module cannot evaluate: rotationProblemsCheck says why.
      }
      const first = gaps[0];
      if (first === undefined) return;
      const more = gaps.length > 1 ? ` and ${gaps.length - 1} more time${gaps.length > 2 ? 's' : ''}` : '';
      const why =
        first.start.getTime() === context.now.getTime()
          ? `: the first shift begins at the first hand-off on or after start ${layer.start}`
          : '';
      problems.push(
        context.place({
          severity: 'warning',
          segments: ['rotations', rotation.id, 'layers', i, 'start'],
          anchor: 'value',
          fallback: ['rotations', rotation.id, 'layers', i],
          message: `nobody is on call on layer \`${layer.name}\` from ${when(first.start, rotation.timeZone)} to ${when(first.end, rotation.timeZone)}${more} in the next ${COVERAGE_DAYS} days${why}; incidents filed then get no ${i === 0 ? 'commander' : `${layer.name} page`}`,
        }),
      );
    });
  }
  return problems;
};

function when(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat(
    timeZone === 'UTC' ? "ccc yyyy-MM-dd HH:mm 'UTC'" : 'ccc yyyy-MM-dd HH:mm ZZZZ',
  );
}

export interface MemberAccess {
  login: string;
  /** Null: not a collaborator (GitHub answered 404). */
  permission: Permission | null;
  /** Where the member first appears in the configuration. */
  segments: PathSegment[];
  /** Why the member cannot serve as incident commander; null when they can. */
  problem: string | null;
}

/** Every rotation member (layers and overrides), once each, with their permission in the repository. */
export async function memberAccess(config: Config, gateway: GitHubGateway): Promise<MemberAccess[]> {
  const first = new Map<string, { login: string; segments: PathSegment[] }>();
  const note = (login: string, segments: PathSegment[]): void => {
    if (login.trim() !== '' && !first.has(login.toLowerCase())) first.set(login.toLowerCase(), { login, segments });
  };
  for (const rotation of Object.values(config.rotations)) {
    rotation.layers.forEach((layer, i) =>
      layer.members.forEach((login, j) => note(login, ['rotations', rotation.id, 'layers', i, 'members', j])),
    );
    rotation.overrides.forEach((override, i) =>
      note(override.member, ['rotations', rotation.id, 'overrides', i, 'member']),
    );
  }
  const needed = commanderPermission(config);
  const repo = `${gateway.repo.owner}/${gateway.repo.repo}`;
  const result: MemberAccess[] = [];
  for (const { login, segments } of first.values()) {
    const permission = await gateway.getPermission(login);
    let problem: string | null = null;
    if (permission === null) {
      problem = `\`${login}\` is not a collaborator of ${repo}: GitHub cannot assign them, so an incident during their shift gets no commander; invite them with ${needed} access or more`;
    } else if (PERMISSIONS.indexOf(permission) < PERMISSIONS.indexOf(needed)) {
      problem = `\`${login}\` has ${permission} access to ${repo}: an incident commander needs ${needed} or more to be assigned and to acknowledge with /ack`;
    }
    result.push({ login, permission, segments, problem });
  }
  return result;
}

/** Rotation members who cannot be assigned or cannot acknowledge (only with a gateway to ask GitHub). */
export const assignableMembersCheck: ConfigCheck = async (context) => {
  if (!context.gateway) return [];
  let members: MemberAccess[];
  try {
    members = await memberAccess(context.config, context.gateway);
  } catch (error) {
    return [
      context.place({
        severity: 'warning',
        segments: ['rotations'],
        anchor: 'key',
        message: `could not check who can be assigned: ${(error as Error).message}`,
      }),
    ];
  }
  return members
    .filter((m) => m.problem !== null)
    .map((m) =>
      context.place({
        severity: 'warning',
        segments: m.segments,
        anchor: 'value',
        fallback: ['rotations'],
        message: m.problem as string,
      }),
    );
};

/** Escalation steps that page nobody and sample contact numbers, with the keys to set (placeholders.ts). */
export const placeholdersCheck: ConfigCheck = (context) =>
  placeholderProblems(context.config).map((problem) => context.place(problem));

export const VALIDATE_CHECKS: ConfigCheck[] = [
  rotationProblemsCheck,
  coverageGapsCheck,
  assignableMembersCheck,
  placeholdersCheck,
  statusBranchCheck,
];

export function checkContext(base: Omit<ConfigCheckContext, 'place' | 'inFile'>, locate: Locate): ConfigCheckContext {
  return {
    ...base,
    place: (problem) => placeProblem(problem, locate),
    inFile: (segments) => locate(segments, 'key').exact,
  };
}
