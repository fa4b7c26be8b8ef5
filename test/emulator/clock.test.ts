// Every timestamp comes from the emulator's clock, which scenarios move at will.
import { describe, expect, it } from 'vitest';
import { EmulatorClock } from '../../simulator/emulator/index.js';
import { client, emulator, repo } from './support.js';

describe('clock', () => {
  it('stamps issues, comments and edits with the emulator time', async () => {
    const e = await emulator();
    e.openIssue({ as: 'alice', title: 'Checkout fails' });
    e.clock.advance(15 * 60_000);
    const gh = client(e);
    const { data: comment } = await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'paging' });
    e.clock.set('2026-03-02T11:00:00Z');
    const { data: edited } = await gh.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'paged' });
    const { data: issue } = await gh.rest.issues.get({ ...repo, issue_number: 1 });
    expect(issue.created_at).toBe('2026-03-02T10:00:00Z');
    expect(comment.created_at).toBe('2026-03-02T10:15:00Z');
    expect(edited.updated_at).toBe('2026-03-02T11:00:00Z');
    expect(issue.updated_at).toBe('2026-03-02T10:15:00Z');
  });

  it('serves the time on /_emulator/clock and in the date header', async () => {
    const e = await emulator();
    e.clock.advance(90_500);
    expect(await (await fetch(`${e.url}/_emulator/clock`)).json()).toEqual({ now: '2026-03-02T10:01:30Z' });
    const { headers } = await client(e).rest.repos.get(repo);
    expect(headers.date).toBe('Mon, 02 Mar 2026 10:01:30 GMT');
    const moved = await fetch(`${e.url}/_emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ set: '2026-03-03T00:00:00Z', advance: 60_000 }),
    });
    expect(await moved.json()).toEqual({ now: '2026-03-03T00:01:00Z' });
  });

  it('refuses nonsense', () => {
    const clock = new EmulatorClock('2026-03-02T10:00:00Z');
    expect(() => clock.set('not a time')).toThrow(RangeError);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(clock.now()).toBe('2026-03-02T10:00:00Z');
  });
});
