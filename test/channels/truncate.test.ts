// Cutting text to a service's limit keeps it valid.
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/channels/truncate.js';

describe('truncate', () => {
  it('leaves short text alone and marks a cut with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });

  it('never splits an emoji (a surrogate pair) in half', () => {
    const cut = truncate('ab🔥🔥🔥', 4);
    expect(cut).toBe('ab…');
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});
