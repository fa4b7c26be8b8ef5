// `firebreak doctor`'s status page item (src/init/doctor/status-page.ts): ✗ when status-page.branch is
// the default branch, the address and the calendar's reach when the file sets status-page, and nothing
// for a repository that keeps the defaults (its checklist stays as it was).
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { statusPageItem } from '../../src/init/doctor/status-page.js';

const info = { defaultBranch: 'main', visibility: 'public' as const, htmlUrl: 'https://github.com/acme/shop' };
const repo = { owner: 'acme', repo: 'shop' };

describe('doctor: the status page', () => {
  it('says nothing with the defaults', () => {
    expect(statusPageItem(info, repo, defaultConfig(), '.github/firebreak.yml')).toBeNull();
  });

  it('fails when the branch is the default branch', () => {
    const config = defaultConfig();
    config.statusPage.branch = 'main';
    const item = statusPageItem(info, repo, config, '.github/firebreak.yml');
    expect(item?.mark).toBe('fail');
    expect(item?.title).toBe("the status page's branch `main` is the default branch: /publish writes nothing");
    expect(item?.details[0]).toMatch(
      /set status-page\.branch to another branch, e\.g\. gh-pages \(in \.github\/firebreak\.yml\)\.$/,
    );
  });

  it('names the address, and who can read the calendar', () => {
    const config = defaultConfig();
    config.statusPage = { branch: 'status', url: 'https://status.acme.example/', title: null, oncallCalendar: true };
    const item = statusPageItem(info, repo, config, '.github/firebreak.yml');
    expect(item).toEqual({
      mark: 'ok',
      title: 'status page: branch status, served at https://status.acme.example/, with the on-call calendar',
      details: [
        'Turn on GitHub Pages for branch status (Settings → Pages → Deploy from a branch); for a custom domain, enter it there too.',
        'status-page.oncall-calendar publishes who is on call for the next 90 days at https://status.acme.example/oncall.ics and oncall/<login>.ics: anyone with the address can read it.',
      ],
    });
    config.statusPage = { branch: 'gh-pages', url: null, title: 'Acme status', oncallCalendar: false };
    expect(statusPageItem(info, repo, config, '.github/firebreak.yml')?.title).toBe(
      'status page: branch gh-pages, served at https://acme.github.io/shop/',
    );
  });
});
