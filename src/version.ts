// Firebreak's version, from package.json: the build (scripts/build.mjs) and the test runner
// (vitest.config.ts) define FIREBREAK_VERSION, so the bundle needs no package.json at run time.
declare const FIREBREAK_VERSION: string | undefined;

export const VERSION: string = typeof FIREBREAK_VERSION === 'string' ? FIREBREAK_VERSION : '0.0.0-development';
