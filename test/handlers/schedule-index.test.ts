// The schedule index under concurrent writes: a sweep prunes the entries of incidents it saw closed, and
// only those. An entry another run wrote after the sweep read the index (a new incident's, written by its
// triage run) is not the sweep's to prune, whatever its `keep` says.
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import type { GitHubGateway } from '../../src/github/gateway.js';
import {
  parseIndex,
  readIndex,
  serializeIndex,
  updateIndex,
  type ScheduleIndex,
} from '../../src/handlers/schedule-index.js';

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
