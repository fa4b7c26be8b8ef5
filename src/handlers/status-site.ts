// Writes the public status site to its GitHub Pages branch (the executor's `statusPage` write): the
// branch keeps the source, `firebreak-status.json` (every incident's published part), beside the four
// files built from it (src/domain/status/). This incident's entry is replaced, the site rebuilt, and only
// files whose content changed are committed, so a repeated run writes nothing. Two runs racing on the
// same file: the second's compare-and-swap fails (409) and the next run rebuilds from the newer source.
// The branch, address and title come from `status-page:`; the default branch is refused. With
// `status-page.oncall-calendar`, the on-call calendar is published after the site (oncall-calendar.ts).
import type { Config } from '../config/types.js';
import type { PlannedWrite } from '../domain/plan.js';
import { buildStatusSite, type PublishedIncident } from '../domain/status/site.js';
import { statusPageUrl } from '../domain/status/publish.js';
import { defaultBranchRefusal } from '../config/status-page-checks.js';
import { GitHubError } from '../github/errors.js';
import type { GitHubGateway } from '../github/gateway.js';
import { calendarWithSite } from './oncall-calendar.js';

export const STATUS_SOURCE = 'firebreak-status.json';

interface Source {
  v: 1;
  incidents: PublishedIncident[];
}

function readSource(text: string | undefined): Source {
  if (!text) return { v: 1, incidents: [] };
  try {
    const parsed = JSON.parse(text) as Partial<Source>;
    return { v: 1, incidents: Array.isArray(parsed.incidents) ? parsed.incidents : [] };
  } catch {
    return { v: 1, incidents: [] };
  }
}

type StatusWrite = Extract<PlannedWrite, { kind: 'statusPage' }>;

/**
 * Writes the site; a file changed by a racing run since it was read (409 from the compare-and-swap) is
 * read again and rebuilt, up to three times, so the other run's incident and this one both stay.
 */
export async function writeStatusSite(
  gateway: GitHubGateway,
  config: Config,
  defaultBranch: () => Promise<string>,
  write: StatusWrite,
  now: Date,
): Promise<string> {
  if (write.branch === (await defaultBranch())) throw new Error(defaultBranchRefusal(write.branch));
  let site: string;
  for (let attempt = 1; ; attempt += 1) {
    try {
      site = await writeOnce(gateway, config, defaultBranch, write, now);
      break;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 409) || attempt >= 3) throw error;
    }
  }
  let calendar: string;
  try {
    calendar = await calendarWithSite(gateway, config, defaultBranch, now);
  } catch (error) {
    // The site is written: the reply may go out; this write still fails (the job ends red), and the next
    // sweep writes the calendar.
    throw new Error(`${site}, but not the on-call calendar: ${error instanceof Error ? error.message : String(error)}`);
  }
  return calendar === '' ? site : `${site}; ${calendar}`;
}

async function writeOnce(
  gateway: GitHubGateway,
  config: Config,
  defaultBranch: () => Promise<string>,
  write: StatusWrite,
  now: Date,
): Promise<string> {
  if (!(await gateway.getBranchSha(write.branch))) {
    const base = await gateway.getBranchSha(await defaultBranch());
    if (!base) throw new Error('the default branch has no commits to branch the status site from');
    await gateway.createBranch(write.branch, base);
  }
  const current = await gateway.getFile(STATUS_SOURCE, write.branch);
  const source = readSource(current?.content);
  const incidents = [...source.incidents.filter((i) => i.number !== write.incident.number), write.incident].sort(
    (a, b) => a.number - b.number,
  );
  const { owner, repo: name } = gateway.repo;
  const url = statusPageUrl(`https://github.com/${owner}/${name}/`, config.statusPage.url);
  const { title } = config.statusPage;
  const files: Record<string, string> = {
    ...buildStatusSite({
      page: { id: `${owner}/${name}`, name: title ?? name, url, ...(title === null ? {} : { title }) },
      services: Object.values(config.services).map((s) => ({
        id: s.id,
        name: s.name,
        ...(s.description ? { description: s.description } : {}),
      })),
      incidents,
      now: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }),
    // The source last: once it holds this incident's entry, every page above says it too (a run that
    // stops half-way leaves the source behind, so the next run writes the pages again).
    [STATUS_SOURCE]: `${JSON.stringify({ v: 1, incidents }, null, 2)}\n`,
  };
  const written: string[] = [];
  const previous = JSON.stringify(source.incidents.find((i) => i.number === write.incident.number) ?? null);
  if (previous === JSON.stringify(write.incident) && current)
    return `incident #${write.incident.number} already up to date`;
  for (const [path, content] of Object.entries(files)) {
    const existing = path === STATUS_SOURCE ? current : await gateway.getFile(path, write.branch);
    if (existing?.content === content) continue;
    await gateway.putFile({
      path,
      branch: write.branch,
      content,
      message: `Status page: incident #${write.incident.number} (${path})`,
      ...(existing ? { sha: existing.sha } : {}),
    });
    written.push(path);
  }
  return `${written.length} file(s) written to ${write.branch} for incident #${write.incident.number}: ${url}`;
}
