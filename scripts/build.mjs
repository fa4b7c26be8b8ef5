// Bundles the action (dist/index.js) and the CLI (dist/cli.js). The action's entry decides "ignore"
// before it imports anything heavy; the rest loads as lazily imported chunks (esbuild --splitting).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generatedPlugin } from './generated/esbuild.mjs';
import { defines } from './package-facts.mjs';
import { restEndpointsPlugin } from './rest-endpoints.mjs';

// The default templates (parsed), the files `firebreak init` installs and the config validator are
// generated into the bundle (scripts/generated/modules.ts), never into src/.
const generated = await generatedPlugin(fileURLToPath(new URL('..', import.meta.url)));

await rm('dist', { recursive: true, force: true });
const common = {
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  define: defines(),
  // Only the REST routes src/ calls (scripts/rest-endpoints.mjs).
  plugins: [generated, await restEndpointsPlugin(fileURLToPath(new URL('..', import.meta.url)))],
  alias: {
    // yaml's ES module build (the same code as the CommonJS one Node's "node" condition picks): bundled as
    // ESM it is scope-hoisted, with no per-file CommonJS wrapper to compile and run at startup.
    yaml: './node_modules/yaml/browser/index.js',
    // JSON.parse for responses without 16-digit numbers, the library for the rest (the stub says why).
    'json-with-bigint': './scripts/stubs/json-with-bigint.mjs',
    // @actions/core needs @actions/http-client only for OIDC tokens, which Firebreak never requests.
    '@actions/http-client/lib/auth': './scripts/stubs/actions-http-client.mjs',
    '@actions/http-client': './scripts/stubs/actions-http-client.mjs',
  },
};
// Two builds into the same dist/chunks: the action's and the CLI's. Split together, esbuild cuts the
// code they share into many small chunks, and the action would open, resolve and compile each of them on
// every run; split apart, the action's chunks follow only its own lazy imports.
// simulator-action: the same action in the emulator's world, for `firebreak simulate` (it shares the chunks).
await build({ ...common, entryPoints: { index: 'src/index.ts', 'simulator-action': 'simulator/action-entry.ts' } });
await build({ ...common, entryPoints: { cli: 'src/cli/index.ts' } });
