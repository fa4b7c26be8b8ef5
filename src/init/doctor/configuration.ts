// The configuration as the action will read it (from the default branch), and the people it puts on call.
import { HISTORY_LIMIT } from '../../config/last-good.js';
import { loadConfig } from '../../config/load.js';
import { formatProblems, hasErrors, sortProblems, type ConfigProblem } from '../../config/problems.js';
import type { Config } from '../../config/types.js';
import {
  checkContext,
  coverageGapsCheck,
  memberAccess,
  rotationProblemsCheck,
  type MemberAccess,
} from '../../config/validate-checks.js';
import { locatorFor } from '../../config/yaml-locator.js';
import { placeholderProblems } from '../../config/placeholders.js';
import { formatPath } from '../../config/problems.js';
import { onCallAt } from '../../domain/rotation/index.js';
import type { GitHubGateway } from '../../github/gateway.js';
import { type CheckItem, fail, ok, warn } from './checklist.js';

/** Problems listed under one item; the rest are counted (`firebreak validate` lists them all). */
const MAX_LISTED = 8;

export interface ConfigReading {
  item: CheckItem;
  /** The file's configuration; the playbook defaults when it has errors (the action then uses its last good commit). */
  config: Config;
}

export async function configItem(gateway: GitHubGateway, path: string, now: Date): Promise<ConfigReading> {
  let text: string | null;
  try {
    text = (await gateway.getFile(path))?.content ?? null;
  } catch (error) {
    const loaded = loadConfig(null, path);
    return { item: warn(`${path}: could not read it`, (error as Error).message), config: loaded.config };
  }
  const loaded = loadConfig(text, path);
  if (text === null) return { item: ok(`no ${path}: the playbook defaults apply`), config: loaded.config };
  if (hasErrors(loaded.problems)) {
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    return {
      item: fail(
        `${path} has ${errors} error${errors === 1 ? '' : 's'}: the action ignores it and runs with the playbook defaults only if none of its last ${HISTORY_LIMIT} commits validates, else with the newest that does; its runs fail until the file is fixed`,
        ...listed(loaded.problems, path),
      ),
      config: loaded.config,
    };
  }
  if (loaded.usingDefaults && loaded.problems.length === 0)
    return { item: ok(`${path} sets nothing yet: the playbook defaults apply`), config: loaded.config };
  const problems: ConfigProblem[] = [...loaded.problems];
  if (!loaded.usingDefaults) {
    const context = checkContext({ config: loaded.config, text, path, now }, locatorFor(text));
    for (const check of [rotationProblemsCheck, coverageGapsCheck]) problems.push(...(await check(context)));
  }
  if (problems.length > 0) {
    return {
      item: warn(
        `${path} loads, with ${problems.length} warning${problems.length === 1 ? '' : 's'}`,
        ...listed(problems, path),
      ),
      config: loaded.config,
    };
  }
  return { item: ok(`${path} loads without problems`), config: loaded.config };
}

function listed(problems: readonly ConfigProblem[], path: string): string[] {
  const sorted = sortProblems(problems);
  const lines = formatProblems(sorted.slice(0, MAX_LISTED), path).split('\n');
  if (sorted.length > MAX_LISTED)
    lines.push(`… and ${sorted.length - MAX_LISTED} more: run \`firebreak validate\` on a checkout.`);
  return lines;
}

/** The default rotation's primary layer commands every incident whose service names no rotation. */
export function defaultRotationItem(config: Config, path: string, now: Date): CheckItem {
  const id = config.defaultRotation;
  const rotation = config.rotations[id];
  const primary = rotation?.layers[0];
  if (!rotation || !primary)
    return fail(
      `the default rotation \`${id}\` has no layers`,
      `Incidents get no commander. Define it under rotations.${id} in ${path}.`,
    );
  if (primary.members.length === 0) {
    return warn(
      `the default rotation \`${id}\` has no members: incidents get no commander`,
      `Add your team's GitHub logins under rotations.${id}.layers[0].members in ${path} (the file \`firebreak init\` writes shows how).`,
    );
  }
  const members = `${primary.members.length} member${primary.members.length === 1 ? '' : 's'} on ${primary.name}`;
  try {
    const onCall = onCallAt(rotation, now);
    if (onCall) return ok(`the default rotation \`${id}\` has ${members} (on call now: ${onCall.member})`);
    return warn(
      `the default rotation \`${id}\` has ${members}, but nobody is on call right now`,
      'An incident filed now gets no commander; see the coverage warning above.',
    );
  } catch (error) {
    return warn(
      `the default rotation \`${id}\` has ${members}, but who is on call cannot be worked out`,
      (error as Error).message,
    );
  }
}

/**
 * Whether GitHub will let Firebreak assign each rotation member (and let them acknowledge). Someone who is
 * not a collaborator cannot be assigned at all (✗: their shifts have no commander); a reader can be
 * assigned in some organizations but cannot run /ack (!).
 */
export async function membersItem(config: Config, gateway: GitHubGateway): Promise<CheckItem | null> {
  let members: MemberAccess[];
  try {
    members = await memberAccess(config, gateway);
  } catch (error) {
    return warn('could not check whether rotation members can be assigned', (error as Error).message);
  }
  if (members.length === 0) return null;
  const problems = members.filter((m) => m.problem !== null);
  if (problems.length === 0)
    return ok(
      `${members.length === 1 ? 'the one rotation member' : `all ${members.length} rotation members`} can be assigned and can acknowledge`,
    );
  const outsiders = problems.filter((m) => m.permission === null);
  const title = `${problems.length} of ${members.length} rotation members cannot serve as incident commander`;
  return (outsiders.length > 0 ? fail : warn)(title, ...problems.map((m) => m.problem as string));
}

/** Escalation steps that page nobody, and sample contacts responders would call: what to set, by key. */
export function placeholderItem(config: Config, path: string): CheckItem | null {
  const problems = placeholderProblems(config);
  if (problems.length === 0) return null;
  const steps = problems.filter((p) => p.segments[0] === 'policies').length;
  const contacts = problems.length - steps;
  const parts = [
    steps > 0 ? `${steps} escalation step${steps === 1 ? '' : 's'} page${steps === 1 ? 's' : ''} nobody` : '',
    contacts > 0
      ? `${contacts} contact${contacts === 1 ? '' : 's'} still show${contacts === 1 ? 's' : ''} the playbook's sample number${contacts === 1 ? '' : 's'}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  return warn(`${parts}: set them in ${path}`, ...problems.map((p) => `${formatPath(p.segments)}: ${p.message}`));
}
