// The schedule index under concurrent writes: a sweep prunes the entries of incidents it saw closed, and
// only those. An entry another run wrote after the sweep read the index (a new incident's, written by its
// triage run) is not the sweep's to prune, whatever its `keep` says. In a dry run nothing is written at all.
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import type { GitHubGateway } from '../../src/github/gateway.js';
import {
  parseIndex,
  serializeIndex,
  type IndexChange,
  type IndexUpdate,
  type IndexWrite,
  type LoadedIndex,
  type ScheduleIndex,
} from '../../src/state/schedule-index.js';
import { readIndex, writeScheduleIndex } from '../../src/executor/schedule-index.js';
import { stampOf } from '../../src/state/config-stamp.js';

/** A write outside a dry run: the index as written and as read. */
async function updateIndex(
  gateway: GitHubGateway,
  loaded: LoadedIndex | null,
  changes: IndexChange[],
  update?: IndexUpdate,
): Promise<IndexWrite> {
  const written = await writeScheduleIndex(
    { gateway, inputs: { dryRun: false }, log: { info: () => {} } },
    loaded,
    changes,
    update,
  );
  if (!written) throw new Error('written outside a dry run');
  return written;
}

/** A state branch holding one index file; `between` runs before the first write lands (another run's). */
function branch(initial: ScheduleIndex, between: (index: ScheduleIndex) => ScheduleIndex) {
  let text = serializeIndex(initial);
  let sha = 'sha-0';
  let raced = false;
  const gateway = {
    getFile: async () => ({ content: text, sha }),
    putFile: async (input: { content: string; sha?: string }) => {
      if (!raced) {
        raced = true;
        text = serializeIndex(between(parseIndex(text)));
        sha = 'sha-1';
      }
      if (input.sha !== sha) throw new GitHubError('conflict', 409, 'PUT /repos/{owner}/{repo}/contents/{path}', 'sha');
      text = input.content;
      sha = `${sha}+`;
    },
  } as unknown as GitHubGateway;
  return { gateway, index: () => parseIndex(text) };
}

describe('updateIndex', () => {
  it("a sweep's write that conflicts keeps the entry a triage run wrote after the sweep's read", async () => {
    // The sweep read #1 and #2, saw #2 closed, and pauses the schedule: nothing it saw is due.
    const start: ScheduleIndex = { version: 1, incidents: { '1': { due: null }, '2': { due: null } } };
    const due = '2026-03-02T10:15:00.000Z';
    // Meanwhile #3 was filed and its triage run wrote its entry: a page due at 10:15.
    const state = branch(start, (index) => ({ ...index, incidents: { ...index.incidents, '3': { due } } }));
    const loaded = await readIndex(state.gateway);
    const written = await updateIndex(state.gateway, loaded, [], {
      keep: new Set([1]),
      paused: '2026-03-02T10:05:00.000Z',
    });
    expect(Object.keys(state.index().incidents)).toEqual(['1', '3']);
    expect(state.index().incidents['3']?.due).toBe(due);
    // The sweep looks at what it wrote to see whether something became due while it paused.
    expect(written.index.incidents['3']?.due).toBe(due);
  });
});

describe('updateIndex after a conflict', () => {
  const due = '2026-03-02T10:15:00.000Z';
  const start: ScheduleIndex = { version: 1, incidents: { '1': { due: null }, '5': { due: null } } };

  it('keeps the entry of an incident reopened since the sweep read it, though the sweep saw it closed', async () => {
    // #5 was closed when the sweep listed; its reopen run then wrote a due entry.
    const state = branch(start, (index) => ({ ...index, incidents: { ...index.incidents, '5': { due } } }));
    const loaded = await readIndex(state.gateway);
    await updateIndex(state.gateway, loaded, [{ number: 5, entry: null }], { keep: new Set([1]) });
    expect(state.index().incidents['5']?.due).toBe(due);
  });

  it("keeps the sooner due time when another run rewrote the entry since this run's read", async () => {
    const state = branch(start, (index) => ({ ...index, incidents: { ...index.incidents, '5': { due } } }));
    const loaded = await readIndex(state.gateway);
    // This run decided from older knowledge: 10:30; the other run, meanwhile: 10:15.
    await updateIndex(state.gateway, loaded, [{ number: 5, entry: { due: '2026-03-02T10:30:00.000Z' } }]);
    expect(state.index().incidents['5']?.due).toBe(due);
    // An entry no other run touched is the caller's: its own change stands.
    const quiet = branch(start, (index) => ({ ...index, incidents: { ...index.incidents, '9': { due } } }));
    await updateIndex(quiet.gateway, await readIndex(quiet.gateway), [{ number: 1, entry: null }], {
      keep: new Set([1, 5]),
    });
    expect(Object.keys(quiet.index().incidents)).toEqual(['5', '9']);
  });
});

describe('writeScheduleIndex', () => {
  it('in a dry run writes nothing and says what it would change', async () => {
    const state = branch({ version: 1, incidents: { '1': { due: null } } }, (index) => index);
    const lines: string[] = [];
    const ctx = { gateway: state.gateway, inputs: { dryRun: true }, log: { info: (line: string) => lines.push(line) } };
    const due = '2026-03-02T10:15:00.000Z';
    expect(
      await writeScheduleIndex(ctx, null, [
        { number: 2, entry: { due } },
        { number: 1, entry: null },
      ]),
    ).toBeNull();
    expect(state.index()).toEqual({ version: 1, incidents: { '1': { due: null } } });
    expect(lines).toEqual([`dry run, would: update the schedule index (#2 due ${due}, #1 removed)`]);
  });
});

describe('the configuration stamp in the index', () => {
  const stamp = stampOf('c'.repeat(40))!;
  const due = '2026-03-02T10:15:00.000Z';

  it('rides along with a write that happens anyway, and stays through later writes without one', async () => {
    const state = branch({ version: 1, incidents: {} }, (index) => index);
    const puts: string[] = [];
    const put = state.gateway.putFile.bind(state.gateway);
    state.gateway.putFile = async (input) => {
      puts.push(input.content);
      return put(input);
    };
    await updateIndex(state.gateway, null, [{ number: 1, entry: { due } }], { validated: stamp });
    expect(state.index().validated).toEqual(stamp);
    await updateIndex(state.gateway, null, [{ number: 2, entry: { due: null } }]);
    expect(state.index().validated).toEqual(stamp);
    expect(Object.keys(state.index().incidents)).toEqual(['1', '2']);
    expect(puts.length).toBeGreaterThan(0);
  });

  it('never causes a write of its own', async () => {
    const state = branch({ version: 1, incidents: { '1': { due } } }, (index) => index);
    let puts = 0;
    state.gateway.putFile = async () => {
      puts++;
      return { commitSha: 'x' };
    };
    // The entry is unchanged: nothing to write, so the stamp waits for a run that writes.
    await updateIndex(state.gateway, null, [{ number: 1, entry: { due } }], { validated: stamp });
    expect(puts).toBe(0);
  });

  it('is dropped when damaged, and the rest of the index is read as before', () => {
    const text = serializeIndex({ version: 1, incidents: { '1': { due } }, validated: stamp });
    expect(parseIndex(text).validated).toEqual(stamp);
    const damaged = text.replace(stamp, `${stamp.slice(0, -1)}!`);
    expect(damaged).not.toBe(text);
    expect(parseIndex(damaged)).toEqual({ version: 1, incidents: { '1': { due } } });
  });
});
