// `firebreak doctor`: checks a repository through the API the way the action will see it — workflows
// switched on, configuration, issue forms, labels, on-call people, the postmortem check required — and
// prints a checklist.
import { DEFAULT_CONFIG_PATH } from '../../config/defaults.js';
import type { RepoInfo } from '../../github/gateway.js';
import { formatRepository, resolveRepository } from '../repository.js';
import { credentialsFrom, explainFailure, type Credentials, type SetupIO } from '../setup-io.js';
import { actionItems } from './action.js';
import { type CheckItem, fail, formatChecklist, formatVerdict } from './checklist.js';
import { configItem, defaultRotationItem, membersItem, placeholderItem } from './configuration.js';
import { formItems, labelsItem } from './forms.js';
import { requiredCheckItem } from './required-check.js';
import { statusPageItem } from './status-page.js';
import { visibilityItem } from './visibility.js';
import { incidentFilterItem, workflowItems } from './workflows.js';

export interface DoctorOptions {
  /** `--repo owner/name`. */
  repo?: string;
  /** `--config`: the action's config-path input, when it is not the default. */
  configPath?: string;
  /** Print the checklist as JSON. */
  json?: boolean;
}

/** Exit codes: 0 no ✗, 1 at least one ✗, 2 cannot start (no repository, no token, bad usage). */
export async function runDoctor(options: DoctorOptions, io: SetupIO): Promise<number> {
  const resolved = await resolveRepository({
    ...(options.repo === undefined ? {} : { flag: options.repo }),
    env: io.env,
    gitRemote: () => io.gitRemote(),
  });
  if (resolved.repo === null) {
    io.stderr(
      `firebreak doctor: ${resolved.problem ?? 'which repository? Pass --repo owner/name (or run it in a checkout whose "origin" is on GitHub).'}`,
    );
    return 2;
  }
  const credentials = credentialsFrom(io.env);
  if (!credentials) {
    io.stderr(
      'firebreak doctor reads the repository through the GitHub API: set GITHUB_TOKEN or GH_TOKEN (e.g. GH_TOKEN=$(gh auth token)).',
    );
    return 2;
  }
  const repo = resolved.repo;
  const gateway = io.gateway(repo, credentials.token, credentials.apiUrl);
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const now = io.now();

  let info: RepoInfo;
  try {
    info = await gateway.getRepo();
  } catch (error) {
    const item = unreachable(error, formatRepository(repo), credentials);
    if (options.json)
      io.stdout(JSON.stringify({ repository: formatRepository(repo), items: [item], ok: false }, null, 2));
    else io.stdout(formatChecklist([item]));
    return 1;
  }
  const items: CheckItem[] = [];
  items.push(...(await workflowItems(gateway, repo)));
  items.push(...(await actionItems(gateway, (other) => io.gateway(other, credentials.token, credentials.apiUrl))));
  const { item, config } = await configItem(gateway, configPath, now);
  items.push(item);
  const reach = placeholderItem(config, configPath);
  if (reach) items.push(reach);
  const filter = await incidentFilterItem(gateway, config);
  if (filter) items.push(filter);
  const forms = await formItems(gateway, repo);
  items.push(...forms.items);
  items.push(await labelsItem(gateway, config, forms.formLabels));
  items.push(defaultRotationItem(config, configPath, now));
  const members = await membersItem(config, gateway);
  if (members) items.push(members);
  items.push(visibilityItem(info, config, configPath));
  const page = statusPageItem(info, repo, config, configPath);
  if (page) items.push(page);
  items.push(await requiredCheckItem(gateway, info.defaultBranch));

  const failed = items.some((i) => i.mark === 'fail');
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          repository: formatRepository(repo),
          visibility: info.visibility,
          defaultBranch: info.defaultBranch,
          items,
          ok: !failed,
        },
        null,
        2,
      ),
    );
  } else {
    io.stdout(
      `Firebreak doctor: ${formatRepository(repo)} (${info.visibility}, default branch ${info.defaultBranch})\n`,
    );
    io.stdout(formatChecklist(items));
    io.stdout(`\n${formatVerdict(items)}`);
  }
  return failed ? 1 : 0;
}

/** Why the repository could not be read: the network first, then the token, then access. */
function unreachable(error: unknown, repository: string, credentials: Credentials): CheckItem {
  const why = explainFailure(error, repository, credentials);
  return fail(why.title, (error as Error).message, ...why.advice);
}
