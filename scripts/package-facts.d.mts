// Types for package-facts.mjs (imported by vitest.config.ts).
export function packageFacts(root?: URL): { version: string; repository: string };
export function defines(root?: URL): { FIREBREAK_VERSION: string; FIREBREAK_REPOSITORY: string };
