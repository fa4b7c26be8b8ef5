// The stub bundled in place of json-with-bigint's entry (scripts/stubs/json-with-bigint.mjs) answers as
// the library does: JSON.parse where no number can exceed 2^53, the library where one might.
import { JSONParse as libraryParse, JSONStringify as libraryStringify } from 'json-with-bigint';
import { describe, expect, it } from 'vitest';
import { JSONParse, JSONStringify } from '../../scripts/stubs/json-with-bigint.mjs';

const TEXTS = [
  '{"id":123456789012,"node_id":"IC_kwDOAB","body":"123n and 9007199254740993n"}',
  '{"id":3804004623172239366,"deliveries":[9007199254740993,-9007199254740993,1]}',
  '[1.0000000000000002,9007199254740991,"12345678901234567",{"a":null,"b":true}]',
  '{"nested":{"text":"\\u00e9 \\"quoted\\" 1234567890123456n","n":-0.5e-7}}',
  '""',
  'null',
  '123',
];

describe('the json-with-bigint stub', () => {
  it('parses as the library does, big integers included', () => {
    for (const text of TEXTS) expect([text, JSONParse(text)]).toEqual([text, libraryParse(text)]);
    expect(JSONParse('{"id":3804004623172239366}')).toEqual({ id: 3804004623172239366n });
  });

  it('throws on what is not JSON, as the library does', () => {
    for (const text of ['{', '{"a":1,}', 'nope']) {
      expect(() => JSONParse(text)).toThrow(SyntaxError);
      expect(() => libraryParse(text)).toThrow(SyntaxError);
    }
  });

  it('writes as the library does, BigInts and strings that look like them included', () => {
    const values = [
      { body: 'a "comment"\n', labels: ['P1', 'incident'], id: 42, string: '123n', noise: '45nn' },
      { id: 3804004623172239366n, list: [1n, 2, 'x'] },
      [null, true, 1.5, { deep: { deeper: [] } }],
      'text',
      undefined,
    ];
    for (const value of values) expect(JSONStringify(value)).toBe(libraryStringify(value));
    expect(JSONStringify({ a: 1 }, null, 2)).toBe(libraryStringify({ a: 1 }, null, 2));
  });
});
