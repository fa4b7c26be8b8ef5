import { describe, expect, it } from 'vitest';
import {
  MAX_ARGUMENT_LENGTH,
  MAX_COMMANDS_PER_COMMENT,
  MAX_COMMENT_LENGTH,
  parseCommands,
} from '../../src/commands/index.js';

describe('limits keep a hostile or mistaken comment cheap', () => {
  it('at most 20 commands run from one comment; the rest are reported as skipped', () => {
    const body = Array.from({ length: 25 }, (_, i) => `/timeline step ${i + 1}`).join('\n');
    const parsed = parseCommands(body);
    expect(MAX_COMMANDS_PER_COMMENT).toBe(20);
    expect(parsed.entries).toHaveLength(20);
    expect(parsed.entries.at(-1)?.outcome).toEqual({ kind: 'timeline', note: 'step 20' });
    expect(parsed.skipped).toEqual([21, 22, 23, 24, 25].map((line) => ({ line, name: 'timeline' })));
  });

  it('unknown and invalid commands count towards the 20, because each gets a reply', () => {
    const body = [...Array.from({ length: 20 }, () => '/akc'), '/ack'].join('\n');
    expect(parseCommands(body).skipped).toEqual([{ line: 21, name: 'ack' }]);
  });

  it('an argument longer than 4,000 characters is cut there and the command is flagged as truncated', () => {
    const text = 'x'.repeat(MAX_ARGUMENT_LENGTH + 500);
    const [entry] = parseCommands(`/update ${text}`).entries;
    expect(entry?.truncated).toBe(true);
    expect(entry?.outcome).toEqual({ kind: 'update', text: 'x'.repeat(MAX_ARGUMENT_LENGTH) });
    expect(entry?.text).toBe(`/update ${'x'.repeat(MAX_ARGUMENT_LENGTH)}`);
  });

  it('cutting an argument never splits an emoji in half', () => {
    const text = `${'x'.repeat(MAX_ARGUMENT_LENGTH - 1)}🔥🔥`;
    const [entry] = parseCommands(`/update ${text}`).entries;
    expect(entry?.outcome).toEqual({ kind: 'update', text: 'x'.repeat(MAX_ARGUMENT_LENGTH - 1) });
  });

  it('an argument of exactly 4,000 characters is whole', () => {
    const [entry] = parseCommands(`/update ${'y'.repeat(MAX_ARGUMENT_LENGTH)}   `).entries;
    expect(entry?.truncated).toBe(false);
  });

  it('only the first 65,536 characters of a comment are read, and a line cut by that limit is dropped', () => {
    const filler = `${'a'.repeat(99)}\n`.repeat(Math.floor(MAX_COMMENT_LENGTH / 100));
    const body = `/ack\n${filler}/severity P0\n${'b'.repeat(70_000)}\n/resolve`;
    const parsed = parseCommands(body);
    expect(parsed.bodyTruncated).toBe(true);
    expect(parsed.entries.map((entry) => entry.outcome.kind)).toEqual(['ack', 'severity']);
  });

  it('a command line that the limit cuts through is not run half-read', () => {
    const head = 'z'.repeat(MAX_COMMENT_LENGTH - 20);
    const parsed = parseCommands(`${head}\n/resolve all good, closing the incident now`);
    expect(parsed.bodyTruncated).toBe(true);
    expect(parsed.entries).toEqual([]);
  });

  it('a command that ends exactly at the limit is still read', () => {
    const head = 'z'.repeat(MAX_COMMENT_LENGTH - '\n/ack'.length);
    const parsed = parseCommands(`${head}\n/ack\n/resolve`);
    expect(parsed.bodyTruncated).toBe(true);
    expect(parsed.entries.map((entry) => entry.outcome.kind)).toEqual(['ack']);
  });

  it('a comment within the limit is not marked truncated', () => {
    expect(parseCommands(`/ack\n${'a'.repeat(MAX_COMMENT_LENGTH - 5)}`).bodyTruncated).toBe(false);
  });
});
