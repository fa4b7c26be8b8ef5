// The search for the last good configuration, on a fake gateway: the newest commits that changed the
// file (at most HISTORY_LIMIT, one request), newest first, stopping at the first version that
// validates; a commit that deleted the file chose the playbook defaults; and the run log, the schedule
// index and the job's failure message that follow from it.
import { describe, expect, it } from 'vitest';
import type { CommitInfo, FileContent, GitHubGateway } from '../../src/github/gateway.js';
import { loadConfigInUse } from '../../src/handlers/last-good-config.js';
import { stampOf } from '../../src/state/config-stamp.js';
import { entryOf, INDEX_BRANCH, INDEX_PATH, needsCheck, serializeIndex } from '../../src/state/schedule-index.js';
import { RunLog } from '../../src/runtime/log.js';

const PATH = '.github/firebreak.yml';
const GOOD = 'channels:\n  pd: {type: pagerduty, routing-key-from: PD_KEY}\n';
const BAD = 'channels:\n  pd: {type: pagerdoody}\n';

/** The blob sha of the file's version `at` (0: the newest). */
const blobSha = (at: number): string => `${String(at).padStart(2, '0')}${'b'.repeat(38)}`;

/** A gateway holding the file's versions, newest first (null: the commit deleted the file). */
function history(versions: Array<string | null>) {
  const calls: string[] = [];
  const commits: CommitInfo[] = versions.map((_, i) => ({
    sha: `${String(i).padStart(2, '0')}${'c'.repeat(38)}`,
    authorLogin: 'alice',
    message: `Change ${versions.length - i}\n\nbody`,
    date: `2026-03-0${9 - i}T10:00:00Z`,
  }));
  const file = (text: string | null, sha: string): FileContent | null =>
    text === null ? null : { path: PATH, content: text, sha: blobSha(Number(sha)) };
  const gateway = {
    heldFile: () => null,
    getFile: async (path: string, ref?: string) => {
      calls.push(`getFile ${path}${ref ? `@${ref.slice(0, 2)}` : ''}`);
      const at = ref === undefined ? 0 : commits.findIndex((c) => c.sha === ref);
      return file(versions[at] ?? null, String(at));
    },
    listCommits: async (branch: string, options?: { path?: string; limit?: number }) => {
      calls.push(`listCommits ${branch} ${options?.path} ${options?.limit}`);
      return commits.slice(0, options?.limit);
    },
  } as unknown as GitHubGateway;
  return { gateway, calls, commits };
}

function log() {
  const lines: string[] = [];
  const sink = {
    info: (l: string) => lines.push(`info ${l}`),
    warning: (l: string) => lines.push(`warning ${l}`),
    error: (l: string) => lines.push(`error ${l}`),
    startGroup: () => {},
    endGroup: () => {},
  };
  return { log: new RunLog(sink), lines };
}

const main = async () => 'main';

describe('the configuration in use', () => {
  it('is the file itself when it validates: no history is read', async () => {
    const { gateway, calls } = history([GOOD, BAD]);
    const loaded = await loadConfigInUse(gateway, PATH, main, log().log);
    expect(loaded.broken).toBeNull();
    expect(Object.keys(loaded.config.channels)).toEqual(['pd']);
    expect(calls).toEqual([`getFile ${PATH}`]);
  });

  it('is the newest version that validates when the file has errors, searching newest first', async () => {
    const { gateway, calls, commits } = history([BAD, 'rotations: [\n', GOOD, BAD]);
    const { log: runLog, lines } = log();
    const loaded = await loadConfigInUse(gateway, PATH, main, runLog);
    expect(Object.keys(loaded.config.channels)).toEqual(['pd']);
    expect(loaded.broken).toMatchObject({
      path: PATH,
      commit: { sha: commits[0]?.sha, subject: 'Change 4' },
      inUse: { sha: commits[2]?.sha, subject: 'Change 2', date: '2026-03-07T10:00:00Z' },
      searched: 4,
    });
    expect(loaded.broken?.errors.map((e) => e.line)).toEqual([2]);
    // One listing of at most 20 commits; the head's version is not read twice; the search stops at the good one.
    expect(calls).toEqual([
      `getFile ${PATH}`,
      `listCommits main ${PATH} 20`,
      `getFile ${PATH}@01`,
      `getFile ${PATH}@02`,
    ]);
    expect(loaded.warnings).toEqual([
      expect.stringContaining(`${PATH} has errors, so Firebreak uses the last version that validated, commit 02cccc`),
    ]);
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([
      expect.stringMatching(
        /^error \.github\/firebreak\.yml at commit 00ccccc .* has 1 error\(s\) and is not used[\s\S]*:2:/,
      ),
    ]);
  });

  it('is the playbook defaults when a commit deleted the file before the broken one', async () => {
    const { gateway } = history([BAD, null, GOOD]);
    const loaded = await loadConfigInUse(gateway, PATH, main, log().log);
    expect(loaded.config.channels).toEqual({});
    expect(loaded.broken?.inUse?.subject).toBe('Change 2');
  });

  it('is the playbook defaults, said so, when none of the searched commits validates', async () => {
    const { gateway } = history(Array.from({ length: 25 }, () => BAD));
    const loaded = await loadConfigInUse(gateway, PATH, main, log().log);
    expect(loaded.broken).toMatchObject({ inUse: null, searched: 20 });
    expect(loaded.warnings[0]).toContain(
      'the playbook defaults (none of the last 20 commits of .github/firebreak.yml validates)',
    );
  });

  it('fails the run when the history cannot be read, rather than run with the defaults', async () => {
    const { gateway } = history([BAD, GOOD]);
    gateway.listCommits = async () => {
      throw new Error('GET /repos/{owner}/{repo}/commits: Server Error');
    };
    await expect(loadConfigInUse(gateway, PATH, main, log().log)).rejects.toThrow('Server Error');
  });
});

describe('the configuration stamp', () => {
  /** The history's gateway, its read-ahead holding a schedule index with this stamp. */
  function stamped(versions: Array<string | null>, stamp: string | null) {
    const h = history(versions);
    const text = serializeIndex({ version: 1, incidents: {}, ...(stamp ? { validated: stamp } : {}) });
    h.gateway.heldFile = (path: string, ref?: string) =>
      path === INDEX_PATH && ref === INDEX_BRANCH ? { path, content: text, sha: 'index-sha' } : null;
    return h;
  }
  const notes = (lines: string[]) => lines.filter((l) => l.includes('passed the schema before'));

  it('is left by a file that loads without errors, and names its blob', async () => {
    const loaded = await loadConfigInUse(history([GOOD]).gateway, PATH, main, log().log);
    expect(loaded.stamp).toBe(stampOf(blobSha(0)));
    expect((await loadConfigInUse(history([BAD, GOOD]).gateway, PATH, main, log().log)).stamp).toBeNull();
    // Already in the index: nothing to leave.
    const again = await loadConfigInUse(stamped([GOOD], stampOf(blobSha(0))).gateway, PATH, main, log().log);
    expect(again.stamp).toBeNull();
  });

  it('spares the schema check of the blob it names; the file itself is still read and used', async () => {
    const { gateway, calls } = stamped([GOOD], stampOf(blobSha(0)));
    const { log: runLog, lines } = log();
    const loaded = await loadConfigInUse(gateway, PATH, main, runLog);
    expect(Object.keys(loaded.config.channels)).toEqual(['pd']);
    expect(calls).toEqual([`getFile ${PATH}`]);
    expect(notes(lines)).toEqual([`info ${PATH} (blob 00bbbbb) passed the schema before: not validated again.`]);
  });

  it('never hides an edit: the stamp of the version before is no stamp of a broken file', async () => {
    const { gateway } = stamped([BAD, GOOD], stampOf(blobSha(1)));
    const { log: runLog, lines } = log();
    const loaded = await loadConfigInUse(gateway, PATH, main, runLog);
    expect(loaded.broken).toMatchObject({ blobSha: blobSha(0), inUse: { subject: 'Change 1' } });
    expect(loaded.stamp).toBeNull();
    expect(notes(lines)).toEqual([]);
  });

  it('written by hand for a file the schema refuses: a file that cannot be read without the schema is validated in full', async () => {
    const broken = 'policies: {default: {steps: "x"}}\n';
    const { gateway } = stamped([broken, GOOD], stampOf(blobSha(0)));
    const loaded = await loadConfigInUse(gateway, PATH, main, log().log);
    expect(loaded.broken).toMatchObject({ blobSha: blobSha(0), inUse: { subject: 'Change 1' } });
    expect(loaded.broken?.errors[0]?.message).toBe('must be a list');
  });

  it('is ignored when another build wrote it, and the file is validated again', async () => {
    const other = `${blobSha(0)}:0000000000000000`;
    const { log: runLog, lines } = log();
    const loaded = await loadConfigInUse(stamped([GOOD], other).gateway, PATH, main, runLog);
    expect(notes(lines)).toEqual([]);
    expect(loaded.stamp).toBe(stampOf(blobSha(0)));
  });
});

describe('the schedule index while the configuration is broken', () => {
  const now = new Date('2026-03-02T10:20:00Z');
  const index = {
    version: 1 as const,
    incidents: {
      '1': entryOf(new Date('2026-03-02T12:00:00Z'), 'config-broken:abc'),
      '2': entryOf(null, null),
    },
  };

  it('looks at every incident not yet reconciled under the broken version, and at nothing else early', () => {
    expect(index.incidents['1']).toEqual({ due: '2026-03-02T12:00:00.000Z', config: 'config-broken:abc' });
    expect(index.incidents['2']).toEqual({ due: null });
    expect(needsCheck(index, 1, now, 'config-broken:abc')).toBe(false);
    expect(needsCheck(index, 2, now, 'config-broken:abc')).toBe(true);
    expect(needsCheck(index, 1, now, 'config-broken:def')).toBe(true);
    expect(needsCheck(index, 1, now, null)).toBe(false);
    expect(needsCheck(index, 2, now, null)).toBe(false);
  });
});

describe('the run log', () => {
  it('fails the job for failed writes, undelivered notifications and incidents it could not reconcile', async () => {
    const { log: runLog, lines } = log();
    expect(runLog.failure()).toBeNull();
    await runLog.incident(1, async (l) => {
      l.left('summary');
      expect(runLog.failure()).toBeNull(); // left for the budget is not a failure
      l.undelivered('notify ops (alert)', 'after 3 attempt(s): status 500');
    });
    expect(runLog.failure()).toBe('1 notification(s) were not delivered; see the log. The next run retries them.');
    runLog.fail('[#2] GET /repos/{owner}/{repo}/issues/{issue_number}/comments: Server Error');
    await runLog.incident(3, async (l) => l.failed('reply', 'Server Error'));
    expect(runLog.failure()).toBe(
      '1 write(s) failed, 1 notification(s) were not delivered, 1 incident(s) could not be brought up to date ([#2] GET /repos/{owner}/{repo}/issues/{issue_number}/comments: Server Error); see the log. The next run retries them.',
    );
    expect(lines).toContain(
      'warning [#1] notify ops (alert) failed: after 3 attempt(s): status 500; the next run retries it',
    );
    expect(runLog.summaryMarkdown('Firebreak sweep')).toContain(
      '0 done, 0 already done, 1 left for the next run, 1 failed, 1 notification(s) not delivered.',
    );
  });
});
