// Bundled in place of json-with-bigint's entry, which @octokit/request uses to read every JSON response and
// write every request body. The library keeps integers beyond 2^53 exact (GitHub sends some: webhook
// delivery ids) by parsing through a reviver, several times slower than JSON.parse on every response. A
// number that large has at least 16 digits, so text without a run of 16 digits gives the same answer from
// JSON.parse; any other text goes to the library as before. Writing: JSON.stringify gives the library's
// answer for every value without a BigInt, and throws a TypeError for one, which goes to the library.
import {
  JSONParse as parseKeepingBigInts,
  JSONStringify as stringifyBigInts,
} from '../../node_modules/json-with-bigint/json-with-bigint.js';

const SIXTEEN_DIGITS = /\d{16}/;

export function JSONParse(text, reviver) {
  if (!text || reviver !== undefined || SIXTEEN_DIGITS.test(text)) return parseKeepingBigInts(text, reviver);
  return JSON.parse(text);
}

export function JSONStringify(value, replacer, space) {
  if (replacer !== undefined && replacer !== null) return stringifyBigInts(value, replacer, space);
  try {
    return JSON.stringify(value, null, space);
  } catch (error) {
    if (error instanceof TypeError) return stringifyBigInts(value, replacer, space);
    throw error;
  }
}
