// Types for json-with-bigint.mjs (imported by test/github/json-with-bigint.test.ts).
export function JSONParse(text: string, reviver?: (key: string, value: unknown) => unknown): unknown;
export function JSONStringify(
  value: unknown,
  replacer?: ((key: string, value: unknown) => unknown) | null,
  space?: string | number,
): string | undefined;
