// The action's bundle holds the product only: bundling src/index.ts (as scripts/build.mjs does) reaches
// no file of the simulator (emulator, harness, scenarios) and no CLI command. The lint rule says the
// same per import; this checks what esbuild really pulls in, dynamic imports included.
import { build } from 'esbuild';
// @ts-expect-error -- a plain ES module without types, shared with scripts/build.mjs
import { generatedPlugin } from '../../scripts/generated/esbuild.mjs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe("the action's bundle", () => {
  it('reaches neither the simulator nor the CLI', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/index.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: 'out',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [await generatedPlugin(root)],
      alias: {
        '@actions/http-client/lib/auth': './scripts/stubs/actions-http-client.mjs',
        '@actions/http-client': './scripts/stubs/actions-http-client.mjs',
      },
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('src/')).length).toBeGreaterThan(50);
    expect(inputs.filter((path) => path.startsWith('simulator/') || path.startsWith('src/cli/'))).toEqual([]);
  });
});
