// Firebreak's version and where it is published, from package.json: the build (scripts/build.mjs) and the
// test runner (vitest.config.ts) define them, so the bundle needs no package.json at run time.
declare const FIREBREAK_VERSION: string | undefined;
declare const FIREBREAK_REPOSITORY: string | undefined;

export const VERSION: string = typeof FIREBREAK_VERSION === 'string' ? FIREBREAK_VERSION : '0.0.0-development';

/** The GitHub repository the action is published from ("owner/name"): package.json's `repository`. */
export const REPOSITORY: string =
  typeof FIREBREAK_REPOSITORY === 'string' ? FIREBREAK_REPOSITORY : 'firebreak-dev/firebreak';

/** The release tag of this version, as the workflows `firebreak init` writes use it. */
export const RELEASE_TAG = `v${VERSION}`;
