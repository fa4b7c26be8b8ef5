// The status page as `status-page:` sets it up: its branch must not be the default branch (the status
// write refuses it, so /publish would write nothing); where it is served and whether it publishes the
// on-call calendar. Shown only when the file sets `status-page:` or the branch is the default branch,
// so a repository that keeps the defaults sees the checklist it always did.
import { defaultBranchRefusal } from '../../config/status-page-checks.js';
import { DEFAULT_CONFIG } from '../../config/defaults.js';
import type { Config } from '../../config/types.js';
import type { RepoInfo, RepoRef } from '../../github/gateway.js';
import { statusPageUrl } from '../../domain/status/publish.js';
import { type CheckItem, fail, ok } from './checklist.js';

export function statusPageItem(info: RepoInfo, repo: RepoRef, config: Config, configPath: string): CheckItem | null {
  const page = config.statusPage;
  if (page.branch === info.defaultBranch)
    return fail(
      `the status page's branch \`${page.branch}\` is the default branch: /publish writes nothing`,
      `${defaultBranchRefusal(page.branch)} (in ${configPath}).`,
    );
  if (JSON.stringify(page) === JSON.stringify(DEFAULT_CONFIG.statusPage)) return null;
  const url = statusPageUrl(`https://github.com/${repo.owner}/${repo.repo}/`, page.url);
  return ok(
    `status page: branch ${page.branch}, served at ${url}${page.oncallCalendar ? ', with the on-call calendar' : ''}`,
    `Turn on GitHub Pages for branch ${page.branch} (Settings → Pages → Deploy from a branch)${page.url === null ? '' : '; for a custom domain, enter it there too'}.`,
    ...(page.oncallCalendar
      ? [
          `status-page.oncall-calendar publishes who is on call for the next 90 days at ${url.replace(/\/+$/, '')}/oncall.ics and oncall/<login>.ics: anyone with the address can read it.`,
        ]
      : []),
  );
}
