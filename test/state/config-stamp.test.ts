// The configuration stamp names exactly the blob and the build that validated it: another file, another
// build or something that is not a stamp never matches.
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_DIGEST } from 'firebreak-generated:config-schema-digest';
import { parseStamp, stamped, stampOf } from '../../src/state/config-stamp.js';

const BLOB = 'a'.repeat(40);

describe('the configuration stamp', () => {
  it("names the blob and this build's validator", () => {
    expect(CONFIG_SCHEMA_DIGEST).toMatch(/^[0-9a-f]{16}$/);
    expect(stampOf(BLOB)).toBe(`${BLOB}:${CONFIG_SCHEMA_DIGEST}`);
    expect(stamped(stampOf(BLOB), BLOB)).toBe(true);
  });

  it('does not match another blob, another build, or no stamp', () => {
    expect(stamped(stampOf(BLOB), 'b'.repeat(40))).toBe(false);
    expect(stamped(`${BLOB}:0000000000000000`, BLOB)).toBe(false);
    expect(stamped(null, BLOB)).toBe(false);
    expect(stamped(undefined, BLOB)).toBe(false);
  });

  it('is not made without a blob sha', () => {
    expect(stampOf('')).toBeNull();
    expect(stampOf('not a sha')).toBeNull();
    expect(stamped(stampOf(''), '')).toBe(false);
  });

  it('is read from the index only when it has the shape of one', () => {
    expect(parseStamp(stampOf(BLOB))).toBe(stampOf(BLOB));
    for (const value of [null, 3, {}, '', 'abc', `${BLOB}:xyz`, `${BLOB}:${CONFIG_SCHEMA_DIGEST}\n`])
      expect(parseStamp(value)).toBeNull();
  });
});
