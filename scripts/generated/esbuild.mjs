// Serves the generated modules (scripts/generated/modules.ts) to esbuild under their
// `firebreak-generated:` names. modules.ts is TypeScript that imports src/, so it is bundled first
// (its packages left external) into node_modules/.cache and imported from there.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PREFIX = 'firebreak-generated:';

export async function generatedPlugin(root) {
  const outfile = join(root, 'node_modules/.cache/firebreak/generated-modules.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/generated/modules.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const { generatedModules } = await import(`${pathToFileURL(outfile).href}?at=${Date.now()}`);
  const modules = generatedModules(root);
  return {
    name: 'firebreak-generated',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^firebreak-generated:/ }, (args) => ({ path: args.path, namespace: 'generated' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'generated' }, (args) => {
        const make = modules[args.path.slice(PREFIX.length)];
        if (!make) return { errors: [{ text: `no generated module ${args.path}` }] };
        return { contents: make(), loader: 'js', resolveDir: root };
      });
    },
  };
}
